/*
 * The Keras model's training log (LESSONS.md L27, seed 001 lines 535–560) and what can be read
 * from it: the best epoch, the dips, and the batch size behind "469" steps per epoch.
 */
import { MNIST_TRAIN_COUNT } from '../../core';

/** One epoch as printed. */
export interface EpochLog {
  epoch: number;
  time: string;
  msPerStep: number;
  loss: number;
  accuracy: number;
  valLoss: number;
  valAccuracy: number;
}

/** The ten epochs as printed. */
export const TRAINING_LOG: readonly EpochLog[] = [
  { epoch: 1, time: '39s', msPerStep: 15, loss: 0.2381, accuracy: 0.9282, valLoss: 0.054, valAccuracy: 0.983 },
  { epoch: 2, time: '7s', msPerStep: 15, loss: 0.0857, accuracy: 0.9747, valLoss: 0.0391, valAccuracy: 0.9875 },
  { epoch: 3, time: '7s', msPerStep: 15, loss: 0.0629, accuracy: 0.9811, valLoss: 0.0427, valAccuracy: 0.986 },
  { epoch: 4, time: '7s', msPerStep: 14, loss: 0.0529, accuracy: 0.9837, valLoss: 0.0305, valAccuracy: 0.9902 },
  { epoch: 5, time: '7s', msPerStep: 14, loss: 0.0447, accuracy: 0.986, valLoss: 0.0291, valAccuracy: 0.9908 },
  { epoch: 6, time: '7s', msPerStep: 14, loss: 0.0387, accuracy: 0.9874, valLoss: 0.0283, valAccuracy: 0.9912 },
  { epoch: 7, time: '7s', msPerStep: 14, loss: 0.0362, accuracy: 0.9887, valLoss: 0.0281, valAccuracy: 0.9914 },
  { epoch: 8, time: '7s', msPerStep: 14, loss: 0.03, accuracy: 0.9903, valLoss: 0.0339, valAccuracy: 0.9897 },
  { epoch: 9, time: '7s', msPerStep: 14, loss: 0.028, accuracy: 0.9908, valLoss: 0.0261, valAccuracy: 0.9916 },
  { epoch: 10, time: '7s', msPerStep: 14, loss: 0.0262, accuracy: 0.9919, valLoss: 0.0266, valAccuracy: 0.9913 },
];

/** Steps per epoch as printed (over MNIST's 60,000 training images, MNIST_TRAIN_COUNT). */
export const STEPS_PER_EPOCH = 469;

/** What the log tells. */
export interface LogReading {
  bestEpoch: number;
  bestValAccuracy: number;
  /** Epoch of the lowest val_loss. */
  lowestValLossEpoch: number;
  /** Epochs whose val_accuracy is below the epoch before. */
  dips: number[];
  /** Epochs whose val_loss is above the epoch before. */
  lossRises: number[];
  /** Epochs where val_accuracy is above the training accuracy. */
  valAbove: number[];
  /** The batch sizes b with ceil(60000 / b) = 469 (the log's steps per epoch). */
  batchSizes: number[];
}

/**
 * Reads the log.
 *
 * @example
 * readLog(TRAINING_LOG).bestEpoch; // 9 (val_accuracy 0.9916)
 * readLog(TRAINING_LOG).dips;      // [3, 8, 10]
 * readLog(TRAINING_LOG).batchSizes; // [128]
 */
export function readLog(log: readonly EpochLog[]): LogReading {
  let best = log[0];
  let lowest = log[0];
  const dips: number[] = [];
  const lossRises: number[] = [];
  log.forEach((e, i) => {
    if (e.valAccuracy > best.valAccuracy) best = e;
    if (e.valLoss < lowest.valLoss) lowest = e;
    if (i > 0 && e.valAccuracy < log[i - 1].valAccuracy) dips.push(e.epoch);
    if (i > 0 && e.valLoss > log[i - 1].valLoss) lossRises.push(e.epoch);
  });
  const batchSizes: number[] = [];
  for (let b = 1; b <= MNIST_TRAIN_COUNT; b++) if (Math.ceil(MNIST_TRAIN_COUNT / b) === STEPS_PER_EPOCH) batchSizes.push(b);
  return {
    bestEpoch: best.epoch,
    bestValAccuracy: best.valAccuracy,
    lowestValLossEpoch: lowest.epoch,
    dips,
    lossRises,
    valAbove: log.filter((e) => e.valAccuracy > e.accuracy).map((e) => e.epoch),
    batchSizes,
  };
}
