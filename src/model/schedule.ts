/**
 * The learning rate at every step of a run, for the two schedules of TrainSettings.schedule.
 * Pure, so the page can draw the schedule before a run and the tests can pin it down.
 *
 * - 'step': `learningRate × lrDecay^(epoch − 1)`, constant within an epoch.
 * - 'onecycle': a warm-up over the first 5% of the run's steps from 1/warm-up of the rate to the
 *   rate, then a straight line down to 2% of it at the run's last step. Ending near zero is what
 *   makes the last epoch count: LeNet-5 passes 99.0% after two epochs with it (README, recipes).
 */
/** Learning-rate schedules of a run (TrainSettings.schedule). */
export type LrSchedule = 'step' | 'onecycle';

/** Every schedule, in the order the page lists them. */
export const LR_SCHEDULES: readonly LrSchedule[] = ['step', 'onecycle'];

/** Share of a one-cycle run spent warming up. */
export const ONECYCLE_WARMUP = 0.05;
/** A one-cycle run ends at this share of the peak rate. */
export const ONECYCLE_FLOOR = 0.02;

/** What the schedule needs to know about a run. */
export interface ScheduleRun {
  schedule: LrSchedule;
  learningRate: number;
  lrDecay: number;
  /** Steps in one epoch and epochs in the run (the run's own count, not counting earlier runs). */
  stepsPerEpoch: number;
  epochs: number;
}

/**
 * The learning rate of step `step` (0-based, counted from the run's first step).
 *
 * @example learningRateAt({ schedule: 'step', learningRate: 0.002, lrDecay: 0.5, stepsPerEpoch: 10, epochs: 3 }, 10) // → 0.001
 * @example learningRateAt({ schedule: 'onecycle', learningRate: 0.003, lrDecay: 1, stepsPerEpoch: 100, epochs: 2 }, 9) // → 0.003 (end of warm-up)
 */
export function learningRateAt(run: ScheduleRun, step: number): number {
  const epoch = Math.floor(step / run.stepsPerEpoch);
  if (run.schedule === 'step') return run.learningRate * run.lrDecay ** epoch;
  const total = Math.max(1, run.stepsPerEpoch * run.epochs);
  const warm = Math.max(1, Math.round(ONECYCLE_WARMUP * total));
  if (step < warm) return (run.learningRate * (step + 1)) / warm;
  const last = total - 1;
  const g = last <= warm ? 1 : Math.min(1, (step - warm) / (last - warm));
  return run.learningRate * (1 - (1 - ONECYCLE_FLOOR) * g);
}
