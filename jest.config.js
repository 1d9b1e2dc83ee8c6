/** @type {import('jest').Config} */
const shared = {
  testEnvironment: 'node',
  transform: { '^.+\\.ts$': ['@swc/jest', { jsc: { parser: { syntax: 'typescript' }, target: 'es2022' }, module: { type: 'commonjs' } }] },
};

module.exports = {
  testTimeout: 60000,
  // Integration tests share one embedded Neo4j and reset it, so files run one at a time (npm test passes --runInBand).
  maxWorkers: 1,
  projects: [
    // Pure tests: no database, no Java; `npm run test:unit` runs them alone.
    { ...shared, displayName: 'unit', roots: ['<rootDir>/test/unit'], testMatch: ['**/*.test.ts'] },
    // Against one embedded Neo4j started by the global setup.
    {
      ...shared,
      displayName: 'integration',
      roots: ['<rootDir>/test'],
      testMatch: ['**/*.int.test.ts'],
      globalSetup: '<rootDir>/test/global-setup.ts',
      globalTeardown: '<rootDir>/test/global-teardown.ts',
    },
  ],
};
