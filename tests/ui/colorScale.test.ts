import { color } from 'd3';
import { describe, expect, it } from 'vitest';
import { extent, makeCellColors, rampPosition } from '../../src/ui/colorScale';

function luminance(css: string): number {
  const c = color(css)!.rgb();
  const lin = (v: number) => (v / 255 <= 0.03928 ? v / 255 / 12.92 : ((v / 255 + 0.055) / 1.055) ** 2.4);
  return 0.2126 * lin(c.r) + 0.7152 * lin(c.g) + 0.0722 * lin(c.b);
}
const contrast = (a: string, b: string) => {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi + 0.05) / (lo + 0.05);
};

describe('cell colours', () => {
  it('signed scale: 0 is the light centre, the ends are opposite hues, symmetric domain', () => {
    const paint = makeCellColors('signed', [-2, 3]);
    expect(luminance(paint(0).background)).toBeGreaterThan(0.8);
    expect(rampPosition('signed', [-2, 3], -3)).toBe(0);
    expect(rampPosition('signed', [-2, 3], 3)).toBe(1);
    expect(paint(-3).background).not.toBe(paint(3).background);
  });
  it('every cell label keeps at least 4.5:1 contrast on its background, on every scale', () => {
    for (const kind of ['signed', 'grey', 'ink'] as const) {
      const paint = makeCellColors(kind, [-1, 1]);
      for (let v = -1; v <= 1; v += 0.01) {
        const { background, color: fg } = paint(v);
        expect(contrast(background, fg)).toBeGreaterThanOrEqual(4.5);
      }
    }
  });
  it('grey images: brighter values are lighter', () => {
    const paint = makeCellColors('grey', [0, 255]);
    expect(luminance(paint(255).background)).toBeGreaterThan(luminance(paint(0).background));
  });
  it('extent of an empty list is [0, 1]', () => {
    expect(extent([])).toEqual([0, 1]);
    expect(extent([3, -1, 2])).toEqual([-1, 3]);
  });
});
