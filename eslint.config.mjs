// Type-aware linting. The one architectural rule that matters most: server/src/core stays pure
// (no editor, no transport, no Node built-ins, no I/O), so the same analysis serves the language
// server, the CLI, the benchmarks and the tests.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import { builtinModules } from 'node:module';

const nodeBuiltins = builtinModules.flatMap((name) => [
  name,
  `${name}/*`,
  `node:${name}`,
  `node:${name}/*`,
]);

export default tseslint.config(
  {
    ignores: ['out/**', 'dist/**', 'node_modules/**', 'test/e2e/.cache/**', '**/*.mjs', '**/*.js'],
  },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
      '@typescript-eslint/consistent-type-imports': 'error',
      eqeqeq: ['error', 'always', { null: 'ignore' }],
    },
  },
  {
    files: ['server/src/core/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: nodeBuiltins.map((name) => ({
            name,
            message:
              'server/src/core must not use Node built-ins: pass what it needs through an interface.',
          })),
          patterns: [
            {
              group: ['vscode', 'vscode-*', 'vscode/*'],
              message: 'server/src/core must not import editor or LSP modules.',
            },
            {
              group: ['**/features/*', '**/server', '**/cli', '../../client/**'],
              message: 'server/src/core must not depend on its adapters.',
            },
          ],
        },
      ],
      'no-restricted-globals': [
        'error',
        'process',
        'require',
        '__dirname',
        'Buffer',
        'setTimeout',
        'setInterval',
      ],
    },
  },
  {
    files: ['client/src/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['**/server/src/**', '!**/server/src/protocol'],
              message: 'The client may import only server/src/protocol.ts.',
            },
          ],
        },
      ],
    },
  },
  {
    // The preview webview's page: a browser under a strict CSP, talking to the host by messages.
    files: ['client/webview/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: nodeBuiltins.map((name) => ({
            name,
            message: 'client/webview runs in a browser page: no Node built-ins.',
          })),
          patterns: [
            {
              group: ['vscode', 'vscode-*', 'vscode/*'],
              message: 'client/webview never imports vscode: use acquireVsCodeApi (./vscodeApi).',
            },
            {
              regex: '(^|/)server/src/|^\\.\\./src/(?!preview/messages$)',
              message: 'client/webview may import only the shared message types from the host.',
            },
          ],
        },
      ],
      'no-restricted-globals': ['error', 'process', 'require', '__dirname', 'Buffer', 'module'],
    },
  },
  {
    files: ['test/**/*.ts', 'bench/**/*.ts'],
    rules: {
      '@typescript-eslint/no-floating-promises': 'off',
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-member-access': 'off',
    },
  },
);
