import type { RobustFromWorker } from '../model/robustProtocol';

/** One robustness set's accuracy. */
export interface RobustAccuracy {
  accuracy: number;
  count: number;
}

/** Augmented training images as the worker last sent them. */
export interface AugmentSamples {
  epoch: number;
  batch: number;
  count: number;
  /** count×784 values 0…1: what the model trained on. */
  images: Float32Array;
  /** The same images before the random transforms. */
  originals: Float32Array;
  labels: Uint8Array;
}

/** The training page's robustness results and augmentation samples. */
export interface RobustTrainView {
  /** Accuracy per robustness set id (ROBUST_TRANSFORMS). */
  results: Record<string, RobustAccuracy>;
  /** Sets tested so far of `total` while a test runs (`cancelling` once cancel was pressed); null when none runs. */
  progress: { done: number; total: number; cancelling?: boolean } | null;
  /** The last test was cancelled after `done` of `total` sets (results holds those); null otherwise. */
  cancelled: { done: number; total: number } | null;
  /** Epochs the tested model had trained (results describe that model). */
  epochs: number | null;
  seconds: number | null;
  samples: AugmentSamples | null;
}

export function initialRobustTrainView(): RobustTrainView {
  return { results: {}, progress: null, cancelled: null, epochs: null, seconds: null, samples: null };
}

/**
 * The robustness part of the training state as a pure function of the worker's messages.
 *
 * @example reduceRobustMessage(initialRobustTrainView(), { type: 'robust', id: 'plain', accuracy: 0.99, count: 10000, index: 0, total: 25, epochs: 2 }).results.plain.accuracy // → 0.99
 */
export function reduceRobustMessage(s: RobustTrainView, msg: RobustFromWorker): RobustTrainView {
  switch (msg.type) {
    case 'robust': {
      const fresh = msg.index === 0;
      return {
        ...s,
        results: { ...(fresh ? {} : s.results), [msg.id]: { accuracy: msg.accuracy, count: msg.count } },
        progress: { done: msg.index + 1, total: msg.total, cancelling: s.progress?.cancelling },
        epochs: msg.epochs,
        seconds: fresh ? null : s.seconds,
        cancelled: null,
      };
    }
    case 'robust-done':
      return { ...s, progress: null, cancelled: null, seconds: msg.seconds, epochs: msg.epochs };
    case 'robust-cancelled':
      // results keep the sets done (a cancel before the first keeps the previous test's, with its seconds)
      return { ...s, progress: null, cancelled: { done: msg.done, total: msg.total } };
    case 'augment-samples':
      return { ...s, samples: { epoch: msg.epoch, batch: msg.batch, count: msg.count, images: msg.images, originals: msg.originals, labels: msg.labels } };
  }
}

/** A robustness test was asked for: progress shows at once. */
export function robustRequested(s: RobustTrainView, total: number): RobustTrainView {
  return { ...s, progress: { done: 0, total }, cancelled: null };
}

/** Cancel was pressed: the progress line says so until the worker confirms (`robust-cancelled`). */
export function robustCancelRequested(s: RobustTrainView): RobustTrainView {
  return s.progress ? { ...s, progress: { ...s.progress, cancelling: true } } : s;
}
