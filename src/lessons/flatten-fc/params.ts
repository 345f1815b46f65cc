/*
 * Link parameters of the flatten / fully connected lesson: `input` (the 3×3 map), `order=row|col`,
 * `weights` (W, 9 rows × 3 columns) and `bias` (3 values); the calculator's `h`, `w`, `c`
 * (image height, width, channels), `neurons`, `k` (conv filter side) and `filters`; and `step`.
 */
import { enumParam, intParam, optionalMatrixParam } from '../../ui';
import { CALC_PRESETS } from './fixtures';

const d = CALC_PRESETS.l02;

/** Limits of the calculator's settings (so that every count stays an exact whole number). */
export const CALC_LIMITS = {
  h: [1, 10000],
  w: [1, 10000],
  c: [1, 64],
  neurons: [1, 100000],
  k: [1, 15],
  filters: [1, 1024],
} as const;

export const flattenParams = {
  input: optionalMatrixParam({ shape: [3, 3] }),
  order: enumParam(['row', 'col'] as const, 'row'),
  weights: optionalMatrixParam({ shape: [9, 3] }),
  bias: optionalMatrixParam({ shape: [1, 3] }),
  h: intParam(d.h, ...CALC_LIMITS.h),
  w: intParam(d.w, ...CALC_LIMITS.w),
  c: intParam(d.c, ...CALC_LIMITS.c),
  neurons: intParam(d.neurons, ...CALC_LIMITS.neurons),
  k: intParam(d.k, ...CALC_LIMITS.k),
  filters: intParam(d.filters, ...CALC_LIMITS.filters),
};
