import { useTranslation } from 'react-i18next';
import { useStore } from '../../state/store';
import { formatBytes } from '../format';
import { retryData } from '../trainController';

/** The MNIST download (in the worker): a progress bar with bytes, or a clear message and Retry. */
export function DataPanel() {
  const { t } = useTranslation('train');
  const data = useStore((s) => s.train.data);
  const dataError = useStore((s) => s.train.dataError);
  const testCount = useStore((s) => s.train.testSet?.count ?? 0);
  if (dataError) {
    return (
      <div className="data-panel" data-testid="data-status" data-state="error">
        <div role="alert" className="notice">
          <strong>{t(`data.error.${dataError.code}`, { file: dataError.file ?? 'manifest.json' })}</strong>
          <p className="small">{dataError.message}</p>
        </div>
        <button type="button" className="primary" data-testid="data-retry" onClick={retryData}>{t('data.retry')}</button>
      </div>
    );
  }
  if (!data) return null;
  const done = data.phase === 'done';
  return (
    <div className="data-panel" data-testid="data-status" data-state={done ? 'done' : 'loading'}>
      {done ? (
        <p className="small">{t('data.done', { size: formatBytes(data.total), test: testCount.toLocaleString('en-US') })}</p>
      ) : (
        <>
          <label htmlFor="data-progress">{t(`data.phase.${data.phase}`)}</label>
          <progress id="data-progress" max={Math.max(1, data.total)} value={data.loaded} data-testid="data-progress" />
          <span className="small" aria-hidden="true">{data.total > 0 ? t('data.bytes', { loaded: formatBytes(data.loaded), total: formatBytes(data.total) }) : ''}</span>
        </>
      )}
    </div>
  );
}
