/*
 * Moves the digit by whole pixels: four arrow buttons and a reset, and the arrow keys while the
 * pad has focus (they stay with the pad instead of stepping the lesson).
 */
import type { KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { formatNumber } from '../../ui';
import { MAX_SHIFT } from './calc';

const MOVES = {
  ArrowLeft: [-1, 0],
  ArrowRight: [1, 0],
  ArrowUp: [0, -1],
  ArrowDown: [0, 1],
} as const;
type MoveKey = keyof typeof MOVES;

const LABELS: Record<MoveKey, { key: 'up' | 'left' | 'right' | 'down'; glyph: string }> = {
  ArrowUp: { key: 'up', glyph: '↑' },
  ArrowLeft: { key: 'left', glyph: '←' },
  ArrowRight: { key: 'right', glyph: '→' },
  ArrowDown: { key: 'down', glyph: '↓' },
};

export function ShiftPad(props: { dx: number; dy: number; onShift(dx: number, dy: number): void }) {
  const { t } = useTranslation('why-cnn');
  const can = (k: MoveKey) => {
    const [mx, my] = MOVES[k];
    return Math.abs(props.dx + mx) <= MAX_SHIFT && Math.abs(props.dy + my) <= MAX_SHIFT;
  };
  const move = (k: MoveKey) => {
    if (!can(k)) return;
    props.onShift(props.dx + MOVES[k][0], props.dy + MOVES[k][1]);
  };
  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    if (e.altKey || e.ctrlKey || e.metaKey) return;
    if (e.key in MOVES) {
      e.preventDefault();
      e.stopPropagation();
      move(e.key as MoveKey);
    }
  };
  const button = (k: MoveKey) => (
    <button
      type="button"
      className={`wc-move wc-move-${LABELS[k].key}`}
      data-testid={`shift-${LABELS[k].key}`}
      aria-label={t(`shift.${LABELS[k].key}`)}
      aria-disabled={!can(k)}
      onClick={() => move(k)}
    >
      {LABELS[k].glyph}
    </button>
  );
  return (
    <div className="wc-pad" role="group" aria-label={t('shift.pad')} tabIndex={0} onKeyDown={onKeyDown} data-testid="shift-pad">
      {button('ArrowUp')}
      {button('ArrowLeft')}
      <output className="wc-pad-pos" data-testid="shift" data-dx={String(props.dx)} data-dy={String(props.dy)} aria-live="polite">
        {t('shift.position', { dx: formatNumber(props.dx), dy: formatNumber(props.dy) })}
      </output>
      {button('ArrowRight')}
      {button('ArrowDown')}
      <button type="button" className="wc-move-reset" data-testid="shift-reset" disabled={props.dx === 0 && props.dy === 0} onClick={() => props.onShift(0, 0)}>
        {t('shift.reset')}
      </button>
      <p className="wc-pad-hint">{t('shift.hint')}</p>
    </div>
  );
}
