// Every invalid argument throws a RangeError with a message a learner can read.
import { describe, expect, it } from 'vitest';
import {
  avgPool2d,
  conv2d,
  convOutputSize,
  convParams,
  convMults,
  convSteps,
  dense,
  denseParams,
  flatten,
  fromRows,
  get,
  globalAvgPool,
  layerShapes,
  maxPool2d,
  pad,
  poolSteps,
  relu,
  softmax,
  tensor,
  toRows,
  type ConvOptions,
  type LayerSpec,
  type PoolOptions,
  type TensorLike,
} from '../../src/core';
import { expectRangeError } from './helpers';

const img3 = tensor([3, 3]);
const img5 = tensor([5, 5]);
const k3 = tensor([3, 3]);
const rgb = tensor([3, 5, 5]);
/** Lets a test pass what TypeScript would refuse, as plain JavaScript callers can. */
const loose = <T>(v: unknown): T => v as T;

describe('conv2d argument errors', () => {
  const cases: [string, () => unknown, RegExp][] = [
    ['stride 0', () => conv2d(img5, k3, { stride: 0 }), /^stride must be a whole number ≥ 1 \(got 0\)$/],
    ['stride 1.5', () => conv2d(img5, k3, { stride: 1.5 }), /stride must be a whole number ≥ 1 \(got 1\.5\)/],
    ['stride [1, 0]', () => conv2d(img5, k3, { stride: [1, 0] }), /the horizontal stride must be a whole number ≥ 1 \(got 0\)/],
    ['stride [1, 2, 3]', () => conv2d(img5, k3, loose<ConvOptions>({ stride: [1, 2, 3] })), /one number or a pair \[vertical, horizontal\]/],
    ['stride "2"', () => conv2d(img5, k3, loose<ConvOptions>({ stride: '2' })), /stride must be a whole number ≥ 1 \(got "2" \(a string\)\)/],
    ['dilation 0', () => conv2d(img5, k3, { dilation: 0 }), /dilation must be a whole number ≥ 1 \(got 0\)/],
    ['dilation non-integer', () => conv2d(img5, k3, { dilation: 1.2 }), /dilation must be a whole number/],
    ['negative padding', () => conv2d(img5, k3, { padding: -1 }), /padding must be a whole number ≥ 0 \(got -1\)/],
    ['fractional padding', () => conv2d(img5, k3, { padding: 0.5 }), /padding must be a whole number ≥ 0 \(got 0\.5\)/],
    ['negative side padding', () => conv2d(img5, k3, { padding: [0, 0, -2, 0] }), /the left padding must be a whole number ≥ 0 \(got -2\)/],
    ['unknown padding word', () => conv2d(img5, k3, loose<ConvOptions>({ padding: 'half' })), /padding must be 'valid', 'same', 'full', a whole number ≥ 0 or \[top, bottom, left, right\]; got "half"/],
    ['padding with 3 numbers', () => conv2d(img5, k3, loose<ConvOptions>({ padding: [1, 1, 1] })), /four numbers \[top, bottom, left, right\]; got 3/],
    ['kernel larger than input', () => conv2d(img3, img5), /^the 5×5 kernel does not fit in the 3×3 input with padding 0$/],
    ['kernel larger than padded input (asymmetric)', () => conv2d(img3, tensor([6, 4]), { padding: [1, 1, 0, 0] }), /the 6×4 kernel does not fit in the 3×3 input with padding top 1, bottom 1, left 0, right 0/],
    ['dilated kernel too large', () => conv2d(img5, k3, { dilation: 3 }), /the 3×3 kernel with dilation 3×3 spans 7×7 and does not fit in the 5×5 input with padding 0/],
    ['channel mismatch', () => conv2d(rgb, tensor([4, 2, 3, 3])), /the kernel has 2 channels but the input has 3; a filter needs one kernel slice per input channel/],
    ['2-D kernel on an RGB image', () => conv2d(rgb, k3), /a single 3×3 kernel works on a one-channel image, but the input has 3 channels; .*shape \[3, 3, 3\]/],
    ['input rank 1', () => conv2d(tensor([5]), k3), /the input must be an image \[channels, height, width\] or \[height, width\]; got 1-D shape 5/],
    ['input rank 4', () => conv2d(tensor([1, 1, 5, 5]), k3), /got 4-D shape 1×1×5×5/],
    ['kernel rank 1', () => conv2d(img5, tensor([3])), /the kernel must have shape \[kh, kw\], \[channels, kh, kw\] or \[filters, channels, kh, kw\]; got 1-D shape 3/],
    ['kernel rank 5', () => conv2d(img5, tensor([1, 1, 1, 3, 3])), /got 5-D shape/],
    ['empty kernel', () => conv2d(img5, tensor([0, 3])), /the kernel is empty \(shape 0×3\)/],
    ['empty input', () => conv2d(tensor([0, 5]), k3), /the input is empty \(shape 0×5\)/],
    ['data shorter than shape', () => conv2d({ shape: [2, 2], data: [1, 2, 3] }, tensor([1, 1])), /^the input has shape 2×2, which holds 4 values, but its data has 3$/],
    ['kernel data longer than shape', () => conv2d(img5, { shape: [3, 3], data: new Array(10).fill(0) }), /the kernel has shape 3×3, which holds 9 values, but its data has 10/],
    ['NaN in the input', () => conv2d({ shape: [2, 2], data: [0, NaN, 0, 0] }, tensor([1, 1])), /^the input holds NaN at \[0, 1\]; convolution needs finite numbers$/],
    ['Infinity in the kernel', () => conv2d(img5, { shape: [1, 2], data: [1, Infinity] }), /the kernel holds Infinity at \[0, 1\]; convolution needs finite numbers/],
    ['bias length', () => conv2d(rgb, tensor([2, 3, 3, 3]), { bias: [1, 2, 3] }), /there are 2 filters but 3 bias values; give one bias per filter/],
    ['bias NaN', () => conv2d(img5, k3, { bias: NaN }), /the bias must be a finite number \(got NaN\)/],
    ['padValue Infinity', () => conv2d(img5, k3, { padding: 1, padValue: Infinity }), /the padding value must be a finite number \(got Infinity\)/],
    ['nested array instead of a tensor', () => conv2d(loose<TensorLike>([[1, 2], [3, 4]]), k3), /the input must be a tensor \{ shape, data \}, not a nested array; use fromRows/],
    ['missing data', () => conv2d(loose<TensorLike>({ shape: [2, 2] }), k3), /the input must be a tensor \{ shape, data \}/],
    ['fractional side in shape', () => conv2d({ shape: [2.5, 2], data: [1, 2, 3, 4, 5] }, k3), /every side of the input's shape must be a whole number ≥ 0; side 0 is 2\.5/],
  ];
  it.each(cases)('conv2d: %s', (_name, fn, pattern) => expectRangeError(fn, pattern));
  it('convSteps checks the same way', () => {
    expectRangeError(() => convSteps(img3, img5), /the 5×5 kernel does not fit in the 3×3 input with padding 0/);
  });
});

describe('pooling argument errors', () => {
  const g4 = tensor([4, 4]);
  const cases: [string, () => unknown, RegExp][] = [
    ['no options', () => maxPool2d(g4, loose<PoolOptions>(undefined)), /max pooling needs options such as \{ size: 2 \}/],
    ['no size', () => maxPool2d(g4, loose<PoolOptions>({})), /needs a window size, e\.g\. \{ size: 2 \}/],
    ['size 0', () => maxPool2d(g4, { size: 0 }), /the pooling window size must be a whole number ≥ 1 \(got 0\)/],
    ['stride 0', () => avgPool2d(g4, { size: 2, stride: 0 }), /stride must be a whole number ≥ 1 \(got 0\)/],
    ['window larger than input', () => maxPool2d(tensor([2, 2]), { size: 3 }), /the 3×3 pooling window does not fit in the 2×2 input with padding 0/],
    ['a window of padding only', () => maxPool2d(g4, { size: 2, padding: 2 }), /the window at output row 0 covers only padding, so it has no value to pool; use padding smaller than the window/],
    ['negative padding', () => avgPool2d(g4, { size: 2, padding: -1 }), /padding must be a whole number ≥ 0 \(got -1\)/],
    ['NaN in max pooling', () => maxPool2d({ shape: [1, 2], data: [NaN, 1] }, { size: 1 }), /the input holds NaN at \[0, 0\]; max pooling needs numbers \(NaN cannot be compared\)/],
    ['Infinity in average pooling', () => avgPool2d({ shape: [1, 2], data: [Infinity, 1] }, { size: 1 }), /the input holds Infinity at \[0, 0\]; average pooling needs finite numbers/],
    ['rank 1 input', () => maxPool2d(tensor([4]), { size: 2 }), /the input must be an image/],
    ['unknown kind in poolSteps', () => poolSteps(g4, loose({ kind: 'min', size: 2 })), /the pooling kind must be 'max' or 'avg' \(got "min" \(a string\)\)/],
    ['GAP on a vector', () => globalAvgPool(tensor([4])), /the input must be an image/],
    ['GAP with NaN', () => globalAvgPool({ shape: [1, 1], data: [NaN] }), /global average pooling needs finite numbers/],
  ];
  it.each(cases)('pooling: %s', (_name, fn, pattern) => expectRangeError(fn, pattern));
  it('max pooling accepts ±Infinity', () => {
    expect(Array.from(maxPool2d({ shape: [1, 2], data: [-Infinity, Infinity] }, { size: [1, 2] }).data)).toEqual([Infinity]);
  });
});

describe('dense, softmax, activations, tensors: argument errors', () => {
  const W = tensor([3, 2]);
  const cases: [string, () => unknown, RegExp][] = [
    ['dense input size', () => dense(tensor([4]), W), /the input has 4 values but the weight matrix \(shape 3×2 = \[inputs, outputs\]\) expects 3/],
    ['dense on an image', () => dense(tensor([1, 3, 3]), W), /a dense layer takes a vector \[inputs\] or a batch \[N, inputs\]; got shape 1×3×3 \(flatten it first\)/],
    ['dense W rank', () => dense(tensor([3]), tensor([3])), /the weight matrix must be 2-D \[inputs, outputs\]; got shape 3/],
    ['dense bias length', () => dense(tensor([3]), W, [1, 2, 3]), /there are 2 outputs but 3 bias values; give one per output/],
    ['dense bias number', () => dense(tensor([3]), W, loose(1)), /the bias must be a list or tensor with one number per output/],
    ['dense NaN', () => dense({ shape: [3], data: [0, NaN, 0] }, W), /the input holds NaN at \[1\]; a dense layer needs finite numbers/],
    ['softmax NaN', () => softmax({ shape: [2], data: [1, NaN] }), /softmax cannot work with NaN \(score 1 of row 0\)/],
    ['softmax +Infinity', () => softmax({ shape: [2], data: [Infinity, 1] }), /softmax cannot work with Infinity/],
    ['softmax all -Infinity', () => softmax({ shape: [2], data: [-Infinity, -Infinity] }), /softmax needs at least one finite score; row 0 is all -Infinity/],
    ['softmax scalar', () => softmax({ shape: [], data: [1] }), /softmax needs at least one axis/],
    ['relu NaN', () => relu({ shape: [1], data: [NaN] }), /the input holds NaN at \[0\]; ReLU needs numbers/],
    ['tensor data length', () => tensor([2, 3], [1, 2]), /the tensor has shape 2×3, which holds 6 values, but its data has 2/],
    ['tensor negative side', () => tensor([-1]), /every side of the tensor's shape must be a whole number ≥ 0; side 0 is -1/],
    ['fromRows ragged', () => fromRows([[1, 2], [3]]), /all rows must have the same length: row 0 has 2 values but row 1 has 1 values/],
    ['fromRows non-number', () => fromRows(loose([[1, 'a']])), /row 0, column 1 is not a number \(a\)/],
    ['toRows on 3-D', () => toRows(tensor([1, 2, 2])), /toRows needs a 2-D tensor \[rows, cols\]; this one has shape \[1, 2, 2\]/],
    ['get: wrong number of indices', () => get(tensor([2, 2]), 1), /a tensor of shape 2×2 needs 2 indices, got 1/],
    ['get: out of range', () => get(tensor([2, 2]), 0, 2), /index 2 on axis 1 is outside 0…1 \(shape 2×2\)/],
    ['flatten: not a tensor', () => flatten(loose(null)), /the input must be a tensor \{ shape, data \}; got null/],
    ['pad: negative', () => pad(img3, -1), /padding must be a whole number ≥ 0 \(got -1\)/],
    ['pad: NaN value', () => pad(img3, 1, NaN), /the padding value must be a number \(got NaN\)/],
  ];
  it.each(cases)('%s', (_name, fn, pattern) => expectRangeError(fn, pattern));
});

describe('shape arithmetic: argument errors', () => {
  const cases: [string, () => unknown, RegExp][] = [
    ['convOutputSize F > D + 2P', () => convOutputSize(3, 5, 0, 1), /the filter of size 5 does not fit in an input of size 3 with padding 0/],
    ['convOutputSize dilated', () => convOutputSize(5, 3, 0, 1, 3), /the filter of size 3 with dilation 3 spans 7 and does not fit in an input of size 5 with padding 0/],
    ['convOutputSize S = 0', () => convOutputSize(5, 3, 0, 0), /the stride S must be a whole number ≥ 1 \(got 0\)/],
    ['convOutputSize P < 0', () => convOutputSize(5, 3, -1, 1), /the padding P must be a whole number ≥ 0 \(got -1\)/],
    ['convParams kh 0', () => convParams({ kh: 0, kw: 3, inC: 1, outC: 1 }), /kh must be a whole number ≥ 1 \(got 0\)/],
    ['convMults without output size', () => convMults({ kh: 3, kw: 3, inC: 1, outC: 1 }), /convMults needs the output size: give outH and outW/],
    ['denseParams without outputs', () => denseParams(10), /the number of outputs must be a whole number ≥ 1 \(got NaN\)/],
    ['layerShapes unknown type', () => layerShapes([1, 4, 4], [loose<LayerSpec>({ type: 'lstm' })]), /layer 0 \(lstm_1\): unknown layer type "lstm" \(a string\); use conv, maxpool/],
    ['layerShapes dropout rate 1', () => layerShapes([4], [{ type: 'dropout', rate: 1 }]), /the dropout rate must be at least 0 and below 1 \(got 1\)/],
    ['layerShapes conv on a vector', () => layerShapes([10], [{ type: 'conv', filters: 1, kernelSize: 3 }]), /a convolution needs an image \[C, H, W\] but gets shape 10; it must come before Flatten/],
    ['layerShapes pool window too big', () => layerShapes([1, 3, 3], [{ type: 'maxpool', size: 4 }]), /layer 0 \(maxpool_1\): the 4×4 pooling window does not fit in the 3×3 input with padding 0/],
  ];
  it.each(cases)('%s', (_name, fn, pattern) => expectRangeError(fn, pattern));
});

describe('messages read as English for a learner', () => {
  it('no message leaks "undefined", "[object Object]" or a stack-like identifier', () => {
    const attempts: (() => unknown)[] = [
      () => conv2d(img3, img5),
      () => conv2d(rgb, k3),
      () => conv2d(img5, k3, { stride: 0 }),
      () => maxPool2d(tensor([4, 4]), { size: 2, padding: 2 }),
      () => dense(tensor([4]), tensor([3, 2])),
      () => conv2d(loose<TensorLike>({ shape: [2, 2], data: {} }), k3),
    ];
    for (const f of attempts) {
      try {
        f();
        expect.fail('should throw');
      } catch (e) {
        expect(e).toBeInstanceOf(RangeError);
        const m = (e as Error).message;
        expect(m).not.toMatch(/undefined|\[object|TypeError/);
        expect(m.length).toBeGreaterThan(20);
      }
    }
  });
});
