/*
 * The attack's settings in the link (pure, no tfjs, no React): `#/draw?test=0&method=fgsm&target=3
 * &eps=0.2&attack=1` opens a prepared attack. `method` is fgsm|iterative, `target` a digit 0–9 or
 * `any`, `eps` the largest change per pixel (EPSILON_RANGE), `attack=1` runs it by itself once the
 * model has read the drawing. A malformed value falls back to the default and is named next to its
 * control.
 */
import { boolParam, enumParam, numberParam, parseParams, type ParamSpec } from '../../state/params';
import { initialAttackView } from '../../state/attackSlice';
import { EPSILON_RANGE, type AttackMethod } from './attackLimits';

const targetParam: ParamSpec<number | null> = {
  defaultValue: null,
  parse: (raw) => (raw === 'any' ? null : /^[0-9]$/.test(raw) ? Number(raw) : undefined),
  format: (v) => (v === null ? 'any' : String(v)),
};

/** The attack's link parameters and their parsers (the defaults are the panel's). */
export const attackParams = {
  method: enumParam(['fgsm', 'iterative'] as const, initialAttackView.method),
  target: targetParam,
  eps: numberParam(initialAttackView.epsilon, EPSILON_RANGE.min, EPSILON_RANGE.max),
  attack: boolParam(false),
};

export type AttackLinkKey = keyof typeof attackParams;

/** What a link asks of the attack panel. */
export interface AttackLink {
  method: AttackMethod;
  target: number | null;
  epsilon: number;
  /** Run the attack by itself once the model has read the drawing. */
  run: boolean;
  /** Malformed values (their defaults are used). */
  problems: { key: AttackLinkKey; value: string }[];
}

/**
 * Reads the attack's settings from the link's parameters.
 *
 * @example
 * readAttackLink({ method: 'fgsm', target: '3', eps: '0.2', attack: '1' });
 * // { method: 'fgsm', target: 3, epsilon: 0.2, run: true, problems: [] }
 * readAttackLink({ eps: '2' }).problems; // [{ key: 'eps', value: '2' }]
 */
export function readAttackLink(raw: Record<string, string>): AttackLink {
  const { values, ignored } = parseParams(attackParams, raw);
  return {
    method: values.method,
    target: values.target,
    epsilon: values.eps,
    run: values.attack,
    problems: ignored.map((i) => ({ key: i.key as AttackLinkKey, value: i.value })),
  };
}

/**
 * The link parameters for the panel's settings: a setting at its default is left out.
 *
 * @example
 * attackLinkParams({ method: 'fgsm', target: null, epsilon: 0.25 }); // { method: 'fgsm', target: undefined, eps: undefined }
 */
export function attackLinkParams(v: { method: AttackMethod; target: number | null; epsilon: number }): Record<'method' | 'target' | 'eps', string | undefined> {
  const d = initialAttackView;
  return {
    method: v.method === d.method ? undefined : attackParams.method.format(v.method),
    target: v.target === d.target ? undefined : attackParams.target.format(v.target),
    eps: v.epsilon === d.epsilon ? undefined : attackParams.eps.format(v.epsilon),
  };
}
