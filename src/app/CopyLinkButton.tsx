import { useState } from 'react';
import { useTranslation } from 'react-i18next';

/** Copies the current link (lesson, step and settings included) to the clipboard. */
export function CopyLinkButton() {
  const { t } = useTranslation();
  const [state, setState] = useState<'idle' | 'done' | 'failed'>('idle');
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(window.location.href);
      setState('done');
    } catch {
      setState('failed');
    }
    window.setTimeout(() => setState('idle'), 2500);
  };
  return (
    <>
      <button type="button" onClick={copy} data-testid="copy-link">
        {t('copyLink.label')}
      </button>
      <span className="sr-status" role="status" aria-live="polite">
        {state === 'done' ? t('copyLink.done') : state === 'failed' ? t('copyLink.failed') : ''}
      </span>
    </>
  );
}
