import { runApiExpectingExit } from './api-process';

describe('start-up configuration', () => {
  it.each([
    ['PORT', { PORT: 'eighty' }],
    ['DATABASE_URL', { DATABASE_URL: 'mysql://localhost/db' }],
    ['MEILI_HOST', { MEILI_HOST: 'not a url' }],
    ['SEED_DEMO', { SEED_DEMO: 'sometimes' }],
  ])('stops at boot with a message naming %s when it is invalid', async (variable, env) => {
    const { code, output } = await runApiExpectingExit(env);
    expect(code).toBe(1);
    expect(output).toContain('Invalid configuration');
    expect(output).toContain(`${variable}:`);
  });
});
