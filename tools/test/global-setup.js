// Starts one embedded PostgreSQL for the whole Jest run and migrates a template database.
// Each test file clones its own database from the template (libs/testing), so suites are
// isolated and fast. Integration and e2e projects both list this file; it runs once.
const { chmodSync, mkdtempSync } = require('node:fs');
const { tmpdir } = require('node:os');
const { join } = require('node:path');

const TEMPLATE = 'hc_template';

module.exports = async function globalSetup() {
  if (globalThis.__HC_TEST_PG__) return;
  const { startEmbeddedPostgres } = require('../../libs/persistence/src/embedded/embedded-postgres');
  const { createDataSourceOptions } = require('../../libs/persistence/src/data-source');
  const { DataSource } = require('typeorm');

  const dir = mkdtempSync(join(tmpdir(), 'hc-test-pg-'));
  chmodSync(dir, 0o755); // PostgreSQL may run as the postgres system user
  const pg = await startEmbeddedPostgres({ dataDir: join(dir, 'data'), port: 0, database: TEMPLATE, persistent: false });
  const ds = new DataSource(createDataSourceOptions(pg.urlFor(TEMPLATE), []));
  await ds.initialize();
  await ds.runMigrations();
  await ds.destroy();

  globalThis.__HC_TEST_PG__ = { pg, dir };
  process.env.HC_TEST_PG_ADMIN_URL = pg.urlFor('postgres');
  process.env.HC_TEST_PG_TEMPLATE = TEMPLATE;
};
