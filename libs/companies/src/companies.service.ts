import { randomUUID } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  APP_CONFIG,
  BadUserInputException,
  buildConnection,
  ConflictException,
  ConnectionShape,
  decodeCreatedAtCursor,
  NotFoundException,
} from '@hc/core';
import type { AppConfig } from '@hc/core';
import { enqueueOutbox } from '@hc/persistence';
import { isicDivisionOf } from '@hc/taxonomy';
import { DataSource, EntityManager, In } from 'typeorm';
import { CompanyEntity } from './company.entity';
import { COMPANY_AGGREGATE, copyInsertCompanies } from './company-bulk';
import { CompanyRecord, CompanyStatus } from './company.model';
import { CompanyRules, deriveCompanyColumns, isoDay, toCompanyRecord } from './company-record';
import { CompaniesArgs } from './dto/companies.args';
import { CreateCompanyInput, UpdateCompanyInput } from './dto/company.input';

const REQUIRED_FIELDS = ['name', 'country', 'city', 'location', 'activityCodes'] as const;

@Injectable()
export class CompaniesService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** The admissibility settings, for callers that validate many records (imports). */
  rules(): CompanyRules {
    return { hiddenChampionMaxRevenueEur: this.config.HIDDEN_CHAMPION_MAX_REVENUE_EUR };
  }

  async create(input: CreateCompanyInput): Promise<CompanyEntity> {
    const record = toCompanyRecord(input, this.rules());
    return this.dataSource.transaction(async (manager) => {
      const saved = await manager.save(manager.create(CompanyEntity, { ...record, ...deriveCompanyColumns(record, isoDay()) }));
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
      const changes = stripUndefined(input);
      // A new turnover replaces the band derived from the old one.
      if (changes.annualTurnoverEur !== undefined && changes.revenueBand === undefined) delete base.revenueBand;
      const merged = toCompanyRecord(
        {
          ...base,
          ...changes,
          // Languages left out of a partial update keep their current text; null clears one.
          name: { ...base.name, ...stripUndefined(input.name ?? {}) },
          description: { ...base.description, ...stripUndefined(input.description ?? {}) },
        } as CreateCompanyInput,
        this.rules(),
      );
      manager.merge(CompanyEntity, current, { ...merged, ...deriveCompanyColumns(merged, isoDay(), current) });
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

  /** Bulk load of already validated records (demo data, tests): COPY and outbox events in ONE transaction. Returns the new ids. */
  async insertMany(records: readonly CompanyRecord[], manager?: EntityManager): Promise<string[]> {
    const rows = records.map((record) => ({ id: randomUUID(), record }));
    const run = (m: EntityManager) => copyInsertCompanies(m, rows, isoDay());
    await (manager ? run(manager) : this.dataSource.transaction(run));
    return rows.map((r) => r.id);
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
    registryId: e.registryId,
    activityCodes: e.activityCodes,
    employees: e.employees,
    annualTurnoverEur: e.annualTurnoverEur,
    balanceSheetTotalEur: e.balanceSheetTotalEur,
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
