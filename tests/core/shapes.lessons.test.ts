// Shape arithmetic and counts of the lessons (L03, L17, L18, L20, L26, LeNet-5).
import { describe, expect, it } from 'vitest';
import {
  conv2d,
  convMults,
  convOutputSize,
  convParams,
  denseMults,
  denseParams,
  layerShapes,
  tensor,
  type LayerSpec,
} from '../../src/core';

describe('L03 fully connected vs convolution on 32×32×3 → 28×28×6', () => {
  it('six 5×5×3 filters: 450 weights (456 with biases), 352,800 multiplications', () => {
    expect(convParams({ kh: 5, kw: 5, inC: 3, outC: 6, bias: false })).toBe(450);
    expect(convParams({ kh: 5, kw: 5, inC: 3, outC: 6 })).toBe(456);
    expect(convMults({ kh: 5, kw: 5, inC: 3, outC: 6, outH: 28, outW: 28 })).toBe(352_800);
  });
  it('the fully connected alternative: 3072 × 4704 = 14,450,688 weights and multiplications', () => {
    expect(denseParams({ inputs: 32 * 32 * 3, outputs: 28 * 28 * 6, bias: false })).toBe(14_450_688);
    expect(denseMults(3072, 4704)).toBe(14_450_688);
  });
  it('layerShapes [3,32,32] conv 6@5×5 → [6,28,28], 456 params, 352,800 mults', () => {
    const [row] = layerShapes([3, 32, 32], [{ type: 'conv', filters: 6, kernelSize: 5 }]);
    expect(row).toMatchObject({ outputShape: [6, 28, 28], params: 456, mults: 352_800 });
  });
  it('CS231n: W is 10 × 3072 → 30,720 weights (30,730 with biases)', () => {
    expect(denseParams(3072, 10, false)).toBe(30_720);
    expect(denseParams(3072, 10)).toBe(30_730);
  });
});

describe('L17 output-size formula', () => {
  it('convOutputSize D=28 F=5 P=2 S=1 → 28', () => {
    expect(convOutputSize(28, 5, 2, 1)).toEqual({ exact: 28, size: 28, isWhole: true, uncovered: 0 });
  });
  it('32×32×3, ten 5×5 filters, stride 1, pad 2 → 32×32×10; 76 params per filter, 760 in all', () => {
    const out = conv2d(tensor([3, 32, 32]), tensor([10, 3, 5, 5]), { padding: 2 });
    expect(out.shape).toEqual([10, 32, 32]);
    expect(convParams({ kh: 5, kw: 5, inC: 3, outC: 1 })).toBe(76);
    expect(convParams({ kh: 5, kw: 5, inC: 3, outC: 10 })).toBe(760);
    expect(convOutputSize(32, 5, 0, 1).size).toBe(28);
  });
});

describe('L18 the seven conv_arithmetic animations', () => {
  const cases: [string, number, number, number, number, number, number][] = [
    // title, i, k, p, s, output, exact
    ['No padding, no strides', 4, 3, 0, 1, 2, 2],
    ['Arbitrary padding, no strides', 5, 4, 2, 1, 6, 6],
    ['Half padding, no strides', 5, 3, 1, 1, 5, 5],
    ['Full padding, no strides', 5, 3, 2, 1, 7, 7],
    ['No padding, strides', 5, 3, 0, 2, 2, 2],
    ['Padding, strides', 5, 3, 1, 2, 3, 3],
    ['Padding, strides (odd)', 6, 3, 1, 2, 3, 3.5],
  ];
  it.each(cases)('%s: i=%i k=%i p=%i s=%i → %i', (_title, i, k, p, s, out, exact) => {
    const r = convOutputSize(i, k, p, s);
    expect(r.size).toBe(out);
    expect(r.exact).toBe(exact);
    expect(r.isWhole).toBe(exact === out);
    expect(conv2d(tensor([i, i]), tensor([k, k]), { padding: p, stride: s }).shape).toEqual([out, out]);
  });
  it('the odd case 3.5 → 3 leaves the last padded row/column uncovered', () => {
    expect(convOutputSize(6, 3, 1, 2)).toEqual({ exact: 3.5, size: 3, isWhole: false, uncovered: 1 });
  });
  it("'same' and 'full' name the half and full paddings", () => {
    expect(conv2d(tensor([5, 5]), tensor([3, 3]), { padding: 'same' }).shape).toEqual([5, 5]);
    expect(conv2d(tensor([5, 5]), tensor([3, 3]), { padding: 'full' }).shape).toEqual([7, 7]);
  });
  it('with dilation the kernel spans (F − 1)·d + 1', () => {
    expect(convOutputSize(7, 3, 0, 1, 2)).toEqual({ exact: 3, size: 3, isWhole: true, uncovered: 0 });
  });
});

describe('L20 1×1 convolution and the GoogLeNet bottleneck', () => {
  it('32 1×1 filters on 56×56×64 → 56×56×32, 2,080 params, 6,422,528 mults', () => {
    const [row] = layerShapes([64, 56, 56], [{ type: 'conv', filters: 32, kernelSize: 1 }]);
    expect(row).toMatchObject({ outputShape: [32, 56, 56], params: 2080, mults: 6_422_528 });
  });
  it('without 1×1: (14×14×48)×(5×5×480) = 112,896,000', () => {
    expect(convMults({ kh: 5, kw: 5, inC: 480, outC: 48, outH: 14, outW: 14 })).toBe(112_896_000);
  });
  it('with it: 1,505,280 + 3,763,200 = 5,268,480 (about 21.4× fewer)', () => {
    const rows = layerShapes([480, 14, 14], [
      { type: 'conv', filters: 16, kernelSize: 1 },
      { type: 'conv', filters: 48, kernelSize: 5, padding: 'same' },
    ]);
    expect(rows.map((r) => r.mults)).toEqual([1_505_280, 3_763_200]);
    expect(rows[1].outputShape).toEqual([48, 14, 14]);
    const total = rows[0].mults + rows[1].mults;
    expect(total).toBe(5_268_480);
    expect((112_896_000 / total).toFixed(1)).toBe('21.4');
  });
});

describe('L26 the Keras MNIST model summary', () => {
  const specs: LayerSpec[] = [
    { type: 'conv', filters: 32, kernelSize: [3, 3], activation: 'relu' },
    { type: 'conv', filters: 64, kernelSize: [3, 3], activation: 'relu' },
    { type: 'maxpool', size: [2, 2] },
    { type: 'dropout', rate: 0.25 },
    { type: 'flatten' },
    { type: 'dense', units: 128, activation: 'relu' },
    { type: 'dropout', rate: 0.5 },
    { type: 'dense', units: 10, activation: 'softmax' },
  ];
  it('layerShapes [1,28,28] reproduces every row: 320, 18,496, 0, 0, 0, 1,179,776, 0, 1,290', () => {
    const rows = layerShapes([1, 28, 28], specs);
    expect(rows.map((r) => r.outputShape)).toEqual([
      [32, 26, 26],
      [64, 24, 24],
      [64, 12, 12],
      [64, 12, 12],
      [9216],
      [128],
      [128],
      [10],
    ]);
    expect(rows.map((r) => r.params)).toEqual([320, 18_496, 0, 0, 0, 1_179_776, 0, 1_290]);
    expect(rows.map((r) => r.name)).toEqual([
      'conv_1', 'conv_2', 'maxpool_1', 'dropout_1', 'flatten_1', 'dense_1', 'dropout_2', 'dense_2',
    ]);
  });
  it('total params 1,199,882', () => {
    expect(layerShapes([1, 28, 28], specs).reduce((s, r) => s + r.params, 0)).toBe(1_199_882);
  });
  it('the counting helpers agree: (3·3·1+1)·32, (3·3·32+1)·64, 9216·128+128, 128·10+10', () => {
    expect(convParams({ kh: 3, kw: 3, inC: 1, outC: 32 })).toBe(320);
    expect(convParams({ kh: 3, kw: 3, inC: 32, outC: 64 })).toBe(18_496);
    expect(denseParams({ inputs: 9216, outputs: 128 })).toBe(1_179_776);
    expect(denseParams(128, 10)).toBe(1_290);
  });
});

describe('LeNet-5 (LeCun 1998, modern reading: full C3, average pooling without weights)', () => {
  it('layerShapes [1,32,32]: 6@28×28, 6@14×14, 16@10×10, 16@5×5, 120, 84, 10; 61,706 params', () => {
    const rows = layerShapes([1, 32, 32], [
      { type: 'conv', filters: 6, kernelSize: 5, activation: 'tanh' },
      { type: 'avgpool', size: 2 },
      { type: 'conv', filters: 16, kernelSize: 5, activation: 'tanh' },
      { type: 'avgpool', size: 2 },
      { type: 'conv', filters: 120, kernelSize: 5, activation: 'tanh' },
      { type: 'flatten' },
      { type: 'dense', units: 84, activation: 'tanh' },
      { type: 'dense', units: 10, activation: 'softmax' },
    ]);
    expect(rows.map((r) => r.outputShape)).toEqual([
      [6, 28, 28], [6, 14, 14], [16, 10, 10], [16, 5, 5], [120, 1, 1], [120], [84], [10],
    ]);
    expect(rows.map((r) => r.params)).toEqual([156, 0, 2416, 0, 48_120, 0, 10_164, 850]);
    expect(rows.reduce((s, r) => s + r.params, 0)).toBe(61_706);
  });
  it('LeNet C1 on MNIST: 28×28 with padding 2 keeps 28×28 (the benchmark case)', () => {
    const [c1] = layerShapes([1, 28, 28], [{ type: 'conv', filters: 6, kernelSize: 5, padding: 2 }]);
    expect(c1).toMatchObject({ outputShape: [6, 28, 28], params: 156, mults: 117_600 });
  });
});

describe('layerShapes messages', () => {
  it('a dense layer on an image asks for Flatten and names the layer', () => {
    expect(() => layerShapes([1, 28, 28], [{ type: 'dense', units: 10 }])).toThrow(
      /layer 0 \(dense_1\): .*add a Flatten layer/,
    );
  });
  it('a kernel that no longer fits names the layer and the sizes', () => {
    expect(() =>
      layerShapes([1, 4, 4], [
        { type: 'conv', filters: 1, kernelSize: 3 },
        { type: 'conv', filters: 1, kernelSize: 3 },
      ]),
    ).toThrow(/layer 1 \(conv_2\): the 3×3 kernel does not fit in the 2×2 input with padding 0/);
  });
  it('global average pooling gives [C]', () => {
    const rows = layerShapes([64, 7, 7], [{ type: 'gap' }, { type: 'dense', units: 10 }]);
    expect(rows.map((r) => r.outputShape)).toEqual([[64], [10]]);
    expect(rows[1].params).toBe(650);
  });
});
