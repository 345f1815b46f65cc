import { describe, expect, it } from 'vitest';
import { i18n } from '../../src/i18n';
import { lessons } from '../../src/lessons/registry';
import { GLOSSARY_RULES, brokenRules } from './glossary-ko';

/**
 * Every Korean message (all namespaces, loaded as tests/i18n/messages.test.ts does, and the lesson
 * registry's titles and summaries) follows docs/glossary-ko.md: no rejected form of a term, and no particle
 * written after a placeholder by hand.
 */
const loaders = import.meta.glob('../../src/**/messages/index.ts');
await Promise.all(Object.values(loaders).map((load) => load()));

type Tree = { [key: string]: string | Tree };
const flat = (o: Tree, prefix = ''): [string, string][] =>
  Object.entries(o).flatMap(([k, v]) => (typeof v === 'string' ? [[`${prefix}${k}`, v] as [string, string]] : flat(v, `${prefix}${k}.`)));

const korean: [string, string][] = [
  ...Object.entries(i18n.store.data.ko).flatMap(([ns, tree]) => flat(tree as Tree).map(([k, v]) => [`${ns}:${k}`, v] as [string, string])),
  ...lessons.flatMap((l) =>
    [['title', l.title.ko], ['heading', l.heading?.ko], ['summary', l.summary.ko]]
      .filter((e): e is [string, string] => typeof e[1] === 'string')
      .map(([k, v]) => [`registry:${l.id}.${k}`, v] as [string, string]),
  ),
];

describe('Korean glossary (docs/glossary-ko.md)', () => {
  it('reads every namespace and the lesson registry', () => {
    expect(Object.keys(i18n.store.data.ko).length).toBeGreaterThanOrEqual(17);
    expect(korean.length).toBeGreaterThan(1000);
  });

  it.each(GLOSSARY_RULES.map((r) => [r.term, r] as const))('each rule flags its planted rejected form: %s', (_, rule) => {
    expect(brokenRules('planted:text', rule.planted).map((r) => r.term)).toContain(rule.term);
  });

  it('no Korean message uses a rejected form', () => {
    const found = korean.flatMap(([id, text]) => brokenRules(id, text).map((r) => `${id}: ${r.term} → ${r.use}: “${text}”`));
    expect(found).toEqual([]);
  });
});
