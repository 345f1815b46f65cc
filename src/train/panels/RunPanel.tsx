import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { SETTINGS_LIMITS, type BackendChoice, type OptimizerName } from '../../model/protocol';
import { LR_SCHEDULES, type LrSchedule } from '../../model/schedule';
import { useStore } from '../../state/store';
import { intParam, numberParam } from '../../state/params';
import { backendReason } from '../backendReason';
import { BACKENDS, OPTIMIZERS, runSettings, type TrainLinkSettings } from '../trainParams';
import { pauseTraining, resumeTraining, startTraining, stopTraining } from '../trainController';
import { SettingField } from '../views/SettingField';
import { Explain } from './Explain';
import { IsolationNote } from './IsolationNote';
import { ProgressLine } from './ProgressLine';

const L = SETTINGS_LIMITS;
const parsers = {
  epochs: intParam(1, L.epochs.min, L.epochs.max).parse,
  batch: intParam(1, L.batchSize.min, L.batchSize.max).parse,
  lr: numberParam(0.001, L.learningRate.min, L.learningRate.max).parse,
  decay: numberParam(1, L.lrDecay.min, L.lrDecay.max).parse,
  smoothing: numberParam(0, L.labelSmoothing.min, L.labelSmoothing.max).parse,
  limit: intParam(1, L.limit.min, L.limit.max).parse,
  seed: intParam(1, 0, 2 ** 31 - 1).parse,
};

/** Start, pause/resume, stop; the run's settings (kept in the link); status, backend and progress. */
export function RunPanel({ settings, specValid }: { settings: TrainLinkSettings; specValid: boolean }) {
  const { t } = useTranslation('train');
  const setParams = useStore((s) => s.setParams);
  const phase = useStore((s) => s.train.phase);
  const backend = useStore((s) => s.train.backend);
  const dataReady = useStore((s) => s.train.testSet !== null && s.train.dataError === null);
  const hasWeights = useStore((s) => s.train.checkpointEpoch !== null || Boolean(s.train.model?.loadedName));
  const [continueRun, setContinueRun] = useState(false);
  const running = phase === 'training' || phase === 'paused';
  const reason = backend ? backendReason(backend, settings.backend) : null;
  // After a failed run (state 'error') the data and the model so far are still there: a new run may start.
  const canStart = (phase === 'ready' || phase === 'stopped' || phase === 'done' || (phase === 'error' && dataReady)) && specValid;
  const canContinue = hasWeights && !running;

  const start = () => {
    startTraining(settings.spec, runSettings(settings, continueRun && canContinue));
  };

  return (
    <section className="panel run-panel" aria-labelledby="run-title">
      <h2 id="run-title">{t('run.title')}</h2>
      <div className="settings-grid">
        <SettingField id="set-epochs" testId="set-epochs" label={t('run.epochs')} value={settings.epochs} parse={parsers.epochs} min={L.epochs.min} max={L.epochs.max}
          error={t('run.errInt', { min: L.epochs.min, max: L.epochs.max })} onCommit={(v) => setParams({ epochs: v })} disabled={running} />
        <SettingField id="set-batch" testId="set-batch" label={t('run.batch')} value={settings.batch} parse={parsers.batch} min={L.batchSize.min} max={L.batchSize.max}
          error={t('run.errInt', { min: L.batchSize.min, max: L.batchSize.max })} onCommit={(v) => setParams({ batch: v })} disabled={running} />
        <SettingField id="set-lr" testId="set-lr" label={t('run.lr')} value={settings.lr} parse={parsers.lr} step="any" min={L.learningRate.min} max={L.learningRate.max}
          error={t('run.errLr', { min: L.learningRate.min, max: L.learningRate.max })} onCommit={(v) => setParams({ lr: v })} disabled={running} />
        <div className="field">
          <label htmlFor="set-schedule">{t('run.schedule')}</label>
          <select id="set-schedule" data-testid="set-schedule" value={settings.schedule} disabled={running}
            onChange={(e) => setParams({ schedule: e.target.value as LrSchedule })}>
            {LR_SCHEDULES.map((s) => <option key={s} value={s}>{t(`run.schedules.${s}`)}</option>)}
          </select>
        </div>
        <SettingField id="set-decay" testId="set-decay" label={t('run.decay')} value={settings.decay} parse={parsers.decay} step="any" min={L.lrDecay.min} max={L.lrDecay.max}
          error={t('run.errLr', { min: L.lrDecay.min, max: L.lrDecay.max })} onCommit={(v) => setParams({ decay: v })}
          disabled={running || settings.schedule !== 'step'} hint={settings.schedule !== 'step' ? t('run.decayStepOnly') : undefined} />
        <SettingField id="set-smoothing" testId="set-smoothing" label={t('run.smoothing')} value={settings.smoothing} parse={parsers.smoothing} step="any"
          min={L.labelSmoothing.min} max={L.labelSmoothing.max}
          error={t('run.errLr', { min: L.labelSmoothing.min, max: L.labelSmoothing.max })} onCommit={(v) => setParams({ smoothing: v })} disabled={running} />
        <div className="field">
          <label htmlFor="set-optimizer">{t('run.optimizer')}</label>
          <select id="set-optimizer" data-testid="set-optimizer" value={settings.optimizer} disabled={running}
            onChange={(e) => setParams({ optimizer: e.target.value as OptimizerName })}>
            {OPTIMIZERS.map((o) => <option key={o} value={o}>{t(`run.optimizers.${o}`)}</option>)}
          </select>
        </div>
        <SettingField id="set-limit" testId="set-limit" label={t('run.limit')} value={settings.limit} parse={parsers.limit} min={L.limit.min} max={L.limit.max}
          error={t('run.errInt', { min: L.limit.min, max: L.limit.max })} onCommit={(v) => setParams({ limit: v === L.limit.max ? undefined : v })} disabled={running} />
        <SettingField id="set-seed" testId="set-seed" label={t('run.seed')} value={settings.seed} parse={parsers.seed} min={0}
          error={t('run.errInt', { min: 0, max: 2 ** 31 - 1 })} onCommit={(v) => setParams({ seed: v })} disabled={running} />
        <div className="field">
          <label htmlFor="set-backend">{t('run.backendChoice')}</label>
          <select id="set-backend" data-testid="set-backend" value={settings.backend} disabled={running}
            onChange={(e) => setParams({ backend: e.target.value === 'auto' ? undefined : (e.target.value as BackendChoice) })}>
            {BACKENDS.map((b) => <option key={b} value={b}>{t(`run.backends.${b}`)}</option>)}
          </select>
        </div>
      </div>

      <div className="run-buttons">
        <button type="button" className="primary big" data-testid="train-start" disabled={!canStart} onClick={start}>
          {continueRun && canContinue ? t('run.continue') : t('run.start')}
        </button>
        <button type="button" className="big" data-testid="train-pause" disabled={!running} aria-pressed={phase === 'paused'}
          data-state={phase === 'paused' ? 'paused' : 'running'}
          onClick={() => (phase === 'paused' ? resumeTraining() : pauseTraining())}>
          {phase === 'paused' ? t('run.resume') : t('run.pause')}
        </button>
        <button type="button" className="big" data-testid="train-stop" disabled={!running} onClick={stopTraining}>{t('run.stop')}</button>
        <label className="check">
          <input type="checkbox" checked={continueRun && canContinue} disabled={!canContinue} onChange={(e) => setContinueRun(e.target.checked)} data-testid="train-continue" />
          {t('run.continueLabel')}
        </label>
      </div>

      <p className="status-line">
        <span>{t('run.status')}: </span>
        <strong data-testid="train-status" data-state={phase} aria-live="polite">{t(`status.${phase}`)}</strong>
        <span className="sep" aria-hidden="true">·</span>
        <span>{t('run.backendInUse')}: </span>
        {backend && reason ? (
          <>
            <strong data-testid="backend">{backend.name}</strong>
            <span data-testid="backend-threads" data-value={backend.threads} data-isolated={String(backend.isolated)}>
              {backend.threads === 1 ? t('run.threadsOne') : t('run.threadsMany', { count: backend.threads })}
            </span>
            <span className="small reason" title={backend.reason} data-testid="backend-reason">
              {' ('}{t(reason.key, reason.vars)}{')'}
            </span>
          </>
        ) : (
          <span className="small">{t('run.backendPending')}</span>
        )}
      </p>
      {backend?.name === 'wasm' && !backend.isolated ? <IsolationNote /> : null}
      <ProgressLine />
      <Explain id="schedule" />
      <Explain id="backend" />
    </section>
  );
}
