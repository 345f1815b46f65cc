/*
 * Part 1: the 3×3 map and the vector it becomes, filled one cell per step. When the learner steps
 * forward by one, the new vector cell flies in from its map cell (a FLIP animation with the Web
 * Animations API, no timer); with prefers-reduced-motion it simply appears.
 */
import { useLayoutEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { CELL, MatrixGrid, formatNumber } from '../../ui';
import type { FlattenTrace } from './trace';

function reducedMotion(): boolean {
  return typeof window !== 'undefined' && typeof window.matchMedia === 'function' && window.matchMedia('(prefers-reduced-motion: reduce)').matches;
}

export function FlattenView(props: { trace: FlattenTrace; upTo: number; onEdit: (r: number, c: number, v: number) => void }) {
  const { t } = useTranslation('flatten-fc');
  const { trace, upTo } = props;
  const [H, W] = trace.input.shape;
  const n = trace.vector.data.length;
  const src = trace.sources[upTo];
  const rootRef = useRef<HTMLDivElement>(null);
  const last = useRef(upTo);

  useLayoutEffect(() => {
    const prev = last.current;
    last.current = upTo;
    if (upTo !== prev + 1 || reducedMotion()) return;
    const root = rootRef.current;
    const from = root?.querySelector<HTMLElement>(`[data-testid="grid-input"] [data-row="${src.row}"][data-col="${src.col}"]`);
    const to = root?.querySelector<HTMLElement>(`[data-testid="grid-output"] [data-row="0"][data-col="${upTo}"]`);
    if (!from || !to || typeof to.animate !== 'function') return;
    const a = from.getBoundingClientRect();
    const b = to.getBoundingClientRect();
    to.style.zIndex = '6';
    const anim = to.animate(
      [
        { transform: `translate(${a.left - b.left}px, ${a.top - b.top}px) scale(${a.width / Math.max(b.width, 1)})` },
        { transform: 'none' },
      ],
      { duration: 520, easing: 'cubic-bezier(0.3, 0.7, 0.4, 1)' },
    );
    anim.onfinish = () => {
      to.style.zIndex = '';
    };
    return () => anim.cancel();
  }, [upTo, src]);

  return (
    <div className="fc-flatten" ref={rootRef}>
      <MatrixGrid
        role="input"
        label={t('grid.input', { rows: H, cols: W })}
        caption={t('grid.input', { rows: H, cols: W })}
        rows={H}
        cols={W}
        values={trace.input.data}
        scale="signed"
        cellClass={(r, c) => (r === src.row && c === src.col ? 'is-current' : undefined)}
        onEdit={props.onEdit}
      />
      <span className="op-sign" aria-hidden="true">→</span>
      <div className="fc-vector">
        <MatrixGrid
          role="output"
          label={t('grid.output', { n })}
          caption={t('grid.output', { n })}
          rows={1}
          cols={n}
          values={trace.vector.data}
          scale="signed"
          cellSize={CELL.md}
          pending={(_, c) => c > upTo}
          cellClass={(_, c) => (c === upTo ? 'is-current' : undefined)}
        />
        <p className="fc-step-line" data-testid="flatten-step">
          {t('flattenStep', { index: upTo, row: src.row, col: src.col, value: formatNumber(trace.vector.data[upTo]) })}
        </p>
      </div>
    </div>
  );
}
