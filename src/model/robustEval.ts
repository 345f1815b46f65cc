/**
 * Robustness testing in the training worker: the current model on every robustness set (the test
 * images shifted by 1–4 px each way, turned ±15°, scaled 0.8–1.2, with thicker and thinner strokes:
 * core/robustSets.ts), each set built from the real test images when it is tested and dropped
 * afterwards (25 sets of 10,000 images would hold 196 MB).
 *
 * A test can be cancelled: `robust-cancel` acts at once (not queued) and covers every `robust-eval`
 * received before it, whether it runs or still waits in the queue. The test stops between two
 * batches (no tensor is alive then), the sets done so far keep their `robust` messages, and
 * `robust-cancelled` says how far it got. The model and everything else stay as they were.
 */
import { ROBUST_TRANSFORMS, transformSet } from '../core/robustSets';
import { MNIST_PIXELS } from './mnistSizes';
import type { SessionContext } from './sessionContext';
import { evaluate } from './trainer';
import { yieldNow } from './yieldNow';

/** Thrown between two batches of a cancelled test (never leaves this module). */
class Cancelled extends Error {}

/**
 * Numbers a `robust-eval` request when it arrives (before it waits in the queue).
 *
 * @example const ticket = robustTicket(ctx); // later: evaluateRobustness(ctx, count, ticket)
 */
export function robustTicket(ctx: SessionContext): number {
  ctx.robustAsked += 1;
  return ctx.robustAsked;
}

/**
 * Cancels every robustness test asked for so far (the running one and any still queued).
 *
 * @example cancelRobustness(ctx); // the running test stops after its current batch
 */
export function cancelRobustness(ctx: SessionContext): void {
  ctx.robustCancelledUpTo = ctx.robustAsked;
}

/**
 * Tests ctx.model on every robustness set of the first `count` test images (default ctx.testLimit), posting one
 * `robust` message per set and `robust-done` at the end, or `robust-cancelled` when `ticket` was
 * cancelled meanwhile. Refused (an error message, nothing else) while training or without a model or data.
 */
export async function evaluateRobustness(ctx: SessionContext, requested?: number, ticket = robustTicket(ctx)): Promise<void> {
  const total = ROBUST_TRANSFORMS.length;
  const t0 = performance.now();
  const cancelled = () => ticket <= ctx.robustCancelledUpTo;
  if (cancelled()) return ctx.post({ type: 'robust-cancelled', done: 0, total, seconds: 0 });
  if (ctx.running) return ctx.error('busy', 'stop training before testing on the transformed sets');
  if (!ctx.test) return ctx.error('not-ready', 'the MNIST data is not loaded yet');
  if (!ctx.model) return ctx.error('no-model', 'there is no model to test yet');
  const model = ctx.model;
  const test = ctx.test;
  if (requested !== undefined && !(Number.isInteger(requested) && requested >= 1)) return ctx.error('bad-message', `the number of test images must be a whole number from 1 (got ${String(requested)})`);
  const count = Math.min(requested ?? ctx.testLimit, test.count);
  // epochs trained, fractional after a stop in the middle of an epoch (the last checkpoint's count)
  const epochs = ctx.lastCheckpoint?.epoch ?? ctx.epochsDone;
  const images = test.images.subarray(0, count * MNIST_PIXELS);
  // evaluate() has disposed the batch's tensors when it calls this, so throwing here leaks none.
  const between = async () => {
    await yieldNow();
    if (cancelled()) throw new Cancelled();
  };
  for (const [index, t] of ROBUST_TRANSFORMS.entries()) {
    const set = { images: t.group === 'plain' ? images : transformSet(t, images, count), labels: test.labels, count };
    let ev;
    try {
      ev = await evaluate(model, set, count, { cap: 0, between });
    } catch (e) {
      if (!(e instanceof Cancelled)) throw e;
      return ctx.post({ type: 'robust-cancelled', done: index, total, seconds: (performance.now() - t0) / 1000 });
    }
    if (ctx.model !== model) return; // the model was replaced meanwhile: these numbers describe no model on screen
    ctx.post({ type: 'robust', id: t.id, accuracy: ev.accuracy, count: ev.count, index, total, epochs });
  }
  ctx.post({ type: 'robust-done', seconds: (performance.now() - t0) / 1000, epochs });
}
