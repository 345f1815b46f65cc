/**
 * The training run loop: epochs of shuffled batches, the batch/filters/activations messages at
 * their rates, pause/stop between two steps, checkpoints, and a failure handed to recovery.
 */
import type * as tf from '@tensorflow/tfjs';
import { errorMessage } from '../core/errorMessage';
import { makeAugmenter } from './augment';
import type { TrainSettings, TrainState } from './protocol';
import { mulberry32, shuffledIndices } from './random';
import { learningRateAt, type ScheduleRun } from './schedule';
import { RateMeter } from './rateMeter';
import { checkpoint, recover } from './sessionCheckpoints';
import { disposeQuietly, RunFailure, type SessionContext } from './sessionContext';
import { EpochTimer } from './epochTiming';
import { evaluateEpoch } from './sessionEvaluation';
import { beginSnapshots, endSnapshot, epochSnapshot, stepSnapshot } from './sessionSnapshots';
import { sendActivations, sendFilters } from './sessionViews';
import { makeBatch, makeOptimizer, setLearningRate, trainStep, type Dataset } from './trainer';
import { yieldNow } from './yieldNow';

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

/** Trains ctx.model on ctx.train with `settings` until done, stopped or failed (ctx.running is set by the caller). */
export async function runTraining(ctx: SessionContext, settings: TrainSettings): Promise<void> {
  const model = ctx.model as tf.LayersModel;
  const train = ctx.train as Dataset;
  const test = ctx.test as Dataset;
  const optimizer = makeOptimizer(settings.optimizer, settings.learningRate);
  const n = Math.min(settings.limit ?? train.count, train.count);
  const batchSize = settings.batchSize;
  const batchesPerEpoch = Math.ceil(n / batchSize);
  const random = mulberry32((settings.seed + ctx.epochsDone * 7919) >>> 0);
  const meter = new RateMeter();
  const augmenter = makeAugmenter(settings.augment, settings.seed, ctx.epochsDone);
  let seen = 0;
  /** Steps of this run, and the last loss and batch accuracy (for the replay's snapshots). */
  let steps = 0;
  let lastLoss = Number.NaN;
  let lastAcc = Number.NaN;
  let lastBatchPost = -Infinity;
  let lastActivations = performance.now();
  let lastFilters = performance.now();
  let lastCheckpoint = performance.now();
  let endState: TrainState = 'done';
  /** Epochs trained when a stop came in the middle of an epoch (fractional). */
  let stoppedAt: number | undefined;
  const schedule: ScheduleRun = {
    schedule: settings.schedule ?? 'step', learningRate: settings.learningRate, lrDecay: settings.lrDecay ?? 1, stepsPerEpoch: batchesPerEpoch, epochs: settings.epochs,
  };
  const keep = recordKeeper(ctx);
  ctx.setState('training');
  const timer = new EpochTimer();
  timer.time('views', () => {
    sendFilters(ctx);
    sendActivations(ctx);
    beginSnapshots(ctx, model, { epochs: settings.epochs, batchesPerEpoch }, settings.continueTraining !== true);
  });
  try {
    for (let epoch = 1; epoch <= settings.epochs; epoch++) {
      const order = shuffledIndices(n, random);
      let trainingMs = 0;
      for (let b = 0; b < batchesPerEpoch; b++) {
        if (ctx.pauseRequested) {
          keep(ctx.epochsDone + b / batchesPerEpoch);
          await pausePoint(ctx, epoch, ctx.epochsDone + b / batchesPerEpoch);
          keep.restart();
        }
        if (ctx.failure) throw ctx.failure;
        if (ctx.stopRequested) {
          stoppedAt = ctx.epochsDone + b / batchesPerEpoch;
          break;
        }
        const t0 = performance.now();
        const last = b === batchesPerEpoch - 1;
        // Only the steps whose numbers are sent (at most 20 a second) compute their accuracy.
        const report = last || t0 - lastBatchPost >= 1000 / BATCH_MESSAGES_PER_SECOND;
        const { xs, ys } = timer.time('data', () => (augmenter ? augmenter.batch(train, order, b * batchSize, batchSize) : makeBatch(train, order, b * batchSize, batchSize)));
        const tStep = performance.now();
        const learningRate = learningRateAt(schedule, (epoch - 1) * batchesPerEpoch + b);
        setLearningRate(optimizer, learningRate);
        const { loss, accuracy } = trainStep(model, optimizer, xs, ys, report, settings.labelSmoothing ?? 0);
        const size = xs.shape[0];
        xs.dispose();
        ys.dispose();
        const lossV = (await loss.data())[0];
        loss.dispose();
        const accV = accuracy ? (await accuracy.data())[0] : Number.NaN;
        accuracy?.dispose();
        if (ctx.failure) throw ctx.failure;
        if (!Number.isFinite(lossV)) throw new RunFailure('training', `the loss became ${lossV}: the learning rate ${settings.learningRate} is probably too high`);
        const t1 = performance.now();
        timer.add('steps', t1 - tStep);
        trainingMs += t1 - t0;
        seen += size;
        meter.add(t1, size);
        steps += 1;
        lastLoss = lossV;
        if (!Number.isNaN(accV)) lastAcc = accV;
        timer.time('views', () => stepSnapshot(ctx, model, { step: steps, epoch: ctx.epochsDone + (b + 1) / batchesPerEpoch, seen, loss: lossV, accuracy: lastAcc }));
        if (report) {
          lastBatchPost = t1;
          timer.time('messages', () => ctx.post({ type: 'batch', epoch, batch: b + 1, batchesPerEpoch, loss: lossV, accuracy: accV, imagesPerSecond: meter.rate(), learningRate, seen }));
        }
        timer.time('views', () => {
          augmenter?.maybePostSamples(ctx, epoch, b + 1, t1);
          if (t1 - lastFilters >= FILTERS_EVERY_MS) {
            lastFilters = t1;
            sendFilters(ctx);
          }
          if (t1 - lastActivations >= ACTIVATIONS_EVERY_MS) {
            lastActivations = t1;
            sendActivations(ctx);
          }
        });
        if (t1 - lastCheckpoint >= CHECKPOINT_EVERY_MS) {
          lastCheckpoint = t1;
          keep(ctx.epochsDone + (b + 1) / batchesPerEpoch);
          await timer.timeAsync('checkpoints', () => checkpoint(ctx, ctx.epochsDone + (b + 1) / batchesPerEpoch));
        }
        await timer.timeAsync('yield', yieldNow);
      }
      if (ctx.stopRequested) {
        // Stopped at a step (stoppedAt set), or after this epoch's last step (a whole epoch, not evaluated).
        stoppedAt ??= ctx.epochsDone + 1;
        endState = 'stopped';
        break;
      }
      const testAccuracy = await evaluateEpoch(ctx, model, test, epoch, settings.epochs, trainingMs, timer);
      ctx.epochsDone += 1;
      keep(ctx.epochsDone, { accuracy: testAccuracy, count: Math.min(ctx.testLimit, test.count) });
      timer.time('views', () => {
        epochSnapshot(ctx, model, { step: steps, epoch: ctx.epochsDone, seen, loss: lastLoss, accuracy: lastAcc, testAccuracy });
        sendFilters(ctx);
        sendActivations(ctx);
      });
      lastCheckpoint = performance.now();
      await timer.timeAsync('checkpoints', () => checkpoint(ctx, ctx.epochsDone));
      if (ctx.stopRequested) {
        endState = epoch === settings.epochs ? 'done' : 'stopped';
        break;
      }
    }
    if (endState === 'stopped') {
      keep(stoppedAt ?? ctx.epochsDone);
      endSnapshot(ctx, model, { step: steps, epoch: stoppedAt ?? ctx.epochsDone, seen, loss: lastLoss, accuracy: lastAcc });
      await checkpoint(ctx, stoppedAt ?? ctx.epochsDone);
    }
    ctx.running = false;
    optimizer.dispose();
    ctx.setState(endState);
  } catch (e) {
    ctx.running = false;
    keep(ctx.epochsDone);
    disposeQuietly(optimizer);
    await recover(ctx, e instanceof RunFailure ? e : new RunFailure('training', errorMessage(e)));
  }
}

/** Updates ctx.record: (epochs trained so far, this run's epochs counted as the session counts them, test result if just measured). */
interface RecordKeeper {
  (epochsNow: number, test?: { accuracy: number; count: number }): void;
  /** Time starts again (after a pause: a pause is not training time). */
  restart(): void;
}

/**
 * Keeps the model's training record (trainingRecord.ts) up to date during a run: the wall time
 * since the last update (pauses left out), the epochs, and the test accuracy only when it was
 * measured after the last step. A model whose record is unknown keeps it unknown.
 */
function recordKeeper(ctx: SessionContext): RecordKeeper {
  const startEpochs = ctx.epochsDone;
  const baseEpochs = ctx.record?.epochs ?? 0;
  let since = performance.now();
  /** The epochs count when the test accuracy was last measured (it still holds while no step came after). */
  let measuredAt = Number.NaN;
  const keep = ((epochsNow: number, test?: { accuracy: number; count: number }) => {
    const now = performance.now();
    const rec = ctx.record;
    if (rec) {
      rec.trainingSeconds += (now - since) / 1000;
      rec.epochs = baseEpochs + (epochsNow - startEpochs);
      if (test) {
        rec.testAccuracy = test.accuracy;
        rec.testCount = test.count;
        measuredAt = epochsNow;
      } else if (epochsNow !== measuredAt) {
        rec.testAccuracy = null;
        rec.testCount = null;
      }
    }
    since = now;
  }) as RecordKeeper;
  keep.restart = () => {
    since = performance.now();
  };
  return keep;
}

/** Waits while paused; reports paused/training. Keeps a checkpoint (`trained` epochs, fractional) on pause. */
async function pausePoint(ctx: SessionContext, epoch: number, trained: number): Promise<void> {
  ctx.setState('paused', `epoch ${epoch}`);
  await checkpoint(ctx, trained);
  while (ctx.pauseRequested && !ctx.stopRequested && !ctx.failure) {
    await new Promise<void>((resolve) => {
      ctx.resumeWaiter = resolve;
    });
    ctx.resumeWaiter = undefined;
  }
  if (!ctx.stopRequested && !ctx.failure) ctx.setState('training');
}

/** A failure reported from outside the loop (context loss): the loop notices at its next step. */
export function failRun(ctx: SessionContext, failure: RunFailure): void {
  ctx.failure = failure;
  ctx.resumeWaiter?.();
  if (!ctx.running) void recover(ctx, failure);
}
