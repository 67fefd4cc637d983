import { randomBytes } from 'node:crypto';
import { Client } from 'pg';

export interface TestDatabase {
  url: string;
  name: string;
  drop(): Promise<void>;
}

function adminUrl(): string {
  const url = process.env.HC_TEST_PG_ADMIN_URL;
  if (!url) throw new Error('No test PostgreSQL: run this file through the integration or e2e Jest project (tools/test/global-setup.js)');
  return url;
}

/** A fresh database cloned from the migrated template; cloning takes a few tens of milliseconds. */
export async function createTestDatabase(): Promise<TestDatabase> {
  const admin = adminUrl();
  const template = process.env.HC_TEST_PG_TEMPLATE ?? 'hc_template';
  const name = `hc_test_${process.env.JEST_WORKER_ID ?? '0'}_${randomBytes(4).toString('hex')}`;
  const client = new Client({ connectionString: admin });
  await client.connect();
  try {
    await client.query(`CREATE DATABASE "${name}" TEMPLATE "${template}"`);
  } finally {
    await client.end();
  }
  const url = admin.replace(/\/[^/]*$/, `/${name}`);
  return {
    url,
    name,
    drop: async () => {
      const c = new Client({ connectionString: admin });
      await c.connect();
      try {
        await c.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
      } finally {
        await c.end();
      }
    },
  };
}
