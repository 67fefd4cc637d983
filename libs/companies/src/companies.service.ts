import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  BadUserInputException,
  buildConnection,
  ConflictException,
  ConnectionShape,
  decodeCreatedAtCursor,
  NotFoundException,
  toProfileIdentity,
} from '@hc/core';
import { enqueueOutbox } from '@hc/persistence';
import { isicDivisionOf } from '@hc/taxonomy';
import { DataSource, EntityManager, In } from 'typeorm';
import { CompanyEntity } from './company.entity';
import { CompanyRecord, CompanyStatus } from './company.model';
import { CompaniesArgs } from './dto/companies.args';
import { CreateCompanyInput, UpdateCompanyInput } from './dto/company.input';

export const COMPANY_AGGREGATE = 'company';

const REQUIRED_FIELDS = ['name', 'country', 'city', 'location', 'sectorCodes'] as const;

/** Rows per multi-row INSERT in bulk loads; 25 columns x 1,000 rows stays under PostgreSQL's 65,535 parameters. */
const BULK_CHUNK = 1000;

@Injectable()
export class CompaniesService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async create(input: CreateCompanyInput): Promise<CompanyEntity> {
    const record = this.recordFromInput(input);
    return this.dataSource.transaction(async (manager) => {
      const saved = await manager.save(manager.create(CompanyEntity, withDerived(record)));
      await enqueueOutbox(manager, [{ aggregateType: COMPANY_AGGREGATE, aggregateId: saved.id, aggregateVersion: saved.version }]);
      return saved;
    });
  }

  async update(id: string, input: UpdateCompanyInput, expectedVersion?: number): Promise<CompanyEntity> {
    return this.dataSource.transaction(async (manager) => {
      const current = await this.lockForWrite(manager, id, expectedVersion);
      const cleared = REQUIRED_FIELDS.filter((key) => input[key] === null);
      if (cleared.length) throw new BadUserInputException(cleared.map((key) => ({ field: `input.${key}`, message: 'is required and cannot be null' })));
      const base = inputFromEntity(current);
      const merged = this.recordFromInput({
        ...base,
        ...stripUndefined(input),
        // Languages left out of a partial update keep their current text; null clears one.
        name: { ...base.name, ...stripUndefined(input.name ?? {}) },
        description: { ...base.description, ...stripUndefined(input.description ?? {}) },
      } as CreateCompanyInput);
      manager.merge(CompanyEntity, current, withDerived(merged));
      const saved = await manager.save(current);
      await enqueueOutbox(manager, [{ aggregateType: COMPANY_AGGREGATE, aggregateId: saved.id, aggregateVersion: saved.version }]);
      return saved;
    });
  }

  async delete(id: string, expectedVersion?: number): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      const current = await this.lockForWrite(manager, id, expectedVersion);
      await manager.delete(CompanyEntity, { id });
      // The version after the delete, so the index drops every document older than this event.
      await enqueueOutbox(manager, [{ aggregateType: COMPANY_AGGREGATE, aggregateId: id, aggregateVersion: current.version + 1 }]);
    });
  }

  /** Bulk load (demo data, imports): multi-row INSERTs and their outbox rows in ONE transaction. */
  async insertMany(records: CompanyRecord[], manager?: EntityManager): Promise<number> {
    const run = async (m: EntityManager) => {
      for (let i = 0; i < records.length; i += BULK_CHUNK) {
        const chunk = records.slice(i, i + BULK_CHUNK).map(withDerived);
        const result = await m.createQueryBuilder().insert().into(CompanyEntity).values(chunk).returning(['id', 'version']).execute();
        const rows = result.raw as { id: string; version: number }[];
        await enqueueOutbox(
          m,
          rows.map((r) => ({ aggregateType: COMPANY_AGGREGATE, aggregateId: r.id, aggregateVersion: r.version })),
        );
      }
      return records.length;
    };
    return manager ? run(manager) : this.dataSource.transaction(run);
  }

  async findById(id: string): Promise<CompanyEntity> {
    const found = await this.dataSource.getRepository(CompanyEntity).findOneBy({ id });
    if (!found) throw new NotFoundException('Company', id);
    return found;
  }

  /** Loads many companies, in the order of `ids`, skipping missing ones. */
  async findByIds(ids: readonly string[]): Promise<CompanyEntity[]> {
    if (ids.length === 0) return [];
    const rows = await this.dataSource.getRepository(CompanyEntity).findBy({ id: In([...ids]) });
    const byId = new Map(rows.map((r) => [r.id, r]));
    return ids.flatMap((id) => byId.get(id) ?? []);
  }

  async count(status?: CompanyStatus): Promise<number> {
    return this.dataSource.getRepository(CompanyEntity).countBy(status ? { status } : {});
  }

  async list(args: CompaniesArgs): Promise<ConnectionShape<CompanyEntity>> {
    const qb = this.dataSource.getRepository(CompanyEntity).createQueryBuilder('c');
    const f = args.filter;
    if (f?.country?.length) qb.andWhere('c.country IN (:...countries)', { countries: f.country });
    if (f?.sectorDivision?.length) qb.andWhere('c.isic_divisions && :divisions::text[]', { divisions: f.sectorDivision.map(isicDivisionOf) });
    if (f?.status) qb.andWhere('c.status = :status', { status: f.status });
    const totalCount = await qb.clone().getCount();
    if (args.after) {
      const { createdAt, id } = decodeCreatedAtCursor(args.after);
      qb.andWhere('(c.created_at, c.id) > (:createdAt::timestamptz, :id::uuid)', { createdAt, id });
    }
    const rows = await qb.orderBy('c.created_at', 'ASC').addOrderBy('c.id', 'ASC').take(args.first + 1).getMany();
    return buildConnection(rows, args.first, Boolean(args.after), totalCount, (r) => [r.createdAt.toISOString(), r.id], (r) => r);
  }

  private async lockForWrite(manager: EntityManager, id: string, expectedVersion?: number): Promise<CompanyEntity> {
    const current = await manager.getRepository(CompanyEntity).findOne({ where: { id }, lock: { mode: 'pessimistic_write' } });
    if (!current) throw new NotFoundException('Company', id);
    if (expectedVersion !== undefined && expectedVersion !== current.version) {
      throw new ConflictException(`Company ${id} is at version ${current.version}, not ${expectedVersion}; reload it and apply your change again`);
    }
    return current;
  }

  /** Rules that need more than one field; single-field rules live on the input DTO. */
  private recordFromInput(input: CreateCompanyInput, prefix = 'input'): CompanyRecord {
    return {
      ...toProfileIdentity(input, prefix),
      sectorCodes: [...new Set(input.sectorCodes)],
      employees: input.employees ?? null,
      revenueBand: input.revenueBand ?? null,
      foundedYear: input.foundedYear ?? null,
      website: input.website ?? null,
      badges: (input.badges ?? []).map((b) => ({ type: b.type, source: b.source.trim(), awardedOn: b.awardedOn })),
      offers: cleanKeywords(input.offers),
      needs: cleanKeywords(input.needs),
      initiativeMember: input.initiativeMember ?? false,
      status: input.status ?? CompanyStatus.DRAFT,
    };
  }
}

function cleanKeywords(values: string[] | undefined): string[] {
  return [...new Set((values ?? []).map((v) => v.trim()).filter(Boolean))];
}

function withDerived(record: CompanyRecord): CompanyRecord & { isicDivisions: string[] } {
  return { ...record, isicDivisions: [...new Set(record.sectorCodes.map(isicDivisionOf))] };
}

function stripUndefined<T extends object>(input: T): Partial<T> {
  return Object.fromEntries(Object.entries(input).filter(([, v]) => v !== undefined)) as Partial<T>;
}

function inputFromEntity(e: CompanyEntity): CreateCompanyInput {
  return {
    name: { zh: e.nameZh, de: e.nameDe, en: e.nameEn },
    description: { zh: e.descriptionZh, de: e.descriptionDe, en: e.descriptionEn },
    country: e.country,
    region: e.region,
    city: e.city,
    location: { latitude: e.latitude, longitude: e.longitude },
    sectorCodes: e.sectorCodes,
    employees: e.employees,
    revenueBand: e.revenueBand,
    foundedYear: e.foundedYear,
    website: e.website,
    badges: e.badges,
    offers: e.offers,
    needs: e.needs,
    initiativeMember: e.initiativeMember,
    status: e.status,
  };
}
