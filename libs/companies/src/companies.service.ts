import { randomUUID } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  APP_CONFIG,
  assertEditable,
  BadUserInputException,
  ConflictException,
  ConnectionShape,
  ForbiddenException,
  isProfileVisible,
  NotFoundException,
  ReviewAction,
  stripUndefined,
  termEnd,
  UnauthenticatedException,
  visibleProfileSql,
} from '@hc/core';
import type { AppConfig } from '@hc/core';
import {
  assertCanEdit,
  assertRole,
  AuditLogService,
  canSeeUnpublished,
  diffFields,
  GrantsService,
  isStaff,
  ProfileWorkflow,
  Role,
  SubjectKind,
} from '@hc/identity';
import type { Actor } from '@hc/identity';
import { entitiesByIds, enqueueOutbox, pageByCreatedAt } from '@hc/persistence';
import { isicDivisionOf } from '@hc/taxonomy';
import { DataSource, EntityManager } from 'typeorm';
import { CompanyEntity } from './company.entity';
import { COMPANY_AGGREGATE, copyInsertCompanies, startPublishedTerms } from './company-bulk';
import { CompanyRecord, CompanyStatus } from './company.model';
import { CompanyRules, deriveCompanyColumns, isoDay, toCompanyRecord } from './company-record';
import { CompaniesArgs } from './dto/companies.args';
import { CreateCompanyInput, UpdateCompanyInput } from './dto/company.input';

const REQUIRED_FIELDS = ['name', 'country', 'city', 'location', 'activityCodes'] as const;

/** Fields only admins (and imports) may set: publication skips the review, and membership is decided by the initiative. */
const ADMIN_ONLY_FIELDS = ['status', 'initiativeMember'] as const;

/** Fields of the content that an audit event compares. */
const AUDITED_FIELDS = [
  'nameZh', 'nameDe', 'nameEn', 'descriptionZh', 'descriptionDe', 'descriptionEn', 'country', 'region', 'city', 'latitude', 'longitude',
  'registryId', 'activityCodes', 'employees', 'annualTurnoverEur', 'balanceSheetTotalEur', 'revenueBand', 'foundedYear', 'website',
  'badges', 'offers', 'needs', 'initiativeMember', 'status',
] as const;

const subject = (id: string) => `company ${id}`;

@Injectable()
export class CompaniesService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly grants: GrantsService,
    private readonly audit: AuditLogService,
    private readonly workflow: ProfileWorkflow,
  ) {}

  /** The admissibility settings, for callers that validate many records (imports). */
  rules(): CompanyRules {
    return { hiddenChampionMaxRevenueEur: this.config.HIDDEN_CHAMPION_MAX_REVENUE_EUR };
  }

  profileValidityDays(): number {
    return this.config.PROFILE_VALIDITY_DAYS;
  }

  /**
   * A company representative creates a DRAFT and becomes its owner; it is published by review.
   * Admins may create published profiles directly. `actor` null is the platform itself (tests, tools).
   */
  async create(input: CreateCompanyInput, actor: Actor | null): Promise<CompanyEntity> {
    if (actor) {
      assertRole(actor, [Role.ADMIN, Role.COMPANY_REP], 'creating a company profile');
      this.assertAdminOnlyFields(input, actor);
    }
    const record = toCompanyRecord(input, this.rules());
    return this.dataSource.transaction(async (manager) => {
      const now = new Date();
      const published = record.status === CompanyStatus.PUBLISHED;
      const saved = await manager.save(
        manager.create(CompanyEntity, {
          ...record,
          ...deriveCompanyColumns(record, isoDay()),
          publishedAt: published ? now : null,
          expiresAt: published ? termEnd(this.config.PROFILE_VALIDITY_DAYS, now) : null,
        }),
      );
      if (actor?.role === Role.COMPANY_REP) await this.grants.grantToCreator(manager, actor, SubjectKind.COMPANY, saved.id);
      await enqueueOutbox(manager, [{ aggregateType: COMPANY_AGGREGATE, aggregateId: saved.id, aggregateVersion: saved.version }]);
      await this.audit.record(manager, actor, { subjectKind: SubjectKind.COMPANY, subjectId: saved.id, action: 'created', toStatus: saved.status });
      return saved;
    });
  }

  /**
   * Changes the given fields. A draft or rejected profile changes in place. Changes to a PUBLISHED
   * profile by its owners wait as pending changes for review, and the published version stays
   * visible; admins change published content directly. Content under review is frozen.
   */
  async update(id: string, input: UpdateCompanyInput, actor: Actor | null, expectedVersion?: number): Promise<CompanyEntity> {
    return this.dataSource.transaction(async (manager) => {
      const current = await this.lockForWrite(manager, id, expectedVersion);
      if (actor) {
        assertCanEdit(actor, SubjectKind.COMPANY, id);
        this.assertAdminOnlyFields(input, actor);
      }
      const cleared = REQUIRED_FIELDS.filter((key) => input[key] === null);
      if (cleared.length) throw new BadUserInputException(cleared.map((key) => ({ field: `input.${key}`, message: 'is required and cannot be null' })));
      const direct = !actor || actor.role === Role.ADMIN;
      const asRevision = !direct && current.status === CompanyStatus.PUBLISHED;
      if (!direct) assertEditable(asRevision ? (current.revision?.status ?? CompanyStatus.DRAFT) : current.status, subject(id));
      const base = asRevision && current.revision ? (current.revision.content as unknown as CreateCompanyInput) : inputFromEntity(current);
      const changes = stripUndefined(input);
      // A new turnover replaces the band derived from the old one.
      if (changes.annualTurnoverEur !== undefined && changes.revenueBand === undefined) delete base.revenueBand;
      const mergedInput = {
        ...base,
        ...changes,
        // Languages left out of a partial update keep their current text; null clears one.
        name: { ...base.name, ...stripUndefined(input.name ?? {}) },
        description: { ...base.description, ...stripUndefined(input.description ?? {}) },
      } as CreateCompanyInput;
      const merged = toCompanyRecord(mergedInput, this.rules());
      const before = { ...current };
      if (asRevision) {
        this.workflow.proposeChanges(current, mergedInput, diffFields(before, { ...current, ...merged }, AUDITED_FIELDS).map((c) => c.field));
        const saved = await manager.save(current);
        await this.audit.record(manager, actor, {
          subjectKind: SubjectKind.COMPANY, subjectId: id, action: 'changes_proposed', toStatus: saved.revision?.status,
          changes: diffFields(before, { ...before, ...merged }, AUDITED_FIELDS),
        });
        return saved;
      }
      manager.merge(CompanyEntity, current, { ...merged, ...deriveCompanyColumns(merged, isoDay(), current) });
      if (merged.status === CompanyStatus.PUBLISHED && before.status !== CompanyStatus.PUBLISHED) {
        current.publishedAt = new Date();
        current.expiresAt = termEnd(this.config.PROFILE_VALIDITY_DAYS);
      }
      const saved = await manager.save(current);
      await enqueueOutbox(manager, [{ aggregateType: COMPANY_AGGREGATE, aggregateId: saved.id, aggregateVersion: saved.version }]);
      await this.audit.record(manager, actor, {
        subjectKind: SubjectKind.COMPANY, subjectId: id, action: 'updated', fromStatus: before.status, toStatus: saved.status,
        changes: diffFields(before, saved, AUDITED_FIELDS),
      });
      return saved;
    });
  }

  /** submit (owners), start review / approve / reject with a reason (reviewers and admins). */
  async review(id: string, action: ReviewAction, actor: Actor, reason?: string | null): Promise<CompanyEntity> {
    return this.dataSource.transaction(async (manager) => {
      const current = await this.lockForWrite(manager, id);
      const before = { ...current };
      const { saved, step } = await this.workflow.review(manager, SubjectKind.COMPANY, current, { action, actor, reason, auditedFields: AUDITED_FIELDS }, (content) => {
        const merged = toCompanyRecord({ ...(content as unknown as CreateCompanyInput), status: CompanyStatus.PUBLISHED }, this.rules());
        manager.merge(CompanyEntity, current, { ...merged, ...deriveCompanyColumns(merged, isoDay(), before) });
      });
      // The index learns about publication (and approved changes); other steps change nothing it shows.
      if (step.to === CompanyStatus.PUBLISHED) {
        await enqueueOutbox(manager, [{ aggregateType: COMPANY_AGGREGATE, aggregateId: saved.id, aggregateVersion: saved.version }]);
      }
      return saved;
    });
  }

  /** A new term for a published profile; an expired one becomes visible again. */
  async renew(id: string, actor: Actor): Promise<CompanyEntity> {
    return this.dataSource.transaction(async (manager) => {
      const saved = await this.workflow.renew(manager, SubjectKind.COMPANY, await this.lockForWrite(manager, id), actor);
      await enqueueOutbox(manager, [{ aggregateType: COMPANY_AGGREGATE, aggregateId: saved.id, aggregateVersion: saved.version }]);
      return saved;
    });
  }

  async delete(id: string, actor: Actor | null, expectedVersion?: number): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      const current = await this.lockForWrite(manager, id, expectedVersion);
      if (actor) assertCanEdit(actor, SubjectKind.COMPANY, id);
      await manager.delete(CompanyEntity, { id });
      // The version after the delete, so the index drops every document older than this event.
      await enqueueOutbox(manager, [{ aggregateType: COMPANY_AGGREGATE, aggregateId: id, aggregateVersion: current.version + 1 }]);
      await this.audit.record(manager, actor, { subjectKind: SubjectKind.COMPANY, subjectId: id, action: 'deleted', fromStatus: current.status });
    });
  }

  /** Bulk load of already validated records (demo data, tests): COPY and outbox events in ONE transaction. Returns the new ids. */
  async insertMany(records: readonly CompanyRecord[], manager?: EntityManager): Promise<string[]> {
    const rows = records.map((record) => ({ id: randomUUID(), record }));
    const run = async (m: EntityManager) => {
      await copyInsertCompanies(m, rows, isoDay());
      await startPublishedTerms(m, rows.map((r) => r.id), this.config.PROFILE_VALIDITY_DAYS);
    };
    await (manager ? run(manager) : this.dataSource.transaction(run));
    return rows.map((r) => r.id);
  }

  /** Any company, whatever its state: for the platform's own use, never for answering a user. */
  async findById(id: string): Promise<CompanyEntity> {
    const found = await this.dataSource.getRepository(CompanyEntity).findOneBy({ id });
    if (!found) throw new NotFoundException('Company', id);
    return found;
  }

  /** A company as `actor` may see it: drafts, submitted and rejected profiles are NOT_FOUND for everyone but their owners and the staff. */
  async findVisible(id: string, actor: Actor | null): Promise<CompanyEntity> {
    const found = await this.dataSource.getRepository(CompanyEntity).findOneBy({ id });
    if (!found || !(isProfileVisible(found) || canSeeUnpublished(actor, SubjectKind.COMPANY, id))) throw new NotFoundException('Company', id);
    return found;
  }

  /** Loads many companies, in the order of `ids`, skipping missing ones (one lean query: result pages read their rows here). */
  async findByIds(ids: readonly string[]): Promise<CompanyEntity[]> {
    return entitiesByIds(this.dataSource, CompanyEntity, ids);
  }

  async count(status?: CompanyStatus): Promise<number> {
    return this.dataSource.getRepository(CompanyEntity).countBy(status ? { status } : {});
  }

  /**
   * Visible companies by default. `status` other than PUBLISHED is for the staff (a review queue);
   * `mine` lists the caller's own companies in every state.
   */
  async list(args: CompaniesArgs, actor: Actor | null): Promise<ConnectionShape<CompanyEntity>> {
    const qb = this.dataSource.getRepository(CompanyEntity).createQueryBuilder('c');
    const f = args.filter;
    if (f?.mine) {
      if (!actor) throw new UnauthenticatedException();
      qb.andWhere('c.id = ANY(:mine::uuid[])', { mine: [...actor.companies] });
      if (f.status) qb.andWhere('c.status = :status', { status: f.status });
    } else if (f?.status && f.status !== CompanyStatus.PUBLISHED) {
      if (!isStaff(actor)) throw new ForbiddenException('only reviewers and admins list unpublished companies; use mine: true for your own');
      qb.andWhere('c.status = :status', { status: f.status });
    } else {
      qb.andWhere(visibleProfileSql('c'));
    }
    if (f?.country?.length) qb.andWhere('c.country IN (:...countries)', { countries: f.country });
    if (f?.sectorDivision?.length) qb.andWhere('c.isic_divisions && :divisions::text[]', { divisions: f.sectorDivision.map(isicDivisionOf) });
    return pageByCreatedAt(qb, args);
  }

  private assertAdminOnlyFields(input: Partial<CreateCompanyInput>, actor: Actor): void {
    if (actor.role === Role.ADMIN) return;
    const set = ADMIN_ONLY_FIELDS.filter((field) => input[field] !== undefined && !(field === 'status' && input.status === CompanyStatus.DRAFT));
    if (set.length) {
      throw new ForbiddenException(
        `${set.map((f) => `input.${f}`).join(', ')}: only admins set ${set.join(' and ')}; profiles are published by review (submitCompany) and membership by the initiative (applyForMembership)`,
      );
    }
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
