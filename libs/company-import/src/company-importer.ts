import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  CompaniesService,
  CompanyBulkRow,
  copyInsertCompanies,
  deriveCompanyColumns,
  DerivedCompanyColumns,
  copyUpdateCompanies,
  isoDay,
  PreviousFigures,
  startPublishedTerms,
  touchCompanies,
} from '@hc/companies';
import { OpportunitiesService, OpportunityContent, opportunityHash } from '@hc/opportunities';
import { ConflictException } from '@hc/core';
import { DataSource, EntityManager } from 'typeorm';
import { isRowProblem } from './format/company-file.reader';
import type { LocatedRecord, RowProblem } from './format/company-file.record';
import type { ImportItem } from './import-item';
import { ImportProblem, ImportReport, MergeNote } from './import-report';
import { Checked, validateRecord } from './validation/validate-record';
import { VALIDATION_BATCH, ValidationPool } from './validation/validation-pool';

export interface ImportOptions {
  /** Write the valid rows even when some rows are bad (they are reported). */
  skipInvalid?: boolean;
  /** Validate and match, report what would happen, write nothing. */
  dryRun?: boolean;
  /** Called now and then with the rows read so far, and with the phase. */
  onProgress?: (phase: 'read' | 'write', done: number) => void;
  /** Write inside this transaction instead of opening one (the demo seeder). */
  manager?: EntityManager;
}

/** Files up to this many rows are validated on the calling thread (the GraphQL mutation's files always are). */
const POOL_AFTER_ROWS = 2000;

interface StoredKeys {
  id: string;
  content_hash: string;
  employees: number | null;
  annual_turnover_eur: number | null;
  balance_sheet_total_eur: number | null;
  revenue_band: PreviousFigures extends infer P ? (P extends { revenueBand: infer B } ? B : never) : never;
  eu_sme_category: NonNullable<PreviousFigures>['euSmeCategory'];
  eu_sme_assessed_on: string | null;
}


/**
 * Bulk import of company files. Every row is validated first with the same rules as the API;
 * nothing is written when a row is bad (unless skipInvalid). Rows are merged within the file
 * and matched to stored companies by id, registry id, then normalised name in the same city.
 * All writes go in ONE transaction (COPY), with their outbox events, so the search index
 * follows and a failure leaves nothing behind. Unchanged rows write nothing: re-importing a
 * file is a no-op.
 */
@Injectable()
export class CompanyImporter {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly companies: CompaniesService,
    private readonly opportunities: OpportunitiesService,
  ) {}

  async import(items: AsyncIterable<LocatedRecord | RowProblem>, options: ImportOptions = {}): Promise<ImportReport> {
    const started = Date.now();
    const problems: ImportProblem[] = [];
    const valid: ImportItem[] = [];
    const badLines = new Set<number>();
    const today = isoDay();
    // Threads pay off for large files only: each loads the validation code (~0.3 s) before its first row.
    let pool: ValidationPool | undefined;
    let seen = 0;
    const validate = (batch: LocatedRecord[]): Promise<Checked[]> => {
      seen += batch.length;
      if (!pool && seen <= POOL_AFTER_ROWS) return Promise.resolve(batch.map((r) => validateRecord(r, this.companies.rules(), today)));
      pool ??= new ValidationPool(this.companies.rules());
      return pool.validate(batch, today);
    };
    // Batches in flight, in file order; at most two per thread, so memory stays bounded.
    const inFlight: Promise<Checked[]>[] = [];
    const settle = async () => {
      for (const checked of await inFlight.shift()!) {
        if ('problems' in checked) {
          problems.push(...checked.problems);
          for (const p of checked.problems) badLines.add(p.line);
        } else valid.push(checked);
      }
      options.onProgress?.('read', valid.length + badLines.size);
    };
    try {
      let batch: LocatedRecord[] = [];
      for await (const item of items) {
        if (isRowProblem(item)) {
          problems.push({ line: item.line, field: item.field, reason: item.reason });
          badLines.add(item.line);
          continue;
        }
        batch.push(item);
        if (batch.length < VALIDATION_BATCH) continue;
        inFlight.push(validate(batch));
        batch = [];
        if (inFlight.length > 2 * Math.max(1, pool?.threads ?? 0)) await settle();
      }
      if (batch.length) inFlight.push(validate(batch));
      while (inFlight.length) await settle();
    } finally {
      await pool?.close();
    }
    // A line the reader could not turn into a record still counts as a (bad) row.
    const invalid = badLines.size;
    return this.importValid(valid, { rows: valid.length + invalid, invalid, problems, readMs: Date.now() - started }, options);
  }

  /** Validates one record (see validateRecord); for callers outside a file import. */
  validate(item: LocatedRecord): Checked {
    return validateRecord(item, this.companies.rules(), isoDay());
  }

  /** Merges, matches and writes rows that are already valid (also the demo seeder's path). */
  async importValid(
    valid: readonly ImportItem[],
    read: { rows: number; invalid: number; problems: ImportProblem[]; readMs: number },
    options: ImportOptions = {},
  ): Promise<ImportReport> {
    const today = isoDay();
    const { merged, notes } = mergeWithinFile(valid.map((v) => (v.derived ? v : { ...v, derived: deriveCompanyColumns(v.record, today) })), today);
    const report: ImportReport = {
      rows: read.rows,
      valid: valid.length,
      invalid: read.invalid,
      problems: read.problems.sort((a, b) => a.line - b.line),
      mergedInFile: notes,
      matchedExisting: [],
      created: 0,
      updated: 0,
      unchanged: 0,
      written: false,
      readMs: read.readMs,
      writeMs: 0,
    };
    const started = Date.now();
    const stored = await this.loadKeys(
      options.manager ?? this.dataSource.manager,
      [...new Set(merged.map((m) => m.record.country))],
      merged.flatMap((m) => (m.id ? [m.id] : [])),
    );
    const inserts: CompanyBulkRow[] = [];
    const updates: CompanyBulkRow[] = [];
    const previous = new Map<string, PreviousFigures>();
    const sets: { companyId: string; opportunities: OpportunityContent[] }[] = [];
    // Rows that match the same stored company by different keys are one company too: merge them first.
    const byStored = new Map<string, { item: ImportItem; match: StoredMatch }>();
    const fresh: ImportItem[] = [];
    for (const item of merged) {
      const match = stored.match(item);
      if (!match) {
        fresh.push(item);
        continue;
      }
      const first = byStored.get(match.row.id);
      if (!first) {
        byStored.set(match.row.id, { item, match });
        continue;
      }
      mergeInto(first.item, item);
      first.item.derived = deriveCompanyColumns(first.item.record, today);
      report.mergedInFile.push({ line: item.line, into: first.item.line, by: match.by, key: match.key });
    }
    for (const { item, match } of byStored.values()) {
      report.matchedExisting.push({ line: item.line, into: match.row.id, by: match.by, key: match.key });
      if (match.row.content_hash !== derivedOf(item).contentHash) {
        updates.push({ id: match.row.id, record: item.record });
        previous.set(match.row.id, previousFigures(match.row));
      }
      sets.push({ companyId: match.row.id, opportunities: item.opportunities });
    }
    for (const item of fresh) {
      const id = item.id ?? randomUUID();
      inserts.push({ id, record: item.record, derived: derivedOf(item) });
      if (item.opportunities.length) sets.push({ companyId: id, opportunities: item.opportunities });
    }
    const insertedIds = new Set(inserts.map((i) => i.id));
    const existingSets = sets.filter((s) => !insertedIds.has(s.companyId));
    const opportunityChanges = await this.opportunitySetsThatDiffer(existingSets);
    const updatedIds = new Set(updates.map((u) => u.id));
    report.created = inserts.length;
    report.updated = updates.length + [...opportunityChanges].filter((id) => !updatedIds.has(id)).length;
    report.unchanged = report.matchedExisting.length - report.updated;
    const blocked = read.invalid > 0 && !options.skipInvalid;
    if (blocked || options.dryRun || (report.created === 0 && report.updated === 0)) {
      report.written = !blocked && !options.dryRun;
      return report;
    }
    options.onProgress?.('write', 0);
    const now = new Date();
    const timing: Record<string, number> = { prepare: Date.now() - started };
    let lap = Date.now();
    const mark = (phase: string) => {
      timing[phase] = Date.now() - lap;
      lap = Date.now();
    };
    const write = async (manager: EntityManager) => {
      await copyInsertCompanies(manager, inserts, today);
      mark('insert');
      await copyUpdateCompanies(manager, updates, today, previous);
      await startPublishedTerms(manager, [...insertedIds, ...updatedIds], this.companies.profileValidityDays());
      mark('update');
      const changed = await this.opportunities.syncCompanySets(
        manager,
        sets.filter((s) => insertedIds.has(s.companyId) || opportunityChanges.has(s.companyId)),
        now,
        insertedIds,
      );
      mark('opportunities');
      await touchCompanies(manager, changed.filter((id) => !insertedIds.has(id) && !updatedIds.has(id)));
    };
    try {
      await (options.manager ? write(options.manager) : this.dataSource.transaction(write));
    } catch (error) {
      // Matching read the stored keys before the transaction; a concurrent write can take a registry id meanwhile.
      if ((error as { code?: string }).code === '23505') {
        throw new ConflictException('another write stored a company with the same registry id while this import ran; nothing was written, run the import again');
      }
      throw error;
    }
    mark('commit');
    report.timing = timing;
    options.onProgress?.('write', inserts.length + updates.length);
    report.written = true;
    report.writeMs = Date.now() - started;
    return report;
  }

  private async opportunitySetsThatDiffer(sets: readonly { companyId: string; opportunities: OpportunityContent[] }[]): Promise<Set<string>> {
    if (sets.length === 0) return new Set();
    const rows = await this.dataSource.query<{ company_id: string; hashes: string[] }[]>(
      `SELECT company_id, array_agg(content_hash ORDER BY content_hash) AS hashes FROM opportunities
        WHERE status = 'active' AND company_id = ANY($1::uuid[]) GROUP BY company_id`,
      [sets.map((s) => s.companyId)],
    );
    const stored = new Map(rows.map((r) => [r.company_id, r.hashes.join(',')]));
    const differ = new Set<string>();
    for (const s of sets) {
      const wanted = s.opportunities.map(opportunityHash).sort().join(',');
      if ((stored.get(s.companyId) ?? '') !== wanted) differ.add(s.companyId);
    }
    return differ;
  }

  private async loadKeys(manager: EntityManager, countries: string[], ids: string[]): Promise<StoredIndex> {
    const rows = await manager.query<(StoredKeys & { country: string; registry_key: string | null; name_keys: string[]; city_key: string })[]>(
      `SELECT id, country, registry_key, name_keys, city_key, content_hash, employees, annual_turnover_eur, balance_sheet_total_eur,
              revenue_band, eu_sme_category, to_char(eu_sme_assessed_on, 'YYYY-MM-DD') AS eu_sme_assessed_on
         FROM companies WHERE country = ANY($1::text[]) OR id = ANY($2::uuid[])`,
      [countries, ids],
    );
    return new StoredIndex(rows);
  }
}

function previousFigures(r: StoredKeys): PreviousFigures {
  return {
    employees: r.employees,
    annualTurnoverEur: r.annual_turnover_eur,
    balanceSheetTotalEur: r.balance_sheet_total_eur,
    revenueBand: r.revenue_band,
    euSmeCategory: r.eu_sme_category,
    euSmeAssessedOn: r.eu_sme_assessed_on,
  };
}

function derivedOf(item: ImportItem): DerivedCompanyColumns {
  if (!item.derived) throw new Error(`line ${item.line}: derived columns missing`);
  return item.derived;
}

/** The keys that make two records the same company, strongest first, with a readable form. */
function keysOf(item: ImportItem): { key: string; by: MergeNote['by']; shown: string }[] {
  const r = item.record;
  const d = derivedOf(item);
  const keys: { key: string; by: MergeNote['by']; shown: string }[] = [];
  if (item.id) keys.push({ key: `id:${item.id}`, by: 'id', shown: item.id });
  if (d.registryKey && r.registryId) keys.push({ key: `reg:${d.registryKey}`, by: 'registry id', shown: r.registryId });
  const names = [r.nameDe, r.nameEn, r.nameZh].filter((n): n is string => Boolean(n));
  // nameKeys follow the same order (de, en, zh) without duplicates; show the first name that gave each key.
  d.nameKeys.forEach((key, i) => keys.push({ key: `name:${r.country}|${d.cityKey}|${key}`, by: 'name and city', shown: `${names[i] ?? names[0]}, ${r.city}` }));
  return keys;
}

/** Rows of one file that share a key become one record: later rows override the fields they set and add to lists. */
export function mergeWithinFile(items: readonly ImportItem[], today: string): { merged: ImportItem[]; notes: MergeNote[] } {
  const ownerOf = new Map<string, ImportItem>();
  const merged: ImportItem[] = [];
  const notes: MergeNote[] = [];
  for (const item of items) {
    const keys = keysOf(item);
    const hit = keys.map((k) => ({ k, into: ownerOf.get(k.key) })).find((x) => x.into !== undefined);
    if (!hit?.into) {
      const copy: ImportItem = { ...item, record: { ...item.record }, opportunities: [...item.opportunities] };
      merged.push(copy);
      for (const k of keys) ownerOf.set(k.key, copy);
      continue;
    }
    const into = hit.into;
    mergeInto(into, item);
    into.derived = deriveCompanyColumns(into.record, today);
    notes.push({ line: item.line, into: into.line, by: hit.k.by, key: hit.k.shown });
    for (const k of keysOf(into)) if (!ownerOf.has(k.key)) ownerOf.set(k.key, into);
  }
  return { merged, notes };
}

function mergeInto(into: ImportItem, later: ImportItem): void {
  const a = into.record;
  const b = later.record;
  const scalars = [
    'nameZh', 'nameDe', 'nameEn', 'descriptionZh', 'descriptionDe', 'descriptionEn', 'region', 'registryId',
    'employees', 'annualTurnoverEur', 'balanceSheetTotalEur', 'revenueBand', 'foundedYear', 'website',
  ] as const;
  const target = a as unknown as Record<string, unknown>;
  for (const key of scalars) if (b[key] !== null) target[key] = b[key];
  a.city = b.city;
  a.latitude = b.latitude;
  a.longitude = b.longitude;
  a.status = b.status;
  a.initiativeMember = a.initiativeMember || b.initiativeMember;
  const codes = new Set(a.activityCodes.map((c) => `${c.scheme}:${c.code}`));
  a.activityCodes = [...a.activityCodes, ...b.activityCodes.filter((c) => !codes.has(`${c.scheme}:${c.code}`)).map((c) => ({ ...c, primary: a.activityCodes.length === 0 && c.primary }))];
  const badges = new Set(a.badges.map((x) => `${x.type}:${x.variant ?? ''}`));
  a.badges = [...a.badges, ...b.badges.filter((x) => !badges.has(`${x.type}:${x.variant ?? ''}`))];
  a.offers = [...new Set([...a.offers, ...b.offers])];
  a.needs = [...new Set([...a.needs, ...b.needs])];
  const hashes = new Set(into.opportunities.map(opportunityHash));
  into.opportunities.push(...later.opportunities.filter((o) => !hashes.has(opportunityHash(o))));
  if (!into.id && later.id) into.id = later.id;
}

interface StoredMatch {
  row: StoredKeys;
  by: MergeNote['by'];
  key: string;
}

/** Stored companies by id, registry key and name key, for matching file rows. */
class StoredIndex {
  private readonly byKey = new Map<string, StoredKeys>();

  constructor(rows: readonly (StoredKeys & { country: string; registry_key: string | null; name_keys: string[]; city_key: string })[]) {
    for (const r of rows) {
      this.byKey.set(`id:${r.id}`, r);
      if (r.registry_key) this.byKey.set(`reg:${r.registry_key}`, r);
      for (const name of r.name_keys) {
        const key = `name:${r.country}|${r.city_key}|${name}`;
        if (!this.byKey.has(key)) this.byKey.set(key, r);
      }
    }
  }

  match(item: ImportItem): StoredMatch | undefined {
    for (const k of keysOf(item)) {
      const row = this.byKey.get(k.key);
      if (row) return { row, by: k.by, key: k.shown };
    }
    return undefined;
  }
}
