import { describe, expect, it } from 'vitest';
import { toRows } from '../../src/core';
import { IMAGE_6, IMAGE_6_PADDED, PRESETS } from '../../src/lessons/padding-stride/fixtures';
import { SettingError, buildPadStride, lessonImage } from '../../src/lessons/padding-stride/trace';

describe('padding-stride (LESSONS.md L10, L17, L18)', () => {
  const l18 = PRESETS.filter((p) => p.source === 'L18');
  it('has the seven L18 conv-arithmetic cases', () => expect(l18).toHaveLength(7));

  for (const p of PRESETS) {
    it(`${p.id}: i=${p.size} k=${p.kernel} p=${p.padding} s=${p.stride} → ${p.output}×${p.output}`, () => {
      const m = buildPadStride(p);
      expect(m.size).toBe(p.output);
      expect(m.trace.outShape).toEqual([1, p.output, p.output]);
      expect(m.trace.steps).toHaveLength(p.output * p.output);
      expect(m.exact).toBe(p.exact ?? p.output);
    });
  }

  it('L18 table values: 2, 6, 5, 7, 2, 3, 3 (odd: 3.5 → 3)', () => {
    expect(l18.map((p) => buildPadStride(p).size)).toEqual([2, 6, 5, 7, 2, 3, 3]);
  });

  it('the odd case (6, 3, 1, 2): 3.5 → 3; the last row and column of the 8×8 padded input are never covered', () => {
    const m = buildPadStride({ size: 6, kernel: 3, padding: 1, stride: 2, dilation: 1 });
    expect(m.exact).toBe(3.5);
    expect(m.isWhole).toBe(false);
    expect(m.padded).toBe(8);
    expect(m.uncovered).toBe(1);
    const uncoveredCells: [number, number][] = [];
    for (let r = 0; r < 8; r++) for (let c = 0; c < 8; c++) if (!m.covered[r * 8 + c]) uncoveredCells.push([r, c]);
    // exactly row 7 and column 7
    expect(uncoveredCells).toHaveLength(15);
    expect(uncoveredCells.every(([r, c]) => r === 7 || c === 7)).toBe(true);
    // windows start at 0, 2, 4 (stride 2) and end at row 6
    expect([...new Set(m.trace.steps.map((s) => s.origin.row))]).toEqual([0, 2, 4]);
  });

  it('every cell is covered when the formula is whole (half padding 5, 3, 1, 1)', () => {
    const m = buildPadStride({ size: 5, kernel: 3, padding: 1, stride: 1, dilation: 1 });
    expect(m.uncovered).toBe(0);
    expect(m.covered.every(Boolean)).toBe(true);
  });

  it('L10: the 6×6 image padded by 1 is the lecture’s 8×8 grid; a 3×3 filter keeps the size 6', () => {
    expect(lessonImage(6).data).toEqual(IMAGE_6.flat());
    const m = buildPadStride({ size: 6, kernel: 3, padding: 1, stride: 1, dilation: 1 });
    expect(toRows({ shape: [8, 8], data: m.trace.padded.data })).toEqual(IMAGE_6_PADDED);
    expect(m.size).toBe(6);
    // top-left output: the sum of the 3×3 window 0 0 0 / 0 3 1 / 0 1 0
    expect(m.trace.steps[0].result).toBe(5);
  });

  it('L17: (28 − 5 + 2×2)/1 + 1 = 28', () => {
    expect(buildPadStride({ size: 28, kernel: 5, padding: 2, stride: 1, dilation: 1 }).exact).toBe(28);
  });

  it('named paddings: same keeps 5 → 5, full gives 7; dilation 2 spans 5', () => {
    expect(buildPadStride({ size: 5, kernel: 3, padding: 'same', stride: 1, dilation: 1 }).size).toBe(5);
    expect(buildPadStride({ size: 5, kernel: 3, padding: 'full', stride: 1, dilation: 1 }).size).toBe(7);
    const d = buildPadStride({ size: 7, kernel: 3, padding: 0, stride: 1, dilation: 2 });
    expect(d.span).toBe(5);
    expect(d.size).toBe(3);
  });

  it('bad settings: stride 0 and a kernel larger than the padded input are the core’s RangeErrors; sizes beyond the limits are SettingErrors', () => {
    expect(() => buildPadStride({ size: 6, kernel: 3, padding: 1, stride: 0, dilation: 1 })).toThrow(/stride/);
    expect(() => buildPadStride({ size: 3, kernel: 7, padding: 1, stride: 1, dilation: 1 })).toThrow(/does not fit/);
    expect(() => buildPadStride({ size: 40, kernel: 3, padding: 1, stride: 1, dilation: 1 })).toThrow(SettingError);
    expect(() => buildPadStride({ size: 6, kernel: 0, padding: 1, stride: 1, dilation: 1 })).toThrow(SettingError);
  });
});
