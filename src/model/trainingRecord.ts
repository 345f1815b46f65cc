/**
 * What a model's training took, kept with the model when it is saved (in model.json's
 * userDefinedMetadata, beside its spec) so the comparison page can show it: the seconds its runs
 * took (wall time, pauses left out), the epochs trained (fractional after a stop in the middle of
 * an epoch), and the test accuracy measured right after its last step (null when steps came after
 * the last evaluation). The keys match the shipped models' metrics.json where they overlap.
 */
import type { AppModelMetadata } from './modelFiles';
import type { ModelSpec } from './spec';

/** A model's training so far. */
export interface TrainingRecord {
  trainingSeconds: number;
  epochs: number;
  testAccuracy: number | null;
  testCount: number | null;
}

/** The record of a model about to be trained from scratch. */
export function freshRecord(): TrainingRecord {
  return { trainingSeconds: 0, epochs: 0, testAccuracy: null, testCount: null };
}

const finiteOrNull = (v: unknown): number | null => (typeof v === 'number' && Number.isFinite(v) ? v : null);

/**
 * The record in a saved model's metadata, or null when it has none (a model saved before the app
 * kept one, or by another tool): its training time is then unknown, and stays unknown when it is
 * trained further.
 *
 * @example recordOf({ app: 'cnn-classroom', trainingSeconds: 41.5, epochs: 1 }) // → { trainingSeconds: 41.5, epochs: 1, testAccuracy: null, testCount: null }
 */
export function recordOf(meta: AppModelMetadata | undefined): TrainingRecord | null {
  const seconds = finiteOrNull(meta?.trainingSeconds);
  const epochs = finiteOrNull(meta?.epochs);
  if (seconds === null || seconds < 0 || epochs === null || epochs < 0) return null;
  const acc = finiteOrNull(meta?.testAccuracy);
  const count = finiteOrNull(meta?.testCount);
  const measured = acc !== null && acc >= 0 && acc <= 1 && count !== null && count > 0;
  return { trainingSeconds: seconds, epochs, testAccuracy: measured ? acc : null, testCount: measured ? count : null };
}

/** The metadata the app saves with a model: its spec and, when known, its training record. */
export function modelMetadata(spec: ModelSpec | undefined, record: TrainingRecord | null): AppModelMetadata {
  if (!record) return { app: 'cnn-classroom', spec };
  const meta: AppModelMetadata = {
    app: 'cnn-classroom',
    spec,
    trainingSeconds: Math.round(record.trainingSeconds * 10) / 10,
    epochs: Math.round(record.epochs * 100) / 100,
  };
  if (record.testAccuracy !== null && record.testCount !== null) {
    meta.testAccuracy = record.testAccuracy;
    meta.testCount = record.testCount;
  }
  return meta;
}
