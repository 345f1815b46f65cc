import { describe, expect, it } from 'vitest';
import { i18n } from '../../src/i18n';

/**
 * Korean/English parity of every message namespace. Loading every `messages/index.ts` under src
 * registers its namespace, so a new lesson or page is checked without touching this file.
 */
const loaders = import.meta.glob('../../src/**/messages/index.ts');
const folders = Object.keys(loaders);
await Promise.all(Object.values(loaders).map((load) => load()));

type Tree = { [key: string]: string | Tree };
const flat = (o: Tree, prefix = ''): [string, string][] =>
  Object.entries(o).flatMap(([k, v]) => (typeof v === 'string' ? [[`${prefix}${k}`, v] as [string, string]] : flat(v, `${prefix}${k}.`)));
/** Placeholder names; a Korean one may carry a particle format, {{n, 을}} (src/i18n/particles.ts). */
const placeholders = (s: string) => [...new Set([...s.matchAll(/\{\{(\w+)(?:\s*,[^}]*)?\}\}/g)].map((m) => m[1]))].sort();
const hangul = (s: string) => /[\uac00-\ud7a3]/.test(s);

/** Least share of a namespace's Korean messages written in Hangul (the rest are numbers, symbols, names such as Adam). */
const MIN_HANGUL_SHARE: Record<string, number> = {
  common: 0.8, engine: 0.7, 'conv-walk': 0.7, 'padding-stride': 0.7, pixels: 0.7, 'why-cnn': 0.8, train: 0.85, draw: 0.9,
};
/** Long Korean messages that are formulas, the same in both languages. */
const FORMULAS = new Set(['cam:arith.title']);

const namespaces = Object.keys(i18n.store.data.en);

describe('message namespaces', () => {
  it('every messages/index.ts registers one namespace, in both languages', () => {
    expect(folders.length).toBeGreaterThanOrEqual(16);
    expect(namespaces).toContain('common');
    expect(namespaces.length).toBe(folders.length + 1);
    expect(Object.keys(i18n.store.data.ko).sort()).toEqual([...namespaces].sort());
  });
});

describe.each(namespaces)('%s messages', (ns) => {
  const en = flat(i18n.store.data.en[ns] as Tree);
  const ko = flat(i18n.store.data.ko[ns] as Tree);
  const koByKey = Object.fromEntries(ko);

  it('Korean and English have the same keys and the same {{placeholders}}', () => {
    expect(ko.map(([k]) => k).sort()).toEqual(en.map(([k]) => k).sort());
    for (const [k, v] of en) expect(placeholders(koByKey[k]), `${ns}:${k}`).toEqual(placeholders(v));
  });

  it('no message is empty, and the Korean text is Korean', () => {
    for (const [k, v] of [...en, ...ko]) expect(v.trim(), `${ns}:${k}`).not.toBe('');
    const share = ko.filter(([, v]) => hangul(v)).length / ko.length;
    expect(share).toBeGreaterThan(MIN_HANGUL_SHARE[ns] ?? 0.6);
    for (const [k, v] of ko) if (v.length > 40 && !FORMULAS.has(`${ns}:${k}`)) expect(hangul(v), `${ns}:${k}`).toBe(true);
  });
});
