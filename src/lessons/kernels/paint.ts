/*
 * Painting a grey image (any numbers; shown clipped to 0–255, as photo tools show a filtered
 * picture) onto a canvas of its own size, one canvas pixel per value.
 */

/** RGBA bytes of greys clipped to 0–255 (negative → black, above 255 → white). */
export function greyBytes(values: ArrayLike<number>, out?: Uint8ClampedArray<ArrayBuffer>): Uint8ClampedArray<ArrayBuffer> {
  const bytes = out ?? new Uint8ClampedArray(values.length * 4);
  for (let i = 0, o = 0; i < values.length; i++, o += 4) {
    const v = values[i];
    bytes[o] = v;
    bytes[o + 1] = v;
    bytes[o + 2] = v;
    bytes[o + 3] = 255;
  }
  return bytes;
}

/** Paints `values` (w×h, row-major) on the canvas, resizing it to w×h when needed. */
export function paintGrey(canvas: HTMLCanvasElement, values: ArrayLike<number>, w: number, h: number): void {
  if (canvas.width !== w) canvas.width = w;
  if (canvas.height !== h) canvas.height = h;
  const ctx = canvas.getContext('2d');
  if (!ctx) return;
  ctx.putImageData(new ImageData(greyBytes(values), w, h), 0, 0);
}
