import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  APP_CONFIG,
  assertEditable,
  ConflictException,
  ConnectionShape,
  ForbiddenException,
  isProfileVisible,
  NotFoundException,
  ReviewAction,
  stripUndefined,
  termEnd,
  toProfileIdentity,
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
import { entitiesByIds, pageByCreatedAt } from '@hc/persistence';
import { isicDivisionOf, textMatch } from '@hc/taxonomy';
import { DataSource, EntityManager } from 'typeorm';
import { ParksArgs, SubmitParkProfileInput, UpdateParkInput } from './dto/park.input';
import { PARK_SEARCH_TEXT, ParkEntity } from './park.entity';
import { ParkRecord, ParkStatus } from './park.model';

const AUDITED_FIELDS = [
  'nameZh', 'nameDe', 'nameEn', 'descriptionZh', 'descriptionDe', 'descriptionEn', 'country', 'region', 'city', 'latitude', 'longitude',
  'focusSectors', 'gapSectors', 'offerings', 'website', 'initiativeMember', 'status',
] as const;

const subject = (id: string) => `park ${id}`;

@Injectable()
export class ParksService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly grants: GrantsService,
    private readonly audit: AuditLogService,
    private readonly workflow: ProfileWorkflow,
  ) {}

  /** A park manager creates a DRAFT and becomes its manager; it is published by review. */
  async create(input: SubmitParkProfileInput, actor: Actor): Promise<ParkEntity> {
    assertRole(actor, [Role.ADMIN, Role.PARK_MANAGER], 'creating a park profile');
    const record = recordFromInput(input);
    return this.dataSource.transaction(async (manager) => {
      const saved = await manager.save(manager.create(ParkEntity, { ...record, status: ParkStatus.DRAFT }));
      if (actor.role === Role.PARK_MANAGER) await this.grants.grantToCreator(manager, actor, SubjectKind.PARK, saved.id);
      await this.audit.record(manager, actor, { subjectKind: SubjectKind.PARK, subjectId: saved.id, action: 'created', toStatus: saved.status });
      return saved;
    });
  }

  /**
   * A draft or rejected park changes in place. Changes to a PUBLISHED park by its managers wait as
   * pending changes for review while the published version stays visible; admins change it directly.
   */
  async update(id: string, input: UpdateParkInput, actor: Actor, expectedVersion?: number): Promise<ParkEntity> {
    return this.dataSource.transaction(async (manager) => {
      const current = await this.lockForWrite(manager, id, expectedVersion);
      assertCanEdit(actor, SubjectKind.PARK, id);
      const direct = actor.role === Role.ADMIN;
      const asRevision = !direct && current.status === ParkStatus.PUBLISHED;
      if (!direct) assertEditable(asRevision ? (current.revision?.status ?? ParkStatus.DRAFT) : current.status, subject(id));
      const base = asRevision && current.revision ? (current.revision.content as unknown as SubmitParkProfileInput) : inputFromEntity(current);
      const mergedInput: SubmitParkProfileInput = {
        ...base,
        ...stripUndefined(input),
        name: { ...base.name, ...stripUndefined(input.name ?? {}) },
        description: { ...base.description, ...stripUndefined(input.description ?? {}) },
      };
      const merged = recordFromInput(mergedInput);
      const before = { ...current };
      const changes = diffFields(before, { ...before, ...merged }, AUDITED_FIELDS);
      if (asRevision) {
        this.workflow.proposeChanges(current, mergedInput, changes.map((c) => c.field));
      } else {
        manager.merge(ParkEntity, current, merged);
      }
      const saved = await manager.save(current);
      await this.audit.record(manager, actor, {
        subjectKind: SubjectKind.PARK, subjectId: id, action: asRevision ? 'changes_proposed' : 'updated', toStatus: asRevision ? saved.revision?.status : saved.status, changes,
      });
      return saved;
    });
  }

  /** submit (managers), start review / approve / reject with a reason (reviewers and admins). */
  async review(id: string, action: ReviewAction, actor: Actor, reason?: string | null): Promise<ParkEntity> {
    return this.dataSource.transaction(async (manager) => {
      const current = await this.lockForWrite(manager, id);
      const { saved } = await this.workflow.review(manager, SubjectKind.PARK, current, { action, actor, reason, auditedFields: AUDITED_FIELDS }, (content) =>
        manager.merge(ParkEntity, current, recordFromInput(content as unknown as SubmitParkProfileInput)),
      );
      return saved;
    });
  }

  async renew(id: string, actor: Actor): Promise<ParkEntity> {
    return this.dataSource.transaction(async (manager) => this.workflow.renew(manager, SubjectKind.PARK, await this.lockForWrite(manager, id), actor));
  }

  /** Bulk load of validated records (demo data); published ones start a term now. */
  async insertMany(records: ParkRecord[], manager?: EntityManager): Promise<string[]> {
    const m = manager ?? this.dataSource.manager;
    if (records.length === 0) return [];
    const now = new Date();
    const rows = records.map((r) => ({ ...r, ...(r.status === ParkStatus.PUBLISHED ? { publishedAt: now, expiresAt: termEnd(this.config.PROFILE_VALIDITY_DAYS, now) } : {}) }));
    const result = await m.createQueryBuilder().insert().into(ParkEntity).values(rows).returning('id').execute();
    return (result.raw as { id: string }[]).map((r) => r.id);
  }

  /** Any park, whatever its state: for the platform's own use, never for answering a user. */
  async findById(id: string): Promise<ParkEntity> {
    const found = await this.byId(id);
    if (!found) throw new NotFoundException('Park', id);
    return found;
  }

  /** A park as `actor` may see it: unpublished or expired parks are NOT_FOUND for everyone but their managers and the staff. */
  async findVisible(id: string, actor: Actor | null): Promise<ParkEntity> {
    const found = await this.byId(id);
    if (!found || !(isProfileVisible(found) || canSeeUnpublished(actor, SubjectKind.PARK, id))) throw new NotFoundException('Park', id);
    return found;
  }

  /** One lean statement: suggestions read the park on every request. */
  private async byId(id: string): Promise<ParkEntity | undefined> {
    const [found] = await entitiesByIds(this.dataSource, ParkEntity, [id]);
    return found;
  }

  /**
   * Visible parks by default, filtered and searched: `query` matches names and descriptions in every
   * language (substrings, glossary synonyms). Other statuses are for the staff; `mine` lists your parks.
   */
  async list(args: ParksArgs, actor: Actor | null): Promise<ConnectionShape<ParkEntity>> {
    const qb = this.dataSource.getRepository(ParkEntity).createQueryBuilder('p');
    const f = args.filter;
    if (f?.mine) {
      if (!actor) throw new UnauthenticatedException();
      qb.andWhere('p.id = ANY(:mine::uuid[])', { mine: [...actor.parks] });
      if (f.status) qb.andWhere('p.status = :status', { status: f.status });
    } else if (f?.status && f.status !== ParkStatus.PUBLISHED) {
      if (!isStaff(actor)) throw new ForbiddenException('only reviewers and admins list unpublished parks; use mine: true for your own');
      qb.andWhere('p.status = :status', { status: f.status });
    } else {
      qb.andWhere(visibleProfileSql('p'));
    }
    if (f?.country?.length) qb.andWhere('p.country IN (:...countries)', { countries: f.country });
    if (f?.initiativeMember !== undefined && f.initiativeMember !== null) qb.andWhere('p.initiative_member = :member', { member: f.initiativeMember });
    if (f?.focusSector?.length) qb.andWhere('p.focus_sectors && :sectors::text[]', { sectors: f.focusSector.map(isicDivisionOf) });
    if (f?.offering?.length) qb.andWhere('p.offerings @> :offerings::text[]', { offerings: f.offering });
    const text = f?.query ? textMatch(PARK_SEARCH_TEXT, f.query, 'q') : null;
    if (text) qb.andWhere(text.sql, text.params);
    return pageByCreatedAt(qb, args);
  }

  private async lockForWrite(manager: EntityManager, id: string, expectedVersion?: number): Promise<ParkEntity> {
    const current = await manager.getRepository(ParkEntity).findOne({ where: { id }, lock: { mode: 'pessimistic_write' } });
    if (!current) throw new NotFoundException('Park', id);
    if (expectedVersion !== undefined && expectedVersion !== current.version) {
      throw new ConflictException(`Park ${id} is at version ${current.version}, not ${expectedVersion}; reload it and apply your change again`);
    }
    return current;
  }
}

/** Validated profile content; membership and status are not content (the initiative and the review decide them). */
function recordFromInput(input: SubmitParkProfileInput): Omit<ParkRecord, 'status' | 'initiativeMember'> {
  return {
    ...toProfileIdentity(input),
    // Parks state interest at division level; a finer code is reduced to its division.
    focusSectors: [...new Set(input.focusSectors.map(isicDivisionOf))],
    gapSectors: [...new Set((input.gapSectors ?? []).map(isicDivisionOf))],
    offerings: [...new Set(input.offerings ?? [])],
    website: input.website ?? null,
  };
}

function inputFromEntity(e: ParkEntity): SubmitParkProfileInput {
  return {
    name: { zh: e.nameZh, de: e.nameDe, en: e.nameEn },
    description: { zh: e.descriptionZh, de: e.descriptionDe, en: e.descriptionEn },
    country: e.country,
    region: e.region,
    city: e.city,
    location: { latitude: e.latitude, longitude: e.longitude },
    focusSectors: e.focusSectors,
    gapSectors: e.gapSectors,
    offerings: e.offerings,
    website: e.website,
  };
}
