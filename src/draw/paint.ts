/*
 * Paints small images (model input, activation maps, CAM) into canvases pixel by pixel, with the
 * shared colour ramps of src/ui/colorScale (diverging for signed values, ink for 0…max).
 */
import { rampColor, type ScaleKind } from '../ui/colorScale';
import { color } from 'd3';

const tables = new Map<ScaleKind, Uint8ClampedArray>();

/** 256 RGBA colours of a ramp (cached). */
export function rampTable(kind: ScaleKind): Uint8ClampedArray {
  let t = tables.get(kind);
  if (t) return t;
  t = new Uint8ClampedArray(256 * 4);
  for (let i = 0; i < 256; i++) {
    const c = color(rampColor(kind, i / 255))?.rgb();
    t[i * 4] = c?.r ?? 0;
    t[i * 4 + 1] = c?.g ?? 0;
    t[i * 4 + 2] = c?.b ?? 0;
    t[i * 4 + 3] = 255;
  }
  tables.set(kind, t);
  return t;
}

/** How one map is coloured: `signed` centred on 0 over ±max, otherwise `ink` over 0…max. */
export interface MapScale {
  kind: 'signed' | 'ink';
  /** Largest |value| (signed) or largest value (ink); 0 paints everything as 0. */
  max: number;
}

/**
 * The colour scale for a set of values: diverging when any is negative.
 *
 * @example
 * scaleFor([0, 2, 1]);  // { kind: 'ink', max: 2 }
 * scaleFor([-1, 0.5]);  // { kind: 'signed', max: 1 }
 */
export function scaleFor(values: ArrayLike<number>): MapScale {
  let lo = 0, hi = 0;
  for (let i = 0; i < values.length; i++) {
    const v = values[i];
    if (v < lo) lo = v;
    if (v > hi) hi = v;
  }
  return lo < 0 ? { kind: 'signed', max: Math.max(-lo, hi) } : { kind: 'ink', max: hi };
}

/** Ramp index 0…255 of a value. */
function indexOf(scale: MapScale, v: number): number {
  if (scale.max <= 0) return scale.kind === 'signed' ? 128 : 0;
  const t = scale.kind === 'signed' ? 0.5 + (0.5 * v) / scale.max : v / scale.max;
  return Math.max(0, Math.min(255, Math.round(t * 255)));
}

/**
 * Paints an H×W map into a canvas of the same size. Values are read at `data[offset + (r·W + c)·stride]`,
 * so one channel of a channels-last tensor is painted without copying.
 *
 * @example
 * paintMap(canvas, act, 28, 28, { kind: 'ink', max: 3.2 }, k, 6); // channel k of [28, 28, 6]
 */
export function paintMap(
  canvas: HTMLCanvasElement,
  data: ArrayLike<number>,
  H: number,
  W: number,
  scale: MapScale,
  offset = 0,
  stride = 1,
): void {
  if (canvas.width !== W) canvas.width = W;
  if (canvas.height !== H) canvas.height = H;
  const ctx = canvas.getContext('2d');
  if (!ctx) return;
  const img = ctx.createImageData(W, H);
  const table = rampTable(scale.kind);
  for (let p = 0; p < H * W; p++) {
    const i = indexOf(scale, data[offset + p * stride]) * 4;
    img.data[p * 4] = table[i];
    img.data[p * 4 + 1] = table[i + 1];
    img.data[p * 4 + 2] = table[i + 2];
    img.data[p * 4 + 3] = 255;
  }
  ctx.putImageData(img, 0, 0);
}

/**
 * Paints a grey image (0 paper … 1 ink, as the model sees it: dark ink on white) with an optional
 * overlay (the CAM) blended on top, `alpha` times as strong as |value| / max.
 *
 * @example
 * paintImage(canvas, prep.input, 28, 28, cam28, 0.6);
 */
export function paintImage(
  canvas: HTMLCanvasElement,
  ink: ArrayLike<number>,
  H: number,
  W: number,
  overlay?: { values: ArrayLike<number>; scale: MapScale; alpha: number },
): void {
  if (canvas.width !== W) canvas.width = W;
  if (canvas.height !== H) canvas.height = H;
  const ctx = canvas.getContext('2d');
  if (!ctx) return;
  const img = ctx.createImageData(W, H);
  const table = overlay ? rampTable(overlay.scale.kind) : null;
  for (let p = 0; p < H * W; p++) {
    const g = 255 - Math.round(Math.max(0, Math.min(1, ink[p])) * 230);
    let r = g, gg = g, b = g;
    if (overlay && table) {
      const v = overlay.values[p];
      const i = indexOf(overlay.scale, v) * 4;
      // strength follows |value|: where the map is 0 the image shows through unchanged
      const a = overlay.scale.max > 0 ? overlay.alpha * Math.min(1, Math.abs(v) / overlay.scale.max) : 0;
      r = Math.round(r * (1 - a) + table[i] * a);
      gg = Math.round(gg * (1 - a) + table[i + 1] * a);
      b = Math.round(b * (1 - a) + table[i + 2] * a);
    }
    img.data[p * 4] = r;
    img.data[p * 4 + 1] = gg;
    img.data[p * 4 + 2] = b;
    img.data[p * 4 + 3] = 255;
  }
  ctx.putImageData(img, 0, 0);
}
