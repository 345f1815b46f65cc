/*
 * The picture decoding worker: decodes a file off the main thread, so that even an 8000×8000
 * photo never holds up the page. Message in: { id, blob }; out: { id, ok: true, pixels } (the
 * pixel buffer transferred) or { id, ok: false, code, message }.
 */
import { errorMessage } from '../core/errorMessage';
import { PictureError, decodeBlob } from './decodeCore';

self.onmessage = async (e: MessageEvent<{ id: number; blob: Blob }>) => {
  const { id, blob } = e.data;
  try {
    const pixels = await decodeBlob(blob);
    (self as unknown as Worker).postMessage({ id, ok: true, pixels }, [pixels.data.buffer]);
  } catch (err) {
    const code = err instanceof PictureError ? err.code : 'corrupt';
    (self as unknown as Worker).postMessage({ id, ok: false, code, message: errorMessage(err) });
  }
};
