/**
 * A lesson reaches the engine only through the src/ui barrel (eslint.config.js, the src/lessons
 * block): each snippet is linted with the project's config as if it were a file of a lesson.
 */
import { fileURLToPath } from 'node:url';
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../..', import.meta.url));
const eslint = new ESLint({ cwd: root });

async function rules(filePath: string, code: string): Promise<(string | null)[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return result.messages.map((m) => m.ruleId);
}

describe('lesson imports (npm run lint)', () => {
  it('the ui barrel, the core and i18n are fine', async () => {
    const code = "import { CELL, useLessonStep } from '../../ui';\nimport { conv2d } from '../../core';\nimport type { MessageKeyOf } from '../../i18n';\nexport const x = [CELL, useLessonStep, conv2d];\nexport type K = MessageKeyOf<'conv-walk'>;\n";
    expect(await rules('src/lessons/conv-walk/lint-fixture.ts', code)).toEqual([]);
  });

  it('a file inside src/ui, from a lesson or a lesson’s subfolder, fails', async () => {
    expect(await rules('src/lessons/conv-walk/lint-fixture.ts', "import { Link } from '../../ui/Link';\nexport const l = Link;\n")).toContain('@typescript-eslint/no-restricted-imports');
    expect(await rules('src/lessons/pixels/parts/lint-fixture.ts', "import { NumberField } from '../../../ui/NumberField';\nexport const n = NumberField;\n")).toContain('@typescript-eslint/no-restricted-imports');
  });

  it('the store fails, from any depth', async () => {
    expect(await rules('src/lessons/pixels/parts/lint-fixture.ts', "import { useStore } from '../../../state/store';\nexport const s = useStore;\n")).toContain('@typescript-eslint/no-restricted-imports');
  });

  it('the lesson page and the registry (src/lessons itself, not a lesson) may use the store and ui files', async () => {
    expect(await rules('src/lessons/lint-fixture.ts', "import { LessonInfoContext } from '../ui/lessonInfo';\nexport const c = LessonInfoContext;\n")).toEqual([]);
  });
});
