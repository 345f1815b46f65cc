import { useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { confusionCellColor } from './colors';

export interface ConfusionMatrixProps {
  /** 10×10 counts, row-major: `counts[t * 10 + p]` = test images of digit t predicted as p. */
  counts: ArrayLike<number>;
  /** Called when a cell is clicked or activated with Enter/Space: (true digit, predicted digit). */
  onSelect(trueDigit: number, predicted: number): void;
  /** The cell whose images are shown, if any. */
  selected?: { trueDigit: number; predicted: number } | null;
}

const N = 10;

/**
 * The confusion matrix as a WAI-ARIA grid (one tab stop, arrow keys move, Enter shows the images):
 * rows are the true digits, columns the predicted ones, every cell shows its count and is shaded by
 * the share of its row (so a rare mistake stays visible next to a full diagonal).
 */
export function ConfusionMatrix({ counts, onSelect, selected }: ConfusionMatrixProps) {
  const { t } = useTranslation('train');
  const [focus, setFocus] = useState<[number, number]>([0, 0]);
  const cells = useRef<(HTMLTableCellElement | null)[]>([]);
  const rowTotals = Array.from({ length: N }, (_, r) => {
    let s = 0;
    for (let c = 0; c < N; c++) s += counts[r * N + c] ?? 0;
    return s;
  });
  const colTotals = Array.from({ length: N }, (_, c) => {
    let s = 0;
    for (let r = 0; r < N; r++) s += counts[r * N + c] ?? 0;
    return s;
  });

  const move = (r: number, c: number) => {
    const rr = Math.min(N - 1, Math.max(0, r));
    const cc = Math.min(N - 1, Math.max(0, c));
    setFocus([rr, cc]);
    cells.current[rr * N + cc]?.focus();
  };
  const onKeyDown = (e: KeyboardEvent<HTMLTableCellElement>, r: number, c: number) => {
    const keys: Record<string, () => void> = {
      ArrowRight: () => move(r, c + 1),
      ArrowLeft: () => move(r, c - 1),
      ArrowDown: () => move(r + 1, c),
      ArrowUp: () => move(r - 1, c),
      Home: () => move(r, 0),
      End: () => move(r, N - 1),
      Enter: () => onSelect(r, c),
      ' ': () => onSelect(r, c),
    };
    const action = keys[e.key];
    if (action) {
      e.preventDefault();
      action();
    }
  };

  return (
    <div className="confusion-wrap">
      <table className="confusion" role="grid" data-testid="grid-confusion" aria-label={t('confusion.aria')}>
        <thead>
          <tr role="row">
            <th role="columnheader" className="corner" scope="col">
              <span className="corner-true">{t('confusion.trueShort')}</span>
              <span className="corner-pred">{t('confusion.predShort')}</span>
            </th>
            {Array.from({ length: N }, (_, c) => (
              <th key={c} role="columnheader" scope="col" aria-label={t('confusion.predictedAs', { digit: c })}>{c}</th>
            ))}
            <th role="columnheader" scope="col" className="total">{t('confusion.recall')}</th>
          </tr>
        </thead>
        <tbody>
          {Array.from({ length: N }, (_, r) => (
            <tr key={r} role="row">
              <th role="rowheader" scope="row" aria-label={t('confusion.trueDigit', { digit: r })}>{r}</th>
              {Array.from({ length: N }, (_, c) => {
                const v = counts[r * N + c] ?? 0;
                const share = rowTotals[r] > 0 ? v / rowTotals[r] : 0;
                const { bg, fg } = confusionCellColor(share, r === c);
                const isSel = selected?.trueDigit === r && selected.predicted === c;
                const isFocus = focus[0] === r && focus[1] === c;
                return (
                  <td
                    key={c}
                    ref={(el) => { cells.current[r * N + c] = el; }}
                    role="gridcell"
                    tabIndex={isFocus ? 0 : -1}
                    data-row={r}
                    data-col={c}
                    data-value={v}
                    aria-selected={isSel}
                    aria-label={t('confusion.cell', { count: v, trueDigit: r, predicted: c })}
                    className={`${r === c ? 'diag' : ''} ${isSel ? 'selected' : ''}`}
                    style={{ background: bg, color: fg }}
                    onClick={() => { setFocus([r, c]); onSelect(r, c); }}
                    onKeyDown={(e) => onKeyDown(e, r, c)}
                  >
                    {v}
                  </td>
                );
              })}
              <td className="total" role="gridcell" data-testid={`recall-${r}`}>
                {rowTotals[r] > 0 ? `${((100 * (counts[r * N + r] ?? 0)) / rowTotals[r]).toFixed(1)}%` : '–'}
              </td>
            </tr>
          ))}
          <tr role="row" className="totals">
            <th role="rowheader" scope="row">{t('confusion.total')}</th>
            {colTotals.map((v, c) => <td key={c} role="gridcell" className="total">{v}</td>)}
            <td role="gridcell" className="total">{rowTotals.reduce((a, b) => a + b, 0)}</td>
          </tr>
        </tbody>
      </table>
    </div>
  );
}
