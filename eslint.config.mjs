import js from '@eslint/js';
import nx from '@nx/eslint-plugin';
import tseslint from 'typescript-eslint';

const scopes = {
  'scope:core': ['scope:core'],
  'scope:persistence': ['scope:core', 'scope:persistence'],
  'scope:taxonomy': ['scope:core', 'scope:persistence', 'scope:taxonomy'],
  'scope:companies': ['scope:core', 'scope:persistence', 'scope:taxonomy', 'scope:companies'],
  'scope:parks': ['scope:core', 'scope:persistence', 'scope:taxonomy', 'scope:parks'],
  'scope:search': ['scope:core', 'scope:persistence', 'scope:taxonomy', 'scope:companies', 'scope:parks', 'scope:search'],
  'scope:matching': ['scope:core', 'scope:persistence', 'scope:taxonomy', 'scope:companies', 'scope:parks', 'scope:search', 'scope:matching'],
  'scope:dataset': ['scope:core', 'scope:taxonomy', 'scope:companies', 'scope:parks', 'scope:dataset'],
  'scope:testing': ['scope:core', 'scope:persistence', 'scope:testing'],
  'scope:api': ['*'],
};

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', '.data/**', 'tmp/**', '**/*.js', '**/*.mjs', '**/*.cjs'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.ts'],
    plugins: { '@nx': nx },
    rules: {
      // The arrows of docs/architecture.md: a lib may only import libs below it.
      '@nx/enforce-module-boundaries': [
        'error',
        {
          enforceBuildableLibDependency: false,
          allow: [],
          depConstraints: [
            ...Object.entries(scopes).map(([sourceTag, onlyDependOnLibsWithTags]) => ({ sourceTag, onlyDependOnLibsWithTags })),
            // Test helpers never reach production code.
            { sourceTag: 'type:util', notDependOnLibsWithTags: ['type:testing'] },
            { sourceTag: 'type:domain', notDependOnLibsWithTags: ['type:testing', 'type:app'] },
            { sourceTag: 'type:feature', notDependOnLibsWithTags: ['type:testing', 'type:app'] },
          ],
        },
      ],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/no-explicit-any': 'error',
      'no-console': 'error',
      'no-restricted-syntax': ['error', { selector: 'ExportDefaultDeclaration', message: 'Use named exports.' }],
    },
  },
  {
    files: ['**/*.spec.ts', '**/*.int-spec.ts', 'e2e/**/*.ts', 'bench/**/*.ts', 'tools/**/*.ts'],
    rules: { 'no-console': 'off' },
  },
);
