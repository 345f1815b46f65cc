import { color, interpolateGreys, interpolatePuOr } from 'd3';

/**
 * How a grid colours its cells (colour is never the only carrier: the number is always printed).
 * - `signed`: diverging, colour-blind-safe (d3 PuOr), centred on 0: negative orange, positive purple.
 * - `grey`: image brightness, low = dark, high = light (pixels 0…255).
 * - `ink`: binary drawings, 0 = paper (white), 1 = ink (dark).
 * - `none`: no fill.
 */
export type ScaleKind = 'signed' | 'grey' | 'ink' | 'none';

export interface CellColors {
  background: string;
  /** Text colour with at least 4.5:1 contrast on the background. */
  color: string;
}

function relativeLuminance(css: string): number {
  const c = color(css)?.rgb();
  if (!c) return 1;
  const lin = (v: number) => {
    const x = v / 255;
    return x <= 0.03928 ? x / 12.92 : ((x + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * lin(c.r) + 0.7152 * lin(c.g) + 0.0722 * lin(c.b);
}

/** Black or white text, whichever contrasts more with `background`. */
export function textColorOn(background: string): string {
  const l = relativeLuminance(background);
  return (l + 0.05) / 0.05 >= 1.05 / (l + 0.05) ? '#000000' : '#ffffff';
}

/** Position in [0, 1] of a value on the scale's ramp. */
export function rampPosition(kind: ScaleKind, domain: readonly [number, number], v: number): number {
  const [lo, hi] = domain;
  if (kind === 'signed') {
    const m = Math.max(Math.abs(lo), Math.abs(hi)) || 1;
    return Math.min(Math.max(0.5 + (0.5 * v) / m, 0), 1);
  }
  if (hi === lo) return v > lo ? 1 : 0;
  return Math.min(Math.max((v - lo) / (hi - lo), 0), 1);
}

/** The ramp colour at position t ∈ [0, 1]. */
export function rampColor(kind: ScaleKind, t: number): string {
  switch (kind) {
    case 'signed':
      // Keep the ends a little short of full saturation so that labels stay readable.
      return interpolatePuOr(0.06 + 0.88 * t);
    case 'grey':
      return interpolateGreys(0.92 - 0.92 * t);
    case 'ink':
      return interpolateGreys(0.05 + 0.8 * t);
    default:
      return 'transparent';
  }
}

/**
 * A function giving each value its cell colours.
 *
 * @example
 * const paint = makeCellColors('signed', [-2, 2]);
 * paint(0);  // { background: (a near-white), color: '#000000' }
 * paint(-2); // { background: (dark orange), color: ... }
 */
export function makeCellColors(kind: ScaleKind, domain: readonly [number, number]): (v: number) => CellColors {
  if (kind === 'none') return () => ({ background: 'transparent', color: 'inherit' });
  const lut = rampTable(kind);
  return (v) => lut[Math.round(rampPosition(kind, domain, v) * RAMP_LEVELS)];
}

/** Levels of a ramp: finer than the eye can tell apart, few enough to colour a 28×28 grid at once. */
const RAMP_LEVELS = 255;
const rampTables = new Map<ScaleKind, CellColors[]>();

/** The ramp's colours and their text colours, computed once per scale kind. */
function rampTable(kind: ScaleKind): CellColors[] {
  let table = rampTables.get(kind);
  if (!table) {
    table = Array.from({ length: RAMP_LEVELS + 1 }, (_, i) => {
      const background = rampColor(kind, i / RAMP_LEVELS);
      return { background, color: textColorOn(background) };
    });
    rampTables.set(kind, table);
  }
  return table;
}

/** The smallest and largest value (0, 1 for an empty list); used as the default colour domain. */
export function extent(values: ArrayLike<number>): [number, number] {
  let lo = Infinity;
  let hi = -Infinity;
  for (let i = 0; i < values.length; i++) {
    const v = values[i];
    if (!Number.isFinite(v)) continue;
    if (v < lo) lo = v;
    if (v > hi) hi = v;
  }
  return lo === Infinity ? [0, 1] : [lo, hi];
}
