/*
 * Paints a drawing onto a 2-D canvas and reads its ink back. The canvas is transparent with
 * opaque ink, so the alpha channel is the ink (0 paper … 1 full ink) whatever the page's colours.
 */
import { MNIST_PIXELS, MNIST_SIDE } from '../model/mnistSizes';
import type { InkImage } from './preprocess';
import { CANVAS_SIZE, type Drawing, type SampleDigit, type Stroke } from './strokes';

const INK = '#111827';

function sampleBitmap(sample: SampleDigit): HTMLCanvasElement {
  const c = document.createElement('canvas');
  c.width = MNIST_SIDE;
  c.height = MNIST_SIDE;
  const ctx = c.getContext('2d');
  if (!ctx) return c;
  const img = ctx.createImageData(MNIST_SIDE, MNIST_SIDE);
  for (let i = 0; i < MNIST_PIXELS; i++) {
    img.data[i * 4] = 17;
    img.data[i * 4 + 1] = 24;
    img.data[i * 4 + 2] = 39;
    img.data[i * 4 + 3] = Math.round(sample.pixels[i] * 255);
  }
  ctx.putImageData(img, 0, 0);
  return c;
}

/**
 * Draws the part of a stroke from point `from` (a point index) to its end: a dot for a single
 * point, round-capped segments otherwise.
 *
 * @example
 * drawStrokeFrom(ctx, stroke, 0); // the whole stroke
 */
export function drawStrokeFrom(ctx: CanvasRenderingContext2D, stroke: Stroke, from: number, size = CANVAS_SIZE): void {
  const p = stroke.points;
  const n = p.length / 2;
  if (n === 0) return;
  ctx.strokeStyle = INK;
  ctx.fillStyle = INK;
  ctx.lineWidth = stroke.width * size;
  ctx.lineCap = 'round';
  ctx.lineJoin = 'round';
  if (n === 1) {
    ctx.beginPath();
    ctx.arc(p[0] * size, p[1] * size, (stroke.width * size) / 2, 0, Math.PI * 2);
    ctx.fill();
    return;
  }
  const start = Math.max(0, from - 1);
  ctx.beginPath();
  ctx.moveTo(p[start * 2] * size, p[start * 2 + 1] * size);
  for (let i = start + 1; i < n; i++) ctx.lineTo(p[i * 2] * size, p[i * 2 + 1] * size);
  ctx.stroke();
}

/**
 * Clears the canvas and paints the whole drawing (the sample digit scaled up, then the strokes).
 *
 * @example
 * renderDrawing(ctx, useStore.getState().draw.drawing);
 */
export function renderDrawing(ctx: CanvasRenderingContext2D, drawing: Drawing, extra: Stroke | null = null, size = CANVAS_SIZE): void {
  ctx.clearRect(0, 0, size, size);
  if (drawing.sample) {
    ctx.imageSmoothingEnabled = true;
    ctx.imageSmoothingQuality = 'high';
    ctx.drawImage(sampleBitmap(drawing.sample), 0, 0, size, size);
  }
  for (const s of drawing.strokes) drawStrokeFrom(ctx, s, 0, size);
  if (extra) drawStrokeFrom(ctx, extra, 0, size);
}

/**
 * The canvas's ink: its alpha channel as 0…1.
 *
 * @example
 * const ink = readInk(ctx); // { width: 280, height: 280, data }
 */
export function readInk(ctx: CanvasRenderingContext2D, size = CANVAS_SIZE): InkImage {
  const rgba = ctx.getImageData(0, 0, size, size).data;
  const data = new Float32Array(size * size);
  for (let i = 0; i < data.length; i++) data[i] = rgba[i * 4 + 3] / 255;
  return { width: size, height: size, data };
}
