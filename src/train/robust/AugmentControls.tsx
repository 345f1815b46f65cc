import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { AUGMENT_NAMES, type AugmentName } from '../../core/augmentation';
import { MNIST_PIXELS, MNIST_SIDE } from '../../model/mnistSizes';
import { useStore } from '../../state/store';
import { paintMap } from '../views/paintMap';

const INK = { kind: 'grey', max: 1, invert: true } as const;

function Sample({ values, index, label, testId }: { values: Float32Array; index: number; label: string; testId: string }) {
  const ref = useRef<HTMLCanvasElement>(null);
  useEffect(() => {
    if (ref.current) paintMap(ref.current, values, MNIST_SIDE, MNIST_SIDE, INK, index * MNIST_PIXELS);
  }, [values, index]);
  let sum = 0;
  for (let p = 0; p < MNIST_PIXELS; p++) sum += values[index * MNIST_PIXELS + p];
  return <canvas ref={ref} width={MNIST_SIDE} height={MNIST_SIDE} className="digit" role="img" aria-label={label} data-testid={testId} data-sum={sum.toFixed(4)} />;
}

/** The augmentation check boxes (kept in the link as `augment=`) and the strip of augmented samples. */
export function AugmentControls({ names, unknown, locked }: { names: readonly AugmentName[]; unknown: readonly string[]; locked: boolean }) {
  const { t } = useTranslation('robust');
  const setParams = useStore((s) => s.setParams);
  const samples = useStore((s) => s.train.robust.samples);
  const toggle = (n: AugmentName, on: boolean) => {
    const next = AUGMENT_NAMES.filter((m) => (m === n ? on : names.includes(m)));
    setParams({ augment: next.length > 0 ? next.join(',') : undefined });
  };
  const shown = samples && names.length > 0 ? samples : null;
  return (
    <div className="augment">
      <h3>{t('augment.title')}</h3>
      <p className="small">{t('augment.note')}</p>
      <div className="augment-names">
        {AUGMENT_NAMES.map((n) => (
          <label key={n} className="check">
            <input type="checkbox" checked={names.includes(n)} disabled={locked} onChange={(e) => toggle(n, e.target.checked)} data-testid={`augment-${n}`} />
            {t(`augment.names.${n}`)}
          </label>
        ))}
      </div>
      {unknown.length > 0 && (
        <p role="alert" className="field-error" data-testid="augment-ignored">
          {t('augment.unknown', { names: unknown.join(', '), known: AUGMENT_NAMES.join(', ') })}
        </p>
      )}
      {names.length === 0 ? (
        <p className="small">{t('augment.none')}</p>
      ) : shown ? (
        <figure className="augment-strip" data-testid="augment-strip" data-batch={`${shown.epoch}:${shown.batch}`}>
          <figcaption className="small">{t('augment.samples', { epoch: shown.epoch, batch: shown.batch })}</figcaption>
          <div className="augment-pairs">
            {Array.from({ length: shown.count }, (_, i) => (
              <div key={i} className="augment-pair">
                <Sample values={shown.originals} index={i} label={t('augment.original', { label: shown.labels[i] })} testId={`augment-original-${i}`} />
                <Sample values={shown.images} index={i} label={t('augment.augmented', { label: shown.labels[i] })} testId={`augment-sample-${i}`} />
              </div>
            ))}
          </div>
        </figure>
      ) : (
        <p className="small">{t('augment.waiting')}</p>
      )}
    </div>
  );
}
