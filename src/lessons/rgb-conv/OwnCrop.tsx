/*
 * "Use a crop of my picture": the learner's picture averaged down to CROP_GRID×CROP_GRID, a 5×5
 * crop of it (moved by clicking the thumbnail or typing its row and column) replacing the
 * lecture's three channels. The arithmetic stays exact: the crop is whole numbers 0–255.
 */
import { type PointerEvent, useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { type PictureGrid, PicturePicker, useCamera } from '../../ui';

/** Side of the picture grid the crop is taken from. */
export const CROP_GRID = 32;

export interface OwnCropProps {
  grid: PictureGrid | null;
  on: boolean;
  row: number;
  col: number;
  side: number;
  onToggle(on: boolean): void;
  onMove(row: number, col: number): void;
}

export function OwnCrop(props: OwnCropProps) {
  const { t } = useTranslation('rgb-conv');
  const camera = useCamera();
  const canvas = useRef<HTMLCanvasElement>(null);
  const { grid, side } = props;
  const n = grid?.size ?? CROP_GRID;
  const max = Math.max(0, n - side);

  useEffect(() => {
    const c = canvas.current;
    const ctx = c?.getContext('2d');
    if (!c || !ctx || !grid) return;
    c.width = grid.size;
    c.height = grid.size;
    const img = ctx.createImageData(grid.size, grid.size);
    for (let i = 0; i < grid.size * grid.size; i++) img.data.set([grid.r[i], grid.g[i], grid.b[i], 255], i * 4);
    ctx.putImageData(img, 0, 0);
  }, [grid]);

  const pick = (e: PointerEvent<HTMLCanvasElement>) => {
    const rect = e.currentTarget.getBoundingClientRect();
    if (rect.width === 0) return;
    const col = Math.floor(((e.clientX - rect.left) / rect.width) * n) - Math.floor(side / 2);
    const row = Math.floor(((e.clientY - rect.top) / rect.height) * n) - Math.floor(side / 2);
    props.onMove(Math.max(0, Math.min(max, row)), Math.max(0, Math.min(max, col)));
  };
  const num = (v: string, fallback: number) => {
    const x = Number(v);
    return Number.isInteger(x) ? Math.max(0, Math.min(max, x)) : fallback;
  };

  return (
    <section className={`rgb-own${props.on ? ' is-on' : ''}`} aria-labelledby="rgb-own-h">
      <h2 id="rgb-own-h">{t('own.title')}</h2>
      <PicturePicker camera={camera} headed={false} />
      <label className="rgb-own-toggle">
        <input type="checkbox" checked={props.on} disabled={!grid} onChange={(e) => props.onToggle(e.target.checked)} data-testid="use-picture" />
        {t('own.use', { side })}
      </label>
      {grid && (
        <div className="rgb-own-pick">
          <div className="rgb-own-thumb">
            <canvas ref={canvas} role="img" aria-label={t('own.thumbLabel', { n, row: props.row, col: props.col, side })} onPointerDown={pick} data-testid="crop-picture" />
            <svg viewBox={`0 0 ${n} ${n}`} aria-hidden="true">
              <rect x={props.col} y={props.row} width={side} height={side} fill="none" stroke="#f59e0b" strokeWidth={0.6} />
            </svg>
          </div>
          <div className="rgb-own-fields">
            <label className="control">
              <span>{t('own.row')}</span>
              <input type="number" min={0} max={max} value={props.row} onChange={(e) => props.onMove(num(e.target.value, props.row), props.col)} data-testid="crop-row" />
            </label>
            <label className="control">
              <span>{t('own.col')}</span>
              <input type="number" min={0} max={max} value={props.col} onChange={(e) => props.onMove(props.row, num(e.target.value, props.col))} data-testid="crop-col" />
            </label>
            <p className="rgb-own-note">{t('own.note', { n, side })}</p>
          </div>
        </div>
      )}
    </section>
  );
}
