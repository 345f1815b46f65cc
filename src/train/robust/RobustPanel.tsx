import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AugmentName } from '../../core/augmentation';
import { ROBUST_TRANSFORMS } from '../../core/robustSets';
import { MNIST_TEST_COUNT } from '../../model/mnistSizes';
import { useStore } from '../../state/store';
import type { RobustAccuracy } from '../../state/robustTrainView';
import { cancelRobustnessTest, testRobustness } from '../trainController';
import { AugmentControls } from './AugmentControls';
import { RobustAccuracyTable } from './RobustAccuracy';
import './messages';
import './robust.css';

const pct = (a: number) => `${(a * 100).toFixed(1)}%`;
/** How many test images the robustness sets are made of (choices; the link's testlimit caps them). */
const COUNTS = [1000, 2000, MNIST_TEST_COUNT];
const DEFAULT_COUNT = 2000;

function mean(results: Record<string, RobustAccuracy>, ids: string[]): number | null {
  const v = ids.map((id) => results[id]?.accuracy).filter((a): a is number => a !== undefined);
  return v.length === ids.length && v.length > 0 ? v.reduce((a, b) => a + b, 0) / v.length : null;
}

/**
 * The training page's robustness panel: augmentation (`augment=`) with a strip of what the model
 * trains on, and the current model's accuracy on every robustness set (test hooks
 * `robust-accuracy-<id>`, `data-value` 0…1).
 */
export function RobustPanel({ augment, unknown, testLimit }: { augment: readonly AugmentName[]; unknown: readonly string[]; testLimit: number }) {
  const { t } = useTranslation('robust');
  const id = useId();
  const counts = [...new Set([...COUNTS.filter((n) => n < testLimit), testLimit])].filter((n) => n <= testLimit);
  const [picked, setPicked] = useState(DEFAULT_COUNT);
  const count = counts.includes(picked) ? picked : Math.min(DEFAULT_COUNT, testLimit);
  const { results, progress, cancelled, epochs, seconds } = useStore((s) => s.train.robust);
  const phase = useStore((s) => s.train.phase);
  const hasModel = useStore((s) => s.train.model !== null);
  const running = phase === 'training' || phase === 'paused';
  const canTest = hasModel && !running && progress === null && (phase === 'ready' || phase === 'done' || phase === 'stopped' || phase === 'error');
  const done = Object.keys(results).length === ROBUST_TRANSFORMS.length && progress === null;
  const dirs = ['right', 'left', 'down', 'up'];
  const s1 = mean(results, dirs.map((d) => `shift-${d}-1`));
  const s4 = mean(results, dirs.map((d) => `shift-${d}-4`));
  const worst = done ? ROBUST_TRANSFORMS.reduce((w, x) => (results[x.id].accuracy < results[w.id].accuracy ? x : w)) : null;
  const anyCount = results.plain?.count;
  return (
    <section className="panel robust-panel" aria-labelledby="robust-title" data-testid="robust-panel">
      <h2 id="robust-title">{t('title')}</h2>
      <p className="small">{t('lead')}</p>
      <AugmentControls names={augment} unknown={unknown} locked={running} />
      <h3>{t('test.title')}</h3>
      <div className="robust-run">
        <label htmlFor={`${id}-count`}>{t('test.count')}</label>
        <select id={`${id}-count`} data-testid="robust-count" value={count} disabled={progress !== null} onChange={(e) => setPicked(Number(e.target.value))}>
          {counts.map((n) => <option key={n} value={n}>{n.toLocaleString('en-US')}</option>)}
        </select>
        <button type="button" data-testid="robust-run" disabled={!canTest} onClick={() => testRobustness(count)}>{t('test.run')}</button>
        {progress && (
          <button type="button" data-testid="robust-cancel" disabled={progress.cancelling === true} onClick={cancelRobustnessTest}>{t('test.cancel')}</button>
        )}
        {progress && (
          <span className="small" aria-live="polite" data-testid="robust-progress">
            {t(progress.cancelling ? 'test.cancelling' : 'test.running', { done: progress.done, total: progress.total })}
          </span>
        )}
        {!hasModel && <span className="small">{t('test.noModel')}</span>}
        {hasModel && running && <span className="small">{t('test.busy')}</span>}
      </div>
      {cancelled && (
        <p className="small" aria-live="polite" data-testid="robust-cancelled" data-done={cancelled.done}>
          {t(cancelled.done > 0 ? 'test.cancelled' : 'test.cancelledNone', cancelled)}
        </p>
      )}
      {Object.keys(results).length > 0 && <RobustAccuracyTable results={results} />}
      {done && epochs !== null && (
        <p className="small" data-testid="robust-measured">
          {t('test.measured', { count: (anyCount ?? 0).toLocaleString('en-US'), epochs: Number(epochs.toFixed(2)), seconds: (seconds ?? 0).toFixed(1) })}
        </p>
      )}
      {done && worst && s1 !== null && s4 !== null && (
        <p data-testid="robust-summary">
          {t('test.summary', { plain: pct(results.plain.accuracy), s1: pct(s1), s4: pct(s4), worst: worst.id, worstAcc: pct(results[worst.id].accuracy) })}
        </p>
      )}
    </section>
  );
}
