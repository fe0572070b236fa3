import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';

// Globals and modules that would tie shared/ to one face. shared/ must run in a content script,
// a Worker, the PWA and Node alike (house style: "shared/ is pure TypeScript").
const browserOnlyGlobals = ['window', 'document', 'navigator', 'chrome', 'localStorage', 'sessionStorage', 'indexedDB', 'location', 'HTMLElement', 'Element'];
const nodeOnlyGlobals = ['process', 'Buffer', '__dirname', '__filename', 'require'];

export default tseslint.config(
  { ignores: ['node_modules/**', 'dist/**', 'cli/dist/**', 'coverage/**', 'bench/results/**', 'bench/tmp/**', '.tmp/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-restricted-syntax': [
        'error',
        { selector: "MemberExpression[property.name='innerHTML']", message: 'Never use innerHTML: page data and files are untrusted; use text APIs.' },
      ],
    },
  },
  {
    // Browser code: the extension's pages and scripts, and the fixture pages' own scripts.
    files: ['extension/**/*.{ts,tsx,js}'],
    languageOptions: { globals: { ...globals.browser, chrome: 'readonly' } },
  },
  {
    // The PWA's pages and Workers (issue 5).
    files: ['pwa/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
  },
  {
    files: ['shared/**/*.ts'],
    ignores: ['shared/**/*.test.ts', 'shared/**/testing/**'],
    languageOptions: { globals: {} },
    rules: {
      'no-restricted-globals': ['error', ...[...browserOnlyGlobals, ...nodeOnlyGlobals].map((name) => ({ name, message: 'shared/ is pure: no DOM, chrome.* or Node globals.' }))],
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['node:*', 'fs', 'path', 'os', 'child_process', 'worker_threads'], message: 'shared/ is pure: no Node modules (the CLI reads files and passes bytes).' },
            { group: ['dexie', 'dexie-*', 'preact', 'preact/*', 'webextension-polyfill', 'comlink'], message: 'shared/ is pure: no Dexie, UI or messaging libraries.' },
            { group: ['**/extension/**', '**/pwa/**', '**/cli/**'], message: 'shared/ must not depend on a face.' },
          ],
        },
      ],
    },
  },
);
