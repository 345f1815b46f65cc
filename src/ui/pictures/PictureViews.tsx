import { type PointerEvent, useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { Picture } from '../../pictures/decode';
import { centredSquare } from '../../pictures/downsample';
import type { GridCell } from '../MatrixGrid';
import './messages';
import './pictures.css';

/** Cells on each side of the inspected cell in the zoom window. */
export const ZOOM_RADIUS = 2;

/** The first row/column of the zoom window (2·ZOOM_RADIUS + 1 cells, kept inside the grid). */
export function zoomStart(center: number, n: number, radius = ZOOM_RADIUS): number {
  const span = Math.min(n, 2 * radius + 1);
  return Math.max(0, Math.min(n - span, center - radius));
}

function drawPicture(canvas: HTMLCanvasElement, picture: Picture) {
  canvas.width = picture.width;
  canvas.height = picture.height;
  canvas.getContext('2d')?.putImageData(new ImageData(new Uint8ClampedArray(picture.data), picture.width, picture.height), 0, 0);
}

/**
 * The picture at full size beside its grid: the square the grid is made from, the inspected cell
 * boxed (click or tap a place to inspect its cell), and a zoom window on that cell and its
 * neighbours with their numbers written on them.
 */
export function PictureViews(props: { picture: Picture; size: number; values: ArrayLike<number>; cell: GridCell; onSelect(cell: GridCell): void }) {
  const { t } = useTranslation('pictures');
  const { picture, size: n, cell } = props;
  const full = useRef<HTMLCanvasElement>(null);
  const zoom = useRef<HTMLCanvasElement>(null);
  const sq = centredSquare(picture.width, picture.height);
  const px = sq.side / n;

  useEffect(() => {
    if (full.current) drawPicture(full.current, picture);
  }, [picture]);

  const r0 = zoomStart(cell.row, n);
  const c0 = zoomStart(cell.col, n);
  const span = Math.min(n, 2 * ZOOM_RADIUS + 1);
  useEffect(() => {
    const z = zoom.current;
    const src = full.current;
    const ctx = z?.getContext('2d');
    if (!z || !src || !ctx) return;
    const side = 300;
    z.width = side;
    z.height = side;
    const cellSide = side / span;
    ctx.imageSmoothingEnabled = false;
    ctx.drawImage(src, sq.x + c0 * px, sq.y + r0 * px, span * px, span * px, 0, 0, side, side);
    ctx.font = `${Math.round(cellSide / 3.2)}px system-ui, sans-serif`;
    ctx.textAlign = 'center';
    ctx.textBaseline = 'middle';
    for (let i = 0; i < span; i++) {
      for (let j = 0; j < span; j++) {
        const v = props.values[(r0 + i) * n + c0 + j];
        const x = j * cellSide;
        const y = i * cellSide;
        const current = r0 + i === cell.row && c0 + j === cell.col;
        ctx.strokeStyle = current ? '#f59e0b' : 'rgba(255,255,255,0.7)';
        ctx.lineWidth = current ? 4 : 1;
        ctx.strokeRect(x + 0.5, y + 0.5, cellSide - 1, cellSide - 1);
        ctx.fillStyle = 'rgba(0,0,0,0.55)';
        ctx.fillRect(x + cellSide * 0.18, y + cellSide * 0.34, cellSide * 0.64, cellSide * 0.32);
        ctx.fillStyle = '#fff';
        ctx.fillText(String(v), x + cellSide / 2, y + cellSide / 2);
      }
    }
  }, [picture, props.values, n, r0, c0, span, sq.x, sq.y, px, cell.row, cell.col]);

  const onPick = (e: PointerEvent<HTMLElement>) => {
    const rect = e.currentTarget.getBoundingClientRect();
    if (rect.width === 0) return;
    const x = ((e.clientX - rect.left) / rect.width) * picture.width;
    const y = ((e.clientY - rect.top) / rect.height) * picture.height;
    const col = Math.floor((x - sq.x) / px);
    const row = Math.floor((y - sq.y) / px);
    if (row >= 0 && row < n && col >= 0 && col < n) props.onSelect({ row, col });
  };

  return (
    <div className="picture-views">
      <figure>
        <div className="picture-full" onPointerDown={onPick} data-testid="picture-full">
          <canvas ref={full} role="img" aria-label={t('view.full')} />
          <svg viewBox={`0 0 ${picture.width} ${picture.height}`} preserveAspectRatio="none" style={{ position: 'absolute', inset: 0, width: '100%', height: '100%' }} aria-hidden="true">
            <rect x={sq.x} y={sq.y} width={sq.side} height={sq.side} fill="none" stroke="#1d4ed8" strokeWidth={Math.max(2, picture.width / 200)} />
            <rect x={sq.x + c0 * px} y={sq.y + r0 * px} width={span * px} height={span * px} fill="none" stroke="#fff" strokeDasharray="6 4" strokeWidth={Math.max(1.5, picture.width / 300)} />
            <rect x={sq.x + cell.col * px} y={sq.y + cell.row * px} width={px} height={px} fill="rgba(245,158,11,0.25)" stroke="#f59e0b" strokeWidth={Math.max(2, picture.width / 250)} />
          </svg>
        </div>
        <figcaption>{t('view.fullCaption')}</figcaption>
      </figure>
      <figure>
        <div className="picture-zoom">
          <canvas ref={zoom} role="img" aria-label={t('view.zoom', { row: cell.row, col: cell.col, n: span })} data-testid="picture-zoom" />
        </div>
        <figcaption>{t('view.zoomCaption', { row: cell.row, col: cell.col })}</figcaption>
      </figure>
    </div>
  );
}
