import { useEffect, useMemo, useRef, useState } from 'react';
import { currentConnection, downloadNeedsConsent } from './dataConsent';
import { DataConsent } from './panels/DataConsent';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../core/errorMessage';
import { summarize } from '../model/summary';
import type { ModelSpec } from '../model/spec';
import { useStore } from '../state/store';
import './messages';
import { ConfusionPanel } from './panels/ConfusionPanel';
import { DataPanel } from './panels/DataPanel';
import { InsidePanel } from './panels/InsidePanel';
import { ModelPanel } from './panels/ModelPanel';
import { ResultsPanel } from './panels/ResultsPanel';
import { RunPanel } from './panels/RunPanel';
import { SaveLoadPanel } from './panels/SaveLoadPanel';
import { RobustPanel } from './robust/RobustPanel';
import { ReplayPanel } from './replay/ReplayPanel';
import { VariantPanel } from './variant/VariantPanel';
import { TrainErrors } from './panels/TrainErrors';
import { readTrainLink, runSettings, specToLink } from './trainParams';
import { configureOnce, ensureWorker, startTraining, takeAutostart } from './trainController';
import './train.css';

/**
 * `#/train`: train LeNet-5 or the lectures' Keras model on MNIST in a worker, and watch it learn.
 * Settings come from the link (`model`, `epochs`, `batch`, `lr`, `optimizer`, `backend`, `limit`,
 * `autostart`...); everything the worker reports comes from the store.
 */
export default function TrainPage() {
  const { t } = useTranslation('train');
  const params = useStore((s) => s.route.params);
  const setParams = useStore((s) => s.setParams);
  const phase = useStore((s) => s.train.phase);
  const { settings, ignored } = useMemo(() => readTrainLink(params), [params]);
  const specKey = JSON.stringify(settings.spec);
  const { summary, summaryError } = useMemo(() => {
    try {
      return { summary: summarize(JSON.parse(specKey) as ModelSpec), summaryError: null };
    } catch (e) {
      return { summary: null, summaryError: errorMessage(e) };
    }
  }, [specKey]);
  const locked = phase === 'training' || phase === 'paused';

  // Opening the page keeps a worker that already runs (the learner came back to watch it); changing
  // the backend or test subset here afterwards starts a new one.
  // On a metered connection or with the data saver on, the 11 MB download waits for a tap.
  const opened = useRef(false);
  const [consent] = useState(() => downloadNeedsConsent(currentConnection()));
  const [accepted, setAccepted] = useState(false);
  const waiting = consent && !accepted;
  useEffect(() => {
    if (waiting) return;
    ensureWorker({ backend: settings.backend, testLimit: settings.testlimit, threads: settings.threads }, opened.current);
    opened.current = true;
  }, [settings.backend, settings.testlimit, settings.threads, waiting]);

  // Once the data is ready: build the model (so that its maps can be looked at), then autostart.
  useEffect(() => {
    if (phase !== 'ready' || summaryError) return;
    configureOnce(settings.spec);
    if (settings.autostart && takeAutostart()) {
      startTraining(settings.spec, runSettings(settings));
    }
  }, [phase, settings, summaryError]);

  const onSpec = (spec: ModelSpec) => setParams(specToLink(spec));

  return (
    <div className="train-page">
      <header className="train-head">
        <h1>{t('title')}</h1>
        <p className="lead">{t('lead')}</p>
      </header>
      {ignored.map((p) => (
        <p key={p.key} role="alert" className="notice" data-testid="ignored-param" data-key={p.key}>
          {t('ignoredParam', { key: p.key, value: p.value })}
        </p>
      ))}
      <TrainErrors />
      {waiting ? <DataConsent saveData={currentConnection()?.saveData === true} onAccept={() => setAccepted(true)} /> : <DataPanel />}
      <div className="train-grid">
        <RunPanel settings={settings} specValid={summary !== null} />
        <ResultsPanel />
        <ModelPanel spec={settings.spec} summary={summary} summaryError={summaryError} onChange={onSpec} locked={locked} />
        <ConfusionPanel />
        <InsidePanel />
        <RobustPanel augment={settings.augment} unknown={settings.augmentUnknown} testLimit={settings.testlimit} />
        <ReplayPanel />
        <VariantPanel settings={settings} />
        <SaveLoadPanel defaultName={`mnist-${settings.spec.kind}`} />
      </div>
    </div>
  );
}
