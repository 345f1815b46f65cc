/*
 * Part 3: softmax of the scores, numerically stable (the largest score subtracted first): a table
 * z, z − max, e^(z − max), p; the probability of the current output as a fraction; bars.
 */
import type { CSSProperties } from 'react';
import { useTranslation } from 'react-i18next';
import { CELL, MatrixGrid, Tex, formatNumber } from '../../ui';
import type { FlattenTrace } from './trace';

const tex = (v: number, digits = 4) => formatNumber(v, digits).replace('−', '-');

export function SoftmaxView(props: { trace: FlattenTrace; out: number }) {
  const { t } = useTranslation('flatten-fc');
  const { trace, out } = props;
  const z = Array.from(trace.logits.data);
  const p = Array.from(trace.probs.data);
  const m = trace.max;
  const shifted = z.map((v) => v - m);
  const fraction =
    `p_{${out}} = \\dfrac{e^{${tex(z[out])} - ${tex(m)}}}{${shifted.map((s) => `e^{${tex(s)}}`).join(' + ')}}` +
    ` = \\dfrac{${tex(trace.exps[out])}}{${tex(trace.expSum)}} =`;
  const fractionLabel = `p${out} = e^(${formatNumber(z[out], 4)} − ${formatNumber(m, 4)}) / (${shifted
    .map((s) => `e^(${formatNumber(s, 4)})`)
    .join(' + ')}) = ${formatNumber(trace.exps[out], 4)} / ${formatNumber(trace.expSum, 4)} =`;
  return (
    <>
      <div className="fc-softmax">
        <MatrixGrid
          role="logits"
          label={t('grid.logits', { n: z.length })}
          caption={t('grid.logits', { n: z.length })}
          rows={1}
          cols={z.length}
          values={z}
          scale="signed"
          cellSize={CELL.xl}
          legend={false}
        />
        <span className="op-sign" aria-hidden="true">→</span>
        <MatrixGrid
          role="output"
          label={t('grid.probs', { n: p.length })}
          caption={t('grid.probs', { n: p.length })}
          rows={1}
          cols={p.length}
          values={p}
          scale="none"
          cellSize={CELL.xxl}
          format={(v) => formatNumber(v, 3)}
          pending={(_, c) => c > out}
          cellClass={(_, c) => (c === out ? 'is-current' : undefined)}
        />
      </div>
      <div className="fc-table-wrap">
        <table className="fc-table" data-testid="softmax-table">
          <caption>{t('softmaxTable.caption')}</caption>
          <thead>
            <tr>
              <th scope="col" />
              <th scope="col">{t('softmaxTable.z')}</th>
              <th scope="col">{t('softmaxTable.shifted')}</th>
              <th scope="col">{t('softmaxTable.exp')}</th>
              <th scope="col">{t('softmaxTable.p')}</th>
            </tr>
          </thead>
          <tbody>
            {z.map((v, i) => (
              <tr key={i} className={i === out ? 'is-current' : undefined}>
                <th scope="row">{i}</th>
                <td>{formatNumber(v, 4)}</td>
                <td>{formatNumber(shifted[i], 4)}</td>
                <td data-testid={`softmax-exp-${i}`} data-value={String(trace.exps[i])}>{formatNumber(trace.exps[i], 4)}</td>
                <td>
                  {i <= out ? (
                    <span className="fc-bar-cell">
                      <span className="fc-bar" style={{ '--p': p[i] } as CSSProperties} aria-hidden="true" />
                      <span>{formatNumber(p[i], 4)}</span>
                    </span>
                  ) : (
                    '…'
                  )}
                </td>
              </tr>
            ))}
            <tr className="fc-sum">
              <th scope="row">{t('softmaxTable.sum')}</th>
              <td />
              <td />
              <td data-testid="softmax-sum" data-value={String(trace.expSum)}>{formatNumber(trace.expSum, 4)}</td>
              <td>{out === z.length - 1 ? formatNumber(p.reduce((a, b) => a + b, 0), 4) : ''}</td>
            </tr>
          </tbody>
        </table>
      </div>
      <section className="arithmetic-panel fc-fraction" aria-label={t('softmaxTitle', { o: out })}>
        <div className="arithmetic-title">{t('softmaxTitle', { o: out })}</div>
        <div className="arithmetic-line is-last">
          <Tex tex={fraction} label={fractionLabel} />{' '}
          <output className="arithmetic-result" data-testid="sum" data-value={String(p[out])}>
            {formatNumber(p[out], 4)}
          </output>
        </div>
      </section>
    </>
  );
}
