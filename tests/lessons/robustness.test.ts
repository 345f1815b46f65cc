import { describe, expect, it } from 'vitest';
import { DIGIT9, LOOP_FILTER } from '../../src/lessons/feature-match/fixtures';
import { featureMatchTrace } from '../../src/lessons/feature-match/trace';
import { SWEEP, argmax, drawnNine, holdsUpTo, moved, shiftSweep } from '../../src/lessons/robustness/shift';
import { MEASURED, meanAccuracy } from '../../src/lessons/robustness/measured';

describe('robustness lesson maths', () => {
  it('the lesson’s 9: ink 0…1 on a round-pen stroke, a loop above a stem, inside the 28×28 field', () => {
    const nine = drawnNine();
    expect(nine.every((v) => v >= 0 && v <= 1)).toBe(true);
    expect(nine[9 * 28 + 13]).toBe(0); // the hole of the loop
    expect(nine[9 * 28 + 18]).toBe(1); // the loop's right side
    expect(nine[20 * 28 + 16]).toBe(1); // the stem
    expect(nine[20 * 28 + 9]).toBe(0);
    for (let c = 0; c < 28; c++) expect(nine[c] + nine[27 * 28 + c]).toBe(0);
  });
  it('the shifted 9 of the lecture: 16 of 35 inputs change, the best pooled loop response stays 1', () => {
    const t = featureMatchTrace(DIGIT9, LOOP_FILTER);
    expect(t.changedCount).toBe(16);
    expect(Math.max(...t.pool.output.data)).toBe(1);
    expect(Math.max(...t.shiftedPool.output.data)).toBe(1);
  });
  it('moved: a whole-pixel shift of the 28×28 input', () => {
    const nine = drawnNine();
    const m = moved(nine, 2, -1);
    for (let r = 0; r < 27; r++) for (let c = 2; c < 28; c++) expect(m[r * 28 + c]).toBe(nine[(r + 1) * 28 + c - 2]);
  });
  it('shiftSweep and holdsUpTo with a model that reads 7 only near the centre', () => {
    const nine = drawnNine();
    // a fake model: 7 when the ink's mean column is within 2 px of the original, else 1
    const centreCol = (x: Float32Array) => {
      let s = 0;
      let w = 0;
      x.forEach((v, i) => { s += v * (i % 28); w += v; });
      return s / w;
    };
    const c0 = centreCol(nine);
    const predict = (x: Float32Array) => {
      const p = new Float32Array(10);
      p[Math.abs(centreCol(x) - c0) <= 2.01 ? 7 : 1] = 1;
      return p;
    };
    const cells = shiftSweep(predict, nine, 7);
    expect(cells).toHaveLength((2 * SWEEP + 1) ** 2);
    expect(cells[(SWEEP) * (2 * SWEEP + 1) + SWEEP]).toMatchObject({ dx: 0, dy: 0, predicted: 7, p: 1 });
    expect(holdsUpTo(cells, 7)).toEqual({ right: 2, left: 2, down: SWEEP, up: SWEEP });
    expect(argmax([0.1, 0.5, 0.4])).toBe(1);
  });
  it('measured figures: three runs, every set between 0 and 1, the shifted means computed from the four directions', () => {
    expect(MEASURED.runs.map((r) => r.augment)).toEqual(['none', 'shift', 'shift,rotate,scale,thickness']);
    for (const r of MEASURED.runs) {
      expect(Object.keys(r.acc)).toHaveLength(25);
      for (const v of Object.values(r.acc)) expect(v).toBeGreaterThanOrEqual(0);
      expect(meanAccuracy(r, 0)).toBe(r.acc.plain);
      expect(meanAccuracy(r, 2)).toBeCloseTo((r.acc['shift-right-2'] + r.acc['shift-left-2'] + r.acc['shift-down-2'] + r.acc['shift-up-2']) / 4, 12);
    }
  });
});
