/**
 * The import boundaries of src, as `npm run lint` checks them (eslint.config.js, eslint-plugin-import-x):
 * each snippet is linted with the project's own config as if it were the named file, so a rule
 * that stops working (a renamed folder, a resolver that finds nothing) fails here.
 */
import { fileURLToPath } from 'node:url';
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../..', import.meta.url));
const eslint = new ESLint({ cwd: root });

/** The rule ids and messages ESLint reports for `code` placed at `filePath` (from the repository root). */
async function lint(filePath: string, code: string): Promise<{ rule: string | null; message: string }[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return result.messages.map((m) => ({ rule: m.ruleId, message: m.message }));
}

const rules = (found: { rule: string | null }[]) => found.map((f) => f.rule);

describe('import boundaries (npm run lint)', () => {
  it('accepts imports that stay inside the boundaries', async () => {
    expect(await lint('src/lessons/pixels/boundary-fixture.ts', "import { conv2d } from '../../core';\nexport const f = conv2d;\n")).toEqual([]);
    expect(await lint('src/draw/boundary-fixture.ts', "import { MNIST_SIDE } from '../model/mnistSizes';\nexport const n = MNIST_SIDE;\n")).toEqual([]);
    expect(await lint('src/model/boundary-fixture.ts', "import { errorMessage } from '../core/errorMessage';\nexport const f = errorMessage;\n")).toEqual([]);
  });

  it('a lesson never imports the model, training, drawing or the store', async () => {
    for (const from of ['../../model/mnistSizes', '../../train/trainParams', '../../draw/preprocess', '../../state/store']) {
      const found = await lint('src/lessons/pixels/boundary-fixture.ts', `import * as x from '${from}';\nexport const y = x;\n`);
      expect(rules(found), from).toContain('import-x/no-restricted-paths');
    }
  });

  it('the drawing page never imports the training page', async () => {
    const found = await lint('src/draw/boundary-fixture.ts', "import type { TrainLinkSettings } from '../train/trainParams';\nexport type L = TrainLinkSettings;\n");
    expect(rules(found)).toEqual(['import-x/no-restricted-paths']);
    expect(found[0].message).toMatch(/drawing page does not import the training page/);
  });

  it('the core imports only the core', async () => {
    const found = await lint('src/core/boundary-fixture.ts', "import { formatNumber } from '../ui/format';\nexport const f = formatNumber;\n");
    expect(rules(found)).toContain('import-x/no-restricted-paths');
  });

  it('the model (tfjs, the worker) imports no views, store or text', async () => {
    const found = await lint('src/model/boundary-fixture.ts', "import { useStore } from '../state/store';\nexport const s = useStore;\n");
    expect(rules(found)).toEqual(['import-x/no-restricted-paths']);
  });

  it('an import cycle fails: routes.tsx imports pages/Home.tsx, so Home importing routes closes a cycle', async () => {
    const found = await lint('src/pages/Home.tsx', "import { pageRoutes } from '../app/routes';\nexport const n = pageRoutes.length;\n");
    expect(rules(found)).toEqual(['import-x/no-cycle']);
  });

  it('the message of anything thrown comes from errorMessage(e), not a copy of it', async () => {
    const found = await lint('src/draw/boundary-fixture.ts', 'export function f(e: unknown): string {\n  return e instanceof Error ? e.message : String(e);\n}\n');
    expect(rules(found)).toEqual(['no-restricted-syntax']);
    expect(found[0].message).toMatch(/errorMessage\(e\)/);
  });

  it('type-only imports do not make a cycle', async () => {
    const found = await lint('src/pages/Home.tsx', "import type { PageRoute } from '../app/routes';\nexport type R = PageRoute;\n");
    expect(found).toEqual([]);
  });
});
