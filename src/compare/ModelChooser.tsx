import { useEffect, useId, useState, type ChangeEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { MNIST_TEST_COUNT } from '../model/mnistSizes';
import { useStore } from '../state/store';
import { appModelName, listSavedModels } from '../model/savedModels';
import { formatModelRef, SHIPPED, type ModelRef } from './compareLink';
import { chooseCompareFiles } from './compareController';
import { accuracy } from './disagreements';

function pct(v: number): string {
  return `${(v * 100).toFixed(2)}%`;
}

/** Epochs as trained: whole, or to two decimals after a stop in the middle of an epoch. */
function epochsText(n: number): string {
  return Number.isInteger(n) ? String(n) : n.toFixed(2);
}

/**
 * One side of the comparison: which model (shipped, saved in this browser, or files), whether it
 * loaded (a problem is shown here, role="alert"), and its facts: parameters, test accuracy when it
 * was trained and here, training time, whether it has a CAM.
 */
export function ModelChooser({ side, current }: { side: 'a' | 'b'; current: ModelRef }) {
  const { t } = useTranslation('compare');
  const id = useId();
  const state = useStore((s) => s.compare[side]);
  const preds = useStore((s) => (side === 'a' ? s.compare.predsA : s.compare.predsB));
  const labels = useStore((s) => s.compare.labels);
  const setParams = useStore((s) => s.setParams);
  const [saved, setSaved] = useState<string[]>([]);
  useEffect(() => {
    let live = true;
    void listSavedModels().then((list) => {
      if (live) setSaved(list.map(appModelName));
    });
    return () => {
      live = false;
    };
  }, []);
  const value = formatModelRef(current);
  const sideName = t(`side.${side}`);
  const savedOptions = current.kind === 'saved' && !saved.includes(current.name) ? [...saved, current.name] : saved;
  const onFiles = (e: ChangeEvent<HTMLInputElement>) => {
    const files = e.target.files ? Array.from(e.target.files) : [];
    if (files.length > 0) void chooseCompareFiles(side, files);
    e.target.value = '';
  };
  const info = state.info;
  return (
    <section className={`compare-side compare-side-${side}`} aria-labelledby={`${id}-h`} data-testid={`compare-side-${side}`}>
      <h2 id={`${id}-h`}>{sideName}{info ? `: ${info.label}` : ''}</h2>
      <label className="compare-chooser">
        <span>{t('chooser.label', { side: sideName })}</span>
        <select value={value} onChange={(e) => setParams({ [side]: e.target.value })} data-testid={`compare-${side}-model`}>
          <optgroup label={t('chooser.shipped')}>
            {SHIPPED.map((m) => <option key={m.name} value={m.name}>{m.label}</option>)}
          </optgroup>
          {savedOptions.length > 0 && (
            <optgroup label={t('chooser.saved')}>
              {savedOptions.map((n) => <option key={n} value={formatModelRef({ kind: 'saved', name: n })}>{n}</option>)}
            </optgroup>
          )}
          <option value="file">{t('chooser.file')}</option>
        </select>
      </label>
      {current.kind === 'file' && (
        <label className="file-pick">
          <span>{t('chooser.fileLabel')}</span>
          <input type="file" multiple accept=".json,.bin,application/json,application/octet-stream" onChange={onFiles} data-testid={`compare-${side}-file`} />
        </label>
      )}
      {state.status === 'loading' && <p className="loading">{t('chooser.loading')}</p>}
      {state.status === 'needs-file' && <p className="panel-note">{t('chooser.needsFile')}</p>}
      {state.problem && (
        <p role="alert" className="field-error" data-testid={`compare-${side}-error`}>
          {t(state.problem.code, { detail: state.problem.detail })}
        </p>
      )}
      {info && (
        <dl className="compare-facts">
          <div>
            <dt>{t('facts.params')}</dt>
            <dd data-testid={`compare-${side}-params`} data-value={info.params}>{info.params.toLocaleString()}</dd>
          </div>
          <div>
            <dt>{t('facts.recorded')}</dt>
            <dd>
              {info.recordedAccuracy !== null
                ? t('facts.recordedValue', { acc: pct(info.recordedAccuracy), n: (info.recordedCount ?? MNIST_TEST_COUNT).toLocaleString() })
                : info.trainingSeconds !== null
                  ? t('facts.notMeasured')
                  : t('facts.unknown')}
            </dd>
          </div>
          <div>
            <dt>{t('facts.measured')}</dt>
            <dd data-testid={`compare-${side}-accuracy`} data-value={preds && labels ? accuracy(preds, labels) : undefined}>
              {preds && labels ? t('facts.measuredValue', { acc: pct(accuracy(preds, labels)), n: preds.length.toLocaleString() }) : '…'}
            </dd>
          </div>
          <div>
            <dt>{t('facts.time')}</dt>
            <dd data-testid={`compare-${side}-time`} data-value={info.trainingSeconds ?? undefined}>
              {info.trainingSeconds === null
                ? t('facts.unknown')
                : info.epochs !== null
                  ? t('facts.timeValue', { s: info.trainingSeconds.toFixed(0), epochs: epochsText(info.epochs) })
                  : t('facts.timeOnly', { s: info.trainingSeconds.toFixed(0) })}
            </dd>
          </div>
          <div>
            <dt>{t('facts.cam')}</dt>
            <dd>{info.hasCam ? t('facts.camYes') : t('facts.camNo')}</dd>
          </div>
        </dl>
      )}
    </section>
  );
}
