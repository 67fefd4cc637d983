import { profileServiceParts } from '@hc/identity';
// Bulk import: 100,000 generated companies (with opportunities) from a JSONL file into PostgreSQL
// (COPY, one transaction) and through the outbox into the embedded search index; against a
// baseline of one plain INSERT per row (plus its outbox row) on a 5,000-row sample, same server.
//   npm run build && node dist/bench/import.bench.js [companies=100000] [baseline=5000]
import { chmodSync, createReadStream, createWriteStream, mkdtempSync, rmSync } from 'node:fs';
import { once } from 'node:events';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CompaniesService, CompanyEntity, deriveCompanyColumns, isoDay } from '@hc/companies';
import { CompanyImporter, readCompanyFile, summaryOf, toCompanyFileRecord, writeJsonl } from '@hc/company-import';
import { createLogger, loadConfig } from '@hc/core';
import { generateCompanies } from '@hc/dataset';
import { OpportunitiesService, OpportunityEntity } from '@hc/opportunities';
import { ParkEntity } from '@hc/parks';
import { createDataSourceOptions, OutboxEventEntity, startEmbeddedPostgres } from '@hc/persistence';
import { EmbeddedSearchEngine, IndexSyncService } from '@hc/search';
import { DataSource } from 'typeorm';
import { ms, percentiles } from './stats';

const count = Number(process.argv[2] ?? 100_000);
const baselineCount = Number(process.argv[3] ?? 5_000);
const SEED = 20240528;

async function main(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'hc-import-bench-'));
  chmodSync(dir, 0o755); // PostgreSQL may run as the postgres system user
  const pg = await startEmbeddedPostgres({ dataDir: join(dir, 'pg'), port: 0, database: 'bench', persistent: false });
  const config = loadConfig({ OUTBOX_BATCH_SIZE: '5000', OUTBOX_POLL_MS: '50' });
  const dataSource = await new DataSource(createDataSourceOptions(pg.url, [CompanyEntity, ParkEntity, OpportunityEntity, OutboxEventEntity])).initialize();
  try {
    await dataSource.runMigrations();
    const file = join(dir, 'companies.jsonl');
    let started = Date.now();
    const out = createWriteStream(file);
    for (const company of generateCompanies({ seed: SEED, count })) {
      if (!out.write(writeJsonl(toCompanyFileRecord(null, company, company.opportunities)))) await once(out, 'drain');
    }
    out.end();
    await once(out, 'finish');
    console.log(`generated ${count} companies into ${file} in ${Date.now() - started} ms`);

    // Baseline: one INSERT per row, each with its outbox row, in one transaction.
    const samples: number[] = [];
    started = Date.now();
    const today = isoDay();
    await dataSource.transaction(async (m) => {
      for (const record of generateCompanies({ seed: SEED + 1, count: baselineCount })) {
        const t = process.hrtime.bigint();
        const d = deriveCompanyColumns(record, today);
        const [{ id }] = await m.query(
          `INSERT INTO companies (name_zh, name_de, name_en, description_zh, description_de, description_en, country, region, city, latitude, longitude,
             registry_id, activity_codes, isic_codes, isic_divisions, employees, annual_turnover_eur, balance_sheet_total_eur, revenue_band, founded_year,
             website, badges, offers, needs, initiative_member, status, eu_sme_category, eu_sme_assessed_on, registry_key, name_keys, city_key, content_hash, version)
           VALUES ($1,$2,$3,$4,$5,$6,$7,$8,$9,$10,$11,$12,$13,$14,$15,$16,$17,$18,$19,$20,$21,$22,$23,$24,$25,$26,$27,$28,$29,$30,$31,$32,1) RETURNING id`,
          [record.nameZh, record.nameDe, record.nameEn, record.descriptionZh, record.descriptionDe, record.descriptionEn, record.country, record.region, record.city,
            record.latitude, record.longitude, record.registryId, JSON.stringify(record.activityCodes), d.isicCodes, d.isicDivisions, record.employees,
            record.annualTurnoverEur, record.balanceSheetTotalEur, record.revenueBand, record.foundedYear, record.website, JSON.stringify(record.badges),
            record.offers, record.needs, record.initiativeMember, record.status, d.euSmeCategory, d.euSmeAssessedOn, d.registryKey, d.nameKeys, d.cityKey, d.contentHash],
        );
        await m.query(`INSERT INTO outbox_events (aggregate_type, aggregate_id, aggregate_version) VALUES ('company', $1, 1)`, [id]);
        samples.push(Number(process.hrtime.bigint() - t) / 1e6);
      }
      throw new Rollback();
    }).catch((e: unknown) => {
      if (!(e instanceof Rollback)) throw e;
    });
    const baselineMs = Date.now() - started;
    const baselineRate = (baselineCount * 1000) / baselineMs;
    const b = percentiles(samples);
    console.log(`baseline: ${baselineCount} single-row INSERTs in ${baselineMs} ms = ${Math.round(baselineRate)} rows/s; per row p50 ${ms(b.p50)} p95 ${ms(b.p95)} p99 ${ms(b.p99)}`);

    // The import, with the index following through the outbox.
    const engine = new EmbeddedSearchEngine();
    const companies = new CompaniesService(dataSource, config, ...profileServiceParts(dataSource, config));
    const opportunities = new OpportunitiesService(dataSource, config);
    const sync = new IndexSyncService(dataSource, engine, config, createLogger('silent'), companies, opportunities);
    await sync.start();
    const importer = new CompanyImporter(dataSource, companies, opportunities);
    started = Date.now();
    const report = await importer.import(readCompanyFile(createReadStream(file), 'jsonl'));
    const importedAt = Date.now();
    for (;;) {
      await sync.drain();
      if ((await sync.backlog()).pending === 0) break;
    }
    const indexedAt = Date.now();
    const rate = ((report.created + report.updated) * 1000) / report.writeMs;
    console.log(summaryOf(report));
    console.log('write phase, ms per step:', JSON.stringify(report.timing));
    console.log(
      `import: read+validate ${report.readMs} ms (${Math.round((report.rows * 1000) / report.readMs)} rows/s), ` +
        `PostgreSQL ${report.writeMs} ms = ${Math.round(rate)} rows/s (x${(rate / baselineRate).toFixed(1)} the baseline); ` +
        `file to committed ${importedAt - started} ms; index caught up after ${indexedAt - started} ms end to end ` +
        `(${(await engine.health()).documents} documents)`,
    );
    await sync.onApplicationShutdown();
  } finally {
    await dataSource.destroy();
    await pg.stop();
    rmSync(dir, { recursive: true, force: true });
  }
}

class Rollback extends Error {}

void main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
