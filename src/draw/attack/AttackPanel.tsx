import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import './messages';
import './attack.css';
import { useStore } from '../../state/store';
import { AttackControls } from './AttackControls';
import { resetAttack } from './attackController';
import { AttackResultView } from './AttackResultView';
import { useAttackLink } from './useAttackLink';

function same(a: Float32Array | null | undefined, b: Float32Array): boolean {
  if (!a || a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

/**
 * "Fool the model" on `#/draw`: an adversarial example of the learner's own drawing (FGSM or
 * iterative, targeted or not, the smallest ε found up to the slider's), with the perturbation, the
 * changed input, the new answer, the change per layer and what happened in words. Its settings
 * follow the link (`method`, `target`, `eps`, `attack=1`: useAttackLink).
 */
export function AttackPanel() {
  const { t } = useTranslation('attack');
  const result = useStore((s) => s.attack.result);
  const input = useStore((s) => s.draw.result?.prep?.input ?? null);
  useEffect(() => resetAttack, []);
  const linkProblems = useAttackLink();
  return (
    <section className="draw-panel attack-panel" aria-labelledby="attack-h" data-testid="attack-panel">
      <h2 id="attack-h">{t('title')}</h2>
      <p className="panel-note">{t('intro')}</p>
      <AttackControls linkProblems={linkProblems} />
      {result && <AttackResultView r={result} stale={!same(input, result.input)} />}
    </section>
  );
}
