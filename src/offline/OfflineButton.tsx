import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../core/errorMessage';
import { formatBytes } from '../train/format';
import { NoServiceWorkerError, requestOfflineCache } from './offlineCache';

type State =
  | { kind: 'idle' }
  | { kind: 'working'; done: number; total: number; bytes: number }
  | { kind: 'done'; files: number; bytes: number }
  | { kind: 'failed'; message: string }
  | { kind: 'no-worker' };

/** "Make everything available offline": the instructor's button before class (home page). */
export function OfflineButton() {
  const { t } = useTranslation();
  const [state, setState] = useState<State>({ kind: 'idle' });
  const run = () => {
    setState({ kind: 'working', done: 0, total: 0, bytes: 0 });
    requestOfflineCache({ type: 'cache-everything' }, (p) => setState({ kind: 'working', done: p.done, total: p.total, bytes: p.bytes }))
      .then((d) => setState({ kind: 'done', files: d.files, bytes: d.bytes }))
      .catch((e: unknown) => setState(e instanceof NoServiceWorkerError ? { kind: 'no-worker' } : { kind: 'failed', message: errorMessage(e) }));
  };
  return (
    <section aria-labelledby="home-offline" className="offline-section" data-testid="offline-section">
      <h2 id="home-offline">{t('offline.title')}</h2>
      <p>{t('offline.intro')}</p>
      <p>
        <button type="button" onClick={run} disabled={state.kind === 'working'} data-testid="offline-everything">{t('offline.button')}</button>
      </p>
      <div aria-live="polite" data-testid="offline-status" data-state={state.kind}>
        {state.kind === 'working' && state.total > 0 ? <p>{t('offline.working', { done: state.done, total: state.total, size: formatBytes(state.bytes) })}</p> : null}
        {state.kind === 'done' ? <p>{t('offline.done', { files: state.files, size: formatBytes(state.bytes) })}</p> : null}
      </div>
      {state.kind === 'failed' ? <p role="alert" className="notice">{t('offline.failed', { message: state.message })}</p> : null}
      {state.kind === 'no-worker' ? <p role="alert" className="notice">{t('offline.noWorker')}</p> : null}
    </section>
  );
}
