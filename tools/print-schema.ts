// Writes the committed schema.gql: `npm run schema`. A test fails when the file drifts.
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { printAppSchema } from '../apps/api/src/graphql/schema-printer';

printAppSchema().then(
  (sdl) => {
    const file = resolve(__dirname, '../../schema.gql');
    writeFileSync(file, sdl);
    process.stdout.write(`Wrote ${file}\n`);
  },
  (error: unknown) => {
    process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    process.exit(1);
  },
);
