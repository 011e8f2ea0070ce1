import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import globals from 'globals';

export default tseslint.config(
  { ignores: ['dist/**', 'scanner/dist/**', 'tamis-scan-report/**', 'node_modules/**', 'docs/**', 'bench/.profile/**', 'examples/vendor-stubs/**', 'examples/frameworks/dist/**', '.tmp/**', 'collector/dist/**', '.tamis-collector/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    // The runtime loads alone in <head>: it must never pull in the UI.
    files: ['src/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['lit', 'lit/*', '@lit/*', '@floating-ui/*'], message: 'src/ is the runtime: no UI libraries.' },
            { group: ['../components/*', '../components'], message: 'src/ must not import components/.' },
          ],
        },
      ],
    },
  },
  {
    files: ['**/*.mjs', 'test/**/*.js', 'bench/**/*.js', 'examples/**/*.js'],
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
);
