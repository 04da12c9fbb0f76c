// ESLint for the JavaScript: the package (node/), its tests, its bench, the runtime matrix and
// the workflow check. Run from the repository root by `tests/node/run.sh lint`.

import js from '@eslint/js';
import globals from 'globals';

export default [
  {
    ignores: ['**/node_modules/', 'node/binding.d.ts'],
  },
  js.configs.recommended,
  {
    files: ['**/*.js', '**/*.cjs'],
    languageOptions: {
      sourceType: 'commonjs',
      globals: globals.node,
    },
  },
  {
    files: ['**/*.mjs'],
    languageOptions: {
      sourceType: 'module',
      globals: globals.node,
    },
  },
  {
    rules: {
      'no-control-regex': 'off', // the ASCII checks name control characters on purpose
      eqeqeq: 'error',
      'no-var': 'error',
      'prefer-const': 'error',
      strict: ['error', 'safe'],
    },
  },
];
