/**
 * Stepper: first / previous / play-pause / next / last, the step index, a scrub slider and a
 * speed control, all driving the store's playback slice (the step itself lives in `?step=`).
 *
 * Numbering: `?step=N` in the link is 0-based (CONTRACT.md); the stepper shows `k / n` with
 * k = N + 1 (so `?step=4` of 9 steps reads `5 / 9`), and so does the slider.
 *
 * Buttons at an end are `aria-disabled` (not `disabled`) so that keyboard focus never drops out
 * of the lesson.
 *
 * Test hooks: `step-first`, `step-prev`, `step-play`, `step-next`, `step-last`, `step-index`
 * (text `k / n`), `step-scrub`, `step-speed`.
 *
 * @example
 * <Stepper steps={trace.length} onHelp={() => setHelpOpen(true)} />
 */
import { useTranslation } from 'react-i18next';
import { PLAYBACK_SPEEDS } from '../state/playbackSlice';
import { readStepParam } from '../state/stepParam';
import { useStore } from '../state/store';
import { Icon } from './icons';
import './messages';

export interface StepperProps {
  /** Number of steps of the trace on screen. */
  steps: number;
  /** Opens the key list (the "?" button); omitted = no button. */
  onHelp?: () => void;
}

export function Stepper({ steps, onHelp }: StepperProps) {
  const { t } = useTranslation('engine');
  const raw = useStore((s) => s.route.params.step);
  const playing = useStore((s) => s.playback.playing);
  const speedIndex = useStore((s) => s.playback.speedIndex);
  const { firstStep, stepBy, lastStep, togglePlay, goToStep, pause, setSpeed } = useStore.getState();
  const step = readStepParam(raw, steps).step;
  const last = Math.max(steps - 1, 0);
  const atStart = step <= 0;
  const atEnd = step >= last;
  return (
    <div className="stepper" role="group" aria-label={t('stepper.label')}>
      <div className="stepper-buttons">
        <button type="button" data-testid="step-first" aria-label={t('stepper.first')} title={t('stepper.first')} onClick={firstStep} aria-disabled={atStart}>
          <Icon name="first" />
        </button>
        <button type="button" data-testid="step-prev" aria-label={t('stepper.prev')} title={t('stepper.prev')} onClick={() => stepBy(-1)} aria-disabled={atStart}>
          <Icon name="prev" />
        </button>
        <button
          type="button"
          className="primary"
          data-testid="step-play"
          aria-label={playing ? t('stepper.pause') : t('stepper.play')}
          title={playing ? t('stepper.pause') : t('stepper.play')}
          aria-pressed={playing}
          onClick={togglePlay}
          aria-disabled={steps <= 1}
        >
          <Icon name={playing ? 'pause' : 'play'} />
        </button>
        <button type="button" data-testid="step-next" aria-label={t('stepper.next')} title={t('stepper.next')} onClick={() => stepBy(1)} aria-disabled={atEnd}>
          <Icon name="next" />
        </button>
        <button type="button" data-testid="step-last" aria-label={t('stepper.last')} title={t('stepper.last')} onClick={lastStep} aria-disabled={atEnd}>
          <Icon name="last" />
        </button>
      </div>
      <span className="step-index" data-testid="step-index" aria-label={t('stepper.index', { k: step + 1, n: steps })}>
        {`${step + 1} / ${steps}`}
      </span>
      <label className="stepper-scrub">
        <span className="visually-hidden">{t('stepper.scrub')}</span>
        <input
          type="range"
          data-testid="step-scrub"
          min={1}
          max={Math.max(steps, 1)}
          step={1}
          value={step + 1}
          aria-valuetext={t('stepper.index', { k: step + 1, n: steps })}
          disabled={steps <= 1}
          onChange={(e) => {
            pause();
            goToStep(Number(e.target.value) - 1);
          }}
        />
      </label>
      <label className="stepper-speed">
        <span>{t('stepper.speed')}</span>
        <select data-testid="step-speed" value={speedIndex} onChange={(e) => setSpeed(Number(e.target.value))}>
          {PLAYBACK_SPEEDS.map((s, i) => (
            <option key={s} value={i}>{`${s}×`}</option>
          ))}
        </select>
      </label>
      {onHelp && (
        <button type="button" className="stepper-help" onClick={onHelp} aria-haspopup="dialog" data-testid="keys-help">
          <span aria-hidden="true">?</span> {t('stepper.keys')}
        </button>
      )}
    </div>
  );
}
