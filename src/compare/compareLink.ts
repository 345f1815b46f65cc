/**
 * The comparison page's link: `#/compare?a=lenet5&b=lenet5-3x3`. Each of `a` and `b` names a shipped
 * model (`lenet5`, `gap-cam`, `lenet5-3x3`), a model saved in this browser (its name, or
 * `saved:<name>`), or `file` (the learner picks model.json and weights.bin on the page).
 * `testlimit` compares on the first N test images only (default all 10,000).
 */
import { isPretrainedName, PRETRAINED, type PretrainedName } from '../model/pretrainedInfo';
import { SETTINGS_LIMITS } from '../model/protocol';
import { intParam, parseParams, type IgnoredParam, type ParamSpec } from '../state/params';

/** Where one model of the comparison comes from. */
export type ModelRef = { kind: 'shipped'; name: PretrainedName } | { kind: 'saved'; name: string } | { kind: 'file' };

/**
 * Reads a model reference; undefined when it cannot be a name at all.
 *
 * @example parseModelRef('lenet5') // → { kind: 'shipped', name: 'lenet5' }
 * @example parseModelRef('saved:my-net') // → { kind: 'saved', name: 'my-net' }
 */
export function parseModelRef(raw: string): ModelRef | undefined {
  const s = raw.trim();
  if (s === 'file') return { kind: 'file' };
  if (isPretrainedName(s)) return { kind: 'shipped', name: s };
  const name = s.startsWith('saved:') ? s.slice(6) : s;
  return /^[A-Za-z0-9_-]{1,64}$/.test(name) ? { kind: 'saved', name } : undefined;
}

/** A model reference in its link form. */
export function formatModelRef(ref: ModelRef): string {
  if (ref.kind === 'file') return 'file';
  if (ref.kind === 'shipped') return ref.name;
  return isPretrainedName(ref.name) || ref.name === 'file' ? `saved:${ref.name}` : ref.name;
}

function modelRefParam(defaultValue: ModelRef): ParamSpec<ModelRef> {
  return { defaultValue, parse: parseModelRef, format: formatModelRef };
}

export const compareParams = {
  a: modelRefParam({ kind: 'shipped', name: 'lenet5' }),
  b: modelRefParam({ kind: 'shipped', name: 'lenet5-3x3' }),
  testlimit: intParam(SETTINGS_LIMITS.testLimit.max, SETTINGS_LIMITS.testLimit.min, SETTINGS_LIMITS.testLimit.max),
};

export interface CompareLink {
  a: ModelRef;
  b: ModelRef;
  testlimit: number;
  ignored: IgnoredParam[];
}

/**
 * The comparison's settings from the link's parameters; malformed values fall back to the
 * defaults and are listed in `ignored`.
 *
 * @example readCompareLink({ a: 'gap-cam' }).b // → { kind: 'shipped', name: 'lenet5-3x3' }
 */
export function readCompareLink(raw: Record<string, string>): CompareLink {
  const { values, ignored } = parseParams(compareParams, raw);
  return { ...values, ignored };
}

/** The shipped models, for the choosers. */
export const SHIPPED: readonly { name: PretrainedName; label: string }[] = (Object.keys(PRETRAINED) as PretrainedName[]).map((name) => ({
  name,
  label: PRETRAINED[name].label,
}));

/** The same reference (the page reloads a side only when its reference changes). */
export function sameRef(x: ModelRef, y: ModelRef): boolean {
  return formatModelRef(x) === formatModelRef(y);
}
