import { useTranslation } from 'react-i18next';
import { useStore } from '../../state/store';

/**
 * Errors that end or refuse a run (a worker crash, a lost WebGL context, bad settings...), with
 * role="alert". Save and load errors are shown in their own panel.
 */
export function TrainErrors() {
  const { t } = useTranslation('train');
  const error = useStore((s) => s.train.error);
  const checkpointEpoch = useStore((s) => s.train.checkpointEpoch);
  if (!error || error.code === 'save' || error.code === 'load' || error.code === 'file') return null;
  const ended = error.code === 'worker-crash' || error.code === 'context-lost' || error.code === 'training' || error.code === 'backend';
  return (
    <div role="alert" className="notice train-error" data-testid="train-error" data-code={error.code}>
      <strong>{t(`errors.${error.code}`)}</strong>
      {ended && (
        <p>{checkpointEpoch !== null ? t('errors.keptModel', { epoch: Number.isInteger(checkpointEpoch) ? String(checkpointEpoch) : checkpointEpoch.toFixed(2) }) : t('errors.noCheckpoint')}</p>
      )}
      <p className="small">{t('errors.detail')}: {error.message}</p>
    </div>
  );
}
