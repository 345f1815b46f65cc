/*
 * Turning a file, a pasted or dropped image, or a camera frame into pixels (browser only). Nothing
 * leaves the browser: the bytes are decoded here and kept in memory.
 *
 * Decoding runs off the main thread (createImageBitmap), and the browser scales a large picture
 * down while decoding (resize options), so an 8000×8000 photo never freezes the page. The kept
 * picture is at most MAX_SIDE pixels on its longer side; an animated image gives its first frame;
 * transparent parts are put on white.
 */
import { errorMessage } from '../core/errorMessage';
import { imageSize } from './imageSize';
import type { RgbaImage } from './downsample';

/** Longest side of a kept picture, in pixels. */
export const MAX_SIDE = 1024;

export type PictureSource = 'file' | 'drop' | 'paste' | 'camera';

/** A picture ready for the lessons. */
export interface Picture extends RgbaImage {
  data: Uint8ClampedArray;
  /** File name, or '' for a paste or a camera frame. */
  name: string;
  source: PictureSource;
  /** Size before scaling down. */
  originalWidth: number;
  originalHeight: number;
  /** Milliseconds from the first byte to the pixels. */
  ms: number;
}

/** Why a picture could not be used. */
export type PictureProblem = 'not-image' | 'corrupt' | 'empty' | 'no-image-in-paste' | 'too-large';

export class PictureError extends Error {
  readonly code: PictureProblem;
  constructor(code: PictureProblem, message: string = code) {
    super(message);
    this.name = 'PictureError';
    this.code = code;
  }
}

/** Width and height scaled so that the longer side is at most `max`. */
export function fitSize(width: number, height: number, max = MAX_SIDE): { width: number; height: number } {
  const s = Math.min(1, max / Math.max(width, height));
  return { width: Math.max(1, Math.round(width * s)), height: Math.max(1, Math.round(height * s)) };
}

/** Pixels of a bitmap (or a video frame) on white, at its own size. */
export function pixelsOf(source: CanvasImageSource, width: number, height: number, sx = 0, sy = 0, sw = width, sh = height): Uint8ClampedArray {
  const canvas = typeof OffscreenCanvas !== 'undefined' ? new OffscreenCanvas(width, height) : Object.assign(document.createElement('canvas'), { width, height });
  const ctx = canvas.getContext('2d', { willReadFrequently: true }) as CanvasRenderingContext2D | OffscreenCanvasRenderingContext2D | null;
  if (!ctx) throw new PictureError('corrupt', 'no 2D canvas');
  ctx.fillStyle = '#fff';
  ctx.fillRect(0, 0, width, height);
  ctx.imageSmoothingQuality = 'high';
  ctx.drawImage(source, sx, sy, sw, sh, 0, 0, width, height);
  return ctx.getImageData(0, 0, width, height).data;
}

/** Largest picture accepted, in pixels (a 16384×16384 photo is 1 GB of pixels). */
export const MAX_PIXELS = 16384 * 16384;

/**
 * Decodes an image file (PNG, JPEG, GIF, WebP, BMP, AVIF… whatever the browser reads) into a
 * picture of at most MAX_SIDE pixels a side. Rejects with a PictureError: `empty`, `not-image`
 * (the file says it is something else, or its bytes are no image), `corrupt` (an image type whose
 * bytes cannot be decoded, e.g. a truncated file), `too-large`.
 */
export async function decodePicture(blob: Blob, name: string, source: PictureSource): Promise<Picture> {
  const t0 = performance.now();
  if (blob.size === 0) throw new PictureError('empty');
  const saysImage = blob.type.startsWith('image/');
  if (blob.type !== '' && !saysImage) throw new PictureError('not-image', blob.type);
  const head = new Uint8Array(await blob.slice(0, 256 * 1024).arrayBuffer());
  const known = imageSize(head);
  if (known && known.width * known.height > MAX_PIXELS) throw new PictureError('too-large', `${known.width}×${known.height}`);
  let bitmap: ImageBitmap;
  try {
    if (known) {
      const size = fitSize(known.width, known.height);
      bitmap = await createImageBitmap(blob, { resizeWidth: size.width, resizeHeight: size.height, resizeQuality: 'high' });
    } else {
      bitmap = await createImageBitmap(blob);
    }
  } catch (e) {
    throw new PictureError(saysImage || known ? 'corrupt' : 'not-image', errorMessage(e));
  }
  try {
    const originalWidth = known?.width ?? bitmap.width;
    const originalHeight = known?.height ?? bitmap.height;
    const size = fitSize(bitmap.width, bitmap.height);
    const data = pixelsOf(bitmap, size.width, size.height, 0, 0, bitmap.width, bitmap.height);
    return { ...size, data, name, source, originalWidth, originalHeight, ms: performance.now() - t0 };
  } finally {
    bitmap.close();
  }
}

/** The image of a paste (Ctrl+V) or a drop, if it carries one. */
export function imageFromTransfer(items: DataTransfer | null): File | null {
  if (!items) return null;
  for (const f of Array.from(items.files)) if (f.type.startsWith('image/')) return f;
  return items.files[0] ?? null;
}
