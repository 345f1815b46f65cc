/*
 * Part 2: the vector x beside W (one row per input, so x[i] sits next to the weights it meets),
 * the bias, the scores z filled one output per step, and the dot product of the current output.
 */
import { useTranslation } from 'react-i18next';
import { CELL, ArithmeticPanel, MatrixGrid } from '../../ui';
import type { FlattenTrace } from './trace';

export function DenseView(props: {
  trace: FlattenTrace;
  out: number;
  weights: readonly number[];
  bias: readonly number[];
  onEditWeight: (r: number, c: number, v: number) => void;
  onEditBias: (c: number, v: number) => void;
}) {
  const { t } = useTranslation('flatten-fc');
  const { trace, out } = props;
  const n = trace.vector.data.length;
  const nOut = trace.logits.data.length;
  const o = trace.outputs[out];
  const column = (_: number, c: number) => (c === out ? 'in-window' : undefined);
  return (
    <>
      <div className="fc-dense">
        <div className="fc-xw">
          <MatrixGrid
            role="vector"
            label={t('grid.vector', { n })}
            caption={t('grid.vector', { n })}
            rows={n}
            cols={1}
            values={trace.vector.data}
            scale="signed"
            legend={false}
            cellSize={CELL.xxl}
          />
          <span className="op-sign" aria-hidden="true">·</span>
          <div className="fc-weights">
            <MatrixGrid
              role="weights"
              label={t('grid.weights', { rows: n, cols: nOut })}
              caption={t('grid.weights', { rows: n, cols: nOut })}
              rows={n}
              cols={nOut}
              values={props.weights}
              scale="signed"
              legend={false}
              cellSize={CELL.xxl}
              cellClass={column}
              onEdit={props.onEditWeight}
            />
            <MatrixGrid
              role="bias"
              label={t('grid.bias')}
              caption={t('grid.bias')}
              rows={1}
              cols={nOut}
              values={props.bias}
              scale="signed"
              legend={false}
              cellSize={CELL.xxl}
              cellClass={column}
              onEdit={(_, c, v) => props.onEditBias(c, v)}
            />
          </div>
        </div>
        <span className="op-sign" aria-hidden="true">=</span>
        <MatrixGrid
          role="output"
          label={t('grid.logits', { n: nOut })}
          caption={t('grid.logits', { n: nOut })}
          rows={1}
          cols={nOut}
          values={trace.logits.data}
          scale="signed"
          cellSize={CELL.xl}
          pending={(_, c) => c > out}
          cellClass={(_, c) => (c === out ? 'is-current' : undefined)}
        />
      </div>
      <ArithmeticPanel
        groups={[{ terms: o.terms, result: o.dot }]}
        bias={o.bias}
        result={o.z}
        title={t('denseTitle', { o: out })}
      />
    </>
  );
}
