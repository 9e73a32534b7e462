// Lint: typescript-eslint's recommended rules, and the layers as import zones (the same rule as
// test/integration/architecture.test.ts). Formatting is Prettier's job (eslint-config-prettier).
import js from '@eslint/js';
import prettier from 'eslint-config-prettier';
import importX from 'eslint-plugin-import-x';
import reactHooks from 'eslint-plugin-react-hooks';
import { createTypeScriptImportResolver } from 'eslint-import-resolver-typescript';
import tseslint from 'typescript-eslint';

const LAYERS = ['core', 'llm', 'store', 'app', 'server', 'cli', 'web', 'eval'];
/** Which layers each layer may import (besides itself). */
const ALLOWED = {
  core: [],
  llm: ['core'],
  store: ['core'],
  app: ['core', 'llm', 'store'],
  server: ['core', 'app'],
  cli: ['core', 'app'],
  web: ['core'],
  // The offline evaluation (npm run eval): nothing imports it.
  eval: ['core', 'llm', 'app'],
};

const zones = LAYERS.flatMap((layer) =>
  LAYERS.filter((other) => other !== layer && !ALLOWED[layer].includes(other)).map((other) => ({
    target: `./src/${layer}`,
    from: `./src/${other}`,
    // The one upward arrow: the store implements the app's ports (type-only, checked below).
    ...(layer === 'store' && other === 'app' ? { except: ['./ports.ts'] } : {}),
    message: `src/${layer} may import only ${['itself', ...ALLOWED[layer]].join(', ')} (see docs/decisions/006).`,
  })),
);
/** Web features never import each other; the app folder composes them. */
const featureZones = ['generate', 'history', 'account', 'admin'].map((feature) => ({
  target: `./src/web/features/${feature}`,
  from: './src/web/features',
  except: [`./${feature}`],
  message: 'Web features never import each other: compose them in src/web/app.',
}));

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'test-results/**', 'data/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx,js,mjs}'],
    plugins: { 'import-x': importX },
    settings: {
      'import-x/resolver-next': [createTypeScriptImportResolver({ project: './tsconfig.json' })],
    },
    languageOptions: { globals: { process: 'readonly', console: 'readonly', URL: 'readonly' } },
    rules: {
      'import-x/no-restricted-paths': ['error', { zones: [...zones, ...featureZones] }],
      'import-x/no-unresolved': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      // Sanitising and PDF text deliberately match control characters.
      'no-control-regex': 'off',
    },
  },
  {
    files: ['src/web/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: { 'react-hooks/rules-of-hooks': 'error', 'react-hooks/exhaustive-deps': 'error' },
  },
  {
    // The invisible-character tables list combining marks and emoji modifiers on purpose.
    files: ['src/core/validation/**/*.ts'],
    rules: { 'no-misleading-character-class': 'off' },
  },
  {
    files: ['src/store/**/*.ts'],
    ignores: ['src/store/**/*.test.ts'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['**/app/ports.js'],
              allowTypeImports: true,
              message: 'The store may import the app ports as types only.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['src/core/**/*.ts', 'src/web/**/*.{ts,tsx}'],
    ignores: ['**/*.test.ts', '**/*.test.tsx'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [{ group: ['node:*'], message: 'core and web run in the browser: no node:* modules.' }] },
      ],
    },
  },
  prettier,
);
