/**
 * "Train a variant": the one setting a second run changes, as pure data (no store, no worker).
 */
import { SETTINGS_LIMITS } from '../../model/protocol';
import { validateSpec } from '../../model/spec';
import { summarize } from '../../model/summary';
import type { TrainLinkSettings } from '../trainParams';

/** The settings a variant may change. */
export type VariantChange = 'kernel' | 'filters' | 'dropout' | 'lr';

export const VARIANT_CHANGES: readonly VariantChange[] = ['kernel', 'filters', 'dropout', 'lr'];

/** A variant: the new settings and what changed, from → to (as the learner reads it). */
export interface Variant {
  change: VariantChange;
  settings: TrainLinkSettings;
  from: string;
  to: string;
}

/**
 * The settings of a second run with one setting changed: every conv kernel 3×3 ↔ 5×5 (other sizes
 * go to 3×3), the filters of each conv layer doubled (halved when that passes the limit), dropout
 * before the output 0 ↔ 0.5, or the learning rate ×0.1.
 *
 * @throws RangeError when the changed model cannot be built (e.g. a kernel larger than its input).
 * @example variantOf(settings, 'kernel').to // → '3×3, 3×3' for LeNet-5
 */
export function variantOf(settings: TrainLinkSettings, change: VariantChange): Variant {
  const spec = settings.spec;
  const convText = (c: { kernel: number }[]) => c.map((x) => `${x.kernel}×${x.kernel}`).join(', ');
  const filtersText = (c: { filters: number }[]) => c.map((x) => x.filters).join(', ');
  let next: TrainLinkSettings;
  let from: string;
  let to: string;
  switch (change) {
    case 'kernel': {
      const conv = spec.conv.map((c) => ({ ...c, kernel: c.kernel === 3 ? 5 : 3 }));
      next = { ...settings, spec: { ...spec, conv } };
      [from, to] = [convText(spec.conv), convText(conv)];
      break;
    }
    case 'filters': {
      const conv = spec.conv.map((c) => ({ ...c, filters: c.filters * 2 <= 128 ? c.filters * 2 : Math.max(1, Math.floor(c.filters / 2)) }));
      next = { ...settings, spec: { ...spec, conv } };
      [from, to] = [filtersText(spec.conv), filtersText(conv)];
      break;
    }
    case 'dropout': {
      const dropoutDense = spec.dropoutDense > 0 ? 0 : 0.5;
      next = { ...settings, spec: { ...spec, dropoutDense } };
      [from, to] = [String(spec.dropoutDense), String(dropoutDense)];
      break;
    }
    case 'lr': {
      const lr = Math.max(SETTINGS_LIMITS.learningRate.min, settings.lr * 0.1);
      next = { ...settings, lr };
      [from, to] = [String(settings.lr), String(Number(lr.toPrecision(3)))];
      break;
    }
  }
  const issues = validateSpec(next.spec);
  if (issues.length > 0) throw new RangeError(issues.map((i) => i.message).join('; '));
  summarize(next.spec); // throws a RangeError when a layer's output would be empty
  return { change, settings: next, from, to };
}

/**
 * Names for the two saved models of a comparison, from the model kind and the time (valid model
 * names: letters, digits, - and _).
 *
 * @example variantNames('lenet5', new Date('2026-12-04T18:45:12Z')) // → { a: 'lenet5-184512-a', b: 'lenet5-184512-b' }
 */
export function variantNames(kind: string, now: Date): { a: string; b: string } {
  const hms = now.toISOString().slice(11, 19).replace(/:/g, '');
  return { a: `${kind}-${hms}-a`, b: `${kind}-${hms}-b` };
}
