import { describe, expect, test } from 'vitest';
import { attackLinkParams, readAttackLink } from '../../src/draw/attack/attackLink';
import { initialAttackView } from '../../src/state/attackSlice';

describe('the attack in the link', () => {
  test('no parameters: the panel’s defaults, no run, no problems', () => {
    expect(readAttackLink({})).toEqual({ method: initialAttackView.method, target: null, epsilon: initialAttackView.epsilon, run: false, problems: [] });
  });

  test('a prepared attack', () => {
    expect(readAttackLink({ method: 'fgsm', target: '3', eps: '0.4', attack: '1', d: 'x' })).toEqual({ method: 'fgsm', target: 3, epsilon: 0.4, run: true, problems: [] });
    expect(readAttackLink({ target: 'any', eps: '0.01' })).toMatchObject({ target: null, epsilon: 0.01 });
    expect(readAttackLink({ target: '0', eps: '0.5', attack: '0' })).toMatchObject({ target: 0, epsilon: 0.5, run: false });
  });

  test('malformed values: each named, its default used, the others kept', () => {
    const r = readAttackLink({ method: 'gradient', target: '12', eps: '2', attack: 'yes' });
    expect(r).toMatchObject({ method: 'iterative', target: null, epsilon: 0.25, run: false });
    expect(r.problems).toEqual([
      { key: 'method', value: 'gradient' },
      { key: 'target', value: '12' },
      { key: 'eps', value: '2' },
      { key: 'attack', value: 'yes' },
    ]);
    for (const eps of ['0', '0.009', '0.51', '-0.1', 'abc', '', 'NaN', 'Infinity']) {
      expect(readAttackLink({ eps, method: 'fgsm' })).toMatchObject({ epsilon: 0.25, method: 'fgsm', problems: [{ key: 'eps', value: eps }] });
    }
    for (const target of ['-1', '3.0', '10', ' 3', 'seven']) expect(readAttackLink({ target }).problems).toEqual([{ key: 'target', value: target }]);
  });

  test('written back: a default is left out, the rest read back as they were', () => {
    expect(attackLinkParams(initialAttackView)).toEqual({ method: undefined, target: undefined, eps: undefined });
    const p = attackLinkParams({ method: 'fgsm', target: 7, epsilon: 0.33 });
    expect(p).toEqual({ method: 'fgsm', target: '7', eps: '0.33' });
    expect(readAttackLink(p as Record<string, string>)).toMatchObject({ method: 'fgsm', target: 7, epsilon: 0.33, problems: [] });
  });
});
