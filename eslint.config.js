/**
 * ESLint for the whole repository: `npm run lint` (with `prettier --check`; Prettier owns the layout,
 * so eslint-config-prettier turns off every rule about it).
 *
 * Type-aware rules (typescript-eslint's recommendedTypeChecked) run on every TypeScript file through
 * the project service, which finds each file's tsconfig as the editor does. The few plain JS files
 * (this file, the demo pages' scripts) get the same rules without type information.
 */
import js from '@eslint/js';
import prettier from 'eslint-config-prettier';
import lit from 'eslint-plugin-lit';
import reactHooks from 'eslint-plugin-react-hooks';
import { defineConfig, globalIgnores } from 'eslint/config';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default defineConfig([
  globalIgnores(['**/dist/', '**/node_modules/', '**/.wrangler/', 'tests/fixtures/', 'worker/worker-configuration.d.ts']),
  js.configs.recommended,
  tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    linterOptions: { reportUnusedDisableDirectives: 'error' },
    rules: {
      // `_` names an argument or binding kept for its position (a callback's, a tuple's).
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', ignoreRestSiblings: true }],
      // Type-only imports stay type-only in the output (tsconfig's verbatimModuleSyntax asks the same).
      // `typeof import('./desk')` stays allowed: it names a module that is loaded lazily.
      '@typescript-eslint/consistent-type-imports': ['error', { disallowTypeAnnotations: false }],
      // `declare global { namespace Cloudflare { … } }` is how the wrangler-generated Env is extended.
      '@typescript-eslint/no-namespace': ['error', { allowDeclarations: true }],
      // An async event handler in JSX (onSubmit={save}) is fine: Preact ignores its promise and the
      // handlers report their own failures. Everywhere else a promise where void is expected is an error.
      '@typescript-eslint/no-misused-promises': ['error', { checksVoidReturn: { attributes: false } }],
      // Callbacks are properties, so TypeScript checks their parameters strictly (not bivariantly) and
      // a destructured `onSave` is not an unbound method.
      '@typescript-eslint/method-signature-style': ['error', 'property'],
      // An async function that implements a Promise-returning interface (a storage, a fake fetch) needs
      // no await, and `async` still turns its throws into rejections.
      '@typescript-eslint/require-await': 'off',
    },
  },
  {
    // Tests read JSON bodies (any by nature) and use vitest's asymmetric matchers (`expect.any(String)`,
    // typed any): the assertions themselves check those values.
    files: ['tests/**/*.ts'],
    rules: {
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unsafe-call': 'off',
      '@typescript-eslint/no-unsafe-return': 'off',
      '@typescript-eslint/no-unsafe-argument': 'off',
    },
  },
  {
    files: ['widget/pages/**/*.js'],
    languageOptions: { globals: globals.browser },
  },
  {
    files: ['**/*.{js,mjs}'],
    extends: [tseslint.configs.disableTypeChecked],
    languageOptions: { globals: globals.node },
  },
  {
    files: ['widget/**/*.ts'],
    extends: [lit.configs['flat/recommended']],
  },
  {
    // The hooks rules proper. The plugin's recommended set also has the React Compiler's rules, which
    // assume the compiler memoises components (Preact has none) and cost a quarter of the lint time.
    files: ['admin/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: {
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'error',
    },
  },
  prettier,
]);
