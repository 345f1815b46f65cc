import { describe, expect, it } from 'vitest';
import { defaultSpec, type ModelSpec } from '../../../src/model/spec';
import { summarize } from '../../../src/model/summary';
import { readTrainLink, type TrainLinkSettings } from '../../../src/train/trainParams';
import { VARIANT_CHANGES, variantNames, variantOf } from '../../../src/train/variant/variants';

/** The page's settings for a link (the shipped recipe of the model unless the link says otherwise). */
function settingsOf(link: Record<string, string>): TrainLinkSettings {
  return readTrainLink(link).settings;
}

/** Everything but the spec and the learning rate: a variant changes one of those only. */
function rest(s: TrainLinkSettings) {
  const { spec: _spec, lr: _lr, ...others } = s;
  return others;
}

describe('variantOf: one setting changed', () => {
  const lenet = settingsOf({ model: 'lenet5' });

  it('kernel: LeNet-5 5×5, 5×5 → 3×3, 3×3 (81,194 parameters, the shipped lenet5-3x3), nothing else', () => {
    const v = variantOf(lenet, 'kernel');
    expect([v.from, v.to]).toEqual(['5×5, 5×5', '3×3, 3×3']);
    expect(v.settings.spec).toEqual({ ...defaultSpec('lenet5'), conv: [{ filters: 6, kernel: 3 }, { filters: 16, kernel: 3 }] });
    expect(summarize(lenet.spec).totalParams).toBe(61706);
    expect(summarize(v.settings.spec).totalParams).toBe(81194);
    expect(v.settings.lr).toBe(lenet.lr);
    expect(rest(v.settings)).toEqual(rest(lenet));
    // The learner's settings are not changed in place.
    expect(lenet.spec).toEqual(defaultSpec('lenet5'));
  });

  it('kernel: the Keras model 3×3 → 5×5; any other size → 3×3', () => {
    expect(variantOf(settingsOf({ model: 'keras' }), 'kernel').settings.spec.conv.map((c) => c.kernel)).toEqual([5, 5]);
    const odd: ModelSpec = { ...defaultSpec('lenet5'), conv: [{ filters: 6, kernel: 7 }, { filters: 16, kernel: 1 }] };
    const v = variantOf({ ...lenet, spec: odd }, 'kernel');
    expect([v.from, v.to]).toEqual(['7×7, 1×1', '3×3, 3×3']);
  });

  it('filters: doubled (6, 16 → 12, 32), halved where doubling passes 128', () => {
    const v = variantOf(lenet, 'filters');
    expect([v.from, v.to]).toEqual(['6, 16', '12, 32']);
    const wide: ModelSpec = { ...defaultSpec('lenet5'), conv: [{ filters: 64, kernel: 5 }, { filters: 100, kernel: 5 }] };
    expect(variantOf({ ...lenet, spec: wide }, 'filters').settings.spec.conv.map((c) => c.filters)).toEqual([128, 50]);
  });

  it('dropout before the output: 0 → 0.5 for LeNet-5, 0.5 → 0 for the Keras model; the conv dropout stays', () => {
    const v = variantOf(lenet, 'dropout');
    expect([v.from, v.to]).toEqual(['0', '0.5']);
    expect(v.settings.spec.dropoutDense).toBe(0.5);
    const keras = settingsOf({ model: 'keras' });
    const k = variantOf(keras, 'dropout');
    expect([k.from, k.to]).toEqual(['0.5', '0']);
    expect(k.settings.spec).toEqual({ ...defaultSpec('keras'), dropoutDense: 0 });
  });

  it('learning rate ×0.1 (0.003 → 0.0003), never below the smallest allowed', () => {
    const v = variantOf(lenet, 'lr');
    expect([v.from, v.to]).toEqual(['0.003', '0.0003']);
    expect(v.settings.lr).toBeCloseTo(0.0003, 12);
    expect(v.settings.spec).toEqual(lenet.spec);
    expect(rest(v.settings)).toEqual(rest(lenet));
    expect(variantOf({ ...lenet, lr: 2e-6 }, 'lr').settings.lr).toBe(1e-6);
  });

  it('every change of every shipped kind builds a valid model', () => {
    for (const model of ['lenet5', 'keras', 'gap-cam']) {
      for (const change of VARIANT_CHANGES) {
        const v = variantOf(settingsOf({ model }), change);
        expect(v.change).toBe(change);
        expect(v.from).not.toBe(v.to);
        expect(summarize(v.settings.spec).totalParams).toBeGreaterThan(0);
      }
    }
  });

  it('a model that cannot be built is refused with a RangeError naming the problem', () => {
    const broken: ModelSpec = { ...defaultSpec('lenet5'), conv: [{ filters: 0, kernel: 5 }, { filters: 16, kernel: 5 }] };
    expect(() => variantOf({ ...lenet, spec: broken }, 'dropout')).toThrow(RangeError);
    expect(() => variantOf({ ...lenet, spec: broken }, 'dropout')).toThrow(/conv layer 1 filters/);
  });
});

describe('variantNames', () => {
  it('the kind and the UTC time, -a and -b: valid saved-model names', () => {
    expect(variantNames('lenet5', new Date('2026-12-04T18:45:12Z'))).toEqual({ a: 'lenet5-184512-a', b: 'lenet5-184512-b' });
    expect(variantNames('gap-cam', new Date('2026-01-02T03:04:05Z')).b).toMatch(/^[A-Za-z0-9_-]{1,64}$/);
  });
});
