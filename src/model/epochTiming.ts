/**
 * Where an epoch's wall-clock time goes in the training worker: the training steps, preparing their
 * batches, the test-set evaluation, the messages to the page, the views (filters, activations, the
 * augmentation strip), checkpoints, and the yields that let the page's messages in. Sent with every
 * 'epoch' message; `npm run bench:train` prints it.
 */

/** The parts of an epoch's wall time. */
export const TIMING_PARTS = ['steps', 'data', 'evaluation', 'messages', 'views', 'checkpoints', 'yield'] as const;
export type TimingPart = (typeof TIMING_PARTS)[number];

/** One epoch's wall time (ms) and its parts (ms); `other` is what no part covers. */
export type EpochTimingReport = { wall: number; other: number } & Record<TimingPart, number>;

/** Accumulates one epoch's parts; `report()` ends the epoch and starts the next one's clock. */
export class EpochTimer {
  private start: number;
  private parts: Record<TimingPart, number>;

  constructor(private readonly now: () => number = () => performance.now()) {
    this.start = now();
    this.parts = EpochTimer.zero();
  }

  private static zero(): Record<TimingPart, number> {
    return { steps: 0, data: 0, evaluation: 0, messages: 0, views: 0, checkpoints: 0, yield: 0 };
  }

  /** Counts `ms` as `part`. */
  add(part: TimingPart, ms: number): void {
    this.parts[part] += ms;
  }

  /** Runs `fn` and counts its time as `part`. */
  time<T>(part: TimingPart, fn: () => T): T {
    const t0 = this.now();
    try {
      return fn();
    } finally {
      this.parts[part] += this.now() - t0;
    }
  }

  /** Awaits `fn()` and counts the time as `part`. */
  async timeAsync<T>(part: TimingPart, fn: () => Promise<T>): Promise<T> {
    const t0 = this.now();
    try {
      return await fn();
    } finally {
      this.parts[part] += this.now() - t0;
    }
  }

  /** The epoch so far (since the previous report or the start), rounded to 0.1 ms; the clock restarts. */
  report(): EpochTimingReport {
    const end = this.now();
    const wall = end - this.start;
    const parts = this.parts;
    const covered = TIMING_PARTS.reduce((sum, p) => sum + parts[p], 0);
    const r = (x: number) => Math.round(x * 10) / 10;
    const out = { wall: r(wall), other: r(Math.max(0, wall - covered)) } as EpochTimingReport;
    for (const p of TIMING_PARTS) out[p] = r(parts[p]);
    this.start = end;
    this.parts = EpochTimer.zero();
    return out;
  }
}
