import type { StateCreator } from 'zustand';
import type {
  BackendName,
  DataErrorCode,
  ErrorCode,
  FromWorker,
  LayerActivation,
  Misclassified,
  ModelSpec,
  SummaryRow,
  TrainState,
} from '../model/protocol';
import type { EpochTimingReport } from '../model/epochTiming';
import { initialRobustTrainView, reduceRobustMessage, type RobustTrainView } from './robustTrainView';

/** One training step as drawn on the curves: `x` in epochs (2.5 = half-way through the third epoch). */
export interface BatchPoint {
  x: number;
  loss: number;
  accuracy: number;
}

/** One finished epoch. */
export interface EpochPoint {
  /** 1-based epoch counted over the whole run (a continued run goes on counting). */
  epoch: number;
  /** Curve position: the end of the epoch. */
  x: number;
  testLoss: number;
  testAccuracy: number;
  testCount: number;
  /** Mean loss and accuracy of the training batches received during this epoch. */
  trainLoss: number;
  trainAccuracy: number;
  seconds: number;
  numTensors: number;
  /** Where the epoch's wall time went in the worker (ms), when the worker said. */
  timing?: EpochTimingReport;
}

/** Where the run is within its epochs. */
export interface TrainProgress {
  /** 1-based epoch of this run. */
  epoch: number;
  epochs: number;
  batch: number;
  batchesPerEpoch: number;
  imagesPerSecond: number;
  seen: number;
  /** The learning rate of the last reported step (undefined before the first). */
  learningRate?: number;
  /** Training images per epoch (min(limit, 60,000)). */
  imagesPerEpoch: number;
}

/** An error shown with role="alert": a worker error code (or a page-side one) and the worker's detail. */
export interface TrainError {
  code: ErrorCode | 'file' | 'unsupported';
  message: string;
}

/** The training page's state, fed by the worker client's messages (see trainController.ts). */
export interface TrainView {
  /** Worker lifecycle. */
  phase: TrainState;
  statusMessage: string;
  /** The worker's backend; `threads`: the wasm backend's thread count; `isolated`: the worker is cross-origin isolated. */
  backend: { name: BackendName; renderer: string; reason: string; threads: number; isolated: boolean } | null;
  data: { loaded: number; total: number; phase: 'manifest' | 'download' | 'verify' | 'done' } | null;
  dataError: { code: DataErrorCode; message: string; file?: string } | null;
  /** Last error of the worker or of a save/load; cleared by the next successful action. */
  error: TrainError | null;
  /** Summary of the model the worker built (configure or load). */
  model: { spec: ModelSpec | null; rows: SummaryRow[]; totalParams: number; loadedName?: string } | null;
  progress: TrainProgress | null;
  /** Per-step training values (throttled by the worker to ≤ 20 per second). Read through `subscribe`. */
  batches: BatchPoint[];
  /** Test values after each epoch. */
  epochs: EpochPoint[];
  /** Epochs finished before the current run (a continued run draws after them). */
  epochOffset: number;
  confusion: Int32Array | null;
  /** The predicted digit of each evaluated test image after the last epoch (lists any confusion cell exactly). */
  predictions: Uint8Array | null;
  misclassified: Misclassified[];
  /** Test images and labels (count×784 bytes), for the galleries. */
  testSet: { images: Uint8Array; labels: Uint8Array; count: number } | null;
  filters: { layer: string; shape: [number, number, number, number]; data: Float32Array } | null;
  activations: { testIndex: number; label: number; probs: Float32Array; layers: LayerActivation[] } | null;
  /** Test digit chosen for the activation maps. */
  inspectIndex: number;
  /** Confusion-matrix cell whose images are shown. */
  selectedCell: { trueDigit: number; predicted: number } | null;
  /** Epoch of the last checkpoint (the model so far, kept after a crash). */
  checkpointEpoch: number | null;
  /** Last save that succeeded. */
  saved: { target: 'indexeddb' | 'download'; name: string } | null;
  /** A save or load is waiting for the worker's answer. */
  pendingIo: 'save' | 'load' | null;
  /** Accuracy on the robustness sets and the augmented samples (robustTrainView.ts). */
  robust: RobustTrainView;
}

export interface TrainSlice {
  train: TrainView;
  /** Applies one message from the training worker. */
  applyTrainMessage(msg: FromWorker): void;
  /** A new run starts: clears the curves unless it continues the current model. */
  beginTrainRun(o: { epochs: number; imagesPerEpoch: number; continueTraining: boolean }): void;
  /** Forgets everything (a new worker: another backend or test subset). */
  resetTrainView(): void;
  /** Sets page-side fields (selection, pending I/O, a page-side error). */
  patchTrain(patch: Partial<Pick<TrainView, 'inspectIndex' | 'selectedCell' | 'pendingIo' | 'error' | 'dataError' | 'data' | 'backend' | 'robust'>>): void;
}

/** The state before the worker says anything. */
export function initialTrainView(): TrainView {
  return {
    phase: 'idle',
    statusMessage: '',
    backend: null,
    data: null,
    dataError: null,
    error: null,
    model: null,
    progress: null,
    batches: [],
    epochs: [],
    epochOffset: 0,
    confusion: null,
    predictions: null,
    misclassified: [],
    testSet: null,
    filters: null,
    activations: null,
    inspectIndex: 0,
    selectedCell: null,
    checkpointEpoch: null,
    saved: null,
    pendingIo: null,
    robust: initialRobustTrainView(),
  };
}

/** Mean of `key` over the batch points with x in (from, to]. */
function meanOver(points: readonly BatchPoint[], from: number, to: number, key: 'loss' | 'accuracy'): number {
  let sum = 0;
  let n = 0;
  for (let i = points.length - 1; i >= 0; i--) {
    const p = points[i];
    if (p.x <= from) break;
    if (p.x <= to && Number.isFinite(p[key])) {
      sum += p[key];
      n++;
    }
  }
  return n > 0 ? sum / n : Number.NaN;
}

/**
 * The training state as a pure function of the worker's messages (exported for tests).
 *
 * @example reduceTrainMessage(initialTrainView(), { type: 'status', state: 'paused' }).phase // → 'paused'
 */
export function reduceTrainMessage(s: TrainView, msg: FromWorker): TrainView {
  switch (msg.type) {
    case 'ready':
      return { ...s, backend: { name: msg.backend, renderer: msg.renderer, reason: msg.reason, threads: msg.threads, isolated: msg.isolated } };
    case 'status': {
      const next: TrainView = { ...s, phase: msg.state, statusMessage: msg.message ?? '' };
      if (msg.state === 'training' && s.phase !== 'paused') next.error = null;
      if (msg.state === 'ready' || msg.state === 'training') next.dataError = null;
      return next;
    }
    case 'data-progress':
      return { ...s, data: { loaded: msg.loaded, total: msg.total, phase: msg.phase }, dataError: msg.phase === 'done' ? null : s.dataError };
    case 'data-error':
      return { ...s, dataError: { code: msg.code, message: msg.message, file: msg.file } };
    case 'test-set':
      return { ...s, testSet: { images: msg.images, labels: msg.labels, count: msg.count } };
    case 'summary':
      return {
        ...s,
        model: { spec: msg.spec, rows: msg.rows, totalParams: msg.totalParams },
        pendingIo: s.pendingIo === 'load' ? null : s.pendingIo,
      };
    case 'batch': {
      const bpe = Math.max(1, msg.batchesPerEpoch);
      const x = s.epochOffset + (msg.epoch - 1) + msg.batch / bpe;
      const prev = s.progress;
      return {
        ...s,
        batches: [...s.batches, { x, loss: msg.loss, accuracy: msg.accuracy }],
        progress: {
          epoch: msg.epoch,
          epochs: prev?.epochs ?? msg.epoch,
          batch: msg.batch,
          batchesPerEpoch: msg.batchesPerEpoch,
          imagesPerSecond: msg.imagesPerSecond,
          learningRate: msg.learningRate,
          seen: msg.seen,
          imagesPerEpoch: prev?.imagesPerEpoch ?? 0,
        },
      };
    }
    case 'epoch': {
      const x = s.epochOffset + msg.epoch;
      const point: EpochPoint = {
        epoch: x,
        x,
        testLoss: msg.testLoss,
        testAccuracy: msg.testAccuracy,
        testCount: msg.testCount,
        trainLoss: meanOver(s.batches, x - 1, x, 'loss'),
        trainAccuracy: meanOver(s.batches, x - 1, x, 'accuracy'),
        seconds: msg.seconds,
        numTensors: msg.numTensors,
        ...(msg.timing ? { timing: msg.timing } : {}),
      };
      return {
        ...s,
        epochs: [...s.epochs.filter((e) => e.epoch !== x), point],
        confusion: msg.confusion,
        predictions: msg.predictions,
        misclassified: msg.misclassified,
        progress: s.progress ? { ...s.progress, epochs: msg.epochs } : s.progress,
      };
    }
    case 'filters':
      return { ...s, filters: { layer: msg.layer, shape: msg.shape, data: msg.data } };
    case 'activations':
      return { ...s, activations: { testIndex: msg.testIndex, label: msg.label, probs: msg.probs, layers: msg.layers } };
    case 'checkpoint':
      // The worker counts checkpoint epochs over the whole model's training (fractional between epochs).
      return { ...s, checkpointEpoch: msg.epoch };
    case 'saved':
      return { ...s, saved: { target: msg.target, name: msg.name }, pendingIo: null, error: null };
    case 'loaded': {
      const base: TrainView = { ...s, model: { spec: msg.spec ?? null, rows: msg.summary, totalParams: msg.totalParams, loadedName: msg.name }, pendingIo: null };
      // The client reloading the last checkpoint after a crash: same model, keep its history.
      if (s.pendingIo !== 'load') return { ...base, model: s.model ?? base.model };
      return {
        ...base,
        error: null,
        // A different model: the old curves and results no longer describe it.
        batches: [],
        epochs: [],
        epochOffset: 0,
        confusion: null,
        predictions: null,
        misclassified: [],
        selectedCell: null,
        progress: null,
        checkpointEpoch: null,
      };
    }
    case 'error':
      return { ...s, error: { code: msg.code, message: msg.message }, pendingIo: null, robust: { ...s.robust, progress: null } };
    case 'robust':
    case 'robust-done':
    case 'robust-cancelled':
    case 'augment-samples':
      return { ...s, robust: reduceRobustMessage(s.robust, msg) };
    case 'snapshot':
      return s; // the replay slice keeps them
  }
}

export const createTrainSlice: StateCreator<TrainSlice, [], [], TrainSlice> = (set, get) => ({
  train: initialTrainView(),
  applyTrainMessage(msg) {
    set({ train: reduceTrainMessage(get().train, msg) });
  },
  beginTrainRun({ epochs, imagesPerEpoch, continueTraining }) {
    const s = get().train;
    const offset = continueTraining ? (s.epochs.at(-1)?.epoch ?? 0) : 0;
    set({
      train: {
        ...s,
        error: null,
        epochOffset: offset,
        batches: continueTraining ? s.batches.filter((b) => b.x <= offset) : [],
        epochs: continueTraining ? s.epochs : [],
        confusion: continueTraining ? s.confusion : null,
        predictions: continueTraining ? s.predictions : null,
        misclassified: continueTraining ? s.misclassified : [],
        selectedCell: continueTraining ? s.selectedCell : null,
        progress: { epoch: 1, epochs, batch: 0, batchesPerEpoch: 0, imagesPerSecond: 0, seen: 0, imagesPerEpoch },
        robust: initialRobustTrainView(),
      },
    });
  },
  resetTrainView() {
    set({ train: initialTrainView() });
  },
  patchTrain(patch) {
    set({ train: { ...get().train, ...patch } });
  },
});
