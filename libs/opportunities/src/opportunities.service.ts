import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { APP_CONFIG, BadUserInputException, ConflictException, ConnectionShape, NotFoundException, stripUndefined, visibleProfileSql } from '@hc/core';
import type { AppConfig } from '@hc/core';
import { CompanyEntity, touchCompanies } from '@hc/companies';
import { ParkEntity } from '@hc/parks';
import { assertCanEdit, isStaff, SubjectKind } from '@hc/identity';
import type { Actor } from '@hc/identity';
import { copyRows, CopyColumn, pageByCreatedAt } from '@hc/persistence';
import { DataSource, EntityManager, SelectQueryBuilder } from 'typeorm';
import { OpportunitiesArgs, OpportunityContentInput, PublishOpportunityInput, UpdateOpportunityInput } from './dto/opportunity.input';
import { OpportunityEntity } from './opportunity.entity';
import { OpportunityContent, OpportunityStatus } from './opportunity.model';
import { opportunityColumns, opportunityContentOf, toOpportunityContent } from './opportunity-record';

const DAY_MS = 86_400_000;

/** What an import wants a company's active opportunities to be. */
export interface CompanyOpportunitySet {
  companyId: string;
  opportunities: OpportunityContent[];
}

@Injectable()
export class OpportunitiesService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** When an opportunity published or renewed now expires. */
  expiryFrom(now: Date): Date {
    return new Date(now.getTime() + this.config.OPPORTUNITY_VALIDITY_DAYS * DAY_MS);
  }

  /** Companies and parks publish through their representatives and managers (or admins); `actor` null is the platform itself. */
  async publish(input: PublishOpportunityInput, actor: Actor | null): Promise<OpportunityEntity> {
    const content = toOpportunityContent(input);
    return this.dataSource.transaction(async (manager) => {
      const companyId = input.companyId ?? null;
      const parkId = companyId ? null : (input.parkId ?? null);
      if (companyId && input.parkId) throw new BadUserInputException([{ field: 'input.parkId', message: 'give companyId or parkId, not both' }]);
      if (actor) assertCanEdit(actor, companyId ? SubjectKind.COMPANY : SubjectKind.PARK, (companyId ?? parkId)!);
      if (companyId && !(await manager.existsBy(CompanyEntity, { id: companyId }))) throw new NotFoundException('Company', companyId);
      if (parkId && !(await manager.existsBy(ParkEntity, { id: parkId }))) throw new NotFoundException('Park', parkId);
      const now = new Date();
      const saved = await manager.save(
        manager.create(OpportunityEntity, { ...opportunityColumns(content), companyId, parkId, publishedAt: now, expiresAt: this.expiryFrom(now) }),
      );
      await this.touchOwner(manager, saved);
      return saved;
    });
  }

  async update(id: string, input: UpdateOpportunityInput, actor: Actor | null, expectedVersion?: number): Promise<OpportunityEntity> {
    return this.dataSource.transaction(async (manager) => {
      const current = await this.lockForWrite(manager, id, actor, expectedVersion);
      const base = opportunityContentOf(current);
      const changes = stripUndefined(input);
      const merged = toOpportunityContent({ ...base, ...changes } as OpportunityContentInput);
      manager.merge(OpportunityEntity, current, opportunityColumns(merged));
      const saved = await manager.save(current);
      await this.touchOwner(manager, saved);
      return saved;
    });
  }

  /** Extends the validity from today; also brings back an expired or withdrawn opportunity. */
  async renew(id: string, actor: Actor | null, expectedVersion?: number): Promise<OpportunityEntity> {
    return this.setLifecycle(id, actor, expectedVersion, (o) => {
      o.status = OpportunityStatus.ACTIVE;
      o.expiresAt = this.expiryFrom(new Date());
    });
  }

  async withdraw(id: string, actor: Actor | null, expectedVersion?: number): Promise<OpportunityEntity> {
    return this.setLifecycle(id, actor, expectedVersion, (o) => {
      if (o.status === OpportunityStatus.WITHDRAWN) throw new ConflictException(`Opportunity ${o.id} is already withdrawn`);
      o.status = OpportunityStatus.WITHDRAWN;
    });
  }

  /** An opportunity whose owner `actor` may see (a published, unexpired profile, or one of their own). */
  async findById(id: string, actor: Actor | null): Promise<OpportunityEntity> {
    const qb = this.dataSource.getRepository(OpportunityEntity).createQueryBuilder('o').where('o.id = :id', { id });
    const found = await this.withVisibleOwner(qb, actor).getOne();
    if (!found) throw new NotFoundException('Opportunity', id);
    return found;
  }

  /** Keeps opportunities whose company or park is visible, or owned by `actor`; the staff see all. */
  private withVisibleOwner(qb: SelectQueryBuilder<OpportunityEntity>, actor: Actor | null): SelectQueryBuilder<OpportunityEntity> {
    if (isStaff(actor)) return qb;
    return qb
      .leftJoin(CompanyEntity, 'oc', 'oc.id = o.company_id')
      .leftJoin(ParkEntity, 'op', 'op.id = o.park_id')
      .andWhere(`(${visibleProfileSql('oc')} OR ${visibleProfileSql('op')} OR o.company_id = ANY(:ownCompanies::uuid[]) OR o.park_id = ANY(:ownParks::uuid[]))`, {
        ownCompanies: [...(actor?.companies ?? [])],
        ownParks: [...(actor?.parks ?? [])],
      });
  }

  async list(args: OpportunitiesArgs, actor: Actor | null): Promise<ConnectionShape<OpportunityEntity>> {
    const qb = this.withVisibleOwner(this.dataSource.getRepository(OpportunityEntity).createQueryBuilder('o'), actor);
    const f = args.filter;
    if (f?.companyId) qb.andWhere('o.company_id = :companyId', { companyId: f.companyId });
    if (f?.parkId) qb.andWhere('o.park_id = :parkId', { parkId: f.parkId });
    if (f?.type?.length) qb.andWhere('o.type IN (:...types)', { types: f.type });
    if (f?.partnershipType?.length) qb.andWhere('o.partnership_types && :pts::text[]', { pts: f.partnershipType });
    if (f?.targetCountry) qb.andWhere(`(o.target_countries = '{}' OR :country = ANY(o.target_countries))`, { country: f.targetCountry });
    if (!f?.includeInactive) qb.andWhere(`o.status = 'active' AND o.expires_at > now()`);
    return pageByCreatedAt(qb, args);
  }

  /** Active opportunities of many companies (live or expired; callers filter with isLive), grouped by company. */
  async activeByCompany(companyIds: readonly string[], manager: EntityManager = this.dataSource.manager): Promise<Map<string, OpportunityEntity[]>> {
    const grouped = new Map<string, OpportunityEntity[]>();
    if (companyIds.length === 0) return grouped;
    const rows = await manager
      .getRepository(OpportunityEntity)
      .createQueryBuilder('o')
      .where('o.company_id = ANY(:ids::uuid[])', { ids: [...companyIds] })
      .andWhere(`o.status = 'active'`)
      .orderBy('o.created_at', 'ASC')
      .addOrderBy('o.id', 'ASC')
      .getMany();
    for (const row of rows) {
      const list = grouped.get(row.companyId!) ?? [];
      list.push(row);
      grouped.set(row.companyId!, list);
    }
    return grouped;
  }

  /**
   * Makes each company's active opportunities equal to the given set (imports): unchanged ones
   * keep their id and expiry, missing ones are withdrawn, new ones are inserted with COPY.
   * Returns the companies whose set changed; the caller touches them in the same transaction.
   */
  async syncCompanySets(manager: EntityManager, sets: readonly CompanyOpportunitySet[], now: Date, fresh: ReadonlySet<string> = new Set()): Promise<string[]> {
    if (sets.length === 0) return [];
    // Companies created in this transaction have nothing stored yet.
    const stored = sets.map((s) => s.companyId).filter((id) => !fresh.has(id));
    const existing = stored.length
      ? await manager.query<{ id: string; company_id: string; content_hash: string }[]>(
          `SELECT id, company_id, content_hash FROM opportunities WHERE status = 'active' AND company_id = ANY($1::uuid[])`,
          [stored],
        )
      : [];
    const byCompany = new Map<string, { id: string; hash: string }[]>();
    for (const row of existing) {
      const list = byCompany.get(row.company_id) ?? [];
      list.push({ id: row.id, hash: row.content_hash });
      byCompany.set(row.company_id, list);
    }
    const withdrawn: string[] = [];
    const inserts: { companyId: string; columns: Partial<OpportunityEntity> }[] = [];
    const changed: string[] = [];
    for (const set of sets) {
      const remaining = [...(byCompany.get(set.companyId) ?? [])];
      let differs = false;
      for (const content of set.opportunities) {
        const columns = opportunityColumns(content);
        const at = remaining.findIndex((r) => r.hash === columns.contentHash);
        if (at >= 0) remaining.splice(at, 1);
        else {
          inserts.push({ companyId: set.companyId, columns });
          differs = true;
        }
      }
      if (remaining.length) {
        withdrawn.push(...remaining.map((r) => r.id));
        differs = true;
      }
      if (differs) changed.push(set.companyId);
    }
    if (withdrawn.length) {
      await manager.query(`UPDATE opportunities SET status = 'withdrawn', version = version + 1, updated_at = now() WHERE id = ANY($1::uuid[])`, [withdrawn]);
    }
    const expiresAt = this.expiryFrom(now).toISOString();
    await copyRows(
      manager,
      'opportunities',
      COPY_COLUMNS,
      inserts.map(({ companyId, columns: c }) => {
        return [companyId, c.type, c.titleZh, c.titleDe, c.titleEn, c.descriptionZh, c.descriptionDe, c.descriptionEn, c.partnershipTypes, c.technologyKeywords, c.marketKeywords, c.targetCountries, c.partnerSizes, c.stage, c.ipStatus, now.toISOString(), expiresAt, c.contentHash, 1];
      }),
    );
    return changed;
  }

  private async setLifecycle(id: string, actor: Actor | null, expectedVersion: number | undefined, change: (o: OpportunityEntity) => void): Promise<OpportunityEntity> {
    return this.dataSource.transaction(async (manager) => {
      const current = await this.lockForWrite(manager, id, actor, expectedVersion);
      change(current);
      const saved = await manager.save(current);
      await this.touchOwner(manager, saved);
      return saved;
    });
  }

  /** A company's opportunities are part of its search document. Parks are not indexed (yet). */
  private async touchOwner(manager: EntityManager, o: OpportunityEntity): Promise<void> {
    if (o.companyId) await touchCompanies(manager, [o.companyId]);
  }

  private async lockForWrite(manager: EntityManager, id: string, actor: Actor | null, expectedVersion?: number): Promise<OpportunityEntity> {
    const current = await manager.getRepository(OpportunityEntity).findOne({ where: { id }, lock: { mode: 'pessimistic_write' } });
    if (!current) throw new NotFoundException('Opportunity', id);
    if (actor) assertCanEdit(actor, current.companyId ? SubjectKind.COMPANY : SubjectKind.PARK, (current.companyId ?? current.parkId)!);
    if (expectedVersion !== undefined && expectedVersion !== current.version) {
      throw new ConflictException(`Opportunity ${id} is at version ${current.version}, not ${expectedVersion}; reload it and apply your change again`);
    }
    return current;
  }
}

const COPY_COLUMNS: readonly CopyColumn[] = [
  { name: 'company_id', kind: 'text' },
  { name: 'type', kind: 'text' },
  { name: 'title_zh', kind: 'text' },
  { name: 'title_de', kind: 'text' },
  { name: 'title_en', kind: 'text' },
  { name: 'description_zh', kind: 'text' },
  { name: 'description_de', kind: 'text' },
  { name: 'description_en', kind: 'text' },
  { name: 'partnership_types', kind: 'text[]' },
  { name: 'technology_keywords', kind: 'text[]' },
  { name: 'market_keywords', kind: 'text[]' },
  { name: 'target_countries', kind: 'text[]' },
  { name: 'partner_sizes', kind: 'text[]' },
  { name: 'stage', kind: 'text' },
  { name: 'ip_status', kind: 'text' },
  { name: 'published_at', kind: 'text' },
  { name: 'expires_at', kind: 'text' },
  { name: 'content_hash', kind: 'text' },
  { name: 'version', kind: 'number' },
];
