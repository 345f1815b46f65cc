import { useTranslation } from 'react-i18next';
import type { ModelSummary } from '../../model/summary';

/** Formats a parameter count the way Keras prints totals: 1,199,882. */
export function formatCount(n: number): string {
  return n.toLocaleString('en-US');
}

/** Keras prints shapes as `(None, 26, 26, 32)`. */
export function formatShape(shape: readonly (number | null)[]): string {
  return `(${shape.map((d) => (d === null ? 'None' : String(d))).join(', ')})`;
}

/**
 * The Keras-style summary of the model being edited (layer, output shape, parameters, total),
 * computed from the spec before any model exists. Clicking nothing: it is a plain table.
 */
export function SummaryTable({ summary, caption, testId = 'model-summary' }: { summary: ModelSummary; caption?: string; testId?: string }) {
  const { t } = useTranslation('train');
  return (
    <div className="summary-wrap">
      <table className="summary" data-testid={testId}>
        {caption && <caption>{caption}</caption>}
        <thead>
          <tr>
            <th scope="col">{t('summary.layer')}</th>
            <th scope="col">{t('summary.shape')}</th>
            <th scope="col" className="num">{t('summary.params')}</th>
          </tr>
        </thead>
        <tbody>
          {summary.rows.map((r) => (
            <tr key={r.name} data-layer={r.name}>
              <td><code>{r.name}</code> <span className="layer-type">({r.type})</span></td>
              <td><code>{formatShape(r.outputShape)}</code></td>
              <td className="num" data-value={r.params}>{formatCount(r.params)}</td>
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row" colSpan={2}>{t('summary.total')}</th>
            <td className="num" data-testid={testId === 'model-summary' ? 'param-count' : undefined} data-value={summary.totalParams}>{formatCount(summary.totalParams)}</td>
          </tr>
          <tr className="muted">
            <th scope="row" colSpan={2}>{t('summary.trainable')}</th>
            <td className="num">{formatCount(summary.trainableParams)}</td>
          </tr>
          <tr className="muted">
            <th scope="row" colSpan={2}>{t('summary.nonTrainable')}</th>
            <td className="num">{formatCount(summary.nonTrainableParams)}</td>
          </tr>
        </tfoot>
      </table>
    </div>
  );
}
