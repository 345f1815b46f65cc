/**
 * MatrixGrid: one matrix on screen, numbers and colour together, following the WAI-ARIA grid
 * pattern (one tab stop, roving tabindex; arrow keys, Home/End, Ctrl+Home/End move; each cell's
 * value is announced through its aria-label).
 *
 * Test hooks (CONTRACT.md): the root has `data-testid="grid-<role>"`; every cell has `data-row`,
 * `data-col` and `data-value` (the exact number as JavaScript prints it). Cells not computed yet
 * (`pending`) carry `data-pending` and no `data-value`. Padding cells carry `data-pad` and are drawn
 * hatched.
 *
 * Modes (all optional):
 * - `onEdit`: every cell is a text input (for kernel cells). A valid number calls `onEdit`; text
 *   such as "abc" shows a role="alert" message under the grid and the cell keeps its last value.
 * - `onToggle`: click, Space or Enter flips a cell (binary images the learner draws).
 * - `onCellSelect`: click or Enter on a cell (e.g. jump to the step that computes it).
 * - `onCellHover`: pointer over or focus on a cell, `null` when it leaves (pin a window).
 * - `overlay`: drawn over the cells in the grid's own coordinates (see KernelOverlay).
 *
 * @example
 * <MatrixGrid role="kernel" label="Kernel 3×3" rows={3} cols={3} values={[1,0,1,0,1,0,1,0,1]}
 *   scale="signed" onEdit={(r, c, v) => setKernelCell(r, c, v)} />
 */
import { type CSSProperties, type KeyboardEvent, type ReactNode, useId, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ColorLegend } from './ColorLegend';
import { type ScaleKind, extent, makeCellColors } from './colorScale';
import { formatNumber, isPartialNumber, parseNumberInput } from './format';
import { CELL } from './cellSizes';
import './messages';

export interface GridCell {
  row: number;
  col: number;
}

/** Rows/columns of padding on each side of a drawn grid. */
export interface GridPads {
  top: number;
  bottom: number;
  left: number;
  right: number;
}

export interface MatrixGridProps {
  /** Test hook suffix: the root gets `data-testid="grid-<role>"`. */
  role: string;
  /** Accessible name of the grid, e.g. "Input image, 5 by 5". */
  label: string;
  /** Visible caption above the grid (defaults to none; the label is still announced). */
  caption?: ReactNode;
  rows: number;
  cols: number;
  /** Row-major values, `rows × cols` of them. */
  values: ArrayLike<number>;
  /** Colouring (default `signed`); see ScaleKind. */
  scale?: ScaleKind;
  /** Colour domain; default: the values' extent. */
  domain?: readonly [number, number];
  /** Show the colour legend (default true unless `scale` is `none`). */
  legend?: boolean;
  /** Border cells drawn as padding (hatched, dashed): one number for every side, or per side. */
  pads?: number | GridPads;
  /** Cells not computed yet: blank, `data-pending`, no `data-value`. */
  pending?: (row: number, col: number) => boolean;
  /** Extra class names for a cell: `in-window`, `is-current`, `is-pinned`, `uncovered`, or your own. */
  cellClass?: (row: number, col: number) => string | undefined;
  /** Label text of a value (default formatNumber). */
  format?: (v: number) => string;
  /** Makes every cell an input; called with a valid number only. */
  onEdit?: (row: number, col: number, value: number) => void;
  /** Makes cells toggle (click, Space, Enter). */
  onToggle?: (row: number, col: number) => void;
  /** The hint under a toggle grid, when cells switch between something other than 0 and 1. */
  toggleHint?: ReactNode;
  /** Click or Enter on a read-only cell. */
  onCellSelect?: (cell: GridCell) => void;
  /** Pointer over / focus on a cell; `null` when it leaves. */
  onCellHover?: (cell: GridCell | null) => void;
  /** Drawn above the cells, positioned in cell units (use KernelOverlay). */
  overlay?: ReactNode;
  /** Cell side in em (default chosen from the grid's size); cells never overflow a phone screen. */
  cellSize?: number;
  /** Print the numbers in the cells (default: when cells are at least CELL.xs = 1.3em; the values stay in aria-label and data-value). */
  showLabels?: boolean;
  className?: string;
}

/** Normalises `pads` to four sides. */
export function toGridPads(pads: number | GridPads | undefined): GridPads {
  if (pads === undefined) return { top: 0, bottom: 0, left: 0, right: 0 };
  if (typeof pads === 'number') return { top: pads, bottom: pads, left: pads, right: pads };
  return pads;
}

/** A cell's printed value, sized by its length so that "−0.55" never touches its neighbour. */
function CellLabel({ text }: { text: string }) {
  return (
    <span className="grid-label" aria-hidden="true" style={text.length > 3 ? ({ '--chars': text.length } as CSSProperties) : undefined}>
      {text}
    </span>
  );
}

/** Default cell side in em for a grid of this size. */
export function defaultCellSize(rows: number, cols: number): number {
  const n = Math.max(rows, cols);
  if (n <= 6) return CELL.md;
  if (n <= 9) return 2.4;
  if (n <= 12) return 2;
  if (n <= 16) return 1.6;
  return 1.15;
}

export function MatrixGrid(props: MatrixGridProps) {
  const { t } = useTranslation('engine');
  const { role, rows, cols, values, onEdit, onToggle, onCellSelect, onCellHover } = props;
  const scale = props.scale ?? 'signed';
  const fmt = props.format ?? formatNumber;
  const pads = toGridPads(props.pads);
  const rootRef = useRef<HTMLDivElement>(null);
  const captionId = useId();
  const errorId = useId();
  const [active, setActive] = useState<GridCell>({ row: 0, col: 0 });
  const [drafts, setDrafts] = useState<Record<string, string>>({});
  const [error, setError] = useState<string | null>(null);

  const domain = useMemo(() => props.domain ?? extent(values), [props.domain, values]);
  const paint = useMemo(() => makeCellColors(scale, domain), [scale, domain]);
  const cellSize = props.cellSize ?? defaultCellSize(rows, cols);
  const showLabels = props.showLabels ?? cellSize >= CELL.xs;
  const activeRow = Math.min(active.row, rows - 1);
  const activeCol = Math.min(active.col, cols - 1);

  const isPad = (r: number, c: number) =>
    r < pads.top || r >= rows - pads.bottom || c < pads.left || c >= cols - pads.right;

  const focusCell = (row: number, col: number) => {
    const r = Math.min(Math.max(row, 0), rows - 1);
    const c = Math.min(Math.max(col, 0), cols - 1);
    setActive({ row: r, col: c });
    const cell = rootRef.current?.querySelector<HTMLElement>(`[role="gridcell"][data-row="${r}"][data-col="${c}"]`);
    const target = cell?.querySelector<HTMLElement>('input') ?? cell;
    target?.focus();
  };

  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    if (e.altKey || e.metaKey) return;
    const el = e.target as HTMLElement;
    const cellEl = el.closest<HTMLElement>('[role="gridcell"]');
    if (!cellEl) return;
    const r = Number(cellEl.dataset.row);
    const c = Number(cellEl.dataset.col);
    const input = el instanceof HTMLInputElement ? el : null;
    const atStart = !input || (input.selectionStart ?? 0) === 0;
    const atEnd = !input || (input.selectionEnd ?? input.value.length) >= input.value.length;
    let handled = true;
    switch (e.key) {
      case 'ArrowRight':
        if (!atEnd) return;
        focusCell(r, c + 1);
        break;
      case 'ArrowLeft':
        if (!atStart) return;
        focusCell(r, c - 1);
        break;
      case 'ArrowDown':
        focusCell(r + 1, c);
        break;
      case 'ArrowUp':
        focusCell(r - 1, c);
        break;
      case 'Home':
        if (input && !e.ctrlKey) return;
        focusCell(e.ctrlKey ? 0 : r, 0);
        break;
      case 'End':
        if (input && !e.ctrlKey) return;
        focusCell(e.ctrlKey ? rows - 1 : r, cols - 1);
        break;
      case ' ':
      case 'Enter':
        if (input) {
          if (e.key === 'Enter') input.blur();
          handled = e.key === 'Enter';
        } else if (onToggle) onToggle(r, c);
        else if (onCellSelect && e.key === 'Enter') onCellSelect({ row: r, col: c });
        else handled = false;
        break;
      default:
        handled = false;
    }
    if (handled) {
      e.preventDefault();
      e.stopPropagation();
    }
  };

  const edit = (r: number, c: number, text: string, current: number) => {
    setDrafts((d) => ({ ...d, [`${r},${c}`]: text }));
    const v = parseNumberInput(text);
    if (v !== undefined) {
      setError(null);
      if (v !== current) onEdit?.(r, c, v);
    } else if (!isPartialNumber(text)) {
      setError(t('grid.notNumber', { text, row: r + 1, col: c + 1, value: fmt(current) }));
    }
  };

  const endEdit = (r: number, c: number) => {
    setDrafts((d) => {
      const next = { ...d };
      delete next[`${r},${c}`];
      return next;
    });
  };

  const mode = onEdit ? 'edit' : onToggle ? 'toggle' : onCellSelect ? 'select' : 'view';
  const style = {
    // the gaps between cells count too, so that a wide grid (28 columns) still fits a phone
    '--cell': `min(${cellSize}em, calc((100vw - 3rem - ${cols - 1} * var(--gap, 2px)) / ${cols}))`,
  } as CSSProperties;

  const rowEls: ReactNode[] = [];
  for (let r = 0; r < rows; r++) {
    const cells: ReactNode[] = [];
    for (let c = 0; c < cols; c++) {
      const v = values[r * cols + c];
      const pad = isPad(r, c);
      const pending = props.pending?.(r, c) ?? false;
      const tabIndex = r === activeRow && c === activeCol ? 0 : -1;
      const colours = pad || pending ? undefined : paint(v);
      const label = pending
        ? t('grid.pending', { row: r + 1, col: c + 1 })
        : t(pad ? 'grid.padCell' : 'grid.cell', { row: r + 1, col: c + 1, value: fmt(v) });
      const extra = props.cellClass?.(r, c);
      const key = `${r},${c}`;
      const hover = onCellHover
        ? {
            onPointerEnter: () => onCellHover({ row: r, col: c }),
            onPointerLeave: () => onCellHover(null),
          }
        : {};
      cells.push(
        <div
          key={c}
          role="gridcell"
          className={`grid-cell${pad ? ' is-pad' : ''}${pending ? ' is-pending' : ''}${extra ? ` ${extra}` : ''}`}
          data-row={r}
          data-col={c}
          data-value={pending ? undefined : String(v)}
          data-pending={pending ? 'true' : undefined}
          data-pad={pad ? 'true' : undefined}
          tabIndex={mode === 'edit' ? undefined : tabIndex}
          aria-label={mode === 'edit' ? undefined : label}
          style={colours ? { background: colours.background, color: colours.color } : undefined}
          onFocus={() => {
            setActive({ row: r, col: c });
            onCellHover?.({ row: r, col: c });
          }}
          onBlur={() => onCellHover?.(null)}
          onClick={mode === 'toggle' ? () => onToggle?.(r, c) : mode === 'select' ? () => onCellSelect?.({ row: r, col: c }) : undefined}
          {...hover}
        >
          {mode === 'edit' ? (
            <input
              className="grid-input"
              type="text"
              inputMode="decimal"
              autoComplete="off"
              spellCheck={false}
              tabIndex={tabIndex}
              aria-label={label}
              aria-describedby={error ? errorId : undefined}
              value={drafts[key] ?? fmt(v)}
              style={colours ? { color: colours.color } : undefined}
              onChange={(e) => edit(r, c, e.target.value, v)}
              onFocus={(e) => e.target.select()}
              onBlur={() => endEdit(r, c)}
            />
          ) : (
            <CellLabel text={pending || !showLabels ? '' : fmt(v)} />
          )}
        </div>,
      );
    }
    rowEls.push(
      <div role="row" className="grid-row" key={r} aria-rowindex={r + 1}>
        {cells}
      </div>,
    );
  }

  const showLegend = (props.legend ?? true) && scale !== 'none';
  return (
    <div className={`matrix-grid-wrap ${props.className ?? ''}`} style={style} data-mode={mode}>
      {props.caption && (
        <div className="grid-caption" id={captionId}>
          {props.caption}
        </div>
      )}
      <div
        ref={rootRef}
        role="grid"
        className="matrix-grid"
        data-testid={`grid-${role}`}
        aria-label={props.label}
        aria-rowcount={rows}
        aria-colcount={cols}
        aria-describedby={error ? errorId : undefined}
        onKeyDown={onKeyDown}
      >
        {rowEls}
        {props.overlay && (
          <div className="grid-overlay" aria-hidden="true">
            {props.overlay}
          </div>
        )}
      </div>
      {mode === 'toggle' && <p className="grid-hint">{props.toggleHint ?? t('grid.toggleHint')}</p>}
      {error && (
        <p role="alert" id={errorId} className="field-error grid-error">
          {error}
        </p>
      )}
      {showLegend && <ColorLegend kind={scale} domain={domain} />}
    </div>
  );
}
