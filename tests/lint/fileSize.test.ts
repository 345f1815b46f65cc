/**
 * House rule: small files with one job, no source file over 400 lines (src, tests, scripts, bench).
 * A file that grows past it is split by job (as model/session.ts into the run loop, evaluation and
 * checkpoints).
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../..', import.meta.url));
const MAX_LINES = 400;
const SOURCE = /\.(ts|tsx|mts|js|mjs|css)$/;

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((d) => {
    const path = join(dir, d.name);
    if (d.isDirectory()) return sourceFiles(path);
    return SOURCE.test(d.name) ? [path] : [];
  });
}

describe('file size', () => {
  it(`no source file is over ${MAX_LINES} lines`, () => {
    const files = ['src', 'tests', 'scripts', 'bench'].flatMap((d) => sourceFiles(join(root, d)));
    expect(files.length).toBeGreaterThan(100);
    const long = files
      .map((f) => ({ file: relative(root, f), lines: readFileSync(f, 'utf8').split('\n').length - 1 }))
      .filter((f) => f.lines > MAX_LINES);
    expect(long).toEqual([]);
  });
});
