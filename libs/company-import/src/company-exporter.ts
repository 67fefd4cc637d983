import { Writable } from 'node:stream';
import { once } from 'node:events';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Localized } from '@hc/core';
import { CompanyEntity, CompanyRecord } from '@hc/companies';
import { OpportunitiesService, OpportunityContent, opportunityContentOf } from '@hc/opportunities';
import { DataSource } from 'typeorm';
import type { CompanyFileFormat, CompanyFileRecord } from './format/company-file.record';
import { csvHeader, writeCsvRow } from './format/csv.codec';
import { writeJsonl } from './format/jsonl.codec';

const PAGE = 2000;

/** Writes every company, with its active opportunities, in the import format: an export re-imports to the same state. */
@Injectable()
export class CompanyExporter {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly opportunities: OpportunitiesService,
  ) {}

  async export(format: CompanyFileFormat, out: Writable): Promise<number> {
    const write = async (text: string) => {
      if (!out.write(text)) await once(out, 'drain');
    };
    if (format === 'csv') await write(csvHeader());
    let count = 0;
    let after: { createdAt: Date; id: string } | null = null;
    for (;;) {
      const qb = this.dataSource.getRepository(CompanyEntity).createQueryBuilder('c').orderBy('c.created_at', 'ASC').addOrderBy('c.id', 'ASC').take(PAGE);
      if (after) qb.where('(c.created_at, c.id) > (:createdAt::timestamptz, :id::uuid)', after);
      const rows = await qb.getMany();
      if (rows.length === 0) break;
      const opportunities = await this.opportunities.activeByCompany(rows.map((r) => r.id));
      let chunk = '';
      for (const row of rows) {
        const record = toCompanyFileRecord(row.id, row, (opportunities.get(row.id) ?? []).map(opportunityContentOf));
        chunk += format === 'csv' ? writeCsvRow(record) : writeJsonl(record);
      }
      await write(chunk);
      count += rows.length;
      const last = rows[rows.length - 1]!;
      after = { createdAt: last.createdAt, id: last.id };
    }
    return count;
  }
}

function text(t: Localized): CompanyFileRecord['name'] | undefined {
  const out = Object.fromEntries(Object.entries(t).filter(([, v]) => v !== null));
  return Object.keys(out).length ? out : undefined;
}

function compact<T extends object>(o: T): Partial<T> {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== null && v !== undefined && !(Array.isArray(v) && v.length === 0))) as Partial<T>;
}

/** A stored company (or a generated one) as a file record; empty values are left out. */
export function toCompanyFileRecord(id: string | null, r: CompanyRecord, opportunities: readonly OpportunityContent[]): CompanyFileRecord {
  return compact({
    id,
    registryId: r.registryId,
    name: text({ zh: r.nameZh, de: r.nameDe, en: r.nameEn }),
    description: text({ zh: r.descriptionZh, de: r.descriptionDe, en: r.descriptionEn }),
    country: r.country,
    region: r.region,
    city: r.city,
    location: { latitude: r.latitude, longitude: r.longitude },
    activityCodes: r.activityCodes.map((c) => ({ ...c })),
    employees: r.employees,
    annualTurnoverEur: r.annualTurnoverEur,
    balanceSheetTotalEur: r.balanceSheetTotalEur,
    // Derived from the turnover when that is known; written only when it stands alone.
    revenueBand: r.annualTurnoverEur === null ? r.revenueBand : null,
    foundedYear: r.foundedYear,
    website: r.website,
    badges: r.badges.map((b) => compact({ ...b })),
    offers: r.offers,
    needs: r.needs,
    opportunities: opportunities.map((o) => compact({ ...o, title: text(o.title), description: text(o.description) })),
    initiativeMember: r.initiativeMember,
    status: r.status,
  }) as CompanyFileRecord;
}
