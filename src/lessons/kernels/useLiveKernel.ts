/*
 * The live camera through a kernel: every new camera frame is cut to its centred square, scaled by
 * the browser to res×res, turned into greys, convolved by the core (conv2d) and painted, without a
 * React render per frame. Frames per second are counted over the last second.
 */
import { type RefObject, useEffect, useRef, useState } from 'react';
import { type Matrix, conv2d } from '../../core';
import { grabSquare, greyPixels } from '../../ui';
import { paintGrey } from './paint';

export interface LiveFrame {
  input: Float64Array;
  output: Float64Array;
  outH: number;
  outW: number;
}

type VideoWithCallback = HTMLVideoElement & { requestVideoFrameCallback?: (cb: () => void) => number; cancelVideoFrameCallback?: (id: number) => void };

/**
 * Runs while `running`: paints `inCanvas` and `outCanvas`, keeps the newest frame in `last`, and
 * returns the measured frames per second (updated twice a second).
 */
export function useLiveKernel(opts: {
  video: RefObject<HTMLVideoElement | null>;
  running: boolean;
  res: number;
  kernel: Matrix;
  padding: number;
  stride: number;
  inCanvas: RefObject<HTMLCanvasElement | null>;
  outCanvas: RefObject<HTMLCanvasElement | null>;
  last: RefObject<LiveFrame | null>;
  onError(e: unknown): void;
}): number {
  const [fps, setFps] = useState(0);
  const settings = useRef(opts);
  settings.current = opts;
  const { running, res } = opts;

  useEffect(() => {
    if (!running) return;
    const scratch = document.createElement('canvas');
    scratch.width = res;
    scratch.height = res;
    const ctx = scratch.getContext('2d', { willReadFrequently: true });
    if (!ctx) return;
    let stopped = false;
    let handle = 0;
    const times: number[] = [];
    let lastReport = performance.now();
    const schedule = () => {
      const v = settings.current.video.current as VideoWithCallback | null;
      if (v?.requestVideoFrameCallback) handle = v.requestVideoFrameCallback(tick);
      else handle = requestAnimationFrame(tick);
    };
    const tick = () => {
      if (stopped) return;
      const s = settings.current;
      const video = s.video.current;
      try {
        const frame = video ? grabSquare(video, ctx, res) : null;
        if (frame) {
          const input = greyPixels(frame);
          const out = conv2d({ shape: [res, res], data: input }, s.kernel, { padding: s.padding, stride: s.stride });
          const [outH, outW] = out.shape;
          if (s.inCanvas.current) paintGrey(s.inCanvas.current, input, res, res);
          if (s.outCanvas.current) paintGrey(s.outCanvas.current, out.data, outW, outH);
          s.last.current = { input, output: out.data, outH, outW };
          const now = performance.now();
          times.push(now);
          while (times.length > 0 && times[0] < now - 1000) times.shift();
          if (now - lastReport > 500) {
            lastReport = now;
            setFps(times.length);
          }
        }
      } catch (e) {
        s.onError(e);
        return;
      }
      schedule();
    };
    schedule();
    return () => {
      stopped = true;
      const v = settings.current.video.current as VideoWithCallback | null;
      if (v?.cancelVideoFrameCallback) v.cancelVideoFrameCallback(handle);
      cancelAnimationFrame(handle);
    };
  }, [running, res]);

  return running ? fps : 0;
}
