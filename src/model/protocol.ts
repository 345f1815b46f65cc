/**
 * The typed message protocol between a page and the training worker (src/model/training.worker.ts).
 * Two discriminated unions: `ToWorker` (page → worker) and `FromWorker` (worker → page), keyed by
 * `type`. Large payloads (images, filters, activations, weights) are typed arrays or ArrayBuffers
 * and travel as transferables (see `transferablesOf`). The page talks to the worker through
 * `TrainingClient` (trainingClient.ts), which keeps one listener on the worker.
 *
 * Typical flow: init → (ready, data-progress…, test-set, status ready) → configure → (summary) →
 * start → (batch…, filters…, activations…, epoch…, checkpoint…, status done) ; pause/resume/stop at
 * any time; inspect to pick the test digit whose activations are sent; save/load.
 */
import type { AugmentName } from '../core/augmentation';
import { MNIST_TEST_COUNT, MNIST_TRAIN_COUNT } from './mnistSizes';
import type { EpochTimingReport } from './epochTiming';
import type { PinnedDigit, Snapshot } from './replay';
import type { LrSchedule } from './schedule';
import type { ModelSpec } from './spec';
import type { SummaryRow } from './summary';
import { ROBUST_FROM_TYPES, ROBUST_TO_TYPES, type RobustFromWorker, type RobustToWorker } from './robustProtocol';

export type { ModelSpec } from './spec';
export type { SummaryRow, ModelSummary } from './summary';

/** `auto` picks WebGL on a real GPU, wasm on a software renderer, cpu as a last resort. */
export type BackendChoice = 'auto' | 'webgl' | 'wasm' | 'cpu';
/** A backend actually in use. */
export type BackendName = 'webgl' | 'wasm' | 'cpu';

export type OptimizerName = 'adam' | 'sgd' | 'rmsprop';

/** Training settings of one run. */
export interface TrainSettings {
  /** Epochs to train (1–50). */
  epochs: number;
  /** Images per step (1–1024). */
  batchSize: number;
  /** Learning rate of the first epoch (0 < lr ≤ 1). */
  learningRate: number;
  /**
   * How the learning rate changes during the run (src/model/schedule.ts): 'step' (the default)
   * multiplies it by `lrDecay` after each epoch; 'onecycle' warms up over the first 5% of the run's
   * steps to `learningRate`, then falls linearly to 2% of it at the last step (`lrDecay` unused).
   */
  schedule?: LrSchedule;
  /**
   * Learning-rate decay of the 'step' schedule: after each epoch the rate is multiplied by this
   * (0.1–1; default 1, a constant rate).
   */
  lrDecay?: number;
  /**
   * Label smoothing ε (0–0.3; default 0): the loss the optimiser minimises aims at 1 − ε + ε/10 for
   * the true digit and ε/10 for the others instead of 1 and 0. The loss the page shows stays the
   * plain cross-entropy. LeNet-5's recipe uses 0.1 (see RECOMMENDED_SETTINGS in spec.ts).
   */
  labelSmoothing?: number;
  optimizer: OptimizerName;
  /** Train on the first `limit` training images only (default: all 60,000). */
  limit?: number;
  /** Seed of the weight initialisers, dropout and the shuffling. */
  seed: number;
  /**
   * false (default): fresh weights from the spec and seed. true: keep training the current model
   * (after a stop, or after loading a saved model).
   */
  continueTraining?: boolean;
  /** Random transforms applied to every training image on the fly (AUGMENT_NAMES; none by default). */
  augment?: AugmentName[];
}

/** Limits of TrainSettings, shared by the page's controls and the worker's check. */
export const SETTINGS_LIMITS = {
  epochs: { min: 1, max: 50 },
  batchSize: { min: 1, max: 1024 },
  learningRate: { min: 1e-6, max: 1 },
  lrDecay: { min: 0.1, max: 1 },
  labelSmoothing: { min: 0, max: 0.3 },
  limit: { min: 1, max: MNIST_TRAIN_COUNT },
  testLimit: { min: 1, max: MNIST_TEST_COUNT },
} as const;

/** Where the worker finds the wasm binaries (absolute URLs; the app serves them itself). */
export interface WasmPaths {
  'tfjs-backend-wasm.wasm': string;
  'tfjs-backend-wasm-simd.wasm': string;
  'tfjs-backend-wasm-threaded-simd.wasm': string;
}

/** Saved-model source for `load`. */
export type LoadSource =
  | { source: 'indexeddb'; name: string }
  | { source: 'files'; json: string; weights: ArrayBuffer[] };

/** Messages from the page to the worker. */
export type ToWorker =
  | {
      type: 'init';
      backend: BackendChoice;
      /** Absolute URL of the folder holding manifest.json (e.g. new URL('data/mnist/', document.baseURI).href). */
      dataBaseUrl: string;
      /** Optional: the worker resolves the app's own wasm files when omitted. */
      wasmPaths?: WasmPaths;
      /** Evaluate on the first `testLimit` test images only (default 10,000; small values make e2e tests fast). */
      testLimit?: number;
      /**
       * Threads for the wasm backend (the `threads=` link parameter); 0 or absent: chosen from the
       * machine's cores (threads.ts). More than one only where the worker is cross-origin isolated.
       */
      threads?: number;
    }
  /** Load the data again after a data-error (same init settings). */
  | { type: 'retry-data' }
  /** Build a fresh model from a spec (answers with `summary`, or `error` code 'bad-spec'). */
  | { type: 'configure'; model: ModelSpec }
  | { type: 'start'; settings: TrainSettings }
  | { type: 'pause' }
  | { type: 'resume' }
  | { type: 'stop' }
  /** Choose the test digit whose activations are sent now and periodically while training. */
  | { type: 'inspect'; testIndex: number }
  /**
   * The digit the replay's snapshots follow: the learner's drawing (784 values 0…1), or null for
   * the inspected test digit (the default).
   */
  | { type: 'pin'; pixels: Float32Array | null }
  /** Save the current model; `download` answers with `saved` carrying the artifacts. */
  | { type: 'save'; target: 'indexeddb' | 'download'; name: string }
  | ({ type: 'load' } & LoadSource)
  | RobustToWorker;

/** Worker lifecycle as the page shows it. */
export type TrainState = 'idle' | 'loading' | 'ready' | 'training' | 'paused' | 'stopped' | 'done' | 'error';

/** A misclassified test image. */
export interface Misclassified {
  /** Index into the test set. */
  index: number;
  label: number;
  predicted: number;
  /** The three most probable digits, most probable first: [digit, probability]. */
  top: [number, number][];
}

/** One layer's activation for the inspected digit, batch dimension dropped: [h, w, c] or [n]. */
export interface LayerActivation {
  name: string;
  /** Layer class, e.g. 'Conv2D'. */
  type: string;
  shape: number[];
  data: Float32Array;
}

/** Error codes of `error` and `data-error`. */
export type ErrorCode =
  | 'bad-spec'
  | 'bad-settings'
  | 'bad-message'
  | 'not-ready'
  | 'no-model'
  | 'busy'
  | 'backend'
  | 'context-lost'
  | 'training'
  | 'save'
  | 'load'
  | 'worker-crash';

/** Kinds of data failure: a file not found (HTTP 404…), a network failure, or a corrupt file. */
export type DataErrorCode = 'missing' | 'network' | 'corrupt';

/** Messages from the worker to the page. */
export type FromWorker =
  /**
   * The backend in use, the WebGL renderer string (or '') and why it was chosen; the wasm
   * backend's thread count (1 elsewhere) and whether the worker is cross-origin isolated.
   */
  | { type: 'ready'; backend: BackendName; renderer: string; reason: string; threads: number; isolated: boolean }
  | { type: 'status'; state: TrainState; message?: string }
  /** Bytes loaded so far of all data files (total from the manifest, compressed sizes). */
  | { type: 'data-progress'; loaded: number; total: number; phase: 'manifest' | 'download' | 'verify' | 'done' }
  | { type: 'data-error'; code: DataErrorCode; message: string; file?: string }
  /** The test images (count×784 bytes, 0–255) and labels, sent once after loading (for the gallery). */
  | { type: 'test-set'; images: Uint8Array; labels: Uint8Array; count: number }
  /** The built model's summary (from tfjs; equals summarize(spec)). */
  | { type: 'summary'; spec: ModelSpec; rows: SummaryRow[]; totalParams: number }
  /** After a training step (throttled to at most 20 per second; the last step of an epoch always). */
  | {
      type: 'batch';
      epoch: number;
      /** 1-based step within the epoch. */
      batch: number;
      batchesPerEpoch: number;
      /** Mean loss and accuracy of this step's batch. */
      loss: number;
      accuracy: number;
      /** Training rate over the last second or so. */
      imagesPerSecond: number;
      /** The learning rate of this step (it changes within an epoch under the one-cycle schedule). */
      learningRate: number;
      /** Training images seen since the run started. */
      seen: number;
    }
  /** After each epoch: evaluation on the test set (or its first testLimit images). */
  | {
      type: 'epoch';
      epoch: number;
      epochs: number;
      testLoss: number;
      testAccuracy: number;
      testCount: number;
      /** 10×10 counts, row = true label, column = predicted: confusion[label * 10 + predicted]. */
      confusion: Int32Array;
      /** Misclassified test images (at most MISCLASSIFIED_CAP), in test-set order. */
      misclassified: Misclassified[];
      /** The predicted digit of each of the testCount evaluated images, in test-set order. */
      predictions: Uint8Array;
      /** Wall-clock seconds of this epoch's training (evaluation excluded). */
      seconds: number;
      /** tf.memory().numTensors after the epoch (constant from epoch to epoch: no leak). */
      numTensors: number;
      /** Where the epoch's wall time went (ms), since the previous epoch message or the start (epochTiming.ts). */
      timing?: EpochTimingReport;
    }
  /** First conv layer's kernels, [kh, kw, inChannels, filters] (tfjs layout). */
  | { type: 'filters'; layer: string; shape: [number, number, number, number]; data: Float32Array }
  /** Every layer's activation for the inspected test digit, and the predicted probabilities. */
  | { type: 'activations'; testIndex: number; label: number; probs: Float32Array; layers: LayerActivation[] }
  /**
   * The current model's weights (the client keeps the last one), sent after each epoch, on pause,
   * on stop and every 30 s of training. `epoch`: epochs this model has trained in all since it was
   * built or loaded, fractional between epoch ends (e.g. 2.5).
   */
  | { type: 'checkpoint'; epoch: number; modelJson: string; weights: ArrayBuffer }
  /**
   * A replay snapshot (replay.ts): about 40 a run, denser early, and one per epoch end. `fresh`: the
   * first of a run with new weights (the page starts a new replay); `pinned`: the digit it follows.
   */
  | { type: 'snapshot'; snapshot: Snapshot; fresh: boolean; pinned: PinnedDigit }
  /** `download` carries the tfjs artifacts: model.json text and weights.bin bytes. */
  | { type: 'saved'; target: 'indexeddb' | 'download'; name: string; modelJson?: string; weights?: ArrayBuffer }
  /** A model was loaded; `spec` when the file carries one (models saved by this app do). */
  | { type: 'loaded'; name: string; spec?: ModelSpec; summary: SummaryRow[]; totalParams: number }
  | { type: 'error'; code: ErrorCode; message: string }
  | RobustFromWorker;

/** Most misclassified images an epoch message carries. */
export const MISCLASSIFIED_CAP = 200;

/** Type names of FromWorker messages. */
export type FromWorkerType = FromWorker['type'];
/** The FromWorker message of a given type. */
export type FromWorkerOf<T extends FromWorkerType> = Extract<FromWorker, { type: T }>;
/** Type names of ToWorker messages. */
export type ToWorkerType = ToWorker['type'];

/**
 * The buffers of a message that can be transferred instead of copied. The sender must not use
 * them afterwards (they become detached).
 *
 * @example worker.postMessage(msg, transferablesOf(msg))
 */
export function transferablesOf(msg: FromWorker | ToWorker): Transferable[] {
  const out: ArrayBuffer[] = [];
  const add = (b: ArrayBufferLike | undefined): void => {
    if (b instanceof ArrayBuffer && !out.includes(b)) out.push(b);
  };
  switch (msg.type) {
    case 'test-set':
      add(msg.images.buffer);
      add(msg.labels.buffer);
      break;
    case 'epoch':
      add(msg.confusion.buffer);
      add(msg.predictions.buffer);
      break;
    case 'filters':
      add(msg.data.buffer);
      break;
    case 'activations':
      add(msg.probs.buffer);
      for (const l of msg.layers) add(l.data.buffer);
      break;
    case 'checkpoint':
      add(msg.weights);
      break;
    case 'snapshot':
      add(msg.snapshot.filters.data.buffer);
      add(msg.snapshot.probs.buffer);
      add(msg.snapshot.cam?.data.buffer);
      for (const l of msg.snapshot.layers) add(l.data.buffer);
      break;
    case 'pin':
      add(msg.pixels?.buffer);
      break;
    case 'saved':
      add(msg.weights);
      break;
    case 'load':
      if (msg.source === 'files') for (const w of msg.weights) add(w);
      break;
    case 'augment-samples':
      add(msg.images.buffer);
      add(msg.originals.buffer);
      add(msg.labels.buffer);
      break;
    default:
      break;
  }
  return out;
}

const FROM_TYPES: ReadonlySet<string> = new Set<FromWorkerType>([
  'ready', 'status', 'data-progress', 'data-error', 'test-set', 'summary', 'batch', 'epoch', 'filters',
  'activations', 'checkpoint', 'snapshot', 'saved', 'loaded', 'error', ...ROBUST_FROM_TYPES,
]);

/** True when `data` looks like a FromWorker message (has a known `type`). */
export function isFromWorker(data: unknown): data is FromWorker {
  return typeof data === 'object' && data !== null && FROM_TYPES.has((data as { type?: unknown }).type as string);
}

const TO_TYPES: ReadonlySet<string> = new Set<ToWorkerType>([
  'init', 'retry-data', 'configure', 'start', 'pause', 'resume', 'stop', 'inspect', 'pin', 'save', 'load', ...ROBUST_TO_TYPES,
]);

/** True when `data` looks like a ToWorker message (has a known `type`). */
export function isToWorker(data: unknown): data is ToWorker {
  return typeof data === 'object' && data !== null && TO_TYPES.has((data as { type?: unknown }).type as string);
}
