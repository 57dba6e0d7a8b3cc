// ESLint: typescript-eslint's recommended type-checked rules, plus the architecture's one-way imports.
import { fileURLToPath } from 'node:url';
import js from '@eslint/js';
import { includeIgnoreFile } from 'eslint/config';
import prettier from 'eslint-config-prettier';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  // What git ignores, ESLint ignores: build output, coverage, and the .ask/ folder `ask deploy` leaves behind.
  includeIgnoreFile(fileURLToPath(new URL('.gitignore', import.meta.url))),
  // The console's browser script is plain JavaScript outside the TypeScript project.
  { ignores: ['src/local/console/'] },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: { allowDefaultProject: ['*.mjs', 'scripts/*.mjs'] }, tsconfigRootDir: import.meta.dirname },
      globals: { console: 'readonly', process: 'readonly', URL: 'readonly', Buffer: 'readonly' },
    },
    linterOptions: { reportUnusedDisableDirectives: 'error' },
  },
  {
    // Plain JavaScript build scripts carry no types to check.
    files: ['**/*.mjs', '**/*.js'],
    ...tseslint.configs.disableTypeChecked,
    languageOptions: { globals: { console: 'readonly', process: 'readonly', URL: 'readonly', Buffer: 'readonly', setTimeout: 'readonly' } },
  },
  {
    // What ships to Lambda never reaches into the local Alexa or the setup tool.
    files: ['src/skill/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['**/local/**', '**/linkingTool/**', '**/grammar/**', '**/certify/**'],
              message: 'src/skill ships alone: it must not import the local Alexa, the linking tool, the grammar or certify.',
            },
          ],
        },
      ],
    },
  },
  {
    // Providers know nothing of the handlers that use them.
    files: ['src/skill/providers/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: [
                '**/handlers/**',
                '**/pipeline/**',
                '**/answers/**',
                '**/alexaApi/**',
                '**/linking/**',
                '**/local/**',
                '**/linkingTool/**',
              ],
              message: 'Dependencies point one way: handlers and the pipeline use providers, never the reverse.',
            },
          ],
        },
      ],
    },
  },
  prettier,
);
