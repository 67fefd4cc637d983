import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  BadUserInputException,
  ConnectionShape,
  FieldProblem,
  InvalidTransitionException,
  Localized,
  NotFoundException,
  normalizeLocalized,
  toProfileIdentity,
} from '@hc/core';
import { Actor, assertCanEdit, AuditLogService, diffFields, SubjectKind } from '@hc/identity';
import { pageByCreatedAt } from '@hc/persistence';
import { textMatch } from '@hc/taxonomy';
import { DataSource, EntityManager } from 'typeorm';
import { loadProfile, loadProfiles, nameOf } from '../common/profile-directory';
import { acceptedMemberSql, describeProfile, PROFILE_ENTITY_NAME, profileColumns, ProfileRef, profileRefOf, visibleOwnerSql } from '../common/profile-ref';
import { MembershipEntity } from '../membership/membership.entity';
import { MembershipStatus } from '../membership/membership.model';
import { PublishSharedResourceInput, SharedResourceContentInput, SharedResourcesArgs, UpdateSharedResourceInput } from './dto/shared-resource.input';
import { sharedResourceContentOf, SharedResourceView } from './shared-resource.mapper';
import { SharedResourceEntity, sharedResourceSearchText } from './shared-resource.entity';
import { SHARED_RESOURCE_FIELDS, SharedResourceContent, SharedResourceStatus } from './shared-resource.model';

export const SHARED_RESOURCE_SUBJECT = 'shared_resource';

/** Great-circle distance in km between the row's point and (:nearLat, :nearLon), in SQL. */
const DISTANCE_SQL = `(2 * 6371.0088 * asin(least(1, sqrt(
  power(sin(radians(r.latitude - :nearLat::float8) / 2), 2)
  + cos(radians(:nearLat::float8)) * cos(radians(r.latitude)) * power(sin(radians(r.longitude - :nearLon::float8) / 2), 2)))))`;

/** Trims, turns blanks into null, and applies the cross-field rules of profiles (a name, a region of the country). */
export function toSharedResourceContent(input: SharedResourceContentInput, prefix = 'input'): SharedResourceContent {
  const clean = (v: string | null | undefined) => (v && v.trim() ? v.trim() : null);
  return { ...toProfileIdentity(input, prefix), type: input.type, capacity: clean(input.capacity), conditions: clean(input.conditions) };
}

/** Fields that an update may leave out but not clear. */
const REQUIRED_ON_UPDATE = ['type', 'name', 'country', 'city', 'location'] as const;

@Injectable()
export class SharedResourcesService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditLogService,
  ) {}

  /** Members share resources: the owner must be managed by the actor (or the actor an admin) and hold an accepted membership. */
  async publish(actor: Actor, input: PublishSharedResourceInput): Promise<SharedResourceView> {
    const owner: ProfileRef = { kind: input.ownerKind, id: input.ownerId };
    assertCanEdit(actor, owner.kind, owner.id);
    const content = toSharedResourceContent(input);
    return this.dataSource.transaction(async (manager) => {
      const profile = await loadProfile(manager, owner);
      if (!profile) throw new NotFoundException(PROFILE_ENTITY_NAME[owner.kind], owner.id);
      if (!(await this.isMember(manager, owner))) {
        throw new InvalidTransitionException(`join the initiative first: ${describeProfile(owner)} has no accepted membership, and only members share resources`);
      }
      const saved = await manager.save(manager.create(SharedResourceEntity, { ...profileColumns(owner), ...content, status: SharedResourceStatus.ACTIVE }));
      await this.audit.record(manager, actor, {
        subjectKind: SHARED_RESOURCE_SUBJECT,
        subjectId: saved.id,
        action: 'publish',
        toStatus: SharedResourceStatus.ACTIVE,
        changes: [{ field: 'owner', from: null, to: owner }, ...diffFields({}, { ...content }, SHARED_RESOURCE_FIELDS)],
      });
      return { resource: saved, ownerName: profile.name };
    });
  }

  async update(actor: Actor, id: string, input: UpdateSharedResourceInput): Promise<SharedResourceView> {
    const cleared: FieldProblem[] = REQUIRED_ON_UPDATE.filter((f) => input[f] === null).map((f) => ({ field: `input.${f}`, message: 'is required and cannot be cleared' }));
    if (cleared.length) throw new BadUserInputException(cleared);
    return this.dataSource.transaction(async (manager) => {
      const resource = await this.lockForOwner(manager, actor, id);
      if (resource.status === SharedResourceStatus.WITHDRAWN) throw new InvalidTransitionException(`cannot change shared resource ${id}: it was withdrawn`);
      const before = sharedResourceContentOf(resource);
      const after = toSharedResourceContent(mergeInput(before, input));
      const changes = diffFields({ ...before }, { ...after }, SHARED_RESOURCE_FIELDS);
      if (changes.length === 0) return this.view(manager, resource);
      manager.merge(SharedResourceEntity, resource, after);
      const saved = await manager.save(resource);
      await this.audit.record(manager, actor, { subjectKind: SHARED_RESOURCE_SUBJECT, subjectId: id, action: 'update', changes });
      return this.view(manager, saved);
    });
  }

  async withdraw(actor: Actor, id: string): Promise<SharedResourceView> {
    return this.dataSource.transaction(async (manager) => {
      const resource = await this.lockForOwner(manager, actor, id);
      if (resource.status === SharedResourceStatus.WITHDRAWN) throw new InvalidTransitionException(`cannot withdraw shared resource ${id}: it was already withdrawn`);
      resource.status = SharedResourceStatus.WITHDRAWN;
      resource.withdrawnAt = new Date();
      const saved = await manager.save(resource);
      await this.audit.record(manager, actor, {
        subjectKind: SHARED_RESOURCE_SUBJECT,
        subjectId: id,
        action: 'withdraw',
        fromStatus: SharedResourceStatus.ACTIVE,
        toStatus: SharedResourceStatus.WITHDRAWN,
      });
      return this.view(manager, saved);
    });
  }

  /** Active resources of visible owners that are still members; public. */
  async list(args: SharedResourcesArgs): Promise<ConnectionShape<SharedResourceView>> {
    const qb = this.dataSource
      .getRepository(SharedResourceEntity)
      .createQueryBuilder('r')
      .where('r.status = :active', { active: SharedResourceStatus.ACTIVE })
      .andWhere(visibleOwnerSql('r'))
      .andWhere(acceptedMemberSql('r'));
    const f = args.filter;
    const text = f?.query ? textMatch(sharedResourceSearchText('r'), f.query, 'q') : null;
    if (text) qb.andWhere(text.sql, text.params);
    if (f?.type?.length) qb.andWhere('r.type IN (:...types)', { types: f.type });
    if (f?.country?.length) qb.andWhere('r.country IN (:...countries)', { countries: f.country });
    if (f?.ownerKind) qb.andWhere(f.ownerKind === SubjectKind.PARK ? 'r.park_id IS NOT NULL' : 'r.company_id IS NOT NULL');
    if (f?.ownerId) qb.andWhere('(r.park_id = :ownerId OR r.company_id = :ownerId)', { ownerId: f.ownerId });
    if (f?.near) qb.andWhere(`${DISTANCE_SQL} <= :radiusKm::float8`, { nearLat: f.near.latitude, nearLon: f.near.longitude, radiusKm: f.near.radiusKm });
    const page = await pageByCreatedAt(qb, args);
    const profiles = await loadProfiles(this.dataSource.manager, page.edges.map((e) => profileRefOf(e.node)));
    return { ...page, edges: page.edges.map((e) => ({ cursor: e.cursor, node: { resource: e.node, ownerName: nameOf(profiles, profileRefOf(e.node)) } })) };
  }

  async findById(id: string): Promise<SharedResourceView> {
    const resource = await this.dataSource.getRepository(SharedResourceEntity).findOneBy({ id });
    if (!resource) throw new NotFoundException('Shared resource', id);
    return this.view(this.dataSource.manager, resource);
  }

  private async isMember(manager: EntityManager, owner: ProfileRef): Promise<boolean> {
    const column = owner.kind === SubjectKind.PARK ? { parkId: owner.id } : { companyId: owner.id };
    return manager.existsBy(MembershipEntity, { ...column, status: MembershipStatus.ACCEPTED });
  }

  private async lockForOwner(manager: EntityManager, actor: Actor, id: string): Promise<SharedResourceEntity> {
    const resource = await manager.getRepository(SharedResourceEntity).findOne({ where: { id }, lock: { mode: 'pessimistic_write' } });
    if (!resource) throw new NotFoundException('Shared resource', id);
    const owner = profileRefOf(resource);
    assertCanEdit(actor, owner.kind, owner.id);
    return resource;
  }

  private async view(manager: EntityManager, resource: SharedResourceEntity): Promise<SharedResourceView> {
    const owner = profileRefOf(resource);
    return { resource, ownerName: nameOf(await loadProfiles(manager, [owner]), owner) };
  }
}

/** The stored content with the update laid over it; omitted languages of name and description are kept. */
function mergeInput(before: SharedResourceContent, input: UpdateSharedResourceInput): SharedResourceContentInput {
  const name: Localized = { zh: before.nameZh, de: before.nameDe, en: before.nameEn };
  const description: Localized = { zh: before.descriptionZh, de: before.descriptionDe, en: before.descriptionEn };
  const overlay = (base: Localized, given: Partial<Localized> | null | undefined): Localized => {
    if (!given) return base;
    const defined = Object.fromEntries(Object.entries(normalizeLocalized(given)).filter(([language]) => given[language as keyof Localized] !== undefined));
    return { ...base, ...defined };
  };
  const pick = <T>(given: T | null | undefined, stored: T): T => (given === undefined ? stored : (given as T));
  return {
    type: pick(input.type, before.type),
    name: overlay(name, input.name),
    description: input.description === null ? {} : overlay(description, input.description),
    country: pick(input.country, before.country),
    region: input.region === undefined ? before.region : input.region,
    city: pick(input.city, before.city),
    location: input.location ?? { latitude: before.latitude, longitude: before.longitude },
    capacity: input.capacity === undefined ? before.capacity : input.capacity,
    conditions: input.conditions === undefined ? before.conditions : input.conditions,
  } as SharedResourceContentInput;
}
