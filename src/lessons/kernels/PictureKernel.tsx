/*
 * The kernel playground on the learner's own picture or the live camera: the picture in greys
 * (res×res), the output image, and for any output pixel clicked, its arithmetic from the core.
 */
import { type PointerEvent, type RefObject, useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type ConvStep, type Matrix, conv2d, convGeometry, convStepAt, errorMessage } from '../../core';
import { ArithmeticPanel, PicturePicker, convArithmetic, downsample, formatNumber, useCamera, usePicture } from '../../ui';
import type { Source } from './params';
import { paintGrey } from './paint';
import { type LiveFrame, useLiveKernel } from './useLiveKernel';

interface Props {
  source: Exclude<Source, 'lesson'>;
  res: number;
  kernel: Matrix;
  padding: number;
  stride: number;
}

/** Picks the pixel under the pointer on a canvas drawn at w×h. */
function pixelAt(e: PointerEvent<HTMLCanvasElement>, w: number, h: number): { row: number; col: number } | null {
  const rect = e.currentTarget.getBoundingClientRect();
  if (rect.width === 0) return null;
  const col = Math.floor(((e.clientX - rect.left) / rect.width) * w);
  const row = Math.floor(((e.clientY - rect.top) / rect.height) * h);
  return row >= 0 && row < h && col >= 0 && col < w ? { row, col } : null;
}

function Marker(props: { x: number; y: number; w: number; h: number; of: [number, number] }) {
  const [W, H] = props.of;
  return (
    <svg className="kp-marker" viewBox={`0 0 ${W} ${H}`} preserveAspectRatio="none" aria-hidden="true">
      <rect x={props.x} y={props.y} width={props.w} height={props.h} fill="rgba(245,158,11,0.2)" stroke="#f59e0b" strokeWidth={Math.max(0.4, W / 90)} />
    </svg>
  );
}

export function PictureKernel(props: Props) {
  const { t } = useTranslation('kernels');
  const camera = useCamera();
  const picture = usePicture();
  const { kernel, padding, stride, source } = props;
  const [kh, kw] = kernel.shape;
  const inCanvas = useRef<HTMLCanvasElement>(null);
  const outCanvas = useRef<HTMLCanvasElement>(null);
  const last = useRef<LiveFrame | null>(null);
  const [picked, setPicked] = useState<{ row: number; col: number } | null>(null);
  const [paused, setPaused] = useState<LiveFrame | null>(null);
  const [liveError, setLiveError] = useState<string | null>(null);

  // the still picture, in greys at res×res (or smaller when the picture is smaller)
  const still = useMemo(() => {
    if (source !== 'picture' || !picture) return null;
    const side = Math.min(props.res, picture.width, picture.height);
    const grid = downsample(picture, side);
    return { side, input: Float64Array.from(grid.grey) };
  }, [source, picture, props.res]);
  const side = still?.side ?? props.res;
  const geometry = useMemo(() => {
    try {
      return convGeometry(side, side, kh, kw, { padding, stride });
    } catch (e) {
      return e instanceof RangeError ? e : null;
    }
  }, [side, kh, kw, padding, stride]);
  const fits = geometry !== null && !(geometry instanceof RangeError);
  const stillOut = useMemo(() => (still && fits ? conv2d({ shape: [still.side, still.side], data: still.input }, kernel, { padding, stride }) : null), [still, fits, kernel, padding, stride]);

  const running = source === 'camera' && camera.status === 'on' && paused === null && fits;
  const fps = useLiveKernel({
    video: camera.videoRef as RefObject<HTMLVideoElement | null>,
    running,
    res: props.res,
    kernel,
    padding,
    stride,
    inCanvas,
    outCanvas,
    last,
    onError: (e) => setLiveError(errorMessage(e)),
  });

  // the frame on screen: the still picture, or the paused camera frame
  const frame: LiveFrame | null = useMemo(() => {
    if (source !== 'picture') return paused;
    return still && stillOut ? { input: still.input, output: stillOut.data, outH: stillOut.shape[0], outW: stillOut.shape[1] } : null;
  }, [source, paused, still, stillOut]);
  useEffect(() => {
    if (!frame) return;
    if (inCanvas.current) paintGrey(inCanvas.current, frame.input, side, side);
    if (outCanvas.current) paintGrey(outCanvas.current, frame.output, frame.outW, frame.outH);
  }, [frame, side]);

  const outH = fits ? geometry.outH : 0;
  const outW = fits ? geometry.outW : 0;
  const cell = picked && picked.row < outH && picked.col < outW ? picked : null;
  const step: ConvStep | null = useMemo(() => {
    if (!frame || !cell) return null;
    return convStepAt({ shape: [side, side], data: frame.input }, kernel, { padding, stride }, cell.row, cell.col);
  }, [frame, cell, side, kernel, padding, stride]);

  const pick = (e: PointerEvent<HTMLCanvasElement>) => {
    const p = pixelAt(e, outW, outH);
    if (!p) return;
    if (source === 'camera' && paused === null && last.current) setPaused(last.current);
    setPicked(p);
  };

  const showing = frame !== null || running;
  return (
    <div className="kp">
      <PicturePicker camera={camera} capture={source === 'picture'} />
      {source === 'camera' && camera.status === 'on' && (
        <p className="kp-live" role="status">
          {paused ? (
            <button type="button" data-testid="camera-resume" onClick={() => setPaused(null)}>{t('picture.resume')}</button>
          ) : (
            <>
              {t('picture.live', { res: props.res })}{' '}
              <output data-testid="camera-fps" data-value={String(fps)}>{t('picture.fps', { fps })}</output>
            </>
          )}
        </p>
      )}
      {liveError && <p role="alert" className="field-error">{liveError}</p>}
      {geometry instanceof RangeError && (
        <p role="alert" className="field-error" data-testid="kernel-fit-error">{t('picture.noFit', { message: geometry.message })}</p>
      )}
      {!showing && <p className="px-note">{t(source === 'camera' ? 'picture.emptyCamera' : 'picture.empty')}</p>}
      <div className="kp-images" hidden={!showing}>
        <figure>
          <div className="kp-canvas">
            <canvas ref={inCanvas} role="img" aria-label={t(source === 'camera' ? 'picture.cameraLabel' : 'picture.inputLabel', { n: side })} data-testid="kernel-picture-input" />
            {step && (
              <Marker x={step.inputOrigin.col} y={step.inputOrigin.row} w={kw} h={kh} of={[side, side]} />
            )}
          </div>
          <figcaption>{t(source === 'camera' ? 'picture.cameraCaption' : 'picture.inputCaption', { n: side })}</figcaption>
        </figure>
        <span className="op-sign" aria-hidden="true">⊛</span>
        <p className="kp-kernel-note">{t('picture.kernelNote', { kh, kw, padding, stride })}</p>
        <span className="op-sign" aria-hidden="true">=</span>
        <figure>
          <div className="kp-canvas">
            <canvas ref={outCanvas} role="img" aria-label={t('picture.outputLabel', { h: outH, w: outW })} data-testid="kernel-picture-output" data-rows={outH} data-cols={outW} onPointerDown={pick} />
            {cell && <Marker x={cell.col} y={cell.row} w={1} h={1} of={[outW, outH]} />}
          </div>
          <figcaption>{t('picture.outputCaption', { h: outH, w: outW })}</figcaption>
        </figure>
      </div>
      {step ? (
        <ArithmeticPanel
          {...convArithmetic(step)}
          title={t('picture.cellTitle', { row: step.row, col: step.col, value: formatNumber(step.result) })}
        />
      ) : (
        showing && <p className="px-note">{t('picture.pickHint')}</p>
      )}
    </div>
  );
}
