import { useTranslation } from 'react-i18next';
import { MatrixGrid, formatNumber } from '../../ui';
import type { FeatureMatchTrace } from '../feature-match/trace';

const SIGNED: readonly [number, number] = [-1, 1];

/** Step 1: the lecture's 9 and the 9 one pixel to the left; the pooled loop feature survives. */
export function NineStep({ trace }: { trace: FeatureMatchTrace }) {
  const { t } = useTranslation('robustness');
  const [H, W] = trace.input.shape;
  const [, ph, pw] = trace.pool.outShape;
  const best = Math.max(...trace.pool.output.data);
  const shifted = Math.max(...trace.shiftedPool.output.data);
  const changed = (r: number, c: number) => (trace.changed[r * W + c] ? 'rb-changed' : undefined);
  return (
    <div className="rb-nine">
      <div className="rb-row">
        <MatrixGrid role="nine" label={t('grids.inputLabel')} caption={t('grids.input')} rows={H} cols={W} values={trace.input.data} scale="signed" domain={SIGNED} legend={false} cellClass={changed} />
        <MatrixGrid role="nine-shifted" label={t('grids.shiftedLabel')} caption={t('grids.shifted')} rows={H} cols={W} values={trace.shiftedInput.data} scale="signed" domain={SIGNED} legend={false} cellClass={changed} />
        <p className="rb-readout" data-testid="changed-count" data-value={trace.changedCount}>{t('readout.changed', { n: trace.changedCount, total: H * W })}</p>
      </div>
      <div className="rb-row">
        <MatrixGrid role="nine-pooled" label={t('grids.pooledLabel')} caption={t('grids.pooled')} rows={ph} cols={pw} values={trace.pool.output.data} scale="signed" domain={SIGNED} legend={false} />
        <MatrixGrid role="nine-shifted-pooled" label={t('grids.shiftedPooledLabel')} caption={t('grids.shiftedPooled')} rows={ph} cols={pw} values={trace.shiftedPool.output.data} scale="signed" domain={SIGNED} legend={false} />
        <p className="rb-readout" data-testid="best-response" data-value={best} data-shifted={shifted}>{t('readout.best', { best: formatNumber(best), shifted: formatNumber(shifted) })}</p>
      </div>
    </div>
  );
}
