import { describe, expect, it } from 'vitest';
import { en } from '../../src/i18n/messages/en';
import { ko } from '../../src/i18n/messages/ko';

function keys(o: object, prefix = ''): string[] {
  return Object.entries(o).flatMap(([k, v]) => (typeof v === 'object' && v !== null ? keys(v, `${prefix}${k}.`) : [`${prefix}${k}`]));
}

describe('common messages', () => {
  it('Korean and English have the same keys', () => {
    expect(keys(ko).sort()).toEqual(keys(en).sort());
  });
  it('no message is empty and Korean messages are not English copies', () => {
    const flat = (o: object): string[] => Object.values(o).flatMap((v) => (typeof v === 'string' ? [v] : flat(v)));
    for (const s of [...flat(ko), ...flat(en)]) expect(s.trim()).not.toBe('');
    const hangul = flat(ko).filter((s) => /[\uac00-\ud7a3]/.test(s));
    expect(hangul.length).toBeGreaterThan(flat(ko).length * 0.8);
  });
});
