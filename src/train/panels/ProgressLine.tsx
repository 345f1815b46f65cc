import { useTranslation } from 'react-i18next';
import { useStore } from '../../state/store';
import { formatDuration, formatRate, imagesLeft } from '../format';

/** Epoch, batch, images per second, the learning rate and time left, with one bar for the whole run. */
export function ProgressLine() {
  const { t } = useTranslation('train');
  const p = useStore((s) => s.train.progress);
  const phase = useStore((s) => s.train.phase);
  if (!p) return null;
  const total = p.epochs * Math.max(1, p.batchesPerEpoch);
  const done = (p.epoch - 1) * p.batchesPerEpoch + p.batch;
  const finished = phase === 'done';
  const left = imagesLeft(p);
  const seconds = p.imagesPerSecond > 0 ? left / p.imagesPerSecond : Number.NaN;
  return (
    <div className="progress-line" data-testid="train-progress">
      <progress max={total} value={finished ? total : Math.min(done, total)} aria-label={t('progress.aria')} />
      <p className="progress-text">
        <span>{t('progress.epoch')} <strong data-testid="epoch" data-value={p.epoch}>{p.epoch} / {p.epochs}</strong></span>
        <span>{t('progress.batch')} <strong data-testid="batch" data-value={p.batch}>{p.batch} / {p.batchesPerEpoch || '–'}</strong></span>
        <span><strong data-testid="images-per-second" data-value={p.imagesPerSecond}>{Math.round(p.imagesPerSecond).toLocaleString('en-US')}</strong> {t('progress.ips')}</span>
        {p.learningRate !== undefined ? (
          <span>{t('progress.lr')} <strong data-testid="current-lr" data-value={p.learningRate}>{formatRate(p.learningRate)}</strong></span>
        ) : null}
        <span>{t('progress.left')} <strong data-testid="time-left">{finished ? '0:00' : formatDuration(seconds)}</strong></span>
      </p>
    </div>
  );
}
