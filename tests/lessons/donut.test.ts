// donut trace against LESSONS.md L14 (Boolean filter: 9 failed conditions at the upper-left pixel,
// copy 2 of the check grid) and L15 (multiplier filter, zero padding 2, the 8×8 map, −0.443,
// the most donutty pixel (6,1) 3.65, no padding → the 4×4 centre, standalone filter → −0.34).
import { describe, expect, it } from 'vitest';
import { checkAt, decodeBinary, encodeBinary } from '../../src/lessons/donut/boolean';
import {
  BINARY_DONUT_AT,
  BINARY_IMAGE,
  BOOLEAN_FILTER,
  COMPUTED_ACTIVATION_2DP,
  DONUT_IMAGE,
  LECTURE_CHECK_GRID,
  LECTURE_CHECK_GRID_COPY1,
  LECTURE_FAILED_CONDITIONS,
  MOST_DONUTTY,
  MULTIPLIER_FILTER,
  NO_PADDING_ACTIVATION_2DP,
  PRINTED_ACTIVATION,
  STANDALONE_FILTER,
  STANDALONE_TOP_LEFT_2DP,
  TOP_LEFT_VALUE,
} from '../../src/lessons/donut/fixtures';
import { booleanTrace, multiplierTrace, topLeftValue } from '../../src/lessons/donut/trace';
import { type TensorLike, toRows } from '../../src/core';

/** Rounds to `d` decimals as the grids label numbers (`toFixed` on the stored double). */
const round = (m: number[][], d: number): number[][] => m.map((r) => r.map((v) => Number(v.toFixed(d)) + 0));
const rows = (t: TensorLike): number[][] => toRows(t);

const failures = (grid: readonly (readonly boolean[])[]) => grid.flat().filter((ok) => !ok).length;

describe('Boolean donut filter — L14', () => {
  const t = booleanTrace(BOOLEAN_FILTER, BINARY_IMAGE);

  it('has 21 real conditions (13 black, 8 white) and 4 don\'t-cares', () => {
    const flat = BOOLEAN_FILTER.flat();
    expect(flat.filter((c) => c === 'B').length).toBe(13);
    expect(flat.filter((c) => c === 'W').length).toBe(8);
    expect(t.checks[0].conditions).toBe(21);
  });

  it('at the upper-left pixel (out of bounds = black) the check grid is copy 2 and 9 conditions fail: not a donut', () => {
    const c = t.checks[0];
    expect(c.row).toBe(0);
    expect(c.col).toBe(0);
    expect(c.cells.map((line) => line.map((x) => x.ok))).toEqual(LECTURE_CHECK_GRID);
    expect(c.failed).toBe(LECTURE_FAILED_CONDITIONS);
    expect(c.isDonut).toBe(false);
  });

  it('copy 1 of the check grid would be 10 failures; copy 2 is the consistent one', () => {
    expect(failures(LECTURE_CHECK_GRID)).toBe(9);
    expect(failures(LECTURE_CHECK_GRID_COPY1)).toBe(10);
  });

  it('every out-of-bounds cell reads as black', () => {
    for (const line of t.checks[0].cells) {
      for (const cell of line) if (!cell.inBounds) expect(cell.pixel).toBe(0);
    }
  });

  it('finds the drawn donut at (4,4) and nowhere else; one step per pixel', () => {
    expect(t.donuts).toEqual([{ row: BINARY_DONUT_AT[0], col: BINARY_DONUT_AT[1] }]);
    expect(t.checks.length).toBe(64);
    expect(t.failedMap.shape).toEqual([8, 8]);
  });

  it('toggling one pixel of the donut breaks it: one more failed condition', () => {
    const broken = BINARY_IMAGE.map((r) => [...r]);
    broken[4][4] = 1;
    expect(checkAt(BOOLEAN_FILTER, broken, 4, 4).failed).toBe(1);
  });

  it('the binary image round-trips through its URL form; malformed forms are refused', () => {
    expect(decodeBinary(encodeBinary(BINARY_IMAGE))).toEqual(BINARY_IMAGE);
    expect(decodeBinary('0101')).toBeUndefined();
    expect(decodeBinary('00000-00000-00000-00000-0000x')).toBeUndefined();
    expect(decodeBinary('00000-00000-00000-00000-0000')).toBeUndefined();
  });
});

describe('multiplier donut filter — L15', () => {
  const t = multiplierTrace(DONUT_IMAGE, MULTIPLIER_FILTER, 2);

  it('zero padding 2 keeps the 8×8 size; 64 steps', () => {
    expect(t.map.shape).toEqual([8, 8]);
    expect(t.conv.steps.length).toBe(64);
  });

  it('top-left: only the nine in-bound products count, −0.443 → −0.44', () => {
    const s = t.conv.steps[0];
    expect(s.result).toBeCloseTo(TOP_LEFT_VALUE, 12);
    const inBound = s.isPadding.filter((p) => !p).length;
    expect(inBound).toBe(9);
    const terms = Array.from(s.products.data).filter((_, i) => !s.isPadding[i]);
    expect(round([terms], 4)[0]).toEqual([-1.825, 0.86, -0.074, 0.29, 0.644, -0.05, -0.09, -0.198, 0]);
  });

  it('the map from the 2-decimal image, rounded, is LESSONS.md\'s computed map', () => {
    expect(round(rows(t.map), 2)).toEqual(COMPUTED_ACTIVATION_2DP);
  });

  it('every value is within 0.03 of the printed map (the author used unrounded pixels)', () => {
    const printed = PRINTED_ACTIVATION.flat();
    const diffs = Array.from(t.map.data, (v, i) => Math.abs(v - printed[i]));
    expect(Math.max(...diffs)).toBeLessThanOrEqual(0.03 + 1e-9);
    const mean = diffs.reduce((a, b) => a + b, 0) / diffs.length;
    expect(mean).toBeLessThan(0.01);
  });

  it('the most donutty pixel is (6,1): 3.65 (printed 3.64)', () => {
    expect(t.best.row).toBe(MOST_DONUTTY.row);
    expect(t.best.col).toBe(MOST_DONUTTY.col);
    expect(round([[t.best.value]], 2)[0][0]).toBe(MOST_DONUTTY.value2dp);
    expect(PRINTED_ACTIVATION[6][1]).toBe(MOST_DONUTTY.printed);
  });

  it('without padding the map is 4×4, the centre of the padded map', () => {
    const n = multiplierTrace(DONUT_IMAGE, MULTIPLIER_FILTER, 0);
    expect(n.map.shape).toEqual([4, 4]);
    expect(round(rows(n.map), 2)).toEqual(NO_PADDING_ACTIVATION_2DP);
    const centre = rows(t.map).slice(2, 6).map((r) => r.slice(2, 6));
    expect(rows(n.map)).toEqual(centre);
  });

  it('the standalone filter (bottom row −0.1 −0.1 −0.1) gives −0.34 at the top-left, not −0.44', () => {
    expect(round([[topLeftValue(DONUT_IMAGE, STANDALONE_FILTER)]], 2)[0][0]).toBe(STANDALONE_TOP_LEFT_2DP);
    expect(round([[topLeftValue(DONUT_IMAGE, MULTIPLIER_FILTER)]], 2)[0][0]).toBe(-0.44);
  });

  it('editing a kernel cell changes the trace', () => {
    const k = MULTIPLIER_FILTER.map((r) => [...r]);
    k[2][2] = 0;
    const e = multiplierTrace(DONUT_IMAGE, k, 2);
    expect(e.map.data[0]).toBeCloseTo(TOP_LEFT_VALUE + 0.73 * 2.5, 12);
  });
});
