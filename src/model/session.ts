/**
 * The training worker's state machine: it answers ToWorker messages with FromWorker messages
 * through `post`. It holds the data, the model, the optimiser and the run. training.worker.ts is
 * only the glue between this class and the worker's message port, so this can run in Node tests.
 *
 * Ordering: init, retry-data, configure, start, save and load run one after another (a queue);
 * pause, resume, stop and inspect act at once, between two training steps (the loop yields after
 * every step). A failure (an exception, a lost WebGL context) ends the run with status 'error' and
 * keeps the model: the last checkpoint is restored on a working backend if the old one is gone.
 */
import * as tf from '@tensorflow/tfjs';
import { activationModel, buildModel, type ActivationModel } from './architectures';
import { selectBackend } from './backend';
import { DataError, loadMnist, type FetchLike } from './mnistData';
import { metadataOf, modelFromFiles, modelToFiles, type ModelFiles } from './modelFiles';
import { isValidModelName, loadFromIndexedDb, saveToIndexedDb } from './modelStore';
import { RateMeter } from './rateMeter';
import {
  MISCLASSIFIED_CAP,
  type BackendName,
  type ErrorCode,
  type FromWorker,
  type ModelSpec,
  type SummaryRow,
  type ToWorker,
  type TrainSettings,
  type TrainState,
  type WasmPaths,
} from './protocol';
import { mulberry32, shuffledIndices } from './random';
import { settingsProblem } from './settings';
import { validateSpec } from './spec';
import { activationsOf, evaluate, firstConvFilters, makeBatch, makeOptimizer, setLearningRate, trainStep, type Dataset } from './trainer';
import { yieldNow } from './yieldNow';

/** What the session needs from its surroundings. */
export interface SessionEnv {
  /** Sends a message to the page (transferring its buffers). */
  post(msg: FromWorker): void;
  /** The app's wasm binaries (when init does not name them). */
  wasmPaths?: () => WasmPaths;
  /** fetch for the data files (default: the global fetch). */
  fetch?: FetchLike;
  /** Called after the backend is chosen, e.g. to watch for a lost WebGL context. */
  onBackend?: (backend: BackendName) => void;
}

/**
 * Batch messages per second, at most. Each one re-renders the page's charts; on a 2-core machine
 * the page's rendering takes CPU from training, so 10 a second (smooth enough for a curve).
 */
const BATCH_MESSAGES_PER_SECOND = 10;
/** Send the first conv layer's filters at most this often while training (ms). */
const FILTERS_EVERY_MS = 1000;
/** Send the inspected digit's activations at most this often while training (ms). */
const ACTIVATIONS_EVERY_MS = 2000;
/** Keep a checkpoint at least this often while training (ms), besides every epoch end. */
const CHECKPOINT_EVERY_MS = 30_000;

class RunFailure extends Error {
  constructor(readonly code: ErrorCode, message: string) {
    super(message);
  }
}

export class TrainingSession {
  private readonly env: SessionEnv;
  private queue: Promise<void> = Promise.resolve();
  private init: Extract<ToWorker, { type: 'init' }> | undefined;
  private backend: BackendName | undefined;
  private train: Dataset | undefined;
  private test: Dataset | undefined;
  private testLimit = 10000;
  private model: tf.LayersModel | undefined;
  private spec: ModelSpec | undefined;
  private act: ActivationModel | undefined;
  private inspectIndex: number | undefined;
  private state: TrainState = 'idle';
  private running = false;
  private pauseRequested = false;
  private stopRequested = false;
  private resumeWaiter: (() => void) | undefined;
  private failure: RunFailure | undefined;
  private lastCheckpoint: ModelFiles & { epoch: number } | undefined;
  private epochsDone = 0;

  constructor(env: SessionEnv) {
    this.env = env;
  }

  /** The current state (for tests). */
  get status(): TrainState {
    return this.state;
  }

  /** The current model (for tests). */
  get currentModel(): tf.LayersModel | undefined {
    return this.model;
  }

  /** Handles one message from the page. */
  receive(msg: ToWorker): void {
    switch (msg.type) {
      case 'pause':
        if (this.running && this.state === 'training') this.pauseRequested = true;
        return;
      case 'resume':
        this.pauseRequested = false;
        this.resumeWaiter?.();
        return;
      case 'stop':
        if (this.running) {
          this.stopRequested = true;
          this.pauseRequested = false;
          this.resumeWaiter?.();
        }
        return;
      case 'inspect':
        this.inspect(msg.testIndex);
        return;
      default:
        this.queue = this.queue.then(() => this.handleQueued(msg)).catch((e: unknown) => this.error('bad-message', describe(e)));
    }
  }

  /** Resolves when the queued messages so far are handled (for tests). */
  idle(): Promise<void> {
    return this.queue;
  }

  /** The WebGL context was lost: the run ends and the model so far is restored on another backend. */
  contextLost(): void {
    this.fail(new RunFailure('context-lost', 'the WebGL context was lost (the GPU was reset or is busy)'));
  }

  private async handleQueued(msg: ToWorker): Promise<void> {
    switch (msg.type) {
      case 'init':
        return this.handleInit(msg);
      case 'retry-data':
        return this.loadData();
      case 'configure':
        return this.handleConfigure(msg.model);
      case 'start':
        return this.handleStart(msg.settings);
      case 'save':
        return this.handleSave(msg.target, msg.name);
      case 'load':
        return this.handleLoad(msg);
      default:
        return this.error('bad-message', `unknown message "${(msg as { type: string }).type}"`);
    }
  }

  private post(msg: FromWorker): void {
    this.env.post(msg);
  }

  private setState(state: TrainState, message?: string): void {
    this.state = state;
    this.post(message === undefined ? { type: 'status', state } : { type: 'status', state, message });
  }

  private error(code: ErrorCode, message: string): void {
    this.post({ type: 'error', code, message });
  }

  private async handleInit(msg: Extract<ToWorker, { type: 'init' }>): Promise<void> {
    if (this.running) return this.error('busy', 'training is running: stop it before starting again');
    this.init = msg;
    this.testLimit = Math.max(1, Math.min(10000, Math.floor(msg.testLimit ?? 10000)));
    this.setState('loading');
    try {
      const wasmPaths = msg.wasmPaths ?? this.env.wasmPaths?.();
      const sel = await selectBackend({ choice: msg.backend, wasmPaths });
      this.backend = sel.backend;
      this.env.onBackend?.(sel.backend);
      this.post({ type: 'ready', backend: sel.backend, renderer: sel.renderer, reason: sel.reason });
    } catch (e) {
      this.error('backend', describe(e));
      this.setState('error', describe(e));
      return;
    }
    await this.loadData();
  }

  private async loadData(): Promise<void> {
    if (!this.init) return this.error('not-ready', 'the worker has not been initialised');
    if (this.train && this.test) {
      this.setState('ready');
      return;
    }
    this.setState('loading');
    let last = 0;
    try {
      const data = await loadMnist(this.init.dataBaseUrl, {
        fetch: this.env.fetch,
        onProgress: (p) => {
          const now = performance.now();
          if (p.phase === 'download' && now - last < 100) return;
          last = now;
          this.post({ type: 'data-progress', loaded: p.loaded, total: p.total, phase: p.phase });
        },
      });
      this.train = data.train;
      this.test = data.test;
    } catch (e) {
      const code = e instanceof DataError ? e.code : 'network';
      const file = e instanceof DataError ? e.file : undefined;
      this.post(file ? { type: 'data-error', code, message: describe(e), file } : { type: 'data-error', code, message: describe(e) });
      this.setState('error', describe(e));
      return;
    }
    const test = this.test as Dataset;
    this.post({ type: 'test-set', images: test.images.slice(), labels: test.labels.slice(), count: test.count });
    this.setState('ready');
  }

  private replaceModel(model: tf.LayersModel, spec: ModelSpec | undefined): void {
    const old = this.model;
    this.model = model;
    this.spec = spec;
    this.act = undefined;
    this.lastCheckpoint = undefined;
    this.epochsDone = 0;
    if (old) disposeQuietly(old);
  }

  private postSummary(name?: string): void {
    const model = this.model as tf.LayersModel;
    const rows: SummaryRow[] = model.layers.map((l) => ({
      name: l.name,
      type: l.getClassName(),
      outputShape: (l.outputShape as (number | null)[]).slice(),
      params: l.countParams(),
    }));
    const totalParams = model.countParams();
    if (name !== undefined) {
      this.post(this.spec ? { type: 'loaded', name, spec: this.spec, summary: rows, totalParams } : { type: 'loaded', name, summary: rows, totalParams });
    } else if (this.spec) {
      this.post({ type: 'summary', spec: this.spec, rows, totalParams });
    }
  }

  private handleConfigure(spec: ModelSpec): void {
    if (this.running) return this.error('busy', 'stop training before changing the model');
    const issues = validateSpec(spec);
    if (issues.length > 0) return this.error('bad-spec', issues.map((i) => i.message).join('; '));
    if (!this.backend) return this.error('not-ready', 'the worker has not been initialised');
    this.replaceModel(buildModel(spec, 1), spec);
    this.postSummary();
    this.sendFilters();
  }

  private handleStart(settings: TrainSettings): void {
    if (this.running) return this.error('busy', 'training is already running');
    const problem = settingsProblem(settings);
    if (problem) return this.error('bad-settings', problem);
    if (!this.train || !this.test) return this.error('not-ready', 'the MNIST data is not loaded yet');
    if (!this.model) return this.error('no-model', 'choose a model before training');
    if (!settings.continueTraining) {
      if (!this.spec) return this.error('no-model', 'this model was loaded from a file: continue training it, or choose a model to start afresh');
      this.replaceModel(buildModel(this.spec, settings.seed), this.spec);
      this.postSummary();
    }
    this.running = true;
    this.stopRequested = false;
    this.pauseRequested = false;
    this.failure = undefined;
    // Not awaited: the queue moves on, so save/inspect/pause get through during the run.
    void this.run(settings);
  }

  private async run(settings: TrainSettings): Promise<void> {
    const model = this.model as tf.LayersModel;
    const train = this.train as Dataset;
    const test = this.test as Dataset;
    const optimizer = makeOptimizer(settings.optimizer, settings.learningRate);
    const n = Math.min(settings.limit ?? train.count, train.count);
    const batchSize = settings.batchSize;
    const batchesPerEpoch = Math.ceil(n / batchSize);
    const random = mulberry32((settings.seed + this.epochsDone * 7919) >>> 0);
    const meter = new RateMeter();
    let seen = 0;
    let lastBatchPost = -Infinity;
    let lastActivations = performance.now();
    let lastFilters = performance.now();
    let lastCheckpoint = performance.now();
    let endState: TrainState = 'done';
    /** Epochs trained when a stop came in the middle of an epoch (fractional). */
    let stoppedAt: number | undefined;
    this.setState('training');
    this.sendFilters();
    this.sendActivations();
    try {
      for (let epoch = 1; epoch <= settings.epochs; epoch++) {
        setLearningRate(optimizer, settings.learningRate * (settings.lrDecay ?? 1) ** (epoch - 1));
        const order = shuffledIndices(n, random);
        let trainingMs = 0;
        for (let b = 0; b < batchesPerEpoch; b++) {
          if (this.pauseRequested) {
            await this.pausePoint(epoch, this.epochsDone + b / batchesPerEpoch);
          }
          if (this.failure) throw this.failure;
          if (this.stopRequested) {
            stoppedAt = this.epochsDone + b / batchesPerEpoch;
            break;
          }
          const t0 = performance.now();
          const last = b === batchesPerEpoch - 1;
          // Only the steps whose numbers are sent (at most 20 a second) compute their accuracy.
          const report = last || t0 - lastBatchPost >= 1000 / BATCH_MESSAGES_PER_SECOND;
          const { xs, ys } = makeBatch(train, order, b * batchSize, batchSize);
          const { loss, accuracy } = trainStep(model, optimizer, xs, ys, report);
          const size = xs.shape[0];
          xs.dispose();
          ys.dispose();
          const lossV = (await loss.data())[0];
          loss.dispose();
          const accV = accuracy ? (await accuracy.data())[0] : Number.NaN;
          accuracy?.dispose();
          if (this.failure) throw this.failure;
          if (!Number.isFinite(lossV)) throw new RunFailure('training', `the loss became ${lossV}: the learning rate ${settings.learningRate} is probably too high`);
          const t1 = performance.now();
          trainingMs += t1 - t0;
          seen += size;
          meter.add(t1, size);
          if (report) {
            lastBatchPost = t1;
            this.post({ type: 'batch', epoch, batch: b + 1, batchesPerEpoch, loss: lossV, accuracy: accV, imagesPerSecond: meter.rate(), seen });
          }
          if (t1 - lastFilters >= FILTERS_EVERY_MS) {
            lastFilters = t1;
            this.sendFilters();
          }
          if (t1 - lastActivations >= ACTIVATIONS_EVERY_MS) {
            lastActivations = t1;
            this.sendActivations();
          }
          if (t1 - lastCheckpoint >= CHECKPOINT_EVERY_MS) {
            lastCheckpoint = t1;
            await this.checkpoint(this.epochsDone + (b + 1) / batchesPerEpoch);
          }
          await yieldNow();
        }
        if (this.stopRequested) {
          // Stopped at a step (stoppedAt set), or after this epoch's last step (a whole epoch, not evaluated).
          stoppedAt ??= this.epochsDone + 1;
          endState = 'stopped';
          break;
        }
        const ev = await evaluate(model, test, this.testLimit, { cap: MISCLASSIFIED_CAP, between: yieldNow });
        if (this.failure) throw this.failure;
        this.epochsDone += 1;
        this.post({
          type: 'epoch', epoch, epochs: settings.epochs, testLoss: ev.loss, testAccuracy: ev.accuracy, testCount: ev.count,
          confusion: ev.confusion, misclassified: ev.misclassified, predictions: ev.predictions, seconds: trainingMs / 1000, numTensors: tf.memory().numTensors,
        });
        this.sendFilters();
        this.sendActivations();
        lastCheckpoint = performance.now();
        await this.checkpoint(this.epochsDone);
        if (this.stopRequested) {
          endState = epoch === settings.epochs ? 'done' : 'stopped';
          break;
        }
      }
      if (endState === 'stopped') await this.checkpoint(stoppedAt ?? this.epochsDone);
      this.running = false;
      optimizer.dispose();
      this.setState(endState);
    } catch (e) {
      this.running = false;
      disposeQuietly(optimizer);
      await this.recover(e instanceof RunFailure ? e : new RunFailure('training', describe(e)));
    }
  }

  /** Waits while paused; reports paused/training. Keeps a checkpoint (`trained` epochs, fractional) on pause. */
  private async pausePoint(epoch: number, trained: number): Promise<void> {
    this.setState('paused', `epoch ${epoch}`);
    await this.checkpoint(trained);
    while (this.pauseRequested && !this.stopRequested && !this.failure) {
      await new Promise<void>((resolve) => {
        this.resumeWaiter = resolve;
      });
      this.resumeWaiter = undefined;
    }
    if (!this.stopRequested && !this.failure) this.setState('training');
  }

  /** A failure reported from outside the loop (context loss): the loop notices at its next step. */
  private fail(failure: RunFailure): void {
    this.failure = failure;
    this.resumeWaiter?.();
    if (!this.running) void this.recover(failure);
  }

  /**
   * Ends a failed run: reports the error, and when the backend is unusable (context loss), moves to
   * a working backend and restores the model from the last checkpoint.
   */
  private async recover(failure: RunFailure): Promise<void> {
    this.failure = undefined;
    const kept = this.lastCheckpoint;
    let note = kept ? ` The model after ${formatEpochs(kept.epoch)} is kept.` : '';
    if (failure.code === 'context-lost') {
      try {
        const sel = await selectBackend({ choice: 'wasm', wasmPaths: this.init?.wasmPaths ?? this.env.wasmPaths?.() });
        this.backend = sel.backend;
        this.post({ type: 'ready', backend: sel.backend, renderer: sel.renderer, reason: `the WebGL context was lost; ${sel.reason}` });
        if (kept) {
          const restored = await modelFromFiles(kept.modelJson, [kept.weights]);
          const spec = this.spec;
          this.replaceModel(restored, spec);
          this.lastCheckpoint = kept;
          this.epochsDone = Math.floor(kept.epoch);
        } else if (this.model) {
          disposeQuietly(this.model);
          this.model = undefined;
          this.act = undefined;
        }
      } catch (e) {
        note = ` No backend could take over: ${describe(e)}.`;
      }
    }
    const message = `Training stopped: ${failure.message}.${note}`;
    this.error(failure.code, message);
    this.setState('error', message);
  }

  private async checkpoint(epoch: number): Promise<void> {
    if (!this.model) return;
    const files = await modelToFiles(this.model, { app: 'cnn-classroom', spec: this.spec });
    this.lastCheckpoint = { ...files, epoch };
    this.post({ type: 'checkpoint', epoch, modelJson: files.modelJson, weights: files.weights.slice(0) });
  }

  private sendFilters(): void {
    if (!this.model) return;
    const f = firstConvFilters(this.model);
    if (f) this.post({ type: 'filters', layer: f.layer, shape: f.shape, data: f.data });
  }

  private inspect(testIndex: number): void {
    if (!Number.isInteger(testIndex) || testIndex < 0 || testIndex >= (this.test?.count ?? 10000)) {
      this.error('bad-message', `test image ${String(testIndex)} does not exist (0–${(this.test?.count ?? 10000) - 1})`);
      return;
    }
    this.inspectIndex = testIndex;
    this.sendActivations();
  }

  private sendActivations(): void {
    if (!this.model || !this.test || this.inspectIndex === undefined) return;
    this.act ??= activationModel(this.model);
    const i = this.inspectIndex;
    const pixels = this.test.images.subarray(i * 784, (i + 1) * 784);
    const { layers, probs } = activationsOf(this.act, pixels, 'bytes');
    this.post({ type: 'activations', testIndex: i, label: this.test.labels[i], probs, layers });
  }

  private async handleSave(target: 'indexeddb' | 'download', name: string): Promise<void> {
    if (!this.model) return this.error('no-model', 'there is no model to save yet');
    if (!isValidModelName(name)) return this.error('save', `"${name}" is not a valid name: use 1–64 letters, digits, - or _`);
    try {
      if (target === 'indexeddb') {
        await saveToIndexedDb(this.model, this.spec, name);
        this.post({ type: 'saved', target, name });
      } else {
        const files = await modelToFiles(this.model, { app: 'cnn-classroom', spec: this.spec });
        this.post({ type: 'saved', target, name, modelJson: files.modelJson, weights: files.weights });
      }
    } catch (e) {
      this.error('save', `the model could not be saved: ${describe(e)}`);
    }
  }

  private async handleLoad(msg: Extract<ToWorker, { type: 'load' }>): Promise<void> {
    if (this.running) return this.error('busy', 'stop training before loading a model');
    if (!this.backend) return this.error('not-ready', 'the worker has not been initialised');
    let model: tf.LayersModel;
    let name: string;
    try {
      if (msg.source === 'indexeddb') {
        name = msg.name;
        model = await loadFromIndexedDb(msg.name);
      } else {
        name = 'files';
        model = await modelFromFiles(msg.json, msg.weights);
      }
    } catch (e) {
      this.error('load', `${describe(e)}. The current model is unchanged.`);
      return;
    }
    const meta = metadataOf(model);
    this.replaceModel(model, meta?.spec);
    this.postSummary(name);
    this.sendFilters();
    this.sendActivations();
  }
}

function describe(e: unknown): string {
  if (e instanceof Error) return e.message;
  if (typeof e === 'object' && e !== null && 'message' in e) return String((e as { message: unknown }).message);
  return String(e);
}

function formatEpochs(epoch: number): string {
  return Number.isInteger(epoch) ? `epoch ${epoch}` : `${epoch.toFixed(2)} epochs`;
}

function disposeQuietly(x: { dispose(): void }): void {
  try {
    x.dispose();
  } catch {
    // The backend may be gone (lost WebGL context): nothing left to free.
  }
}
