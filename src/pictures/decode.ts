/*
 * Turning a file, a pasted or dropped image, or a camera frame into pixels (browser only). Nothing
 * leaves the browser: the bytes are decoded here and kept in memory.
 *
 * Files are decoded in a worker (src/pictures/decode.worker.ts; on the main thread, asynchronously,
 * where workers cannot draw), and the browser scales a large picture down while decoding, so an
 * 8000×8000 photo does not freeze the page. The kept picture is at most MAX_SIDE pixels on its
 * longer side; an animated image gives its first frame; transparent parts are put on white.
 */
import type { RgbaImage } from './downsample';
import { type DecodedPixels, type PictureProblem, PictureError, decodeBlob } from './decodeCore';

export { MAX_SIDE, PictureError, fitSize, pixelsOf, type PictureProblem } from './decodeCore';

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
  /** An animated GIF, PNG or WebP whose first frame this is. */
  animated?: boolean;
  /** Milliseconds from the file to its pixels. */
  ms: number;
}

type Reply = { id: number; ok: true; pixels: DecodedPixels } | { id: number; ok: false; code: PictureProblem; message: string };

let worker: Worker | null = null;
let nextId = 0;
const waiting = new Map<number, { resolve(p: DecodedPixels): void; reject(e: unknown): void }>();

function decoder(): Worker | null {
  if (typeof Worker === 'undefined' || typeof OffscreenCanvas === 'undefined') return null;
  if (!worker) {
    try {
      worker = new Worker(new URL('./decode.worker.ts', import.meta.url), { type: 'module', name: 'pictures' });
    } catch {
      return null;
    }
    worker.onmessage = (e: MessageEvent<Reply>) => {
      const w = waiting.get(e.data.id);
      if (!w) return;
      waiting.delete(e.data.id);
      if (e.data.ok) w.resolve(e.data.pixels);
      else w.reject(new PictureError(e.data.code, e.data.message));
    };
    worker.onerror = () => {
      // a worker that cannot start: decode on the main thread from now on
      for (const w of waiting.values()) w.reject(new Error('worker failed'));
      waiting.clear();
      worker = null;
      workerBroken = true;
    };
  }
  return worker;
}
let workerBroken = false;

function decodeInWorker(blob: Blob): Promise<DecodedPixels> {
  const w = workerBroken ? null : decoder();
  if (!w) return decodeBlob(blob);
  const id = nextId++;
  return new Promise<DecodedPixels>((resolve, reject) => {
    waiting.set(id, { resolve, reject });
    w.postMessage({ id, blob });
  }).catch((e: unknown) => {
    if (e instanceof PictureError) throw e;
    return decodeBlob(blob);
  });
}

/**
 * Decodes an image file (PNG, JPEG, GIF, WebP, BMP, AVIF… whatever the browser reads) into a
 * picture of at most MAX_SIDE pixels a side. Rejects with a PictureError (see decodeBlob).
 */
export async function decodePicture(blob: Blob, name: string, source: PictureSource): Promise<Picture> {
  const t0 = performance.now();
  const p = await decodeInWorker(blob);
  return { ...p, name, source, ms: performance.now() - t0 };
}

/** The image of a paste (Ctrl+V) or a drop, if it carries one. */
export function imageFromTransfer(items: DataTransfer | null): File | null {
  if (!items) return null;
  for (const f of Array.from(items.files)) if (f.type.startsWith('image/')) return f;
  return items.files[0] ?? null;
}
