import js from '@eslint/js';
import boundaries from 'eslint-plugin-boundaries';
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
  {
    // The layers point one way: resolvers → service (read service, loaders) → stores → driver; the model and the
    // domain below everything, ingestion beside the service. A wrong arrow fails `npm run lint`, so `npm test`.
    files: ['src/**/*.ts'],
    plugins: { boundaries },
    settings: {
      'import/resolver': { typescript: { project: 'tsconfig.json' } },
      'boundaries/include': ['src/**/*.ts'],
      'boundaries/elements': [
        { type: 'app', pattern: 'src/ingest/cli.ts', mode: 'file' },
        { type: 'model', pattern: 'src/model/*.ts', mode: 'file' },
        { type: 'domain', pattern: 'src/domain/*.ts', mode: 'file' },
        { type: 'neo4j', pattern: 'src/neo4j/*.ts', mode: 'file' },
        { type: 'stores', pattern: 'src/stores/*.ts', mode: 'file' },
        { type: 'service', pattern: 'src/service/*.ts', mode: 'file' },
        { type: 'ingest', pattern: 'src/ingest/*.ts', mode: 'file' },
        { type: 'resolvers', pattern: 'src/resolvers/**/*.ts', mode: 'file' },
        { type: 'generated', pattern: 'src/generated/*.ts', mode: 'file' },
        { type: 'explorer', pattern: 'src/explorer/*.ts', mode: 'file' },
        { type: 'shared', pattern: 'src/{config,errors,limits}.ts', mode: 'file' },
        { type: 'app', pattern: 'src/*.ts', mode: 'file' },
      ],
    },
    rules: {
      'boundaries/element-types': [
        2,
        {
          default: 'disallow',
          rules: [
            { from: 'model', allow: ['model'] },
            { from: 'domain', allow: ['model', 'domain'] },
            { from: 'shared', allow: ['shared'] },
            { from: 'neo4j', allow: ['neo4j', 'shared'] },
            { from: 'stores', allow: ['stores', 'neo4j', 'domain', 'model', 'shared'] },
            { from: 'service', allow: ['service', 'stores', 'domain', 'model', 'shared', 'generated'] },
            { from: 'ingest', allow: ['ingest', 'stores', 'neo4j', 'domain', 'model', 'shared'] },
            { from: 'resolvers', allow: ['resolvers', 'service', 'ingest', 'domain', 'model', 'shared', 'generated', 'app'] },
            { from: 'generated', allow: ['domain', 'service', 'app'] },
            { from: 'explorer', allow: ['explorer', 'shared'] },
            { from: 'app', allow: ['app', 'shared', 'neo4j', 'stores', 'service', 'ingest', 'resolvers', 'explorer', 'domain', 'model'] },
          ],
        },
      ],
    },
  },
);
