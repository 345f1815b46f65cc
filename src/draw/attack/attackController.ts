/*
 * Runs "fool the model" outside the views: checks the request (a drawing to attack, ε in range, a
 * target other than the current answer), runs the attack on the classifier in use (tfjs arrives
 * with a dynamic import), measures how much each layer's activation changed, and puts the result
 * in the store. A refused request changes nothing but the message.
 */
import { errorMessage } from '../../core/errorMessage';
import { useStore } from '../../state/store';
import type { AttackProblem } from '../../state/attackSlice';
import { currentClassifier } from '../predictionLoop';
import { attackInputProblem } from './attackInput';
import { EPSILON_RANGE } from './attackLimits';

let running = 0;

function problem(p: AttackProblem): void {
  useStore.getState().attackPatch({ problem: p });
}

/** Lets the browser paint between two tries of the search. */
function pause(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}

/**
 * Why ε is refused (a message key and values), or null.
 *
 * @example
 * epsilonProblem(0.8); // { at: 'epsilon', code: 'errors.epsilon', values: { min: 0.01, max: 0.5, value: 0.8 } }
 */
export function epsilonProblem(epsilon: number): AttackProblem | null {
  if (Number.isFinite(epsilon) && epsilon >= EPSILON_RANGE.min && epsilon <= EPSILON_RANGE.max) return null;
  return { at: 'epsilon', code: 'errors.epsilon', values: { min: EPSILON_RANGE.min, max: EPSILON_RANGE.max, value: String(epsilon) } };
}

/**
 * Sets ε from the slider or the typed field; a value out of range is refused with a message and
 * the last valid ε stays.
 *
 * @example
 * setEpsilon(0.2); setEpsilon(3); // the second shows "ε must be between 0.01 and 0.5"
 */
export function setEpsilon(epsilon: number): void {
  const p = epsilonProblem(epsilon);
  if (p) return problem(p);
  const s = useStore.getState();
  s.attackPatch({ epsilon, problem: s.attack.problem?.at === 'epsilon' ? null : s.attack.problem });
}

/**
 * Sets the target digit (null: any other digit). A target equal to the current answer is refused.
 *
 * @example
 * setTarget(3);
 */
export function setTarget(target: number | null): void {
  const s = useStore.getState();
  const answer = s.draw.result?.predicted ?? null;
  if (target !== null && target === answer) {
    problem({ at: 'target', code: 'errors.sameTarget', values: { digit: target } });
    return;
  }
  s.attackPatch({ target, problem: s.attack.problem?.at === 'target' ? null : s.attack.problem });
}

/**
 * Attacks the drawing now, with the panel's method, target and ε.
 *
 * @example
 * await runAttackNow(); // store: attack.result
 */
export async function runAttackNow(): Promise<void> {
  const s = useStore.getState();
  const { method, target, epsilon } = s.attack;
  const input = s.draw.result?.prep?.input ?? null;
  const inputProblem = attackInputProblem(input);
  if (inputProblem) return problem({ at: 'run', code: `errors.${inputProblem}` });
  const eps = epsilonProblem(epsilon);
  if (eps) return problem(eps);
  const answer = s.draw.result?.predicted ?? null;
  if (target !== null && target === answer) return problem({ at: 'target', code: 'errors.sameTarget', values: { digit: target } });
  const classifier = currentClassifier();
  if (!classifier) return problem({ at: 'run', code: 'errors.noModel' });
  const my = ++running;
  s.attackPatch({ status: 'running', problem: null });
  try {
    const { runAttack, layerChanges } = await import('./attack');
    const t0 = performance.now();
    const x = Float32Array.from(input as Float32Array);
    const result = await runAttack(classifier.attackModel, x, { method, target, epsilon }, pause);
    const before = classifier.predict(x).activations;
    const after = classifier.predict(result.adversarial).activations;
    if (my !== running) return;
    useStore.getState().attackPatch({
      status: 'idle',
      result: {
        ...result,
        input: x,
        layerChanges: layerChanges(before, after),
        layerNames: classifier.network.layers.map((l) => l.name),
        ms: performance.now() - t0,
      },
    });
  } catch (e) {
    if (my !== running) return;
    const detail = errorMessage(e);
    useStore.getState().attackPatch({ status: 'idle', problem: { at: 'run', code: 'errors.failed', values: { detail } } });
  }
}

/**
 * Forgets the attack (the page is left).
 *
 * @example
 * useEffect(() => resetAttack, []);
 */
export function resetAttack(): void {
  running++;
  useStore.getState().attackPatch({ status: 'idle', problem: null, result: null });
}
