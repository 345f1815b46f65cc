/**
 * Training replay, as plain data (no tfjs: the page, the worker and the file codec share it). During
 * a run the worker takes about 40 snapshots (denser early, plus one at each epoch end): the first
 * conv layer's filters, the metrics, and for one pinned digit the prediction, every layer's
 * activation (quantised to bytes) and, for GAP models, the class activation map. The page keeps
 * them (bounded by {@link REPLAY_BUDGET_BYTES}), replays them with a scrubber and saves them with
 * the model.
 */
import type { ModelSpec } from './spec';

/** Snapshots spread over the steps of a run (epoch ends come on top). */
export const SNAPSHOTS_PER_RUN = 32;
/** Most bytes the snapshots of one run may take in memory; older step snapshots are thinned beyond it. */
export const REPLAY_BUDGET_BYTES = 48 * 1024 * 1024;

/** One layer's output for the pinned digit: `value = min + data[i] / 255 · (max − min)`. */
export interface SnapshotLayer {
  name: string;
  /** tfjs class name (`Conv2D`, `MaxPooling2D`, `Dense`…). */
  type: string;
  /** Without the batch axis: [h, w, c] or [n]. */
  shape: number[];
  min: number;
  max: number;
  data: Uint8Array;
}

/** Why a snapshot was taken. */
export type SnapshotReason = 'start' | 'step' | 'epoch' | 'end';

/** The model at one moment of a run. */
export interface Snapshot {
  reason: SnapshotReason;
  /** Training steps (batches) since the run began. */
  step: number;
  /** Epochs this model has trained in all (fractional between epoch ends). */
  epoch: number;
  /** Training images seen since the run began. */
  seen: number;
  /** Loss and accuracy of the last batch (NaN before the first step). */
  loss: number;
  accuracy: number;
  /** Test accuracy (0–1), at epoch ends only. */
  testAccuracy?: number;
  /** First conv layer's kernels, [kh, kw, inChannels, filters] (tfjs layout). */
  filters: { layer: string; shape: [number, number, number, number]; data: Float32Array };
  /** The model's probabilities for the pinned digit. */
  probs: Float32Array;
  predicted: number;
  layers: SnapshotLayer[];
  /** GAP models: M_c for the predicted class c, H×W row-major. */
  cam?: { H: number; W: number; c: number; data: Float32Array };
}

/** The digit whose prediction and activations the snapshots record. */
export interface PinnedDigit {
  /** A test image (its index and label) or the learner's drawing from #/draw. */
  source: 'test' | 'drawing';
  testIndex?: number;
  label?: number;
  /** 784 values 0…1, row-major. */
  pixels: Float32Array;
}

/** A run's replay, as saved with a model. */
export interface ReplayRecord {
  version: 1;
  spec?: ModelSpec;
  pinned: PinnedDigit;
  snapshots: Snapshot[];
}

/**
 * The steps after which a snapshot is taken, in a run of `totalSteps` steps: step 0 (before
 * training) and `count` positions spaced quadratically (denser early: a network changes most in its
 * first steps), without repeats, ending with the last step.
 *
 * @example snapshotSteps(10, 4) // → [0, 1, 3, 6, 10]
 * @example snapshotSteps(1000, 32).slice(0, 6) // → [0, 1, 4, 9, 16, 24]
 */
export function snapshotSteps(totalSteps: number, count = SNAPSHOTS_PER_RUN): number[] {
  if (!Number.isInteger(totalSteps) || totalSteps < 0) throw new RangeError(`a run has a whole number of steps ≥ 0 (got ${totalSteps})`);
  if (!Number.isInteger(count) || count < 1) throw new RangeError(`the number of snapshots must be a whole number ≥ 1 (got ${count})`);
  const out = [0];
  for (let i = 1; i <= count; i++) {
    const s = Math.max(1, Math.round(totalSteps * (i / count) ** 2));
    if (s <= totalSteps && s > out[out.length - 1]) out.push(s);
  }
  return out;
}

/** Bytes a snapshot's arrays take (the small fields are not counted). */
export function snapshotBytes(s: Snapshot): number {
  let n = s.filters.data.byteLength + s.probs.byteLength + (s.cam?.data.byteLength ?? 0);
  for (const l of s.layers) n += l.data.byteLength;
  return n;
}

/**
 * Appends a snapshot; when the list would take more than `budget` bytes, every other 'step'
 * snapshot (oldest first) is dropped until it fits, so the replay stays spread over the whole
 * run. 'start', 'epoch' and 'end' snapshots are kept. Returns a new array.
 *
 * @example addSnapshot([], s) // → [s]
 */
export function addSnapshot(list: readonly Snapshot[], s: Snapshot, budget = REPLAY_BUDGET_BYTES): Snapshot[] {
  let out = [...list, s];
  let bytes = out.reduce((a, x) => a + snapshotBytes(x), 0);
  while (bytes > budget) {
    const steps = out.map((x, i) => (x.reason === 'step' && i < out.length - 1 ? i : -1)).filter((i) => i >= 0);
    if (steps.length === 0) {
      // Nothing left to thin: keep the newest snapshots that fit.
      while (out.length > 1 && bytes > budget) bytes -= snapshotBytes(out.shift() as Snapshot);
      break;
    }
    const drop = new Set(steps.filter((_, k) => k % 2 === 0));
    for (const i of drop) bytes -= snapshotBytes(out[i]);
    out = out.filter((_, i) => !drop.has(i));
  }
  return out;
}

/**
 * Quantises an activation to bytes over its own range (the replay draws it as a picture).
 *
 * @example quantize(Float32Array.of(-1, 0, 1)) // → { min: -1, max: 1, data: Uint8Array [0, 128, 255] }
 */
export function quantize(values: ArrayLike<number>): { min: number; max: number; data: Uint8Array } {
  let min = Infinity;
  let max = -Infinity;
  for (let i = 0; i < values.length; i++) {
    if (values[i] < min) min = values[i];
    if (values[i] > max) max = values[i];
  }
  if (values.length === 0) return { min: 0, max: 0, data: new Uint8Array(0) };
  const range = max - min;
  const data = new Uint8Array(values.length);
  if (range > 0) for (let i = 0; i < values.length; i++) data[i] = Math.round(((values[i] - min) / range) * 255);
  return { min, max, data };
}

/**
 * The values of a quantised layer (to within (max − min) / 510 of the originals).
 *
 * @example dequantize({ min: -1, max: 1, data: Uint8Array.of(0, 255) }) // → Float32Array [-1, 1]
 */
export function dequantize(l: { min: number; max: number; data: Uint8Array }): Float32Array {
  const out = new Float32Array(l.data.length);
  const step = (l.max - l.min) / 255;
  for (let i = 0; i < out.length; i++) out[i] = l.min + l.data[i] * step;
  return out;
}

/**
 * The snapshot index a scrubber position stands for, or a RangeError a learner can read when the
 * position is not a whole number from 0 to count − 1.
 *
 * @example replayIndex(3, 40) // → 3
 */
export function replayIndex(position: number, count: number): number {
  if (count === 0) throw new RangeError('there are no snapshots yet: start a run');
  if (!Number.isInteger(position) || position < 0 || position >= count) {
    throw new RangeError(`there is no snapshot ${position + 1}: this run has ${count} (1–${count})`);
  }
  return position;
}
