export type { Tensor, TensorLike } from './tensor';
export { tensor, fromRows, toRows, get, sizeOf } from './tensor';
export type { Padding, Pads } from './pad';
export { pad, resolvePadding } from './pad';
export type { ConvOptions } from './convPlan';
export { conv2d } from './conv2d';
