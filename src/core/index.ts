/**
 * The tensor core: pure TypeScript maths for the lessons (no React, DOM or tfjs).
 *
 * Layout: channels-first, row-major. Images `[C, H, W]` (or `[H, W]` for one channel),
 * convolution weights `[K, C, kh, kw]`, dense weights `[in, out]` (as Keras).
 * Functions accept any `{ shape, data }` and return a fresh `{ shape, data: Float64Array }`.
 * Invalid arguments throw a `RangeError` whose message a learner can read.
 *
 * @example
 * import { conv2d, fromRows, toRows } from './core';
 * toRows(conv2d(fromRows([[1, 2], [3, 4]]), fromRows([[1, 1], [1, 1]]))); // [[10]]
 */
export type { Tensor, TensorLike } from './tensor';
export { tensor, fromRows, toRows, get, sizeOf } from './tensor';
export type { Matrix } from './matrix';
export { matrixFromRows } from './matrix';
export { errorMessage } from './errorMessage';
export { MNIST_SIDE, MNIST_TRAIN_COUNT } from './mnistSizes';

export type { Padding, Pads } from './pad';
export { pad, resolvePadding } from './pad';

export type { ConvOptions, ConvGeometry } from './convPlan';
export { convGeometry } from './convPlan';
export { conv2d } from './conv2d';

export type { PoolOptions, PoolGeometry } from './poolPlan';
export { poolGeometry } from './poolPlan';
export { maxPool2d, avgPool2d, globalAvgPool } from './pool';

export { relu, sigmoid, tanh } from './activations';
export { softmax } from './softmax';
export { flatten } from './flatten';
export { dense } from './dense';

export type { ConvOutputSize, ConvCounts, DenseCounts } from './shapes';
export { convOutputSize, convParams, convMults, denseParams, denseMults } from './shapes';
export type { LayerSpec, LayerShape, ActivationName } from './layers';
export { layerShapes } from './layers';

export type { Cell, ConvStep, ConvTrace } from './convTrace';
export { convSteps } from './convTrace';
export { convStepAt } from './convStepAt';
export type { PoolStep, PoolTrace, PoolStepOptions } from './poolTrace';
export { poolSteps } from './poolTrace';
