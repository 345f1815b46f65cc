import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import importX, { createNodeResolver } from 'eslint-plugin-import-x';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';

/** The folder of this file: the boundaries below are paths from here. */
const root = import.meta.dirname;
/** Folders of src (`./src/<name>`). */
const src = (...names) => names.map((n) => `./src/${n}`);
/** Every lesson's folder name (its id): `src/lessons/<id>/`. */
const lessonIds = readdirSync(join(root, 'src/lessons'), { withFileTypes: true })
  .filter((d) => d.isDirectory())
  .map((d) => d.name);

/** Syntax src never uses: a copy of errorMessage(e), a grid cell size written as a number. */
const srcSyntax = [
  {
    selector: "ConditionalExpression[test.operator='instanceof'][test.right.name='Error'][consequent.property.name='message']",
    message: 'Use errorMessage(e) from src/core (core/errorMessage.ts) for the message of anything thrown.',
  },
  {
    selector: [
      "JSXAttribute[name.name='cellSize'] > JSXExpressionContainer > Literal",
      "JSXAttribute[name.name='cellSize'] > JSXExpressionContainer > ConditionalExpression > Literal.consequent",
      "JSXAttribute[name.name='cellSize'] > JSXExpressionContainer > ConditionalExpression > Literal.alternate",
    ].join(', '),
    message: 'A grid cell size is a step of the named scale (CELL or PIXEL_CELL, src/ui/cellSizes.ts), or left out.',
  },
];

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'public/**', 'dev-dist/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['src/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: {
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'warn',
      'no-restricted-syntax': ['error', ...srcSyntax],
      'no-restricted-imports': ['error', {
        paths: [{ name: 'zustand', message: 'Only src/state talks to zustand: use the store from src/state.' }],
        patterns: [{ group: ['zustand/*'], message: 'Only src/state talks to zustand.' }],
      }],
    },
  },
  {
    // The boundaries between src's folders, checked on the resolved file of every import (static,
    // dynamic and type-only): a violation or an import cycle fails `npm run lint`
    // (tests/lint/boundaries.test.ts shows each one failing).
    files: ['src/**/*.{ts,tsx}'],
    plugins: { 'import-x': importX },
    settings: {
      'import-x/extensions': ['.ts', '.tsx', '.js', '.mjs'],
      'import-x/resolver-next': [createNodeResolver({ extensions: ['.ts', '.tsx', '.js', '.mjs', '.json'] })],
    },
    rules: {
      // No module may reach itself again through runtime imports (type-only imports do not count).
      'import-x/no-cycle': ['error', { ignoreExternal: true }],
      'import-x/no-restricted-paths': ['error', {
        basePath: root,
        zones: [
          {
            target: './src/lessons/*/**',
            from: src('model', 'train', 'draw', 'state', 'app', 'pages'),
            message: 'A lesson imports only src/ui, src/core and src/i18n (see docs/adding-a-lesson.md).',
          },
          {
            target: './src/draw',
            from: src('train', 'lessons', 'app', 'pages'),
            message: 'The drawing page does not import the training page: shared model code lives in src/model.',
          },
          {
            target: './src/core',
            from: './src',
            except: ['./core'],
            message: 'src/core is pure maths and imports only from src/core.',
          },
          {
            target: './src/model',
            from: src('ui', 'state', 'train', 'draw', 'lessons', 'app', 'pages', 'i18n'),
            message: 'src/model (tfjs and the training worker) imports only src/core and src/model: no views, store or text.',
          },
          // A lesson imports its own folder; of another lesson only the lecture's numbers and the
          // maths (fixtures.ts, trace.ts), never its views, text or CSS, nor the registry.
          ...lessonIds.map((id) => ({
            target: `./src/lessons/${id}`,
            from: './src/lessons',
            except: [`./${id}`, ...lessonIds.filter((o) => o !== id).flatMap((o) => [`./${o}/fixtures.ts`, `./${o}/trace.ts`])],
            message: 'A lesson imports its own folder, and of another lesson only fixtures.ts and trace.ts (see docs/adding-a-lesson.md).',
          })),
        ],
      }],
    },
  },
  {
    // A lesson imports only the engine (src/ui), the maths (src/core) and i18n (src/i18n): never the
    // store, the model, training or drawing, and never around the ui barrel.
    files: ['src/lessons/*/**/*.{ts,tsx}'],
    rules: {
      '@typescript-eslint/no-restricted-imports': ['error', {
        patterns: [
          {
            regex: '^(\\.\\./)+(state|model|train|draw)(/|$)',
            message: 'A lesson imports only src/ui, src/core and src/i18n: use the engine API from src/ui (useLessonStep, useLessonParams, the parameter helpers).',
          },
          { regex: '^(\\.\\./)+ui/', message: 'Import the engine from the src/ui barrel (`../../ui`), not from its files.' },
        ],
      }],
      // The registry entry owns the lesson's id and title (docs/adding-a-lesson.md): LessonLayout
      // reads them from it, so a lesson never passes them.
      'no-restricted-syntax': ['error', ...srcSyntax, {
        selector: "JSXOpeningElement[name.name='LessonLayout'] > JSXAttribute[name.name=/^(lesson|title)$/]",
        message: 'A lesson never types its id or title: LessonLayout reads them from the registry entry (src/lessons/registry.ts).',
      }],
    },
  },
  {
    files: ['src/state/**/*.{ts,tsx}'],
    rules: { 'no-restricted-imports': 'off' },
  },
  {
    // The tensor core is pure maths: no views, no DOM libraries, no tfjs.
    files: ['src/core/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', {
        patterns: [
          { group: ['react', 'react-*', 'react/*'], message: 'src/core is pure TypeScript: no React.' },
          { group: ['d3-selection', 'd3', '@tensorflow/*', 'zustand', 'zustand/*'], message: 'src/core is pure TypeScript: no d3-selection, d3, tfjs or stores.' },
          { group: ['../*'], message: 'src/core imports only from src/core.' },
        ],
      }],
      'no-restricted-globals': ['error', 'document', 'window', 'navigator', 'localStorage'],
    },
  },
);
