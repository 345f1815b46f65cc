/*
 * The pictures of the pixels lesson: the grey patch (integers or k/255), the colour patch as
 * three channels, the 28×28 digit, and the flattened vector around one pixel.
 */
import type { CSSProperties } from 'react';
import { useTranslation } from 'react-i18next';
import { CELL, type GridCell, MatrixGrid } from '../../ui';
import { DIGIT, GREY_PATCH, type Plane, RGB_PATCH, flatIndex, neighbours, printR, scaled } from './trace';

const GREY: [number, number] = [0, 255];
const UNIT: [number, number] = [0, 1];

/** Marks the inspected pixel. */
const markCell = (cell: GridCell) => (r: number, c: number) => (r === cell.row && c === cell.col ? 'is-current' : undefined);

export interface PickProps {
  cell: GridCell;
  onHover(cell: GridCell | null): void;
  onSelect(cell: GridCell): void;
}

export function PatchView(props: PickProps & { floats: boolean }) {
  const { t } = useTranslation('pixels');
  const p = GREY_PATCH;
  return (
    <MatrixGrid
      role="patch"
      label={t(props.floats ? 'grids.patchFloatLabel' : 'grids.patchLabel')}
      caption={t(props.floats ? 'grids.patchFloat' : 'grids.patch')}
      rows={p.rows}
      cols={p.cols}
      values={props.floats ? scaled(p) : p.k}
      scale="grey"
      domain={props.floats ? UNIT : GREY}
      format={props.floats ? (v) => v.toFixed(3) : undefined}
      className={props.floats ? 'px-floats' : undefined}
      cellSize={props.floats ? CELL.lg : CELL.sm}
      cellClass={markCell(props.cell)}
      onCellHover={props.onHover}
      onCellSelect={props.onSelect}
    />
  );
}

const CHANNEL_KEYS = ['red', 'green', 'blue'] as const;

export function RgbView(props: PickProps) {
  const { t } = useTranslation('pixels');
  const [R] = RGB_PATCH;
  const swatch = (i: number): CSSProperties => ({
    background: `rgb(${RGB_PATCH[0].k[i]}, ${RGB_PATCH[1].k[i]}, ${RGB_PATCH[2].k[i]})`,
  });
  return (
    <div className="px-rgb">
      {RGB_PATCH.map((p, ch) => (
        <MatrixGrid
          key={ch}
          role={`channel-${ch}`}
          label={t('grids.channelLabel', { name: t(`grids.${CHANNEL_KEYS[ch]}`), rows: p.rows, cols: p.cols })}
          caption={t('grids.channel', { name: t(`grids.${CHANNEL_KEYS[ch]}`), n: ch + 1 })}
          rows={p.rows}
          cols={p.cols}
          values={p.k}
          scale="grey"
          domain={GREY}
          legend={ch === 2}
          cellSize={CELL.sm}
          className={`px-channel px-channel-${ch}`}
          cellClass={markCell(props.cell)}
          onCellHover={props.onHover}
          onCellSelect={props.onSelect}
        />
      ))}
      <figure className="px-swatch-fig">
        <div className="px-swatch" style={{ gridTemplateColumns: `repeat(${R.cols}, 1fr)` }} role="img" aria-label={t('grids.colourLabel')}>
          {R.k.map((_, i) => (
            <span key={i} className={i === flatIndex(props.cell.row, props.cell.col, R.cols) ? 'is-current' : undefined} style={swatch(i)} />
          ))}
        </div>
        <figcaption>{t('grids.colour')}</figcaption>
      </figure>
    </div>
  );
}

export function DigitView(props: PickProps & { showNeighbours?: boolean }) {
  const { t } = useTranslation('pixels');
  const { row, col } = props.cell;
  const near = props.showNeighbours ? neighbours(row, col, DIGIT.rows, DIGIT.cols) : [];
  const mark = (r: number, c: number) =>
    r === row && c === col ? 'is-current' : near.some((n) => n.row === r && n.col === c) ? 'px-nb' : undefined;
  return (
    <MatrixGrid
      role="digit"
      label={t('grids.digitLabel')}
      caption={t('grids.digit')}
      rows={DIGIT.rows}
      cols={DIGIT.cols}
      values={DIGIT.k}
      scale="grey"
      domain={GREY}
      className="px-digit"
      cellClass={mark}
      onCellHover={props.onHover}
      onCellSelect={props.onSelect}
    />
  );
}

/** The run of the flattened vector shown around index `center`: `[from, to)`. */
function around(center: number, n: number): { from: number; to: number } {
  return { from: Math.max(0, center - 2), to: Math.min(n, center + 3) };
}

/** One short run of the flattened vector. */
function Segment(props: { role: string; plane: Plane; from: number; to: number; marks: Map<number, string>; label: string }) {
  const { plane, from } = props;
  const values = plane.k.slice(from, props.to);
  return (
    <div className="px-segment">
      <MatrixGrid
        role={props.role}
        label={props.label}
        caption={<span className="px-seg-caption">{props.label}</span>}
        rows={1}
        cols={values.length}
        values={values}
        scale="grey"
        domain={GREY}
        legend={false}
        cellSize={CELL.md}
        cellClass={(_, c) => props.marks.get(from + c)}
      />
      <div className="px-indices" aria-hidden="true">
        {values.map((_, c) => (
          <span key={c} className={props.marks.has(from + c) ? 'is-marked' : undefined}>{from + c}</span>
        ))}
      </div>
    </div>
  );
}

export function FlattenView(props: { cell: GridCell }) {
  const { t } = useTranslation('pixels');
  const { row, col } = props.cell;
  const W = DIGIT.cols;
  const i = flatIndex(row, col, W);
  const near = neighbours(row, col, DIGIT.rows, W);
  const marks = new Map<number, string>([[i, 'is-current']]);
  for (const nb of near) marks.set(nb.index, `px-nb px-nb-${nb.dir}`);
  const up = near.find((n) => n.dir === 'up');
  const down = near.find((n) => n.dir === 'down');
  const n = DIGIT.rows * W;
  const segMe = around(i, n);
  const segUp = around(up?.index ?? i, n);
  const segDown = around(down?.index ?? i, n);
  return (
    <section className="px-flat" aria-labelledby="px-flat-title">
      <h2 id="px-flat-title">{t('flat.title')}</h2>
      <p className="px-flat-index">
        {t('flat.index', { row, col, w: W })}{' '}
        <output data-testid="flat-index" data-value={String(i)}>{i}</output>
      </p>
      <div className="px-segments">
        {up && <Segment role="flat-up" plane={DIGIT} {...segUp} marks={marks} label={t('flat.segUp', { i: up.index })} />}
        {up && <p className="px-gap" aria-hidden="true">{t('flat.gap', { n: segMe.from - segUp.to })}</p>}
        <Segment role="flat" plane={DIGIT} {...segMe} marks={marks} label={t('flat.segMe', { i })} />
        {down && <p className="px-gap" aria-hidden="true">{t('flat.gap', { n: segDown.from - segMe.to })}</p>}
        {down && <Segment role="flat-down" plane={DIGIT} {...segDown} marks={marks} label={t('flat.segDown', { i: down.index })} />}
      </div>
      <ul className="px-neighbours" data-testid="neighbours">
        {near.map((n) => (
          <li key={n.dir} data-dir={n.dir} data-index={n.index}>
            {t(`flat.${n.dir}`, { row: n.row, col: n.col, index: n.index, offset: n.offset > 0 ? `+${n.offset}` : `−${-n.offset}` })}
          </li>
        ))}
      </ul>
      {col === W - 1 && row < DIGIT.rows - 1 && <p className="lesson-aside">{t('flat.wrap', { index: i + 1, row: row + 1 })}</p>}
      <p className="px-note">{t('flat.value', { k: DIGIT.k[i], f: printR(DIGIT.k[i] / 255) })}</p>
    </section>
  );
}
