import { errorMessage } from '../../core/errorMessage';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useStore } from '../../state/store';
import type { TrainLinkSettings } from '../trainParams';
import { startVariant } from './variantController';
import { VARIANT_CHANGES, variantOf, type VariantChange } from './variants';
import './messages';

/** "Train a variant": one setting changed, a second run, then the two models on #/compare. */
export function VariantPanel({ settings }: { settings: TrainLinkSettings }) {
  const { t } = useTranslation('variant');
  const phase = useStore((s) => s.train.phase);
  const pendingIo = useStore((s) => s.train.pendingIo);
  const v = useStore((s) => s.variant);
  const [change, setChange] = useState<VariantChange>('kernel');
  const preview = useMemo(() => {
    try {
      const x = variantOf(settings, change);
      return t('fromTo', { from: x.from, to: x.to });
    } catch (e) {
      return errorMessage(e);
    }
  }, [settings, change, t]);
  const busy = v.status === 'saving-a' || v.status === 'training' || v.status === 'saving-b' ? v.status : null;
  const canStart = phase === 'done' && pendingIo === null && busy === null;
  return (
    <section className="panel variant-panel" aria-labelledby="variant-title" data-testid="variant-panel">
      <h2 id="variant-title">{t('title')}</h2>
      <p className="small">{t('intro')}</p>
      <div className="variant-row">
        <label className="field">
          <span>{t('change')}</span>
          <select value={change} onChange={(e) => setChange(e.target.value as VariantChange)} disabled={busy !== null} data-testid="variant-change">
            {VARIANT_CHANGES.map((c) => <option key={c} value={c}>{t(`changes.${c}`)}</option>)}
          </select>
        </label>
        <output className="variant-preview" data-testid="variant-preview">{preview}</output>
        <button type="button" onClick={() => startVariant(settings, change)} disabled={!canStart} data-testid="train-variant">{t('start')}</button>
      </div>
      {!canStart && busy === null && <p className="small">{t('needsRun')}</p>}
      {busy !== null && (
        <p role="status" data-testid="variant-status" data-status={busy}>
          {t(`status.${busy}`, { a: v.a, b: v.b, change: t(`changes.${v.change as VariantChange}`), from: v.from, to: v.to })}
        </p>
      )}
      {v.problem && <p role="alert" className="notice" data-testid="variant-error">{t(v.problem.code, { detail: v.problem.detail })}</p>}
    </section>
  );
}
