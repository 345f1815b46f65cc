import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

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
      'no-restricted-imports': ['error', {
        paths: [{ name: 'zustand', message: 'Only src/state talks to zustand: use the store from src/state.' }],
        patterns: [{ group: ['zustand/*'], message: 'Only src/state talks to zustand.' }],
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
