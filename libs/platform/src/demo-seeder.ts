import { createReadStream } from 'node:fs';
import { join } from 'node:path';
import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { APP_CONFIG, APP_LOGGER } from '@hc/core';
import type { AppConfig, AppLogger } from '@hc/core';
import { CompanyEntity } from '@hc/companies';
import { CompanyImporter, ImportItem, readCompanyFile } from '@hc/company-import';
import { demoParks, generateCompanies, generateInitiativeDemo } from '@hc/dataset';
import { InitiativeDemoCounts, InitiativeDemoLoader, InitiativeDemoProfile } from '@hc/initiative';
import { ParksService } from '@hc/parks';
import { DataSource } from 'typeorm';

/** Real register entries (OffeneRegister, CC BY 4.0), loaded as drafts beside the generated companies. */
const REFERENCE_COMPANIES = join(__dirname, '../../dataset/data/offeneregister-de.jsonl');

/**
 * Loads the deterministic demo dataset into an empty database: by default on the embedded
 * database only (SEED_DEMO=auto), never over existing data. It goes through the import's
 * bulk path (COPY, outbox events, one transaction), so a failed seed leaves nothing behind.
 */
@Injectable()
export class DemoSeeder {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(APP_LOGGER) private readonly logger: AppLogger,
    private readonly importer: CompanyImporter,
    private readonly parks: ParksService,
    private readonly initiative: InitiativeDemoLoader,
  ) {}

  wanted(): boolean {
    if (this.config.SEED_DEMO === 'false') return false;
    return this.config.SEED_DEMO === 'true' || !this.config.DATABASE_URL;
  }

  async seedIfEmpty(): Promise<{ companies: number; referenceCompanies: number; parks: number; initiative: InitiativeDemoCounts } | null> {
    if (!this.wanted()) return null;
    const started = Date.now();
    const seeded = await this.dataSource.transaction(async (manager) => {
      // Two replicas starting together must not both seed.
      await manager.query(`SELECT pg_advisory_xact_lock(hashtext('hc_demo_seed'))`);
      if ((await manager.count(CompanyEntity)) > 0) return null;
      const { DEMO_SEED: seed, DEMO_COMPANIES: count, DEMO_PARKS: parkCount } = this.config;
      // Generated companies are valid by construction (the dataset's tests check them against the same rules).
      const items: ImportItem[] = [];
      let line = 0;
      for (const { opportunities, ...record } of generateCompanies({ seed, count })) items.push({ line: ++line, id: null, record, opportunities });
      const reference = await this.referenceCompanies();
      const report = await this.importer.importValid([...items, ...reference], { rows: items.length + reference.length, invalid: 0, problems: [], readMs: 0 }, { manager });
      const parks = (await this.parks.insertMany(demoParks({ seed, count: parkCount }), manager)).length;
      // Members, shared resources, the agreements signed at the forum and the experts, over the stored profiles.
      // Ids are random, so the profiles come in a stable order for the generator to be repeatable.
      const columns = `id, initiative_member AS "initiativeMember", status, name_zh AS "nameZh", name_de AS "nameDe", name_en AS "nameEn", country, region, city, latitude, longitude`;
      const parkProfiles = await manager.query<InitiativeDemoProfile[]>(`SELECT ${columns}, focus_sectors AS sectors FROM parks ORDER BY name_en, city, id`);
      const companyProfiles = await manager.query<InitiativeDemoProfile[]>(`SELECT ${columns}, isic_divisions AS sectors FROM companies ORDER BY name_en, city, id`);
      const initiative = await this.initiative.load(manager, generateInitiativeDemo({ seed, parks: parkProfiles, companies: companyProfiles }));
      return { companies: report.created - reference.length, referenceCompanies: reference.length, parks, initiative };
    });
    if (seeded) this.logger.info({ ...seeded, ms: Date.now() - started }, 'demo dataset loaded');
    return seeded;
  }

  /** The OffeneRegister drafts, validated like any import file; a bad line is a bug in the shipped file. */
  private async referenceCompanies(): Promise<ImportItem[]> {
    const items: ImportItem[] = [];
    for await (const item of readCompanyFile(createReadStream(REFERENCE_COMPANIES), 'jsonl')) {
      const checked = 'reason' in item ? { problems: [item] } : this.importer.validate(item);
      if ('problems' in checked) throw new Error(`${REFERENCE_COMPANIES}: ${JSON.stringify(checked.problems[0])}`);
      items.push(checked);
    }
    return items;
  }
}
