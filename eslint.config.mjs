import js from '@eslint/js';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['dist/', 'node_modules/', 'neo4j/', 'coverage/', 'explorer/dist/', 'jest.config.js'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    // Tests read GraphQL JSON answers whose shape the assertions themselves check.
    files: ['test/**/*.ts'],
    rules: { '@typescript-eslint/no-explicit-any': 'off' },
  },
  {
    files: ['src/resolvers/**/*.ts'],
    rules: {
      // Resolvers go through loaders and services; only stores talk to the database.
      'no-restricted-imports': ['error', { paths: [{ name: 'neo4j-driver', message: 'Resolvers never import the driver; use a loader or service.' }] }],
    },
  },
);
