// The registry is the one place that lists lessons: every entry's folder has an index.tsx whose
// default export is the view, and every lesson folder is registered.
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findLesson, lessons, loadLesson } from '../../src/lessons/registry';

const dir = join(__dirname, '../../src/lessons');
const folders = readdirSync(dir).filter((f) => statSync(join(dir, f)).isDirectory());

describe('lesson registry', () => {
  it('ids are unique and every lesson folder is registered', () => {
    const ids = lessons.map((l) => l.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect([...ids].sort()).toEqual([...folders].sort());
  });

  it('every entry has a title and a summary in both languages', () => {
    for (const l of lessons) {
      for (const lang of ['ko', 'en'] as const) {
        expect(l.title[lang].length, `${l.id} title.${lang}`).toBeGreaterThan(0);
        expect(l.summary[lang].length, `${l.id} summary.${lang}`).toBeGreaterThan(0);
      }
    }
  });

  it("loadLesson(id) loads the folder's index.tsx, whose default export is the view", async () => {
    for (const l of lessons) {
      const mod = await loadLesson(l.id);
      expect(typeof mod.default, l.id).toBe('function');
    }
    await expect(loadLesson('no-such-lesson')).rejects.toThrow(/no src\/lessons\/no-such-lesson\/index\.tsx/);
    expect(findLesson('no-such-lesson')).toBeUndefined();
  });

  it("every folder's text is messages/en.ts and ko.ts, registered as the namespace <id>, with no title (the registry owns it)", async () => {
    for (const id of folders) {
      for (const file of ['en.ts', 'ko.ts', 'index.ts']) expect(existsSync(join(dir, id, 'messages', file)), `${id}/messages/${file}`).toBe(true);
      expect(readFileSync(join(dir, id, 'messages/index.ts'), 'utf8'), id).toContain(`registerMessages('${id}', { ko, en })`);
      const { en } = (await import(`../../src/lessons/${id}/messages/en.ts`)) as { en: Record<string, unknown> };
      expect(Object.keys(en), id).not.toContain('title');
    }
  });
});
