import { createTestDatabase, TestDatabase } from '@hc/testing';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client } from 'pg';
import { ROOT } from './api-process';
import { runCli } from './cli-process';

async function count(url: string, table: string): Promise<number> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query<{ n: string }>(`SELECT count(*) AS n FROM ${table}`);
    return Number(rows[0].n);
  } finally {
    await client.end();
  }
}

describe('the operator CLI (built, run as a process)', () => {
  let db: TestDatabase;

  beforeAll(async () => {
    db = await createTestDatabase();
  });
  afterAll(async () => {
    await db?.drop();
  });

  it('lists its commands with --help', async () => {
    const { code, stdout } = await runCli(['--help']);
    expect(code).toBe(0);
    for (const command of ['reindex', 'migrate', 'seed-demo']) expect(stdout).toMatch(new RegExp(`^\\s+${command}\\s`, 'm'));
  });

  it('migrate reports that a migrated database has no pending migrations', async () => {
    const { code, stdout } = await runCli(['migrate'], { DATABASE_URL: db.url });
    expect(code).toBe(0);
    expect(stdout).toContain('No pending migrations');
  });

  it('seed-demo loads the demo companies into an empty database, and refuses once it is not empty', async () => {
    const first = await runCli(['seed-demo'], { DATABASE_URL: db.url, DEMO_COMPANIES: '200' });
    expect(first.stderr).not.toContain('Failed');
    expect(first.code).toBe(0);
    // 200 generated companies, plus the 97 real register entries (OffeneRegister) as drafts.
    expect(first.stdout).toMatch(/200 generated companies, 97 real register entries \(drafts\) and \d+ parks/);
    expect(await count(db.url, 'companies')).toBe(297);
    expect(await count(db.url, `companies WHERE status = 'draft' AND registry_id IS NOT NULL`)).toBe(97);
    // Every row comes with its outbox event, so a running api indexes them.
    expect(await count(db.url, `outbox_events WHERE aggregate_type = 'company'`)).toBe(297);

    const second = await runCli(['seed-demo'], { DATABASE_URL: db.url, DEMO_COMPANIES: '200' });
    expect(second.code).toBe(0);
    expect(second.stdout).toContain('not empty');
    expect(await count(db.url, 'companies')).toBe(297);
  });

  it('reindex without MEILI_HOST explains that the embedded index lives in the api, and exits 2', async () => {
    const { code, stdout, stderr } = await runCli(['reindex'], { DATABASE_URL: db.url });
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toContain('The embedded search index lives in the api process and is rebuilt from PostgreSQL at every start');
    expect(stderr).toContain('set MEILI_HOST to reindex Meilisearch');
  });

  it('stops with exit 1 and names the variable when the configuration is invalid', async () => {
    const { code, stderr } = await runCli(['migrate'], { DATABASE_URL: db.url, PORT: 'abc' });
    expect(code).toBe(1);
    expect(stderr).toContain('Invalid configuration');
    expect(stderr).toContain('PORT:');
  });

  it('does not start a second server on an embedded cluster that is already running', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'hc-cli-e2e-'));
    try {
      // What a running api leaves in DATA_DIR/postgres: postmaster.pid naming a live process.
      mkdirSync(join(dataDir, 'postgres'));
      writeFileSync(join(dataDir, 'postgres', 'postmaster.pid'), `${process.pid}\n${dataDir}/postgres\n0\n54329\n\n127.0.0.1\n`);
      const { code, stderr } = await runCli(['migrate'], { DATA_DIR: dataDir, EMBEDDED_PG_PORT: '0' });
      expect(code).toBe(1);
      expect(stderr).toContain('is already running');
      expect(stderr).toContain('DATABASE_URL');
    } finally {
      rmSync(dataDir, { recursive: true, force: true });
    }
  });

  it('imports a file of 2,500 companies on worker threads: a bad row deep in the file is reported by its line, and --skip-invalid writes the rest', async () => {
    const example = JSON.parse(readFileSync(join(ROOT, 'docs/examples/companies.jsonl'), 'utf8').split('\n')[0]!) as Record<string, unknown>;
    const lines = Array.from({ length: 2500 }, (_, i) => {
      const row: Record<string, unknown> = { ...example, registryId: `Nürtingen HRB ${800000 + i}`, name: { de: `Prüfbetrieb ${i} GmbH` } };
      if (i === 2399) row.employees = 'viele';
      return JSON.stringify(row);
    });
    const dir = mkdtempSync(join(tmpdir(), 'hc-cli-import-'));
    const file = join(dir, 'companies.jsonl');
    writeFileSync(file, `${lines.join('\n')}\n`);
    try {
      const before = await count(db.url, 'companies');
      const refused = await runCli(['import', 'companies', file], { DATABASE_URL: db.url });
      expect(refused.code).toBe(1);
      expect(refused.stdout).toContain('line 2400: employees:');
      expect(refused.stdout).toContain('2500 rows read, 2499 valid, 1 invalid');
      expect(await count(db.url, 'companies')).toBe(before);

      const written = await runCli(['import', 'companies', file, '--skip-invalid'], { DATABASE_URL: db.url });
      expect(written.code).toBe(0);
      expect(written.stdout).toContain('created 2499');
      expect(await count(db.url, 'companies')).toBe(before + 2499);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
