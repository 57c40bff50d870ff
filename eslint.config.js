// @ts-check
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import globals from 'globals';

/**
 * Layer borders of STYLE.md §2, written as lint rules so they cannot erode:
 * - pure `lib/` code imports no browser API, no DOM and no Dexie;
 * - `lib/dom` may use the DOM it is handed, but not the extension APIs;
 * - `lib/db` is the only place for Dexie (background only);
 * - `lib/` never imports `entrypoints/` or `components/`.
 */
const runtimeLayers = [
  {
    group: ['**/entrypoints/**', '**/components/**'],
    message: 'lib/ never imports entrypoints/ or components/.',
  },
];
const extensionApis = [
  { name: 'wxt/browser', message: 'Pure lib/ code takes no browser API: pass what it needs as parameters.' },
  { name: 'webextension-polyfill', message: 'Pure lib/ code takes no browser API.' },
  { name: '@wxt-dev/webextension-polyfill', message: 'Pure lib/ code takes no browser API.' },
];
const dexie = [{ name: 'dexie', message: 'Only lib/db (background) touches the database.' }];
/** Schemas take `z` from lib/zod, configured before any schema is built (no eval probe under the CSP). */
const zod = [{ name: 'zod', message: 'Import z from lib/zod (jitless).', allowTypeImports: true }];
const domGlobals = [
  'window',
  'document',
  'navigator',
  'location',
  'chrome',
  'browser',
  'CSS',
  'HTMLElement',
  'Node',
].map((name) => ({ name, message: 'Pure lib/ code takes the DOM as a parameter (lib/dom) — no globals.' }));

export default tseslint.config(
  { ignores: ['.output/**', '.wxt/**', 'node_modules/**', 'coverage/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
    },
  },
  {
    files: ['lib/**/*.{ts,tsx}'],
    ignores: ['lib/dom/**', 'lib/db/**', 'lib/messages/**'],
    languageOptions: { globals: { ...globals.es2022 } },
    rules: {
      'no-restricted-imports': [
        'error',
        { paths: [...extensionApis, ...dexie, ...zod], patterns: runtimeLayers },
      ],
      'no-restricted-globals': ['error', ...domGlobals],
    },
  },
  {
    // The one place that imports zod's value (see `zod` above).
    files: ['lib/zod.ts'],
    rules: {
      'no-restricted-imports': ['error', { paths: [...extensionApis, ...dexie], patterns: runtimeLayers }],
    },
  },
  {
    files: ['lib/dom/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': [
        'error',
        { paths: [...extensionApis, ...dexie, ...zod], patterns: runtimeLayers },
      ],
      'no-restricted-globals': [
        'error',
        ...['window', 'document', 'chrome', 'browser'].map((name) => ({
          name,
          message: 'lib/dom takes the document/root as a parameter.',
        })),
      ],
    },
  },
  {
    files: ['lib/db/**/*.ts', 'lib/messages/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { paths: zod, patterns: runtimeLayers }],
      'no-restricted-globals': [
        'error',
        ...domGlobals.filter((g) => g.name !== 'browser' && g.name !== 'chrome'),
      ],
    },
  },
  {
    // The service worker has no DOM (Yomitan's rule): keep document/window out of background code.
    files: ['entrypoints/background.ts', 'entrypoints/background/**/*.ts', 'lib/db/**/*.ts'],
    rules: {
      'no-restricted-globals': [
        'error',
        ...['window', 'document', 'HTMLElement', 'localStorage'].map((name) => ({
          name,
          message: 'The background service worker has no DOM.',
        })),
      ],
    },
  },
);
