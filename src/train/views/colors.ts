import { interpolateBlues, interpolateOranges, interpolateRdBu } from 'd3';

/**
 * Colour of a confusion-matrix cell from the share of its row: blues on the diagonal (correct),
 * oranges off it (mistakes), square-root scaled so that a 1% confusion is still visible.
 * The text colour keeps at least 4.5:1 contrast on either end of the scale.
 */
export function confusionCellColor(share: number, diagonal: boolean): { bg: string; fg: string } {
  if (share <= 0) return { bg: 'transparent', fg: 'var(--fg-muted)' };
  const t = Math.sqrt(Math.min(1, share));
  const bg = diagonal ? interpolateBlues(0.15 + 0.8 * t) : interpolateOranges(0.15 + 0.8 * t);
  return { bg, fg: t > 0.55 ? '#ffffff' : '#1b1b1f' };
}

/**
 * Diverging colour for a signed value on a scale symmetric around zero (negative red, positive blue,
 * zero white: d3's colour-blind-safe RdBu). `maxAbs` is the value that gets the darkest colour.
 */
export function divergingColor(value: number, maxAbs: number): [number, number, number] {
  const t = maxAbs > 0 ? 0.5 + 0.5 * Math.max(-1, Math.min(1, value / maxAbs)) : 0.5;
  const i = Math.round(t * (LUT_SIZE - 1)) * 3;
  return [DIVERGING_LUT[i], DIVERGING_LUT[i + 1], DIVERGING_LUT[i + 2]];
}

const LUT_SIZE = 257;
/** RdBu sampled once (257 steps, so that 0 maps exactly to the middle): drawing a map costs no string parsing. */
const DIVERGING_LUT = (() => {
  const lut = new Uint8ClampedArray(LUT_SIZE * 3);
  for (let i = 0; i < LUT_SIZE; i++) lut.set(parseRgb(interpolateRdBu(i / (LUT_SIZE - 1))), i * 3);
  return lut;
})();

/** Parses d3's `rgb(r, g, b)` strings. */
export function parseRgb(css: string): [number, number, number] {
  const m = /rgb\((\d+),\s*(\d+),\s*(\d+)\)/.exec(css);
  return m ? [Number(m[1]), Number(m[2]), Number(m[3])] : [0, 0, 0];
}
