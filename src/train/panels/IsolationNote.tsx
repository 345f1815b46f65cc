import { useTranslation } from 'react-i18next';

/**
 * Shown when the training worker runs wasm on one thread because the page is not cross-origin
 * isolated. When the app's service worker already controls the page, a reload gets the isolation
 * headers from it (README: "Cross-origin isolation").
 */
export function IsolationNote() {
  const { t } = useTranslation('train');
  const controlled = typeof navigator !== 'undefined' && Boolean(navigator.serviceWorker?.controller);
  return (
    <p className="small isolation-note" data-testid="isolation-note" role="note">
      {t('run.notIsolated')}
      {controlled ? (
        <>
          {' '}
          <button type="button" data-testid="isolation-reload" onClick={() => window.location.reload()}>{t('run.notIsolatedReload')}</button>
        </>
      ) : null}
    </p>
  );
}
