/**
 * On a metered connection or with the data saver on, the training page does not download the MNIST
 * data until the learner taps: this panel says why and how much (read from the small manifest).
 */
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatBytes } from '../format';
import { manifestBytes } from '../dataConsent';

export function DataConsent(props: { saveData: boolean; onAccept(): void }) {
  const { t } = useTranslation('train');
  const [bytes, setBytes] = useState<number | null>(null);
  useEffect(() => {
    let live = true;
    fetch(new URL('data/mnist/manifest.json', document.baseURI).href)
      .then((r) => (r.ok ? r.json() : null))
      .then((m: unknown) => { if (live) setBytes(manifestBytes(m)); })
      .catch(() => undefined);
    return () => { live = false; };
  }, []);
  const size = bytes === null ? t('data.consent.sizeUnknown') : formatBytes(bytes);
  return (
    <div className="data-panel" data-testid="data-consent">
      <p>{t(props.saveData ? 'data.consent.saveData' : 'data.consent.metered', { size })}</p>
      <button type="button" className="primary" data-testid="data-download" onClick={props.onAccept}>
        {t('data.consent.button', { size })}
      </button>
    </div>
  );
}
