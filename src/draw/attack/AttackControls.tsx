import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useStore } from '../../state/store';
import { runAttackNow, setEpsilon, setTarget } from './attackController';
import { EPSILON_RANGE, type AttackMethod } from './attackLimits';
import type { AttackLink, AttackLinkKey } from './attackLink';

const DIGITS = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9];

function Alert({ text }: { text: string | null }) {
  return text ? <p role="alert" className="field-error">{text}</p> : null;
}

function LinkAlert({ problems, k }: { problems: AttackLink['problems']; k: AttackLinkKey }) {
  const { t } = useTranslation('attack');
  const p = problems.find((x) => x.key === k);
  if (!p) return null;
  return (
    <p role="alert" className="field-error" data-testid={`attack-link-problem-${k}`}>
      {t(`link.${k}`, { value: p.value, min: EPSILON_RANGE.min, max: EPSILON_RANGE.max })}
    </p>
  );
}

/**
 * Method, target digit, ε (slider and typed value) and the run button, each with its own message
 * (and the link's malformed value for it, if any).
 */
export function AttackControls({ linkProblems = [] }: { linkProblems?: AttackLink['problems'] }) {
  const { t } = useTranslation('attack');
  const id = useId();
  const { method, target, epsilon, status, problem } = useStore((s) => s.attack);
  const patch = useStore((s) => s.attackPatch);
  const [typed, setTyped] = useState<{ text: string; base: number } | null>(null);
  const msg = (at: 'run' | 'target' | 'epsilon') => (problem?.at === at ? t(problem.code, problem.values) : null);
  const typedText = typed && typed.base === epsilon ? typed.text : String(epsilon);
  const commitTyped = (text: string) => {
    setTyped({ text, base: epsilon });
    const v = Number(text.trim().replace(',', '.'));
    if (text.trim() === '' || !Number.isFinite(v)) {
      patch({ problem: { at: 'epsilon', code: 'errors.notNumber', values: { text } } });
      return;
    }
    setEpsilon(v);
  };
  return (
    <div className="attack-controls">
      <fieldset className="attack-method">
        <legend>{t('method.label')}</legend>
        {(['fgsm', 'iterative'] as AttackMethod[]).map((m) => (
          <label key={m}>
            <input type="radio" name={`${id}-method`} value={m} checked={method === m} onChange={() => patch({ method: m })} data-testid={`attack-method-${m}`} />
            {t(`method.${m}`)}
          </label>
        ))}
        <LinkAlert problems={linkProblems} k="method" />
      </fieldset>
      <div className="attack-field">
        <label htmlFor={`${id}-target`}>{t('target.label')}</label>
        <select
          id={`${id}-target`}
          data-testid="attack-target"
          value={target === null ? 'any' : String(target)}
          onChange={(e) => setTarget(e.target.value === 'any' ? null : Number(e.target.value))}
        >
          <option value="any">{t('target.any')}</option>
          {DIGITS.map((d) => (
            <option key={d} value={d}>{t('target.digit', { d })}</option>
          ))}
        </select>
        <Alert text={msg('target')} />
        <LinkAlert problems={linkProblems} k="target" />
      </div>
      <div className="attack-field">
        <label htmlFor={`${id}-eps`}>{t('epsilon.label')}</label>
        <div className="attack-eps">
          <input
            id={`${id}-eps`}
            type="range"
            min={EPSILON_RANGE.min}
            max={EPSILON_RANGE.max}
            step={EPSILON_RANGE.step}
            value={epsilon}
            data-testid="attack-epsilon"
            data-value={String(epsilon)}
            onChange={(e) => setEpsilon(Number(e.target.value))}
          />
          <input
            type="text"
            inputMode="decimal"
            className="attack-eps-text"
            aria-label={t('epsilon.typed')}
            data-testid="attack-epsilon-text"
            value={typedText}
            onChange={(e) => commitTyped(e.target.value)}
          />
        </div>
        <Alert text={msg('epsilon')} />
        <LinkAlert problems={linkProblems} k="eps" />
      </div>
      <div className="attack-field">
        <button type="button" className="primary" data-testid="attack-run" disabled={status === 'running'} onClick={() => void runAttackNow()}>
          {t('run')}
        </button>
        {status === 'running' && <p className="loading" aria-live="polite">{t('running')}</p>}
        <Alert text={msg('run')} />
        <LinkAlert problems={linkProblems} k="attack" />
      </div>
    </div>
  );
}
