import { describe, expect, it } from 'vitest';
import { engineEn, engineKo } from '../../src/ui/messages';
import { convWalkEn, convWalkKo } from '../../src/lessons/conv-walk/messages';
import { padStrideEn, padStrideKo } from '../../src/lessons/padding-stride/messages';

function keys(o: object, prefix = ''): string[] {
  return Object.entries(o).flatMap(([k, v]) => (typeof v === 'object' && v !== null ? keys(v, `${prefix}${k}.`) : [`${prefix}${k}`]));
}
const flat = (o: object): string[] => Object.values(o).flatMap((v) => (typeof v === 'string' ? [v] : flat(v)));
const vars = (s: string) => [...new Set([...s.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]))].sort();

describe.each([
  ['engine', engineKo, engineEn],
  ['conv-walk', convWalkKo, convWalkEn],
  ['padding-stride', padStrideKo, padStrideEn],
])('%s messages', (_ns, ko, en) => {
  it('Korean and English have the same keys and the same {{variables}}', () => {
    expect(keys(ko).sort()).toEqual(keys(en).sort());
    const get = (o: object, path: string) => path.split('.').reduce<unknown>((x, k) => (x as Record<string, unknown>)[k], o) as string;
    for (const k of keys(en)) expect(vars(get(ko, k))).toEqual(vars(get(en, k)));
  });
  it('no message is empty; the Korean ones are Korean', () => {
    for (const s of [...flat(ko), ...flat(en)]) expect(s.trim()).not.toBe('');
    const hangul = flat(ko).filter((s) => /[\uac00-\ud7a3]/.test(s));
    expect(hangul.length).toBeGreaterThan(flat(ko).length * 0.7);
  });
});
