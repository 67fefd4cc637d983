// Generates a migration from the difference between the entities and the migrated schema:
//   npm run migration:generate -- AddSomething
// Runs against a throw-away embedded PostgreSQL, so no database needs to be set up.
import { chmodSync, mkdtempSync, rmSync, writeFileSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { DataSource } from 'typeorm';
import { createDataSourceOptions, startEmbeddedPostgres } from '@hc/persistence';
import { ENTITIES } from '@hc/platform';

async function main() {
  const name = process.argv[2];
  if (!name || !/^[A-Z][A-Za-z0-9]+$/.test(name)) {
    throw new Error('Usage: npm run migration:generate -- <PascalCaseName>');
  }
  const dir = mkdtempSync(join(tmpdir(), 'hc-migrate-'));
  chmodSync(dir, 0o755); // PostgreSQL may run as the postgres system user
  const pg = await startEmbeddedPostgres({ dataDir: join(dir, 'pg'), port: 0, database: 'migrate', persistent: false });
  try {
    const ds = await new DataSource(createDataSourceOptions(pg.url, ENTITIES)).initialize();
    await ds.runMigrations();
    const sql = await ds.driver.createSchemaBuilder().log();
    await ds.destroy();
    if (sql.upQueries.length === 0) {
      process.stdout.write('Entities and migrations agree; nothing to generate.\n');
      return;
    }
    const timestamp = Date.now();
    const className = `${name}${timestamp}`;
    const q = (s: string) => '`' + s.replace(/\\/g, '\\\\').replace(/`/g, '\\`') + '`';
    const up = sql.upQueries.map((x) => `    await queryRunner.query(${q(x.query)});`).join('\n');
    const down = [...sql.downQueries].reverse().map((x) => `    await queryRunner.query(${q(x.query)});`).join('\n');
    const root = resolve(__dirname, '../..');
    const file = join(root, 'libs/persistence/src/migrations', `${timestamp}-${name}.ts`);
    writeFileSync(
      file,
      `import { MigrationInterface, QueryRunner } from 'typeorm';\n\nexport class ${className} implements MigrationInterface {\n  name = '${className}';\n\n  async up(queryRunner: QueryRunner): Promise<void> {\n${up}\n  }\n\n  async down(queryRunner: QueryRunner): Promise<void> {\n${down}\n  }\n}\n`,
    );
    const indexFile = join(root, 'libs/persistence/src/migrations/index.ts');
    const index = readFileSync(indexFile, 'utf8');
    process.stdout.write(`Wrote ${file}\nAdd ${className} to ${indexFile}:\n${index}\n`);
  } finally {
    await pg.stop();
    rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
