/**
 * GraphQL Code Generator (`npm run codegen`): types generated from schema.graphql, one output per key of
 * `generates`. The generated files are committed; test/unit/codegen.test.ts regenerates every output in memory
 * and fails when a committed file differs. No formatter runs on the output, so it is byte-stable as generated.
 */
import type { CodegenConfig } from '@graphql-codegen/cli';

const config: CodegenConfig = {
  schema: 'schema.graphql',
  overwrite: true,
  generates: {
    // The explorer's documents (`graphql(...)` calls in explorer/src) and their result types. Documents are
    // plain strings in the bundle (no graphql runtime); fragments are not masked.
    'explorer/src/generated/': {
      preset: 'client',
      documents: ['explorer/src/**/*.ts', '!explorer/src/generated/**'],
      presetConfig: { fragmentMasking: false },
      config: {
        documentMode: 'string',
        enumsAsTypes: true,
        // `import type` for type-only imports (the explorer compiles with isolatedModules).
        useTypeImports: true,
        // `__typename` appears in a result type only where a document selects it.
        skipTypename: true,
      },
    },
  },
};

export default config;
