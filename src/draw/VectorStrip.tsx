import { useLayoutEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { formatNumber } from '../ui/format';
import { paintMap, type MapScale } from './paint';

/** Cells per row when a vector is wrapped. */
export function vectorColumns(n: number): number {
  return n <= 40 ? n : n <= 128 ? 32 : 40;
}

/**
 * A vector layer (flatten, dense, pooled features) as one strip of cells, wrapped into rows,
 * with its largest value named for screen readers and sighted readers alike.
 */
export function VectorStrip(props: { name: string; data: Float32Array; scale: MapScale; labels?: boolean }) {
  const { t } = useTranslation('draw');
  const ref = useRef<HTMLCanvasElement>(null);
  const { data, scale } = props;
  const n = data.length;
  const cols = vectorColumns(n);
  const rows = Math.ceil(n / cols);
  useLayoutEffect(() => {
    if (!ref.current) return;
    const padded = new Float32Array(rows * cols);
    padded.set(data);
    paintMap(ref.current, padded, rows, cols, scale);
  }, [data, rows, cols, scale]);
  let top = 0;
  for (let i = 1; i < n; i++) if (data[i] > data[top]) top = i;
  const cell = n <= 16 ? 28 : 12;
  return (
    <div className="vector-strip">
      <canvas
        ref={ref}
        width={cols}
        height={rows}
        className="pixelated"
        style={{ width: cols * cell, height: rows * cell }}
        role="img"
        aria-label={t('layers.vectorLabel', { n, top, value: formatNumber(data[top], 3) })}
      />
      {props.labels && (
        <div className="vector-labels" style={{ width: cols * cell }} aria-hidden="true">
          {Array.from({ length: n }, (_, i) => <span key={i} style={{ width: cell }}>{i}</span>)}
        </div>
      )}
      <p className="vector-top">{t('layers.vectorTop', { n, top, value: formatNumber(data[top], 3) })}</p>
    </div>
  );
}
