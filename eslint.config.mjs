import js from '@eslint/js';
import nx from '@nx/eslint-plugin';
import tseslint from 'typescript-eslint';

const scopes = {
  'scope:core': ['scope:core'],
  'scope:persistence': ['scope:core', 'scope:persistence'],
  // Users, tokens, API keys, ownership grants, the audit log and the access guard.
  'scope:identity': ['scope:core', 'scope:persistence', 'scope:identity'],
  'scope:taxonomy': ['scope:core', 'scope:persistence', 'scope:taxonomy'],
  'scope:companies': ['scope:core', 'scope:persistence', 'scope:identity', 'scope:taxonomy', 'scope:companies'],
  'scope:parks': ['scope:core', 'scope:persistence', 'scope:identity', 'scope:taxonomy', 'scope:parks'],
  // Typed offers and requests published by companies and parks.
  'scope:opportunities': ['scope:core', 'scope:persistence', 'scope:identity', 'scope:taxonomy', 'scope:companies', 'scope:parks', 'scope:opportunities'],
  // Membership of the new-ecology initiative, shared resources, cooperation agreements, experts.
  'scope:initiative': ['scope:core', 'scope:persistence', 'scope:identity', 'scope:taxonomy', 'scope:companies', 'scope:parks', 'scope:initiative'],
  'scope:search': ['scope:core', 'scope:persistence', 'scope:identity', 'scope:taxonomy', 'scope:companies', 'scope:parks', 'scope:opportunities', 'scope:search'],
  // Dismissals, the shortlist, expressions of interest, notifications and the funnel: what people do with suggestions.
  'scope:matching-feedback': ['scope:core', 'scope:persistence', 'scope:identity', 'scope:taxonomy', 'scope:companies', 'scope:parks', 'scope:opportunities', 'scope:initiative', 'scope:matching-feedback'],
  'scope:matching': ['scope:core', 'scope:persistence', 'scope:identity', 'scope:taxonomy', 'scope:companies', 'scope:parks', 'scope:opportunities', 'scope:initiative', 'scope:search', 'scope:matching-feedback', 'scope:matching'],
  // Bulk import and export of company files (CLI and GraphQL).
  'scope:import': ['scope:core', 'scope:persistence', 'scope:identity', 'scope:taxonomy', 'scope:companies', 'scope:parks', 'scope:opportunities', 'scope:import'],
  'scope:dataset': ['scope:core', 'scope:taxonomy', 'scope:companies', 'scope:parks', 'scope:opportunities', 'scope:initiative', 'scope:dataset'],
  // The composition shared by the apps: the entity list and the demo seeding.
  'scope:platform': ['scope:core', 'scope:persistence', 'scope:identity', 'scope:taxonomy', 'scope:companies', 'scope:parks', 'scope:opportunities', 'scope:initiative', 'scope:search', 'scope:matching-feedback', 'scope:matching', 'scope:import', 'scope:dataset', 'scope:platform'],
  'scope:testing': ['scope:core', 'scope:persistence', 'scope:testing'],
  'scope:api': ['*'],
  'scope:tools': ['*'],
};

// Tests may also use the test helpers (libs/testing); production code may not.
const testScopes = Object.fromEntries(
  Object.entries(scopes).map(([tag, allowed]) => [tag, allowed.includes('*') ? allowed : [...allowed, 'scope:testing']]),
);

function boundaries(allowedByScope) {
  return {
    enforceBuildableLibDependency: false,
    allow: [],
    depConstraints: Object.entries(allowedByScope).map(([sourceTag, onlyDependOnLibsWithTags]) => ({ sourceTag, onlyDependOnLibsWithTags })),
  };
}

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', '.data/**', 'tmp/**', '**/*.js', '**/*.mjs', '**/*.cjs'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.ts'],
    plugins: { '@nx': nx },
    rules: {
      // The arrows of docs/architecture.md: a lib may only import libs below it.
      '@nx/enforce-module-boundaries': ['error', boundaries(scopes)],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/no-explicit-any': 'error',
      'no-console': 'error',
      'no-restricted-syntax': ['error', { selector: 'ExportDefaultDeclaration', message: 'Use named exports.' }],
    },
  },
  {
    files: ['**/*.spec.ts', '**/*.int-spec.ts', '**/*.e2e-spec.ts', 'e2e/**/*.ts', 'bench/**/*.ts', 'tools/**/*.ts'],
    rules: { 'no-console': 'off', '@nx/enforce-module-boundaries': ['error', boundaries(testScopes)] },
  },
);
