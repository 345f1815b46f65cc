import { type DragEvent, type ReactNode, useCallback, useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../core/errorMessage';
import { grabFrame } from '../../pictures/camera';
import { decodePicture, imageFromTransfer, type PictureProblem, PictureError, type PictureSource } from '../../pictures/decode';
import { useStore } from '../../state/store';
import type { CameraState } from './useCamera';
import './messages';
import './pictures.css';

/** The learner's picture, shared by the lessons (null until one is chosen). */
export function usePicture() {
  return useStore((s) => s.picture);
}

/**
 * "Your own picture": a file picker (`data-testid="image-upload"`), a drop zone, paste (Ctrl+V
 * anywhere on the page) and the camera (`camera-start`, `camera-stop`, and `camera-capture` to
 * take a frame), with the privacy note beside them. A file that is not a picture, a damaged file,
 * a refused or missing camera: each gets a role="alert" message here and the previous picture stays.
 * `cameraExtra` is drawn under the camera buttons (e.g. a live view's switch). Its heading is an h2
 * (lessons open with their h1); `headed={false}` leaves it out where the section around it already
 * has one.
 */
export function PicturePicker({ camera, capture = true, cameraExtra, headed = true }: { camera: CameraState; capture?: boolean; cameraExtra?: ReactNode; headed?: boolean }) {
  const { t } = useTranslation('pictures');
  const setPicture = useStore((s) => s.setPicture);
  const picture = useStore((s) => s.picture);
  const [problem, setProblem] = useState<{ code: PictureProblem; name: string; detail: string } | null>(null);
  const [reading, setReading] = useState(false);
  const [over, setOver] = useState(false);
  const inputId = useId();

  const take = useCallback(
    async (file: Blob | null, name: string, source: PictureSource) => {
      if (!file) {
        setProblem({ code: 'no-image-in-paste', name, detail: '' });
        return;
      }
      setReading(true);
      try {
        const p = await decodePicture(file, name, source);
        setPicture(p);
        setProblem(null);
      } catch (e) {
        setProblem({ code: e instanceof PictureError ? e.code : 'corrupt', name, detail: errorMessage(e) });
      } finally {
        setReading(false);
      }
    },
    [setPicture],
  );

  useEffect(() => {
    const onPaste = (e: ClipboardEvent) => {
      const target = e.target as HTMLElement | null;
      if (target?.closest('input, textarea, [contenteditable="true"]')) return;
      const data = e.clipboardData;
      if (!data || (data.files.length === 0 && !Array.from(data.types).some((x) => x.startsWith('image/')))) {
        if (data?.types.includes('text/plain') || data?.types.includes('text/html')) setProblem({ code: 'no-image-in-paste', name: '', detail: '' });
        return;
      }
      e.preventDefault();
      const f = imageFromTransfer(data);
      void take(f, f?.name || t('picker.unnamed'), 'paste');
    };
    document.addEventListener('paste', onPaste);
    return () => document.removeEventListener('paste', onPaste);
  }, [take, t]);

  const onDrop = (e: DragEvent<HTMLDivElement>) => {
    e.preventDefault();
    setOver(false);
    const f = imageFromTransfer(e.dataTransfer);
    if (f) void take(f, f.name, 'drop');
  };

  const snap = () => {
    const video = camera.videoRef.current;
    if (!video) return;
    try {
      setPicture(grabFrame(video));
      setProblem(null);
    } catch {
      // no frame yet: the button is pressed again once the video plays
    }
  };

  const name = picture ? picture.name || (picture.source === 'camera' ? t('picker.cameraFrame') : t('picker.unnamed')) : '';
  return (
    <section className="picture-picker" aria-labelledby={headed ? `${inputId}-h` : undefined} aria-label={headed ? undefined : t('picker.title')}>
      {headed && <h2 id={`${inputId}-h`}>{t('picker.title')}</h2>}
      <div
        className={`picture-drop${over ? ' is-over' : ''}`}
        onDragOver={(e) => {
          e.preventDefault();
          setOver(true);
        }}
        onDragLeave={() => setOver(false)}
        onDrop={onDrop}
        data-testid="picture-drop"
      >
        <label className="picture-choose" htmlFor={inputId}>{t('picker.choose')}</label>
        <input
          id={inputId}
          type="file"
          accept="image/*"
          data-testid="image-upload"
          onChange={(e) => {
            const f = e.target.files?.[0];
            if (f) void take(f, f.name, 'file');
            e.target.value = '';
          }}
        />
        <span className="picture-drop-text">{t('picker.drop')}</span>
      </div>
      <p className="picture-privacy" data-testid="picture-privacy">{t('picker.privacy')}</p>
      {reading && <p className="loading" role="status">{t('picker.reading')}</p>}
      {problem && (
        <p role="alert" className="field-error" data-testid="picture-error" data-code={problem.code}>
          {t(`problems.${problem.code}`, { name: problem.name, detail: problem.detail })}
        </p>
      )}
      <div className="picture-camera">
        {camera.status === 'off' ? (
          <button type="button" onClick={() => void camera.start()} data-testid="camera-start">{t('camera.start')}</button>
        ) : (
          <button type="button" onClick={camera.stop} data-testid="camera-stop">{t('camera.stop')}</button>
        )}
        {capture && camera.status === 'on' && (
          <button type="button" onClick={snap} data-testid="camera-capture">{t('camera.capture')}</button>
        )}
        {cameraExtra}
      </div>
      {camera.status === 'starting' && <p className="loading" role="status">{t('camera.starting')}</p>}
      {camera.problem && (
        <p role="alert" className="field-error" data-testid="camera-error" data-code={camera.problem.code}>
          {t(`cameraProblems.${camera.problem.code}`, { detail: camera.problem.detail })}
        </p>
      )}
      <video ref={camera.videoRef} className="picture-video" hidden={camera.status !== 'on'} playsInline muted aria-label={t('camera.video')} data-testid="camera-video" />
      <p className="picture-current" data-testid="picture-current" data-ms={picture ? Math.round(picture.ms) : undefined}>
        {!picture
          ? t('picker.none')
          : picture.originalWidth !== picture.width
            ? t('picker.currentScaled', { name, w: picture.originalWidth, h: picture.originalHeight, sw: picture.width, sh: picture.height })
            : t('picker.current', { name, w: picture.width, h: picture.height })}
      </p>
      {picture?.animated && <p className="picture-current" data-testid="picture-first-frame">{t('picker.firstFrame')}</p>}
    </section>
  );
}
