/**
 * Checks training settings against SETTINGS_LIMITS (pure; used by the worker before a run).
 */
import { augmentProblem } from '../core/augmentation';
import { SETTINGS_LIMITS, type TrainSettings } from './protocol';
import { LR_SCHEDULES } from './schedule';

const OPTIMIZERS = new Set(['adam', 'sgd', 'rmsprop']);

/**
 * The first problem of a settings object, or undefined when it is valid.
 *
 * @example settingsProblem({ epochs: 0, batchSize: 64, learningRate: 0.001, optimizer: 'adam', seed: 1 })
 *   // → 'epochs must be a whole number from 1 to 50 (got 0)'
 */
export function settingsProblem(s: TrainSettings): string | undefined {
  const whole = (label: string, v: unknown, lim: { min: number; max: number }) =>
    Number.isInteger(v) && (v as number) >= lim.min && (v as number) <= lim.max ? undefined : `${label} must be a whole number from ${lim.min} to ${lim.max} (got ${String(v)})`;
  return whole('epochs', s.epochs, SETTINGS_LIMITS.epochs)
    ?? whole('batch size', s.batchSize, SETTINGS_LIMITS.batchSize)
    ?? (Number.isFinite(s.learningRate) && s.learningRate >= SETTINGS_LIMITS.learningRate.min && s.learningRate <= SETTINGS_LIMITS.learningRate.max
      ? undefined
      : `learning rate must be from ${SETTINGS_LIMITS.learningRate.min} to ${SETTINGS_LIMITS.learningRate.max} (got ${String(s.learningRate)})`)
    ?? (s.lrDecay === undefined || (Number.isFinite(s.lrDecay) && s.lrDecay >= SETTINGS_LIMITS.lrDecay.min && s.lrDecay <= SETTINGS_LIMITS.lrDecay.max)
      ? undefined
      : `learning-rate decay must be from ${SETTINGS_LIMITS.lrDecay.min} to ${SETTINGS_LIMITS.lrDecay.max} (got ${String(s.lrDecay)})`)
    ?? (s.schedule === undefined || LR_SCHEDULES.includes(s.schedule) ? undefined : `schedule must be ${LR_SCHEDULES.join(' or ')} (got ${String(s.schedule)})`)
    ?? (s.labelSmoothing === undefined || (Number.isFinite(s.labelSmoothing) && s.labelSmoothing >= SETTINGS_LIMITS.labelSmoothing.min && s.labelSmoothing <= SETTINGS_LIMITS.labelSmoothing.max)
      ? undefined
      : `label smoothing must be from ${SETTINGS_LIMITS.labelSmoothing.min} to ${SETTINGS_LIMITS.labelSmoothing.max} (got ${String(s.labelSmoothing)})`)
    ?? (OPTIMIZERS.has(s.optimizer) ? undefined : `optimizer must be adam, sgd or rmsprop (got ${String(s.optimizer)})`)
    ?? (s.limit === undefined ? undefined : whole('limit', s.limit, SETTINGS_LIMITS.limit))
    ?? augmentProblem(s.augment)
    ?? (Number.isInteger(s.seed) && s.seed >= 0 && s.seed <= 2 ** 31 - 1 ? undefined : `seed must be a whole number from 0 to 2147483647 (got ${String(s.seed)})`);
}
