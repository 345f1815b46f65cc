import { describe, expect, it } from 'vitest';
import { fromRows, softmax, tensor } from '../../src/core';
import { calc, kerasShape, kerasSummary, roughCount } from '../../src/lessons/flatten-fc/calc';
import {
  CALC_PRESETS,
  COL_MAJOR,
  DENSE_BIAS,
  DENSE_WEIGHTS,
  FLAT_INPUT,
  KERAS_PRINTED,
  KERAS_PRINTED_TOTAL,
  ROW_MAJOR,
} from '../../src/lessons/flatten-fc/fixtures';
import { flattenParams } from '../../src/lessons/flatten-fc/params';
import { flattenTrace, phaseStart } from '../../src/lessons/flatten-fc/trace';
import { parseParams } from '../../src/state/params';

const trace = (order: 'row' | 'col' = 'row') => flattenTrace(fromRows(FLAT_INPUT), order, fromRows(DENSE_WEIGHTS), DENSE_BIAS);

describe('flatten-fc: flatten (LESSONS.md L24)', () => {
  it('[[1,1,0],[4,2,1],[0,2,1]] → 1,1,0,4,2,1,0,2,1 row-major, one step per cell with its source', () => {
    const t = trace();
    expect(Array.from(t.vector.data)).toEqual(ROW_MAJOR);
    const steps = t.steps.filter((s) => s.phase === 'flatten');
    expect(steps).toHaveLength(9);
    expect(steps[3]).toEqual({ phase: 'flatten', index: 3, row: 1, col: 0, value: 4 });
    expect(steps.map((s) => s.value)).toEqual(ROW_MAJOR);
  });

  it('column-major would give 1,4,0,1,2,2,0,1,1', () => {
    const t = trace('col');
    expect(Array.from(t.vector.data)).toEqual(COL_MAJOR);
    expect(t.sources[1]).toEqual({ row: 1, col: 0 });
    expect(t.sources[3]).toEqual({ row: 0, col: 1 });
  });
});

describe('flatten-fc: dense and softmax', () => {
  it('W [9, 3] and b give the scores 2.1, 1.3, −0.2; each score is its dot product plus its bias', () => {
    const t = trace();
    expect(Array.from(t.logits.data)).toEqual([2.1, 1.3, -0.2]);
    t.outputs.forEach((o, i) => {
      expect(o.terms).toHaveLength(9);
      expect(o.terms.map((x) => x.w)).toEqual(DENSE_WEIGHTS.map((r) => r[i]));
      expect(o.dot + o.bias).toBe(o.z);
    });
    expect(t.outputs[0].dot).toBe(2);
    expect(t.outputs[1].dot).toBe(1.5);
  });

  it('softmax is stable (largest score subtracted), sums to 1 and equals the core’s', () => {
    const t = trace();
    expect(t.max).toBe(2.1);
    expect(t.exps[0]).toBe(1);
    expect(t.exps[1]).toBeCloseTo(Math.exp(-0.8), 12);
    expect(Array.from(t.probs.data)).toEqual(Array.from(softmax(tensor([3], [2.1, 1.3, -0.2])).data));
    expect(t.probs.data.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 14);
    t.exps.forEach((e, i) => expect(e / t.expSum).toBeCloseTo(t.probs.data[i], 14));
    expect(Array.from(t.probs.data).map((p) => Number(p.toFixed(4)))).toEqual([0.6453, 0.29, 0.0647]);
  });

  it('17 steps: flatten 9, dense 3, softmax 3, Keras, calculator', () => {
    const t = trace();
    expect(t.steps).toHaveLength(17);
    expect(['flatten', 'dense', 'softmax', 'keras', 'params'].map((p) => phaseStart(t, p as never))).toEqual([0, 9, 12, 15, 16]);
  });
});

describe('flatten-fc: the Keras model (LESSONS.md L26)', () => {
  it('320, 18,496, 0, 0, 0, 1,179,776, 0, 1,290; total 1,199,882; shapes as the slide prints them', () => {
    const { rows, total } = kerasSummary();
    expect(rows.map((r) => r.params)).toEqual([320, 18496, 0, 0, 0, 1179776, 0, 1290]);
    expect(rows.map((r) => r.params)).toEqual(KERAS_PRINTED.map((r) => r.params));
    expect(rows.map((r) => kerasShape(r.outputShape))).toEqual(KERAS_PRINTED.map((r) => r.shape));
    expect(total).toBe(1199882);
    expect(total).toBe(KERAS_PRINTED_TOTAL);
    expect(rows[4].outputShape).toEqual([9216]);
    expect(rows[5].params).toBe(9216 * 128 + 128);
  });
});

describe('flatten-fc: the parameter calculator (LESSONS.md L01, L02, L03)', () => {
  it('L01: 1920·1080·3 = 6,220,800 weights for ONE neuron', () => {
    const r = calc(CALC_PRESETS.fullhd);
    expect(r.inputs).toBe(6220800);
    expect(r.weights).toBe(6220800);
    expect(r.params).toBe(6220801);
  });

  it('L02: 200·200·3 + 1 = 120,001 per neuron, ×64 = 7,680,064 (the slide’s “760만” is ≈768만)', () => {
    const r = calc(CALC_PRESETS.l02);
    expect(r.inputs + 1).toBe(120001);
    expect(r.params).toBe(7680064);
    expect(r.mults).toBe(7680000);
    expect(roughCount(r.params, 'ko')).toBe('약 768만');
    expect(roughCount(r.params, 'en')).toBe('about 7.68 million');
  });

  it('L03: 32×32×3 → 28×28×6: dense 14,450,688 weights vs conv 450 (456 with biases), 352,800 multiplications', () => {
    const r = calc(CALC_PRESETS.l03);
    expect(r.weights).toBe(14450688);
    expect(r.mults).toBe(14450688);
    expect(r.conv).toEqual({ outH: 28, outW: 28, outputs: 4704, weights: 450, params: 456, mults: 352800 });
  });

  it('a filter larger than the image is a RangeError', () => {
    expect(() => calc({ h: 3, w: 3, c: 1, neurons: 1, k: 5, filters: 1 })).toThrow(RangeError);
  });

  it('link parameters: defaults are L02; malformed values fall back and are reported', () => {
    expect(parseParams(flattenParams, {}).values).toMatchObject({ h: 200, w: 200, c: 3, neurons: 64, k: 5, filters: 6, order: 'row' });
    const bad = parseParams(flattenParams, { h: 'abc', neurons: '0', order: 'diag', weights: '1,2;3,4', c: '2.5' });
    expect(bad.values).toMatchObject({ h: 200, neurons: 64, order: 'row', weights: null, c: 3 });
    expect(bad.ignored.map((i) => i.key).sort()).toEqual(['c', 'h', 'neurons', 'order', 'weights']);
  });
});
