import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { BadUserInputException, ConflictException, ConnectionShape, FieldProblem, InvalidTransitionException, NotFoundException, normalizeLocalized } from '@hc/core';
import { Actor, assertCanReview, AuditLogService, diffFields, SubjectKind } from '@hc/identity';
import { pageByCreatedAt } from '@hc/persistence';
import { isicDivisionOf, textMatch } from '@hc/taxonomy';
import { DataSource, EntityManager } from 'typeorm';
import { AgreementEntity } from '../agreement/agreement.entity';
import { todayUtc } from '../common/calendar-date';
import { isUniqueViolation } from '../common/database-errors';
import { loadProfile } from '../common/profile-directory';
import { AppointExpertInput, ExpertAssignmentArgs, ExpertsArgs, UpdateExpertInput } from './dto/expert.input';
import { ExpertAssignmentEntity } from './expert-assignment.entity';
import { ExpertEntity, expertSearchText } from './expert.entity';
import { expertContentOf } from './expert.mapper';
import { EXPERT_FIELDS, ExpertContent, ExpertSubjectKind } from './expert.model';

export const EXPERT_SUBJECT = 'expert';

/** Normalises an expert's content and checks the rules across fields; throws BAD_USER_INPUT naming each bad field. */
export function toExpertContent(input: AppointExpertInput, prefix = 'input'): ExpertContent {
  const problems: FieldProblem[] = [];
  if (!(input.termEndsOn > input.appointedOn)) {
    problems.push({ field: `${prefix}.termEndsOn`, message: `must be after appointedOn (${input.appointedOn}), got ${input.termEndsOn}` });
  }
  if (!input.fullName.trim()) problems.push({ field: `${prefix}.fullName`, message: 'must not be blank' });
  if (!input.affiliation.trim()) problems.push({ field: `${prefix}.affiliation`, message: 'must not be blank' });
  if (problems.length) throw new BadUserInputException(problems);
  const bio = normalizeLocalized(input.bio);
  return {
    fullName: input.fullName.trim(),
    affiliation: input.affiliation.trim(),
    bioZh: bio.zh,
    bioDe: bio.de,
    bioEn: bio.en,
    sectors: [...new Set(input.sectors.map(isicDivisionOf))],
    languages: [...new Set(input.languages)],
    regions: [...new Set(input.regions ?? [])],
    appointedOn: input.appointedOn,
    termEndsOn: input.termEndsOn,
    email: input.email.trim().toLowerCase(),
  };
}

/** Fields an update may leave out but not clear. */
const REQUIRED_ON_UPDATE = ['fullName', 'affiliation', 'sectors', 'languages', 'appointedOn', 'termEndsOn', 'email'] as const;

/** Experts and consultants: the secretariat (reviewers, admins) appoints and assigns them; anyone may find active ones. */
@Injectable()
export class ExpertsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditLogService,
  ) {}

  async appoint(actor: Actor, input: AppointExpertInput): Promise<ExpertEntity> {
    assertCanReview(actor);
    const content = toExpertContent(input);
    return this.dataSource.transaction(async (manager) => {
      const saved = await manager.save(manager.create(ExpertEntity, { ...content, appointedBy: actor.userId }));
      await this.audit.record(manager, actor, { subjectKind: EXPERT_SUBJECT, subjectId: saved.id, action: 'appoint', changes: diffFields({}, { ...content }, EXPERT_FIELDS) });
      return saved;
    });
  }

  async update(actor: Actor, id: string, input: UpdateExpertInput): Promise<ExpertEntity> {
    assertCanReview(actor);
    const cleared = REQUIRED_ON_UPDATE.filter((f) => input[f] === null).map((f) => ({ field: `input.${f}`, message: 'is required and cannot be cleared' }));
    if (cleared.length) throw new BadUserInputException(cleared);
    return this.dataSource.transaction(async (manager) => {
      const expert = await this.lock(manager, id);
      const before = expertContentOf(expert);
      const given = Object.fromEntries(Object.entries(input).filter(([, v]) => v !== undefined)) as Partial<AppointExpertInput>;
      const storedBio = { zh: before.bioZh, de: before.bioDe, en: before.bioEn };
      const bio = given.bio === null ? null : { ...storedBio, ...Object.fromEntries(Object.entries(given.bio ?? {}).filter(([, v]) => v !== undefined)) };
      const after = toExpertContent({ ...before, ...given, bio } as AppointExpertInput);
      const changes = diffFields({ ...before }, { ...after }, EXPERT_FIELDS);
      if (changes.length === 0) return expert;
      manager.merge(ExpertEntity, expert, after);
      const saved = await manager.save(expert);
      await this.audit.record(manager, actor, { subjectKind: EXPERT_SUBJECT, subjectId: id, action: 'update', changes });
      return saved;
    });
  }

  /** Attaches an expert to a park or an agreement; the expert's term must not have ended. */
  async assign(actor: Actor, args: ExpertAssignmentArgs): Promise<ExpertEntity> {
    assertCanReview(actor);
    try {
      return await this.dataSource.transaction(async (manager) => {
        const expert = await this.lock(manager, args.expertId);
        const today = todayUtc();
        if (expert.termEndsOn < today) {
          throw new InvalidTransitionException(`cannot assign expert ${expert.id}: the term ended on ${expert.termEndsOn}; extend it first`);
        }
        await this.assertSubjectExists(manager, args);
        if (await manager.existsBy(ExpertAssignmentEntity, { expertId: expert.id, ...subjectColumns(args) })) throw this.alreadyAssigned(args);
        await manager.insert(ExpertAssignmentEntity, { expertId: expert.id, ...subjectColumns(args), assignedBy: actor.userId });
        await this.audit.record(manager, actor, {
          subjectKind: EXPERT_SUBJECT,
          subjectId: expert.id,
          action: 'assign',
          changes: [{ field: 'assignment', from: null, to: { kind: args.subjectKind, id: args.subjectId } }],
        });
        return expert;
      });
    } catch (error) {
      if (isUniqueViolation(error)) throw this.alreadyAssigned(args);
      throw error;
    }
  }

  async unassign(actor: Actor, args: ExpertAssignmentArgs): Promise<ExpertEntity> {
    assertCanReview(actor);
    return this.dataSource.transaction(async (manager) => {
      const expert = await this.lock(manager, args.expertId);
      const result = await manager.delete(ExpertAssignmentEntity, { expertId: expert.id, ...subjectColumns(args) });
      if (!result.affected) throw new NotFoundException('Expert assignment', `of expert ${expert.id} to ${args.subjectKind} ${args.subjectId}`);
      await this.audit.record(manager, actor, {
        subjectKind: EXPERT_SUBJECT,
        subjectId: expert.id,
        action: 'unassign',
        changes: [{ field: 'assignment', from: { kind: args.subjectKind, id: args.subjectId }, to: null }],
      });
      return expert;
    });
  }

  async findById(id: string): Promise<ExpertEntity> {
    const expert = await this.dataSource.getRepository(ExpertEntity).findOneBy({ id });
    if (!expert) throw new NotFoundException('Expert', id);
    return expert;
  }

  /** Experts whose term includes `activeOn` (today by default), oldest appointment record first. */
  async list(args: ExpertsArgs): Promise<ConnectionShape<ExpertEntity>> {
    const f = args.filter;
    const day = f?.activeOn ?? todayUtc();
    const qb = this.dataSource
      .getRepository(ExpertEntity)
      .createQueryBuilder('e')
      .where('e.appointed_on <= :day::date AND e.term_ends_on >= :day::date', { day });
    const text = f?.query ? textMatch(expertSearchText('e'), f.query, 'q') : null;
    if (text) qb.andWhere(text.sql, text.params);
    if (f?.sector) qb.andWhere('e.sectors @> ARRAY[:sector]::text[]', { sector: isicDivisionOf(f.sector) });
    if (f?.language) qb.andWhere(':language = ANY(e.languages)', { language: f.language });
    if (f?.region) {
      const region = f.region;
      if (region.includes('-')) {
        // A region also finds the experts for its whole country.
        qb.andWhere('e.regions && ARRAY[:region, :regionCountry]::text[]', { region, regionCountry: region.slice(0, region.indexOf('-')) });
      } else {
        // A country also finds the experts for any of its regions.
        qb.andWhere(`EXISTS (SELECT 1 FROM unnest(e.regions) AS r(code) WHERE r.code = :country OR r.code LIKE :countryPrefix)`, { country: region, countryPrefix: `${region}-%` });
      }
    }
    return pageByCreatedAt(qb, args);
  }

  /** Experts assigned to each of the agreements, by name. */
  async assignedToAgreements(agreementIds: readonly string[]): Promise<Map<string, ExpertEntity[]>> {
    const grouped = new Map<string, ExpertEntity[]>();
    if (agreementIds.length === 0) return grouped;
    const rows = await this.dataSource
      .getRepository(ExpertAssignmentEntity)
      .createQueryBuilder('x')
      .innerJoinAndSelect('x.expert', 'e')
      .where('x.agreement_id = ANY(:ids::uuid[])', { ids: [...agreementIds] })
      .orderBy('e.full_name')
      .addOrderBy('e.id')
      .getMany();
    for (const row of rows) {
      const list = grouped.get(row.agreementId!) ?? [];
      list.push(row.expert!);
      grouped.set(row.agreementId!, list);
    }
    return grouped;
  }

  /** Experts assigned to a park that the public may see; an unpublished or unknown park is NOT_FOUND. */
  async assignedToVisiblePark(parkId: string): Promise<ExpertEntity[]> {
    const park = await loadProfile(this.dataSource.manager, { kind: SubjectKind.PARK, id: parkId });
    if (!park || !park.visible) throw new NotFoundException('Park', parkId);
    const rows = await this.dataSource
      .getRepository(ExpertAssignmentEntity)
      .createQueryBuilder('x')
      .innerJoinAndSelect('x.expert', 'e')
      .where('x.park_id = :parkId', { parkId })
      .orderBy('e.full_name')
      .addOrderBy('e.id')
      .getMany();
    return rows.map((r) => r.expert!);
  }

  async countActive(today: string = todayUtc()): Promise<number> {
    const [row] = await this.dataSource.query<{ count: number }[]>(
      `SELECT count(*)::int AS count FROM experts WHERE appointed_on <= $1::date AND term_ends_on >= $1::date`,
      [today],
    );
    return row?.count ?? 0;
  }

  private async lock(manager: EntityManager, id: string): Promise<ExpertEntity> {
    const expert = await manager.getRepository(ExpertEntity).findOne({ where: { id }, lock: { mode: 'pessimistic_write' } });
    if (!expert) throw new NotFoundException('Expert', id);
    return expert;
  }

  private async assertSubjectExists(manager: EntityManager, args: ExpertAssignmentArgs): Promise<void> {
    if (args.subjectKind === ExpertSubjectKind.PARK) {
      if (!(await loadProfile(manager, { kind: SubjectKind.PARK, id: args.subjectId }))) throw new NotFoundException('Park', args.subjectId);
    } else if (!(await manager.existsBy(AgreementEntity, { id: args.subjectId }))) {
      throw new NotFoundException('Agreement', args.subjectId);
    }
  }

  private alreadyAssigned(args: ExpertAssignmentArgs): ConflictException {
    return new ConflictException(`expert ${args.expertId} is already assigned to ${args.subjectKind} ${args.subjectId}`);
  }
}

/** The one column that names the subject (TypeORM refuses null in `where`, so the other is left out). */
function subjectColumns(args: ExpertAssignmentArgs): { parkId: string } | { agreementId: string } {
  return args.subjectKind === ExpertSubjectKind.PARK ? { parkId: args.subjectId } : { agreementId: args.subjectId };
}
