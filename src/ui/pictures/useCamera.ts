import { useCallback, useEffect, useRef, useState } from 'react';
import { errorMessage } from '../../core/errorMessage';
import { type CameraProblem, closeCamera, openCamera, CameraError } from '../../pictures/camera';

export interface CameraState {
  /** Put on the <video> that shows the stream. */
  videoRef: React.RefObject<HTMLVideoElement | null>;
  status: 'off' | 'starting' | 'on';
  problem: { code: CameraProblem; detail: string } | null;
  start(): Promise<void>;
  stop(): void;
}

/**
 * The camera for one view: start asks for it (a refusal or a missing camera becomes `problem`,
 * and whatever the view showed stays), stop turns it off; leaving the view turns it off too.
 */
export function useCamera(): CameraState {
  const videoRef = useRef<HTMLVideoElement | null>(null);
  const stream = useRef<MediaStream | null>(null);
  const [status, setStatus] = useState<CameraState['status']>('off');
  const [problem, setProblem] = useState<CameraState['problem']>(null);

  const stop = useCallback(() => {
    closeCamera(stream.current);
    stream.current = null;
    if (videoRef.current) videoRef.current.srcObject = null;
    setStatus('off');
  }, []);

  const start = useCallback(async () => {
    if (stream.current) return;
    setStatus('starting');
    setProblem(null);
    try {
      const s = await openCamera();
      stream.current = s;
      const video = videoRef.current;
      if (video) {
        video.srcObject = s;
        video.muted = true;
        await video.play().catch(() => undefined);
      }
      setStatus('on');
    } catch (e) {
      const code = e instanceof CameraError ? e.code : 'other';
      setProblem({ code, detail: errorMessage(e) });
      setStatus('off');
    }
  }, []);

  useEffect(() => () => closeCamera(stream.current), []);
  return { videoRef, status, problem, start, stop };
}
