import { copyRows, CopyColumn, enqueueOutbox } from '@hc/persistence';
import { EntityManager } from 'typeorm';
import { CompanyRecord } from './company.model';
import { deriveCompanyColumns, DerivedCompanyColumns } from './company-record';

export const COMPANY_AGGREGATE = 'company';

/** A company to write in bulk, with the id it has or will get. */
export interface CompanyBulkRow {
  id: string;
  record: CompanyRecord;
  /** The derived columns when the caller has them already (imports compute them while validating). */
  derived?: DerivedCompanyColumns;
}

/** The stored figures an update compares with, to keep the EU SME assessment date. */
export type PreviousFigures = Parameters<typeof deriveCompanyColumns>[2];

type Cell = (r: CompanyRecord, d: DerivedCompanyColumns) => unknown;

/** The writable columns, in COPY order: one definition for inserts and updates. */
const COLUMNS: readonly (CopyColumn & { value: Cell })[] = [
  { name: 'name_zh', kind: 'text', value: (r) => r.nameZh },
  { name: 'name_de', kind: 'text', value: (r) => r.nameDe },
  { name: 'name_en', kind: 'text', value: (r) => r.nameEn },
  { name: 'description_zh', kind: 'text', value: (r) => r.descriptionZh },
  { name: 'description_de', kind: 'text', value: (r) => r.descriptionDe },
  { name: 'description_en', kind: 'text', value: (r) => r.descriptionEn },
  { name: 'country', kind: 'text', value: (r) => r.country },
  { name: 'region', kind: 'text', value: (r) => r.region },
  { name: 'city', kind: 'text', value: (r) => r.city },
  { name: 'latitude', kind: 'number', value: (r) => r.latitude },
  { name: 'longitude', kind: 'number', value: (r) => r.longitude },
  { name: 'registry_id', kind: 'text', value: (r) => r.registryId },
  { name: 'activity_codes', kind: 'json', value: (r) => r.activityCodes },
  { name: 'isic_codes', kind: 'text[]', value: (_, d) => d.isicCodes },
  { name: 'isic_divisions', kind: 'text[]', value: (_, d) => d.isicDivisions },
  { name: 'employees', kind: 'number', value: (r) => r.employees },
  { name: 'annual_turnover_eur', kind: 'number', value: (r) => r.annualTurnoverEur },
  { name: 'balance_sheet_total_eur', kind: 'number', value: (r) => r.balanceSheetTotalEur },
  { name: 'revenue_band', kind: 'text', value: (r) => r.revenueBand },
  { name: 'founded_year', kind: 'number', value: (r) => r.foundedYear },
  { name: 'website', kind: 'text', value: (r) => r.website },
  { name: 'badges', kind: 'json', value: (r) => r.badges },
  { name: 'offers', kind: 'text[]', value: (r) => r.offers },
  { name: 'needs', kind: 'text[]', value: (r) => r.needs },
  { name: 'initiative_member', kind: 'boolean', value: (r) => r.initiativeMember },
  { name: 'status', kind: 'text', value: (r) => r.status },
  { name: 'eu_sme_category', kind: 'text', value: (_, d) => d.euSmeCategory },
  { name: 'eu_sme_assessed_on', kind: 'text', value: (_, d) => d.euSmeAssessedOn },
  { name: 'registry_key', kind: 'text', value: (_, d) => d.registryKey },
  { name: 'name_keys', kind: 'text[]', value: (_, d) => d.nameKeys },
  { name: 'city_key', kind: 'text', value: (_, d) => d.cityKey },
  { name: 'content_hash', kind: 'text', value: (_, d) => d.contentHash },
];

/** Identity columns ahead of the content: the id, and version 1 (ignored by updates, which bump the stored one). */
const ID_COLUMNS: readonly CopyColumn[] = [
  { name: 'id', kind: 'text' },
  { name: 'version', kind: 'number' },
];

function* cells(rows: readonly CompanyBulkRow[], today: string, previous?: ReadonlyMap<string, PreviousFigures>): Generator<unknown[]> {
  for (const { id, record, derived: known } of rows) {
    // An update may keep the stored EU SME date, so it always derives against the stored figures.
    const derived = known && !previous ? known : deriveCompanyColumns(record, today, previous?.get(id));
    yield [id, 1, ...COLUMNS.map((c) => c.value(record, derived))];
  }
}

/**
 * Inserts new companies with COPY and enqueues their outbox events, inside the caller's
 * transaction: the rows and their index events commit together or not at all.
 */
export async function copyInsertCompanies(manager: EntityManager, rows: readonly CompanyBulkRow[], today: string): Promise<void> {
  if (rows.length === 0) return;
  await copyRows(manager, 'companies', [...ID_COLUMNS, ...COLUMNS], cells(rows, today));
  await enqueueOutbox(manager, rows.map((r) => ({ aggregateType: COMPANY_AGGREGATE, aggregateId: r.id, aggregateVersion: 1 })));
}

/**
 * Replaces the content of existing companies: COPY into a temporary staging table, then one
 * UPDATE ... FROM that bumps each version, then the outbox events with the new versions.
 */
export async function copyUpdateCompanies(
  manager: EntityManager,
  rows: readonly CompanyBulkRow[],
  today: string,
  previous: ReadonlyMap<string, PreviousFigures>,
): Promise<void> {
  if (rows.length === 0) return;
  await manager.query(`CREATE TEMP TABLE IF NOT EXISTS company_stage (LIKE companies INCLUDING DEFAULTS) ON COMMIT DELETE ROWS`);
  await manager.query(`TRUNCATE company_stage`);
  await copyRows(manager, 'company_stage', [...ID_COLUMNS, ...COLUMNS], cells(rows, today, previous));
  const updated = await updatedRows(manager,
    `UPDATE companies c SET ${COLUMNS.map((col) => `"${col.name}" = s."${col.name}"`).join(', ')},
            version = c.version + 1, updated_at = now()
       FROM company_stage s WHERE c.id = s.id
     RETURNING c.id, c.version`,
  );
  await enqueueOutbox(manager, updated.map((r) => ({ aggregateType: COMPANY_AGGREGATE, aggregateId: r.id, aggregateVersion: r.version })));
}

/**
 * Marks companies as changed when something shown in their profile changed elsewhere (an
 * opportunity, an expired badge): bumps their versions and enqueues their index events.
 */
export async function touchCompanies(manager: EntityManager, ids: readonly string[]): Promise<void> {
  if (ids.length === 0) return;
  const touched = await updatedRows(manager,
    `UPDATE companies SET version = version + 1, updated_at = now() WHERE id = ANY($1::uuid[]) RETURNING id, version`,
    [[...new Set(ids)]],
  );
  await enqueueOutbox(manager, touched.map((r) => ({ aggregateType: COMPANY_AGGREGATE, aggregateId: r.id, aggregateVersion: r.version })));
}

/** TypeORM answers an UPDATE ... RETURNING with [rows, affected]; this returns the rows. */
async function updatedRows(manager: EntityManager, sql: string, parameters?: unknown[]): Promise<{ id: string; version: number }[]> {
  const result = (await manager.query(sql, parameters)) as [{ id: string; version: number }[], number];
  return result[0];
}

/**
 * Imports publish without a review (admins and the CLI only): their published rows start a term
 * now, unless they already have one. Rows that are not published keep no term.
 */
export async function startPublishedTerms(manager: EntityManager, ids: readonly string[], validityDays: number): Promise<void> {
  if (ids.length === 0) return;
  await manager.query(
    `UPDATE companies SET published_at = now(), expires_at = now() + make_interval(days => $2)
      WHERE id = ANY($1::uuid[]) AND status = 'published' AND published_at IS NULL`,
    [[...ids], validityDays],
  );
}
