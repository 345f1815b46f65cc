import { describe, expect, test } from 'vitest';
import { drawEn, drawKo } from '../../src/draw/messages';

function keys(o: object, prefix = ''): string[] {
  return Object.entries(o).flatMap(([k, v]) => (typeof v === 'object' && v !== null ? keys(v, `${prefix}${k}.`) : [`${prefix}${k}`]));
}
const flat = (o: object): string[] => Object.values(o).flatMap((v) => (typeof v === 'string' ? [v] : flat(v)));

describe('draw messages', () => {
  test('Korean and English have the same keys', () => {
    expect(keys(drawKo).sort()).toEqual(keys(drawEn).sort());
  });
  test('no message is empty; Korean messages are Korean; placeholders match', () => {
    for (const s of [...flat(drawKo), ...flat(drawEn)]) expect(s.trim()).not.toBe('');
    const ko = flat(drawKo);
    expect(ko.filter((s) => /[\uac00-\ud7a3]/.test(s)).length).toBeGreaterThan(ko.length * 0.9);
    const en = flat(drawEn);
    const vars = (s: string) => (s.match(/\{\{\w+\}\}/g) ?? []).sort().join(' ');
    keys(drawEn).forEach((_, i) => expect(vars(ko[i])).toBe(vars(en[i])));
  });
});
