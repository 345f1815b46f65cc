/*
 * Link parameters of the why-cnn lesson: the calculator's `height`, `width`, `channels`, `neurons`
 * (absent: the lecture's example of the step on screen), the toy network's `filters` (1 or 2),
 * and the digit's shift `dx`, `dy` (absent: the step's own shift).
 */
import { intParam, optionalIntParam } from '../../ui';
import { MAX_SHIFT, MLP_LIMITS } from './calc';

export const whyCnnParams = {
  height: optionalIntParam(1, MLP_LIMITS.height),
  width: optionalIntParam(1, MLP_LIMITS.width),
  channels: optionalIntParam(1, MLP_LIMITS.channels),
  neurons: optionalIntParam(1, MLP_LIMITS.neurons),
  filters: intParam(1, 1, 2),
  dx: optionalIntParam(-MAX_SHIFT, MAX_SHIFT),
  dy: optionalIntParam(-MAX_SHIFT, MAX_SHIFT),
};
