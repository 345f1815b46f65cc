/*
 * The decoding steps that run the same on the main thread and in the decoding worker: read the
 * declared size, decode with the browser's decoder (scaled down while decoding), put the pixels on
 * white. Uses only what workers have (createImageBitmap, OffscreenCanvas).
 */
import { errorMessage } from '../core/errorMessage';
import { isAnimated } from './animation';
import { imageSize } from './imageSize';

/** Longest side of a kept picture, in pixels. */
export const MAX_SIDE = 1024;
/** Largest picture accepted, in pixels (a 16384×16384 photo is 1 GB of pixels). */
export const MAX_PIXELS = 16384 * 16384;

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

/** Decoded pixels and the size before scaling down. */
export interface DecodedPixels {
  width: number;
  height: number;
  data: Uint8ClampedArray<ArrayBuffer>;
  originalWidth: number;
  originalHeight: number;
  /** An animated GIF, PNG or WebP: these pixels are its first frame. */
  animated?: boolean;
}

/** A GIF's frames can lie past the first bytes read for its size: read it whole (up to this many bytes) to tell. */
const GIF_SCAN_BYTES = 32 * 1024 * 1024;

/** Width and height scaled so that the longer side is at most `max`. */
export function fitSize(width: number, height: number, max = MAX_SIDE): { width: number; height: number } {
  const s = Math.min(1, max / Math.max(width, height));
  return { width: Math.max(1, Math.round(width * s)), height: Math.max(1, Math.round(height * s)) };
}

/** Pixels of an image source on white, drawn at width×height (from the source rectangle sx, sy, sw, sh). */
export function pixelsOf(source: CanvasImageSource, width: number, height: number, sx = 0, sy = 0, sw = width, sh = height): Uint8ClampedArray<ArrayBuffer> {
  const canvas = typeof OffscreenCanvas !== 'undefined' ? new OffscreenCanvas(width, height) : Object.assign(document.createElement('canvas'), { width, height });
  const ctx = canvas.getContext('2d', { willReadFrequently: true }) as CanvasRenderingContext2D | OffscreenCanvasRenderingContext2D | null;
  if (!ctx) throw new PictureError('corrupt', 'no 2D canvas');
  ctx.fillStyle = '#fff';
  ctx.fillRect(0, 0, width, height);
  ctx.imageSmoothingQuality = 'high';
  ctx.drawImage(source, sx, sy, sw, sh, 0, 0, width, height);
  return ctx.getImageData(0, 0, width, height).data;
}

/**
 * Decodes an image file into at most MAX_SIDE pixels a side. Rejects with a PictureError: `empty`,
 * `not-image` (the file says it is something else, or its bytes are no image), `corrupt` (an image
 * type whose bytes cannot be decoded, e.g. a truncated file), `too-large`.
 */
export async function decodeBlob(blob: Blob): Promise<DecodedPixels> {
  if (blob.size === 0) throw new PictureError('empty');
  const saysImage = blob.type.startsWith('image/');
  if (blob.type !== '' && !saysImage) throw new PictureError('not-image', blob.type);
  const head = new Uint8Array(await blob.slice(0, 256 * 1024).arrayBuffer());
  const known = imageSize(head);
  const whole = head.length < blob.size && blob.size <= GIF_SCAN_BYTES && head[0] === 0x47 && head[1] === 0x49 && head[2] === 0x46; // "GIF"
  const animated = isAnimated(whole ? new Uint8Array(await blob.arrayBuffer()) : head);
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
    const size = fitSize(bitmap.width, bitmap.height);
    const data = pixelsOf(bitmap, size.width, size.height, 0, 0, bitmap.width, bitmap.height);
    return { ...size, data, originalWidth: known?.width ?? bitmap.width, originalHeight: known?.height ?? bitmap.height, animated };
  } finally {
    bitmap.close();
  }
}
