import js from '@eslint/js';
import prettier from 'eslint-config-prettier';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['dist/**', 'coverage/**', 'node_modules/**', 'tools/**/target/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.ts'],
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      // Not consistent-type-imports: Nest DI needs constructor parameter types as runtime values
      // (emitDecoratorMetadata), which that rule would turn into type-only imports.
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      'no-restricted-properties': [
        'error',
        { object: 'process', property: 'env', message: 'Read settings through AppConfig (libs/config).' },
      ],
    },
  },
  {
    // The config lib is the one reader of the environment; test and benchmark infrastructure sets it up.
    files: [
      'libs/config/src/**',
      'libs/testing/src/**',
      'test/**',
      'scripts/bench/**',
      'scripts/pipeline/**',
      '**/*.spec.ts',
    ],
    rules: { 'no-restricted-properties': 'off' },
  },
  prettier,
);
