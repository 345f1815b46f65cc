import { describe, expect, it } from 'vitest';
import { F1, F2, PREDICTIONS, WEIGHTS } from '../../src/lessons/cam/fixtures';
import { camParams } from '../../src/lessons/cam/params';
import { camTrace } from '../../src/lessons/cam/trace';
import { parseParams } from '../../src/state/params';

describe('cam sandbox (L34)', () => {
  const cat = camTrace([F1, F2], WEIGHTS, 0);
  const dog = camTrace([F1, F2], WEIGHTS, 1);
  it('F = (7, 4); S_cat = 9, S_dog = 0.5; softmax ≈ (0.9998, 0.0002)', () => {
    expect(cat.F).toEqual([7, 4]);
    expect(cat.S).toEqual([9, 0.5]);
    expect(cat.probs[0].toFixed(4)).toBe('0.9998');
    expect(cat.probs[1].toFixed(4)).toBe('0.0002');
    expect(cat.probs[0] + cat.probs[1]).toBeCloseTo(1, 12);
  });
  it('M_cat = [[1,1.5,0],[1.5,3,1],[0,1,0]] (sum 9); M_dog = [[2,0.5,0],[0.5,−1.5,−0.5],[0,−0.5,0]] (sum 0.5)', () => {
    expect(cat.maps[0]).toEqual([1, 1.5, 0, 1.5, 3, 1, 0, 1, 0]);
    expect(cat.maps[1]).toEqual([2, 0.5, 0, 0.5, -1.5, -0.5, 0, -0.5, 0]);
    expect(cat.mapSum).toBe(9);
    expect(dog.mapSum).toBe(0.5);
  });
  it('each cell is a weighted sum: M_cat(1, 1) = 1·3 + 0.5·0', () => {
    expect(cat.cells[4]).toEqual({ row: 1, col: 1, terms: [{ f: 3, w: 1 }, { f: 0, w: 0.5 }], value: 3 });
    expect(dog.cells[0].terms).toEqual([{ f: 0, w: -0.5 }, { f: 2, w: 1 }]);
  });
  it('steps: maps, F, S, softmax, 9 cells, the sum, real networks', () => {
    expect(cat.steps.map((s) => s.id)).toEqual(['maps', 'gap', 'scores', 'softmax', ...Array(9).fill('cell'), 'sum', 'world']);
  });
  it('the exchange of sums holds for other numbers too', () => {
    const f = [[[1, -2], [0, 4]], [[3, 1], [-1, 2]], [[0, 0], [5, -3]]];
    const w = [[0.5, -1, 2], [1, 1, 1]];
    for (const c of [0, 1]) {
      const t = camTrace(f, w, c);
      expect(t.mapSum).toBeCloseTo(t.S[c], 12);
    }
  });
  it('mismatched weights throw a RangeError', () => {
    expect(() => camTrace([F1, F2], [[1]], 0)).toThrow(RangeError);
  });
  it('the slide’s example predictions: palace 0.23 … ; office_building 0.33 …', () => {
    expect(PREDICTIONS[0][0]).toEqual({ label: 'palace', p: 0.23 });
    expect(PREDICTIONS[0].map((p) => p.p)).toEqual([0.23, 0.2, 0.15, 0.07, 0.06]);
    expect(PREDICTIONS[1].map((p) => p.p)).toEqual([0.33, 0.24, 0.17, 0.06]);
  });
  it('link values: malformed maps and weights are ignored', () => {
    const r = parseParams(camParams, { f1: '1,2;3', w: '1,2,3;4,5,6', class: 'bird', f2: '0,0,0;0,9,0;0,0,0' });
    expect(r.ignored.map((i) => i.key).sort()).toEqual(['class', 'f1', 'w']);
    expect(r.values.f2.data).toEqual([0, 0, 0, 0, 9, 0, 0, 0, 0]);
  });
});
