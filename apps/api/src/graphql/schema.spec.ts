import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { printAppSchema } from './schema-printer';

describe('schema.gql', () => {
  it('matches the code-first schema (run `npm run schema` after changing the API on purpose)', async () => {
    const committed = readFileSync(join(__dirname, '../../../../schema.gql'), 'utf8');
    expect(await printAppSchema()).toBe(committed);
  });
});
