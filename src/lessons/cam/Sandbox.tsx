/*
 * The CAM sandbox: the two feature maps and the class weights (all editable), the class map
 * M_c built cell by cell with its arithmetic, and the readouts F_k, S_c, P_c and Σ M_c.
 */
import { useTranslation } from 'react-i18next';
import { CELL, ArithmeticPanel, MatrixGrid, formatNumber } from '../../ui';
import { CLASSES } from './fixtures';
import type { CamTrace } from './trace';

export interface SandboxProps {
  trace: CamTrace;
  f: number[][][];
  w: number[][];
  c: number;
  /** Index of the cell being built, or undefined outside the map steps. */
  cell?: number;
  /** How far the computation has got: 0 maps, 1 F, 2 S, 3 P, 4 M cells, 5 Σ M. */
  stage: number;
  onEditMap(k: number, row: number, col: number, v: number): void;
  onEditWeight(c: number, k: number, v: number): void;
}

function Readout(props: { testId: string; label: string; value: number; digits?: number }) {
  return (
    <div className="cam-readout">
      <span>{props.label}</span>
      <output data-testid={props.testId} data-value={String(props.value)}>{formatNumber(props.value, props.digits ?? 4)}</output>
    </div>
  );
}

export function Sandbox(props: SandboxProps) {
  const { t } = useTranslation('cam');
  const { trace, f, w, c, cell, stage } = props;
  const { rows, cols } = trace;
  const current = cell !== undefined ? trace.cells[cell] : undefined;
  const mark = (r: number, col: number) => (current && current.row === r && current.col === col ? 'is-current' : undefined);
  const className = (i: number) => t(`classes.${CLASSES[i]}`);
  const showMap = stage >= 4;
  return (
    <div className="cam-sandbox">
      <div className="cam-row">
        {f.map((m, k) => (
          <MatrixGrid
            key={k}
            role={`f${k + 1}`}
            label={t('grids.fLabel', { k: k + 1 })}
            caption={t('grids.f', { k: k + 1 })}
            rows={rows}
            cols={cols}
            values={m.flat()}
            scale="signed"
            legend={false}
            cellSize={CELL.lg}
            cellClass={mark}
            onEdit={(r, col, v) => props.onEditMap(k, r, col, v)}
          />
        ))}
        <div className="cam-weights">
          <MatrixGrid
            role="weights"
            label={t('grids.wLabel')}
            caption={t('grids.w')}
            rows={w.length}
            cols={w[0].length}
            values={w.flat()}
            scale="signed"
            legend={false}
            cellSize={CELL.lg}
            cellClass={(r) => (r === c && stage >= 2 ? 'cam-class-row' : undefined)}
            onEdit={(r, k, v) => props.onEditWeight(r, k, v)}
          />
          <p className="cam-weights-key">{t('grids.wKey', { a: className(0), b: className(1) })}</p>
        </div>
        {showMap && (
          <MatrixGrid
            role="cam"
            label={t('grids.camLabel', { name: className(c) })}
            caption={t('grids.cam', { name: className(c) })}
            rows={rows}
            cols={cols}
            values={trace.maps[c]}
            scale="signed"
            cellSize={CELL.lg}
            pending={cell === undefined ? undefined : (r, col) => r * cols + col > cell}
            cellClass={mark}
          />
        )}
      </div>
      {current && (
        <ArithmeticPanel
          title={t('arith.title', { name: className(c), x: current.col, y: current.row })}
          groups={[{ terms: current.terms.map((term) => ({ x: term.w, w: term.f })), result: current.value }]}
          result={current.value}
          digits={4}
        />
      )}
      <div className="cam-readouts">
        {stage >= 1 && trace.F.map((F, k) => <Readout key={k} testId={`gap-${k + 1}`} label={`F${k + 1}`} value={F} />)}
        {stage >= 2 && trace.S.map((S, i) => <Readout key={i} testId={`score-${CLASSES[i]}`} label={t('readout.score', { name: className(i) })} value={S} />)}
        {stage >= 3 && trace.probs.map((p, i) => <Readout key={i} testId={`prob-${CLASSES[i]}`} label={t('readout.prob', { name: className(i) })} value={p} />)}
        {stage >= 5 && <Readout testId="cam-sum" label={t('readout.mapSum', { name: className(c) })} value={trace.mapSum} />}
      </div>
    </div>
  );
}
