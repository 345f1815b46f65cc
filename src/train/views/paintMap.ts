import { divergingColor } from './colors';

/** How a map's values become pixels: greys for images and non-negative maps, RdBu for signed values. */
export type MapScale = { kind: 'grey'; max: number; invert?: boolean } | { kind: 'diverging'; maxAbs: number };

/**
 * Paints `h`×`w` values (row-major, read with `stride` starting at `offset`, so one channel of an
 * HWC tensor can be drawn without copying) onto a canvas of the same pixel size. CSS scales it up
 * with `image-rendering: pixelated`.
 */
export function paintMap(
  canvas: HTMLCanvasElement,
  values: ArrayLike<number>,
  h: number,
  w: number,
  scale: MapScale,
  offset = 0,
  stride = 1,
): void {
  if (canvas.width !== w) canvas.width = w;
  if (canvas.height !== h) canvas.height = h;
  const ctx = canvas.getContext('2d');
  if (!ctx) return;
  const img = ctx.createImageData(w, h);
  const d = img.data;
  for (let i = 0; i < h * w; i++) {
    const v = values[offset + i * stride] ?? 0;
    let r: number;
    let g: number;
    let b: number;
    if (scale.kind === 'grey') {
      const t = scale.max > 0 ? Math.max(0, Math.min(1, v / scale.max)) : 0;
      const grey = Math.round(255 * (scale.invert ? 1 - t : t));
      r = g = b = grey;
    } else {
      [r, g, b] = divergingColor(v, scale.maxAbs);
    }
    d[i * 4] = r;
    d[i * 4 + 1] = g;
    d[i * 4 + 2] = b;
    d[i * 4 + 3] = 255;
  }
  ctx.putImageData(img, 0, 0);
}

/** Largest absolute value among `count` values read with `stride` from `offset`. */
export function maxAbsOf(values: ArrayLike<number>, offset = 0, count = values.length, stride = 1): number {
  let m = 0;
  for (let i = 0; i < count; i++) {
    const a = Math.abs(values[offset + i * stride] ?? 0);
    if (a > m) m = a;
  }
  return m;
}
