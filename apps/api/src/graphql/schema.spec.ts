import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildSchema, Kind, parse, validate } from 'graphql';
import { printAppSchema } from './schema-printer';

describe('schema.gql', () => {
  it('matches the code-first schema (run `npm run schema` after changing the API on purpose)', async () => {
    const committed = readFileSync(join(__dirname, '../../../../schema.gql'), 'utf8');
    expect(await printAppSchema()).toBe(committed);
  });
});

describe('the README', () => {
  const root = join(__dirname, '../../../..');
  const schema = buildSchema(readFileSync(join(root, 'schema.gql'), 'utf8'));
  const examples = [...readFileSync(join(root, 'README.md'), 'utf8').matchAll(/```graphql\n([\s\S]*?)```/g)].map((m) => m[1] as string);

  it('has GraphQL examples', () => {
    expect(examples.length).toBeGreaterThan(5);
  });

  it.each(examples.map((text, i) => [i + 1, text]))('example %i is valid against schema.gql', (_, text) => {
    // A block may hold several operations to send one at a time.
    const errors = parse(text as string).definitions.flatMap((definition) => validate(schema, { kind: Kind.DOCUMENT, definitions: [definition] }).map((e) => e.message));
    expect(errors).toEqual([]);
  });
});
