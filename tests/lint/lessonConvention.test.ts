/**
 * The lesson convention of docs/adding-a-lesson.md, as `npm run lint` holds it (eslint.config.js):
 * a lesson never passes its id or title to LessonLayout (the registry entry owns them), and of
 * another lesson it imports only the lecture's numbers and maths (fixtures.ts, trace.ts); no grid
 * cell size is a literal number, in a lesson or on a page (src/ui/cellSizes.ts). Each
 * snippet is linted with the project's config as if it were a file of a lesson.
 */
import { fileURLToPath } from 'node:url';
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../..', import.meta.url));
const eslint = new ESLint({ cwd: root });

async function lint(filePath: string, code: string): Promise<{ rule: string | null; message: string }[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return result.messages.map((m) => ({ rule: m.ruleId, message: m.message }));
}

const layout = (props: string) =>
  `import { LessonLayout } from '../../ui';\nexport function V() {\n  return <LessonLayout ${props} text={null} steps={1}><p /></LessonLayout>;\n}\n`;

describe('lesson convention (npm run lint)', () => {
  it('a LessonLayout without id or title passes', async () => {
    expect(await lint('src/lessons/robustness/lint-fixture.tsx', layout(''))).toEqual([]);
  });

  it('a lesson that passes its id or title to LessonLayout fails', async () => {
    for (const props of ['lesson="robustness"', "title={'Why models fail'}"]) {
      const found = await lint('src/lessons/robustness/lint-fixture.tsx', layout(props));
      expect(found.map((f) => f.rule), props).toEqual(['no-restricted-syntax']);
      expect(found[0].message).toMatch(/registry entry/);
    }
  });

  it('a copy of errorMessage(e) still fails in a lesson', async () => {
    const found = await lint('src/lessons/robustness/lint-fixture.ts', 'export function f(e: unknown): string {\n  return e instanceof Error ? e.message : String(e);\n}\n');
    expect(found.map((f) => f.rule)).toEqual(['no-restricted-syntax']);
    expect(found[0].message).toMatch(/errorMessage\(e\)/);
  });

  it('a grid cell size written as a number fails, in a lesson and on a page; a step of the scale passes', async () => {
    const grid = (size: string) => `import { MatrixGrid } from '../../ui';\nexport const g = <MatrixGrid role="x" label="x" rows={2} cols={2} values={[1, 2, 3, 4]} cellSize={${size}} />;\n`;
    for (const size of ['2.9', 'big ? 1.9 : 1.02']) {
      const found = await lint('src/lessons/robustness/lint-fixture.tsx', grid(size));
      expect(found.map((f) => f.rule), size).toContain('no-restricted-syntax');
      expect(found.find((f) => f.rule === 'no-restricted-syntax')?.message).toMatch(/named scale/);
    }
    expect(await lint('src/lessons/robustness/lint-fixture.tsx', grid('CELL.lg').replace('{ MatrixGrid }', '{ CELL, MatrixGrid }'))).toEqual([]);
    const page = "import { MatrixGrid } from '../ui/MatrixGrid';\nexport const g = <MatrixGrid role=\"x\" label=\"x\" rows={28} cols={28} values={[]} cellSize={0.62} />;\n";
    expect((await lint('src/draw/lint-fixture.tsx', page)).map((f) => f.rule)).toEqual(['no-restricted-syntax']);
  });

  it("another lesson's fixtures.ts and trace.ts may be shared", async () => {
    const code = "import { DIGIT9 } from '../feature-match/fixtures';\nimport { featureMatchTrace } from '../feature-match/trace';\nexport const x = [DIGIT9, featureMatchTrace];\n";
    expect(await lint('src/lessons/robustness/lint-fixture.ts', code)).toEqual([]);
  });

  it("another lesson's views, text and the registry are not", async () => {
    for (const from of ['../feature-match/views', '../feature-match/messages', '../feature-match/index', '../registry']) {
      const found = await lint('src/lessons/robustness/lint-fixture.ts', `import * as x from '${from}';\nexport const y = x;\n`);
      expect(found.map((f) => f.rule), from).toContain('import-x/no-restricted-paths');
    }
  });
});
