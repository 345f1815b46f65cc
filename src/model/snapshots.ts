/**
 * The training worker's snapshot recorder (replay.ts describes what a snapshot holds). The run loop
 * calls `begin` once, `afterStep` after every step, `afterEpoch` after each evaluation and `end`
 * when a run stops early; the recorder decides when to take a snapshot (snapshotSteps) and hands
 * it to `send`. Every tensor it makes is disposed (tf.tidy inside activationsOf).
 */
import * as tf from '@tensorflow/tfjs';
import { activationModel, type ActivationModel } from './architectures';
import { classActivationMap } from './cam';
import { MNIST_PIXELS } from './mnistSizes';
import { quantize, snapshotSteps, type PinnedDigit, type Snapshot, type SnapshotReason } from './replay';
import { activationsOf, firstConvFilters } from './trainer';

/** Layers whose output repeats another one's (Flatten) or is the identity at prediction time. */
const SKIPPED = new Set(['Flatten', 'Dropout', 'InputLayer']);

/** Where the run is when a snapshot is taken. */
export interface RunPoint {
  step: number;
  epoch: number;
  seen: number;
  loss: number;
  accuracy: number;
  testAccuracy?: number;
}

/**
 * Takes one snapshot of `model` for the pinned digit.
 *
 * @example takeSnapshot(model, act, pinned.pixels, 'start', { step: 0, epoch: 0, seen: 0, loss: NaN, accuracy: NaN })
 */
export function takeSnapshot(model: tf.LayersModel, act: ActivationModel, pixels: Float32Array, reason: SnapshotReason, at: RunPoint): Snapshot | undefined {
  const filters = firstConvFilters(model);
  if (!filters) return undefined;
  const { layers, probs } = activationsOf(act, pixels, 'unit');
  let predicted = 0;
  for (let c = 1; c < probs.length; c++) if (probs[c] > probs[predicted]) predicted = c;
  const snap: Snapshot = {
    reason,
    ...at,
    filters,
    probs,
    predicted,
    layers: layers.filter((l) => !SKIPPED.has(l.type)).map((l) => ({ name: l.name, type: l.type, shape: l.shape, ...quantize(l.data) })),
  };
  const gap = layers.findIndex((l) => l.type === 'GlobalAveragePooling2D');
  const out = model.layers[model.layers.length - 1];
  if (gap > 0 && out.getClassName() === 'Dense') {
    const f = layers[gap - 1];
    const [H, W, K] = f.shape;
    const kernel = out.getWeights()[0];
    if (f.shape.length === 3 && kernel.shape[0] === K) {
      snap.cam = { H, W, c: predicted, data: classActivationMap(f.data, [H, W, K], kernel.dataSync(), kernel.shape[1] as number, predicted) };
    }
  }
  return snap;
}

/** Decides when to snapshot during a run, and takes the snapshots. */
export class SnapshotRecorder {
  private pinned: PinnedDigit | undefined;
  private schedule = new Set<number>();
  private batchesPerEpoch = 1;
  private act: ActivationModel | undefined;
  private actOf: tf.LayersModel | undefined;
  private first = true;
  private readonly send: (s: Snapshot, fresh: boolean) => void;

  constructor(send: (s: Snapshot, fresh: boolean) => void) {
    this.send = send;
  }

  /** The digit the snapshots follow (a test image or the learner's drawing). */
  pin(p: PinnedDigit): void {
    if (p.pixels.length !== MNIST_PIXELS) throw new RangeError(`a pinned digit has ${MNIST_PIXELS} pixels, not ${p.pixels.length}`);
    this.pinned = p;
  }

  get pinnedDigit(): PinnedDigit | undefined {
    return this.pinned;
  }

  /**
   * A run of `epochs` × `batchesPerEpoch` steps begins: `fresh` (new weights) starts a new replay
   * with a snapshot of the untrained model; a continued run adds to the replay it continues.
   */
  begin(model: tf.LayersModel, run: { epochs: number; batchesPerEpoch: number }, fresh: boolean, at: RunPoint): void {
    this.batchesPerEpoch = Math.max(1, run.batchesPerEpoch);
    this.schedule = new Set(snapshotSteps(run.epochs * this.batchesPerEpoch));
    this.first = fresh;
    if (fresh) this.take(model, 'start', at);
  }

  /** After a training step (`at.step` counts from 1 over the whole run); an epoch's last step waits for afterEpoch. */
  afterStep(model: tf.LayersModel, at: RunPoint): void {
    if (this.schedule.has(at.step) && at.step % this.batchesPerEpoch !== 0) this.take(model, 'step', at);
  }

  /** After an epoch's evaluation. */
  afterEpoch(model: tf.LayersModel, at: RunPoint): void {
    this.take(model, 'epoch', at);
  }

  /** A run that stopped between epoch ends. */
  end(model: tf.LayersModel, at: RunPoint): void {
    this.take(model, 'end', at);
  }

  private take(model: tf.LayersModel, reason: SnapshotReason, at: RunPoint): void {
    if (!this.pinned) return;
    if (this.actOf !== model) {
      this.act = activationModel(model);
      this.actOf = model;
    }
    const snap = takeSnapshot(model, this.act as ActivationModel, this.pinned.pixels, reason, at);
    if (!snap) return;
    this.send(snap, this.first);
    this.first = false;
  }
}
