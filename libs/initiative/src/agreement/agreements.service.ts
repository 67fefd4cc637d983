import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { BadUserInputException, ConnectionShape, FieldProblem, ForbiddenException, NotFoundException, normalizeLocalized } from '@hc/core';
import { Actor, AuditLogService, canSeeUnpublished, isStaff, owns, SubjectKind } from '@hc/identity';
import { pageByCreatedAt } from '@hc/persistence';
import { isicDivisionOf } from '@hc/taxonomy';
import { DataSource, EntityManager } from 'typeorm';
import { latestToday } from '../common/calendar-date';
import { loadProfiles, nameOf } from '../common/profile-directory';
import { profileColumns, profileKey, ProfileRef, profileRefOf } from '../common/profile-ref';
import { AgreementPartyEntity } from './agreement-party.entity';
import { AgreementEntity } from './agreement.entity';
import { AgreementView } from './agreement.mapper';
import { AgreementStatus, assertAgreementTransition } from './agreement.model';
import { AgreementsArgs, ChangeAgreementStatusArgs, RecordAgreementInput } from './dto/agreement.input';

export const AGREEMENT_SUBJECT = 'agreement';

/** The columns of a recorded agreement, from validated input; throws BAD_USER_INPUT naming each bad field. */
export function agreementColumns(input: RecordAgreementInput, today: string = latestToday(), prefix = 'input') {
  const problems: FieldProblem[] = [];
  const title = normalizeLocalized(input.title);
  if (!title.zh && !title.de && !title.en) problems.push({ field: `${prefix}.title`, message: 'needs a non-empty text in at least one of zh, de, en' });
  if (input.signedOn > today) problems.push({ field: `${prefix}.signedOn`, message: `${input.signedOn} is in the future; record an agreement once it is signed` });
  const seen = new Set<string>();
  input.parties.forEach((p, i) => {
    const key = profileKey(p);
    if (seen.has(key)) problems.push({ field: `${prefix}.parties[${i}]`, message: `${p.kind} ${p.id} is listed twice; the parties must be distinct` });
    seen.add(key);
  });
  if (problems.length) throw new BadUserInputException(problems);
  const notes = input.notes?.trim() || null;
  return {
    titleZh: title.zh,
    titleDe: title.de,
    titleEn: title.en,
    sectors: [...new Set(input.sectors.map(isicDivisionOf))],
    type: input.type,
    signedOn: input.signedOn,
    suggestionId: input.suggestionId ?? null,
    notes,
  };
}

@Injectable()
export class AgreementsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditLogService,
  ) {}

  /**
   * Records a signed agreement. Reviewers and admins may record any; a park manager or company representative
   * one to which a profile they manage is a party. In this version the other parties are not asked to consent:
   * the secretariat sees every recorded agreement and its audit trail, and consent comes with the matching feature.
   */
  async record(actor: Actor, input: RecordAgreementInput): Promise<AgreementView> {
    const columns = agreementColumns(input);
    const parties: ProfileRef[] = input.parties.map((p) => ({ kind: p.kind, id: p.id }));
    if (!isStaff(actor) && !parties.some((p) => owns(actor, p.kind, p.id))) {
      throw new ForbiddenException('you may record an agreement only if a park or company you manage is one of its parties (or as a reviewer or admin)');
    }
    return this.dataSource.transaction(async (manager) => {
      const profiles = await loadProfiles(manager, parties);
      const missing = parties.flatMap((p, i) => (profiles.has(profileKey(p)) ? [] : [{ field: `input.parties[${i}].id`, message: `no ${p.kind} with id ${p.id} exists` }]));
      if (missing.length) throw new BadUserInputException(missing);
      const saved = await manager.save(manager.create(AgreementEntity, { ...columns, status: AgreementStatus.SIGNED, recordedBy: actor.userId, statusChangedAt: new Date() }));
      await manager
        .createQueryBuilder()
        .insert()
        .into(AgreementPartyEntity)
        .values(parties.map((p, position) => ({ agreementId: saved.id, position, ...profileColumns(p) })))
        .execute();
      await this.audit.record(manager, actor, {
        subjectKind: AGREEMENT_SUBJECT,
        subjectId: saved.id,
        action: 'record',
        toStatus: AgreementStatus.SIGNED,
        changes: [
          { field: 'title', from: null, to: { zh: columns.titleZh, de: columns.titleDe, en: columns.titleEn } },
          { field: 'sectors', from: null, to: columns.sectors },
          { field: 'type', from: null, to: columns.type },
          { field: 'signedOn', from: null, to: columns.signedOn },
          { field: 'parties', from: null, to: parties },
        ],
      });
      return (await this.withParties(manager, [saved], actor))[0]!;
    });
  }

  /** Moves an agreement along SIGNED -> IN_IMPLEMENTATION -> COMPLETED, or terminates it: staff or an owner of a party. */
  async changeStatus(actor: Actor, args: ChangeAgreementStatusArgs): Promise<AgreementView> {
    return this.dataSource.transaction(async (manager) => {
      const agreement = await manager.getRepository(AgreementEntity).findOne({ where: { id: args.id }, lock: { mode: 'pessimistic_write' } });
      if (!agreement) throw new NotFoundException('Agreement', args.id);
      const parties = await this.partiesOf(manager, [agreement.id]);
      const own = parties.get(agreement.id) ?? [];
      if (!isStaff(actor) && !own.some((p) => owns(actor, p.kind, p.id))) {
        throw new ForbiddenException(`you may change agreement ${agreement.id} only if a park or company you manage is one of its parties (or as a reviewer or admin)`);
      }
      const from = agreement.status;
      assertAgreementTransition(from, args.status, agreement.id);
      agreement.status = args.status;
      agreement.statusChangedAt = new Date();
      const saved = await manager.save(agreement);
      await this.audit.record(manager, actor, {
        subjectKind: AGREEMENT_SUBJECT,
        subjectId: saved.id,
        action: 'change_status',
        fromStatus: from,
        toStatus: saved.status,
        reason: args.reason?.trim() || null,
      });
      return (await this.withParties(manager, [saved], actor))[0]!;
    });
  }

  async findById(id: string, actor: Actor | null): Promise<AgreementView> {
    const agreement = await this.dataSource.getRepository(AgreementEntity).findOneBy({ id });
    if (!agreement) throw new NotFoundException('Agreement', id);
    return (await this.withParties(this.dataSource.manager, [agreement], actor))[0]!;
  }

  async list(args: AgreementsArgs, actor: Actor | null): Promise<ConnectionShape<AgreementView>> {
    const qb = this.dataSource.getRepository(AgreementEntity).createQueryBuilder('a');
    const f = args.filter;
    if (f?.status) qb.andWhere('a.status = :status', { status: f.status });
    if (f?.sector) qb.andWhere('a.sectors @> ARRAY[:sector]::text[]', { sector: isicDivisionOf(f.sector) });
    if (f?.partyId || f?.partyKind) {
      const conditions = ['ap.agreement_id = a.id'];
      if (f.partyKind) conditions.push(f.partyKind === SubjectKind.PARK ? 'ap.park_id IS NOT NULL' : 'ap.company_id IS NOT NULL');
      if (f.partyId) conditions.push('(ap.park_id = :partyId OR ap.company_id = :partyId)');
      qb.andWhere(`EXISTS (SELECT 1 FROM agreement_parties ap WHERE ${conditions.join(' AND ')})`, { partyId: f.partyId });
    }
    const page = await pageByCreatedAt(qb, args);
    const views = await this.withParties(this.dataSource.manager, page.edges.map((e) => e.node), actor);
    return { ...page, edges: page.edges.map((e, i) => ({ cursor: e.cursor, node: views[i]! })) };
  }

  /** Agreements by status, every status listed (zero included). */
  async countByStatus(manager: EntityManager = this.dataSource.manager): Promise<Map<AgreementStatus, number>> {
    const rows = await manager.query<{ status: AgreementStatus; count: number }[]>(`SELECT status, count(*)::int AS count FROM cooperation_agreements GROUP BY status`);
    const counts = new Map<AgreementStatus, number>(Object.values(AgreementStatus).map((s) => [s, 0]));
    for (const row of rows) counts.set(row.status, row.count);
    return counts;
  }

  async exists(manager: EntityManager, id: string): Promise<boolean> {
    return manager.existsBy(AgreementEntity, { id });
  }

  private async partiesOf(manager: EntityManager, agreementIds: readonly string[]): Promise<Map<string, ProfileRef[]>> {
    const grouped = new Map<string, ProfileRef[]>();
    if (agreementIds.length === 0) return grouped;
    const rows = await manager
      .getRepository(AgreementPartyEntity)
      .createQueryBuilder('ap')
      .where('ap.agreement_id = ANY(:ids::uuid[])', { ids: [...agreementIds] })
      .orderBy('ap.agreement_id')
      .addOrderBy('ap.position')
      .getMany();
    for (const row of rows) {
      const list = grouped.get(row.agreementId) ?? [];
      list.push(profileRefOf(row));
      grouped.set(row.agreementId, list);
    }
    return grouped;
  }

  /** Parties with their names; a party whose profile is not published shows no name, except to its owners and the staff. */
  private async withParties(manager: EntityManager, agreements: readonly AgreementEntity[], actor: Actor | null): Promise<AgreementView[]> {
    const parties = await this.partiesOf(manager, agreements.map((a) => a.id));
    const profiles = await loadProfiles(manager, [...parties.values()].flat());
    const nameFor = (p: ProfileRef) =>
      profiles.get(profileKey(p))?.visible || canSeeUnpublished(actor, p.kind, p.id) ? nameOf(profiles, p) : { zh: null, de: null, en: null };
    return agreements.map((agreement) => ({
      agreement,
      parties: (parties.get(agreement.id) ?? []).map((p) => ({ ...p, name: nameFor(p) })),
    }));
  }
}
