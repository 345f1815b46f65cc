import { describe, expect, it } from 'vitest';
import { MLP_LIMITS, changedInputs, fcVsConv, meanOfProducts, mlpCounts, shiftRows, toyNetwork } from '../../src/lessons/why-cnn/calc';
import { DENSE_64, DIGIT9, FULL_HD, LOOP_FILTER } from '../../src/lessons/why-cnn/fixtures';
import { whyCnnParams } from '../../src/lessons/why-cnn/params';
import { WHY_CNN_STEPS, mlpSetting } from '../../src/lessons/why-cnn/trace';
import { countInWords } from '../../src/lessons/why-cnn/words';
import { parseParams } from '../../src/state/params';

describe('why-cnn: an MLP on images (L01, L02)', () => {
  it('Full HD: one neuron needs 1920·1080·3 = 6,220,800 weights (bias not included)', () => {
    expect(mlpCounts(FULL_HD).weightsPerNeuron).toBe(6220800);
    expect(mlpCounts(FULL_HD).paramsPerNeuron).toBe(6220801);
  });
  it('200×200×3: 120,000 weights, 120,001 per neuron, ×64 = 7,680,064 (≈ 768만, not the slide’s 760만)', () => {
    const c = mlpCounts(DENSE_64);
    expect(c.inputs).toBe(120000);
    expect(c.paramsPerNeuron).toBe(120001);
    expect(c.layerParams).toBe(7680064);
    expect(c.mults).toBe(120000 * 64);
    expect(countInWords(c.layerParams, 'ko')).toBe('768만');
    expect(countInWords(c.layerParams, 'en')).toBe('7.68 million');
  });
  it('the largest calculator values stay exact integers', () => {
    expect(Number.isSafeInteger(mlpCounts(MLP_LIMITS).layerParams)).toBe(true);
  });
  it('steps 0 and 1 carry the lecture examples; link values override them', () => {
    expect(WHY_CNN_STEPS[0].mlp).toEqual(FULL_HD);
    expect(WHY_CNN_STEPS[1].mlp).toEqual(DENSE_64);
    expect(mlpSetting({ height: null, width: null, channels: null, neurons: 10 }, FULL_HD)).toEqual({ ...FULL_HD, neurons: 10 });
  });
  it('malformed link values are ignored: neurons=abc, channels=0, dx=9', () => {
    const r = parseParams(whyCnnParams, { neurons: 'abc', channels: '0', dx: '9', height: '28' });
    expect(r.values.neurons).toBeNull();
    expect(r.values.height).toBe(28);
    expect(r.ignored.map((i) => i.key).sort()).toEqual(['channels', 'dx', 'neurons']);
  });
});

describe('why-cnn: fully connected vs convolution (L03)', () => {
  const m = fcVsConv();
  it('32×32×3 → 28×28×6: FC 3072·4704 = 14,450,688 parameters and multiplies', () => {
    expect(m.outSide).toBe(28);
    expect(m.inputs).toBe(3072);
    expect(m.outputs).toBe(4704);
    expect(m.fcParams).toBe(14450688);
    expect(m.fcMults).toBe(14450688);
  });
  it('conv: (5·5·3)·6 = 450 parameters (456 with biases), 75·4704 = 352,800 multiplies', () => {
    expect(m.filterWeights).toBe(75);
    expect(m.convParams).toBe(450);
    expect(m.convParamsWithBias).toBe(456);
    expect(m.convMults).toBe(352800);
  });
});

describe('why-cnn: the toy network (L04)', () => {
  const net = toyNetwork();
  it('FC 25·16 + 16·16 + 16·9 + 9·9 = 881 (931 with biases)', () => {
    expect(net.links.map((l) => l.fc)).toEqual([400, 256, 144, 81]);
    expect(net.fc).toBe(881);
    expect(net.fcWithBias).toBe(931);
  });
  it('one 3×3 filter per layer: 36; two: 72; two with stacked channels: 18 + 3·36 = 126', () => {
    expect(net.conv1).toBe(36);
    expect(net.conv2).toBe(72);
    expect(net.stacked).toBe(126);
  });
});

describe('why-cnn: shift the digit (L05)', () => {
  it('the 9 moved one pixel left changes 16 of its 35 inputs', () => {
    const moved = shiftRows(DIGIT9, -1, 0, -1);
    expect(moved[0]).toEqual([1, 1, 1, -1, -1]);
    expect(moved[6]).toEqual([1, -1, -1, -1, -1]);
    expect(changedInputs(DIGIT9, moved)).toHaveLength(16);
    expect(DIGIT9.flat()).toHaveLength(35);
  });
  it('no shift changes nothing; the step defaults are 0 then −1', () => {
    expect(changedInputs(DIGIT9, shiftRows(DIGIT9, 0, 0, -1))).toEqual([]);
    expect(WHY_CNN_STEPS.filter((s) => s.shift).map((s) => s.shift?.dx)).toEqual([0, -1, -1]);
  });
  it('the loop filter’s perfect match 1 moves from (0, 1) to (0, 0) with the digit', () => {
    const before = meanOfProducts(DIGIT9, LOOP_FILTER);
    const after = meanOfProducts(shiftRows(DIGIT9, -1, 0, -1), LOOP_FILTER);
    expect(before[0][1]).toBe(1);
    expect(after[0][0]).toBe(1);
    expect(before.flat().filter((v) => v === 1)).toHaveLength(1);
  });
});
