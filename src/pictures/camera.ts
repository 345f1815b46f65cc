/*
 * The laptop or phone camera (browser only): open it, say why it could not be opened, read frames.
 * Frames stay in the page; nothing is recorded or sent.
 */
import { errorMessage } from '../core/errorMessage';
import { MAX_SIDE, type Picture, fitSize, pixelsOf } from './decode';
import { type RgbaImage, centredSquare } from './downsample';

export type CameraProblem = 'unsupported' | 'denied' | 'none' | 'busy' | 'other';

export class CameraError extends Error {
  readonly code: CameraProblem;
  constructor(code: CameraProblem, message: string = code) {
    super(message);
    this.name = 'CameraError';
    this.code = code;
  }
}

/** The kind of problem behind a getUserMedia rejection. */
export function cameraProblemOf(e: unknown): CameraProblem {
  const name = e instanceof Error || (typeof e === 'object' && e !== null && 'name' in e) ? String((e as { name: unknown }).name) : '';
  if (name === 'NotAllowedError' || name === 'SecurityError' || name === 'PermissionDeniedError') return 'denied';
  if (name === 'NotFoundError' || name === 'OverconstrainedError' || name === 'DevicesNotFoundError') return 'none';
  if (name === 'NotReadableError' || name === 'AbortError' || name === 'TrackStartError') return 'busy';
  return 'other';
}

/** Opens the camera (video only). Rejects with a CameraError. */
export async function openCamera(): Promise<MediaStream> {
  if (typeof navigator === 'undefined' || !navigator.mediaDevices?.getUserMedia) throw new CameraError('unsupported');
  try {
    return await navigator.mediaDevices.getUserMedia({ video: { width: { ideal: 640 }, height: { ideal: 480 }, facingMode: 'user' }, audio: false });
  } catch (e) {
    throw new CameraError(cameraProblemOf(e), errorMessage(e));
  }
}

/** Stops every track of a stream (the camera light goes off). */
export function closeCamera(stream: MediaStream | null): void {
  for (const track of stream?.getTracks() ?? []) track.stop();
}

/** The current frame of a playing video as a picture (at most MAX_SIDE a side). */
export function grabFrame(video: HTMLVideoElement): Picture {
  const t0 = performance.now();
  const { videoWidth: w, videoHeight: h } = video;
  if (!w || !h) throw new CameraError('other', 'the camera has not sent a frame yet');
  const size = fitSize(w, h, MAX_SIDE);
  const data = pixelsOf(video, size.width, size.height, 0, 0, w, h);
  return { ...size, data, name: '', source: 'camera', originalWidth: w, originalHeight: h, ms: performance.now() - t0 };
}

/**
 * The centred square of the current video frame, scaled by the browser to side×side, drawn with
 * `ctx` (a side×side canvas kept by the caller, so that a live view allocates nothing per frame).
 */
export function grabSquare(video: HTMLVideoElement, ctx: CanvasRenderingContext2D | OffscreenCanvasRenderingContext2D, side: number): RgbaImage | null {
  const { videoWidth: w, videoHeight: h } = video;
  if (!w || !h) return null;
  const sq = centredSquare(w, h);
  ctx.drawImage(video, sq.x, sq.y, sq.side, sq.side, 0, 0, side, side);
  return { width: side, height: side, data: ctx.getImageData(0, 0, side, side).data };
}
