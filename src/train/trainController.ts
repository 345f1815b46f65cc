/**
 * The one link between the training worker and the store. It lives as long as the tab (a module
 * singleton, not a component), so leaving the training page and coming back finds the same run:
 * the worker keeps going and the page re-renders from the store.
 */
import { MNIST_TRAIN_COUNT } from '../model/mnistSizes';
import type { BackendChoice, LoadSource, ModelSpec, ToWorker, TrainSettings } from '../model/protocol';
import { TrainingClient } from '../model/trainingClient';
import { useStore } from '../state/store';
import { robustCancelRequested, robustRequested } from '../state/robustTrainView';
import { ROBUST_TRANSFORMS } from '../core/robustSets';
import { expectSavedReplay, replayOnMessage } from './replay/replayController';

interface InitOptions {
  backend: BackendChoice;
  testLimit: number;
  /** Threads for the wasm backend (0: automatic). */
  threads: number;
}

let client: TrainingClient | null = null;
let initOptions: InitOptions | null = null;
/** The spec the worker last built (configure), so Start knows whether to rebuild. */
let configured: ModelSpec | null = null;

function sameSpec(a: ModelSpec | null, b: ModelSpec | null): boolean {
  return a !== null && b !== null && JSON.stringify(a) === JSON.stringify(b);
}

function send(msg: ToWorker): void {
  client?.send(msg);
}

/**
 * Starts the worker and its data load once per tab. With `restart`, a different backend or test
 * subset replaces the worker (never while a run is going); without it (the page opening again, from
 * a link that does not name them), the worker in place stays. Returns false when the choice is not applied.
 */
export function ensureWorker(opts: InitOptions, restart = true): boolean {
  if (client && initOptions && initOptions.backend === opts.backend && initOptions.testLimit === opts.testLimit && initOptions.threads === opts.threads) return true;
  if (client && !restart) return false;
  const phase = useStore.getState().train.phase;
  if (client && (phase === 'training' || phase === 'paused')) return false;
  // Another backend or test subset: a new worker, which gets the model so far.
  const keep = client ? { checkpoint: client.lastCheckpoint, spec: configured } : null;
  client?.dispose();
  client = new TrainingClient();
  initOptions = opts;
  configured = null;
  client.onAny((msg) => {
    useStore.getState().applyTrainMessage(msg);
    replayOnMessage(msg);
    if (msg.type === 'saved' && msg.target === 'download' && msg.modelJson && msg.weights) {
      downloadModel(msg.name, msg.modelJson, msg.weights);
    }
  });
  useStore.getState().patchTrain({ data: { loaded: 0, total: 0, phase: 'manifest' }, dataError: null, backend: null });
  send({
    type: 'init',
    backend: opts.backend,
    dataBaseUrl: new URL('data/mnist/', document.baseURI).href,
    testLimit: opts.testLimit,
    threads: opts.threads,
  });
  if (keep?.spec) configure(keep.spec);
  if (keep?.checkpoint) {
    const weights = keep.checkpoint.weights.slice(0);
    send({ type: 'load', source: 'files', json: keep.checkpoint.modelJson, weights: [weights] });
  }
  return true;
}

/** Builds the page's model once, when the worker has none yet (not after a load or a restart). */
export function configureOnce(spec: ModelSpec): void {
  if (configured === null && useStore.getState().train.model === null) configure(spec);
}

let autostartTaken = false;
/** True the first time only: `autostart=1` starts one run per visit, not one per re-render. */
export function takeAutostart(): boolean {
  if (autostartTaken) return false;
  autostartTaken = true;
  return true;
}

/** Loads the data again after a data error. */
export function retryData(): void {
  useStore.getState().patchTrain({ dataError: null, data: { loaded: 0, total: 0, phase: 'manifest' } });
  send({ type: 'retry-data' });
}

/** Builds a fresh model in the worker (its summary comes back as `summary`). */
export function configure(spec: ModelSpec): void {
  configured = spec;
  send({ type: 'configure', model: spec });
}

/**
 * Starts a run. Without `continueTraining` the worker builds fresh weights from `spec`; with it,
 * training goes on from the current model (after a stop, an earlier run or a load).
 */
export function startTraining(spec: ModelSpec, settings: TrainSettings): void {
  const continueTraining = settings.continueTraining === true;
  if (!continueTraining && !sameSpec(configured, spec)) configure(spec);
  useStore.getState().beginTrainRun({
    epochs: settings.epochs,
    imagesPerEpoch: Math.min(settings.limit ?? MNIST_TRAIN_COUNT, MNIST_TRAIN_COUNT),
    continueTraining,
  });
  send({ type: 'start', settings });
  send({ type: 'inspect', testIndex: useStore.getState().train.inspectIndex });
}

export function pauseTraining(): void {
  send({ type: 'pause' });
}

export function resumeTraining(): void {
  send({ type: 'resume' });
}

export function stopTraining(): void {
  send({ type: 'stop' });
}

/** What the next run's replay follows: the learner's drawing (784 values 0…1), or null for the inspected test digit. */
export function pinReplayDigit(pixels: Float32Array | null): void {
  send({ type: 'pin', pixels: pixels ? pixels.slice() : null });
}

/** Chooses the test digit whose activation maps are shown. */
export function inspectDigit(testIndex: number): void {
  useStore.getState().patchTrain({ inspectIndex: testIndex });
  send({ type: 'inspect', testIndex });
}

/**
 * Tests the current model on every robustness set (shifted, turned, scaled, thicker and thinner
 * test digits) on the first `count` test images; the results arrive as `robust` messages.
 *
 * @example testRobustness(2000); // the first 2,000 test images
 */
export function testRobustness(count: number): void {
  const s = useStore.getState();
  s.patchTrain({ robust: robustRequested(s.train.robust, ROBUST_TRANSFORMS.length), error: null });
  send({ type: 'robust-eval', count });
}

/**
 * Stops the robustness test after its current batch; the sets done so far stay on screen.
 *
 * @example cancelRobustnessTest(); // then a `robust-cancelled` message
 */
export function cancelRobustnessTest(): void {
  const s = useStore.getState();
  s.patchTrain({ robust: robustCancelRequested(s.train.robust) });
  send({ type: 'robust-cancel' });
}

/** Saves the current model to IndexedDB or as a download (model.json + weights.bin). */
export function saveModel(target: 'indexeddb' | 'download', name: string): void {
  useStore.getState().patchTrain({ pendingIo: 'save', error: null });
  send({ type: 'save', target, name });
}

/** Loads a saved model; the current one stays when the worker rejects it. */
export function loadModel(source: LoadSource): void {
  useStore.getState().patchTrain({ pendingIo: 'load', error: null });
  if (source.source === 'indexeddb') expectSavedReplay(source.name);
  configured = null;
  send({ type: 'load', ...source });
}

/** Offers the tfjs artifacts as two files: `<name>.json` (model.json) and its weights file. */
function downloadModel(name: string, modelJson: string, weights: ArrayBuffer): void {
  const weightsName = weightsFileName(modelJson) ?? `${name}.weights.bin`;
  save(new Blob([modelJson], { type: 'application/json' }), `${name}.json`);
  save(new Blob([weights], { type: 'application/octet-stream' }), weightsName);
}

/** The weights file name model.json refers to (its first weights manifest path). */
export function weightsFileName(modelJson: string): string | undefined {
  try {
    const parsed = JSON.parse(modelJson) as { weightsManifest?: { paths?: unknown[] }[] };
    const p = parsed.weightsManifest?.[0]?.paths?.[0];
    return typeof p === 'string' && p ? p.replace(/^.*\//, '') : undefined;
  } catch {
    return undefined;
  }
}

function save(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  a.rel = 'noopener';
  document.body.append(a);
  a.click();
  a.remove();
  // Give the browser time to read the blob before the URL is released.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
