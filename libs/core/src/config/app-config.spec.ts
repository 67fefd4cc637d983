import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ConfigError, configSchema, loadConfig } from './app-config';

describe('configuration', () => {
  it('runs with no environment at all: embedded database and search', () => {
    const config = loadConfig({});
    expect(config.DATABASE_URL).toBeUndefined();
    expect(config.MEILI_HOST).toBeUndefined();
    expect(config.PORT).toBe(3000);
    expect(config.SEED_DEMO).toBe('auto');
  });

  it('treats empty variables as unset', () => {
    expect(loadConfig({ PORT: '', DATABASE_URL: '' }).PORT).toBe(3000);
  });

  it.each([
    ['PORT', { PORT: 'eighty' }],
    ['PORT', { PORT: '70000' }],
    ['DATABASE_URL', { DATABASE_URL: 'mysql://localhost/x' }],
    ['MEILI_HOST', { MEILI_HOST: 'localhost:7700' }],
    ['MEILI_API_KEY', { MEILI_API_KEY: 'secret' }],
    ['GRAPHIQL', { GRAPHIQL: 'maybe' }],
    ['MATCH_WEIGHT_SECTOR', { MATCH_WEIGHT_SECTOR: '-1' }],
  ])('names %s when its value is invalid', (variable, env) => {
    try {
      loadConfig(env);
      throw new Error('expected a ConfigError');
    } catch (error) {
      expect(error).toBeInstanceOf(ConfigError);
      expect((error as ConfigError).problems.map((p) => p.variable)).toContain(variable);
      expect((error as Error).message).toContain(`${variable}:`);
    }
  });

  it('.env.example lists exactly the variables the schema reads', () => {
    const example = readFileSync(join(__dirname, '../../../../.env.example'), 'utf8');
    const listed = [...example.matchAll(/^#? ?([A-Z][A-Z0-9_]+)=/gm)].map((m) => m[1]).sort();
    expect(listed).toEqual(Object.keys(configSchema.shape).sort());
  });
});
