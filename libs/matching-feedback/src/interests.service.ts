import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { BadUserInputException, ConflictException, ConnectionShape, FieldProblem, ForbiddenException, InvalidTransitionException, NotFoundException } from '@hc/core';
import { Actor, assertCanEdit, AuditLogService, canSeeUnpublished, isStaff, owns, Role, SubjectKind } from '@hc/identity';
import type { FieldChange } from '@hc/identity';
import { pageByCreatedAt } from '@hc/persistence';
import { DataSource, EntityManager } from 'typeorm';
import { ExpressInterestInput, InterestsArgs, LinkAgreementArgs, ScheduleMeetingArgs } from './dto/feedback.args';
import { InterestEntity } from './entities/interest.entity';
import { InterestView } from './feedback.mapper';
import {
  describeSubject,
  InterestAction,
  interestActionVerb,
  InterestDirection,
  InterestStatus,
  interestTransition,
  MatchSubject,
  NotificationKind,
  OPEN_INTEREST_STATUSES,
  subjectColumn,
  subjectColumns,
  subjectOf,
} from './feedback.model';
import { notificationText } from './notification-texts';
import { NotificationsService } from './notifications.service';
import { invisibilityReason, loadProfiles, loadVisiblePair, nameOf, profileKey, ProfileSummary } from './profile-lookup';

export const INTEREST_SUBJECT = 'interest';
/** The audit subject of cooperation agreements (the initiative's), for the link back to the interest. */
const AGREEMENT_SUBJECT = 'agreement';

/** Who may act, by action: the sender's side (owners of the subject), the receiving side (owners of the candidate). */
type Side = 'sender' | 'receiver';
const ACTING_SIDES: Record<InterestAction, readonly Side[]> = {
  [InterestAction.ACCEPT]: ['receiver'],
  [InterestAction.DECLINE]: ['receiver'],
  [InterestAction.WITHDRAW]: ['sender'],
  [InterestAction.SCHEDULE_MEETING]: ['sender', 'receiver'],
  [InterestAction.LINK_AGREEMENT]: ['sender', 'receiver'],
};
/** Roles that may act whatever they own: admins always; reviewers (the secretariat) may link agreements. */
const STAFF_FOR: Record<InterestAction, readonly Role[]> = {
  [InterestAction.ACCEPT]: [Role.ADMIN],
  [InterestAction.DECLINE]: [Role.ADMIN],
  [InterestAction.WITHDRAW]: [Role.ADMIN],
  [InterestAction.SCHEDULE_MEETING]: [Role.ADMIN],
  [InterestAction.LINK_AGREEMENT]: [Role.ADMIN, Role.REVIEWER],
};
/** Actions that start something new need both profiles visible; answering no, withdrawing and recording an agreement do not. */
const NEEDS_VISIBLE: ReadonlySet<InterestAction> = new Set([InterestAction.ACCEPT, InterestAction.SCHEDULE_MEETING]);

const NO_NAME = { zh: null, de: null, en: null };

function isUniqueViolation(error: unknown): boolean {
  const e = error as { code?: unknown; driverError?: { code?: unknown } } | null;
  return !!e && (e.code === '23505' || e.driverError?.code === '23505');
}

/**
 * Expressions of interest: a park or company (the subject) tells a company (the candidate) it wants to cooperate.
 *
 * Model (`match_interests`): SENT -> ACCEPTED | DECLINED (with an optional reason) by an owner of the candidate
 * company (or an admin); SENT -> WITHDRAWN by the sender's side; ACCEPTED -> MEETING_SCHEDULED (either side; a
 * scheduled meeting may be moved) -> AGREED when a recorded cooperation agreement that includes both parties is
 * linked (either side or the secretariat); the agreement's `suggestion_id` is set to the interest if it had none.
 * `accepted_at` stays set through the later stages, which the funnel and the ranking read. At most one open
 * (SENT, ACCEPTED, MEETING_SCHEDULED) interest per pair, held by a partial unique index.
 * Every step locks the row, checks who acts (FORBIDDEN before anything about the state leaks), checks the
 * transition (INVALID_TRANSITION with a sentence), writes an `audit_events` row (subject 'interest') and the
 * notifications in the same transaction: the candidate's owners hear of a new or withdrawn interest, the sender's
 * owners of the answer, both sides of a meeting or an agreement, never the actor.
 * Lists are for the parties and the staff (admins, reviewers); names of profiles that are no longer visible are
 * shown only to their owners and the staff.
 */
@Injectable()
export class InterestsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditLogService,
    private readonly notifications: NotificationsService,
  ) {}

  async express(actor: Actor, input: ExpressInterestInput): Promise<InterestView> {
    const subject: MatchSubject = { kind: input.subjectKind, id: input.subjectId };
    assertCanEdit(actor, subject.kind, subject.id);
    const problems: FieldProblem[] = [];
    const message = input.message.trim();
    if (!message) problems.push({ field: 'input.message', message: 'must not be blank: say what you propose' });
    if (subject.kind === SubjectKind.COMPANY && subject.id === input.candidateId) {
      problems.push({ field: 'input.candidateId', message: 'is the company itself; a company cannot express interest in itself' });
    }
    if (problems.length) throw new BadUserInputException(problems);
    const candidate: MatchSubject = { kind: SubjectKind.COMPANY, id: input.candidateId };
    try {
      return await this.dataSource.transaction(async (manager) => {
        const { profiles } = await loadVisiblePair(manager, subject, candidate.id, `express interest in company ${candidate.id} for ${describeSubject(subject)}`);
        await this.assertNoOpenInterest(manager, subject, candidate.id);
        const interest = await manager.save(
          manager.create(InterestEntity, { ...subjectColumns(subject), candidateId: candidate.id, status: InterestStatus.SENT, message, sentBy: actor.userId }),
        );
        await this.audit.record(manager, actor, {
          subjectKind: INTEREST_SUBJECT,
          subjectId: interest.id,
          action: 'express',
          toStatus: InterestStatus.SENT,
          changes: [
            { field: 'subject', from: null, to: subject },
            { field: 'candidate', from: null, to: candidate },
            { field: 'message', from: null, to: message },
          ],
        });
        await this.notifyAbout(manager, actor, interest, profiles, NotificationKind.INTEREST_RECEIVED, [candidate]);
        return this.view(interest, profiles, actor);
      });
    } catch (error) {
      // Two interests at the same moment: the partial unique index lets only one through.
      if (isUniqueViolation(error)) throw new ConflictException(`${describeSubject(subject)} already has an open expression of interest in company ${candidate.id}`);
      throw error;
    }
  }

  async accept(actor: Actor, id: string): Promise<InterestView> {
    return this.step(actor, id, InterestAction.ACCEPT, async (_manager, interest) => {
      const now = new Date();
      interest.respondedAt = now;
      interest.respondedBy = actor.userId;
      interest.acceptedAt = now;
      return { notify: NotificationKind.INTEREST_ACCEPTED, to: ['sender'] };
    });
  }

  async decline(actor: Actor, id: string, reason?: string | null): Promise<InterestView> {
    const why = reason?.trim() || null;
    return this.step(actor, id, InterestAction.DECLINE, async (_manager, interest) => {
      interest.respondedAt = new Date();
      interest.respondedBy = actor.userId;
      interest.declineReason = why;
      return { notify: NotificationKind.INTEREST_DECLINED, to: ['sender'], reason: why };
    });
  }

  async withdraw(actor: Actor, id: string): Promise<InterestView> {
    return this.step(actor, id, InterestAction.WITHDRAW, async (_manager, interest) => {
      interest.withdrawnAt = new Date();
      return { notify: NotificationKind.INTEREST_WITHDRAWN, to: ['receiver'] };
    });
  }

  async scheduleMeeting(actor: Actor, args: ScheduleMeetingArgs): Promise<InterestView> {
    const place = args.place.trim();
    if (!place) throw new BadUserInputException([{ field: 'place', message: 'must not be blank: say where the meeting takes place' }]);
    if (Number.isNaN(args.at.getTime())) throw new BadUserInputException([{ field: 'at', message: 'must be a date and time' }]);
    return this.step(actor, args.interestId, InterestAction.SCHEDULE_MEETING, async (_manager, interest) => {
      const changes: FieldChange[] = [
        { field: 'meetingAt', from: interest.meetingAt?.toISOString() ?? null, to: args.at.toISOString() },
        { field: 'meetingPlace', from: interest.meetingPlace, to: place },
      ];
      interest.meetingAt = args.at;
      interest.meetingPlace = place;
      interest.meetingScheduledBy = actor.userId;
      return { notify: NotificationKind.MEETING_SCHEDULED, to: ['sender', 'receiver'], changes };
    });
  }

  async linkAgreement(actor: Actor, args: LinkAgreementArgs): Promise<InterestView> {
    return this.step(actor, args.interestId, InterestAction.LINK_AGREEMENT, async (manager, interest) => {
      const [agreement] = await manager.query<{ id: string; suggestion_id: string | null }[]>(
        `SELECT id, suggestion_id FROM cooperation_agreements WHERE id = $1 FOR UPDATE`,
        [args.agreementId],
      );
      if (!agreement) throw new NotFoundException('Agreement', args.agreementId);
      const parties = await manager.query<{ park_id: string | null; company_id: string | null }[]>(`SELECT park_id, company_id FROM agreement_parties WHERE agreement_id = $1`, [
        args.agreementId,
      ]);
      const subject = subjectOf(interest);
      const isParty = (ref: MatchSubject) => parties.some((p) => (ref.kind === SubjectKind.PARK ? p.park_id : p.company_id) === ref.id);
      const missing = [
        ...(isParty(subject) ? [] : [`${describeSubject(subject)} (who expressed the interest)`]),
        ...(isParty({ kind: SubjectKind.COMPANY, id: interest.candidateId }) ? [] : [`company ${interest.candidateId} (to whom it was sent)`]),
      ];
      if (missing.length) {
        throw new BadUserInputException([{ field: 'agreementId', message: `agreement ${args.agreementId} does not include ${missing.join(' nor ')}; link an agreement both signed` }]);
      }
      interest.agreementId = args.agreementId;
      interest.agreedAt = new Date();
      if (agreement.suggestion_id === null) {
        await manager.query(`UPDATE cooperation_agreements SET suggestion_id = $2, version = version + 1, updated_at = now() WHERE id = $1`, [args.agreementId, interest.id]);
        await this.audit.record(manager, actor, {
          subjectKind: AGREEMENT_SUBJECT,
          subjectId: args.agreementId,
          action: 'link_interest',
          changes: [{ field: 'suggestionId', from: null, to: interest.id }],
        });
      }
      return { notify: NotificationKind.AGREEMENT_LINKED, to: ['sender', 'receiver'], changes: [{ field: 'agreementId', from: null, to: args.agreementId }] };
    });
  }

  /** Interests the actor may see, oldest first. See InterestFilterInput for the filter. */
  async list(actor: Actor, args: InterestsArgs): Promise<ConnectionShape<InterestView>> {
    const f = args.filter ?? {};
    const problems: FieldProblem[] = [];
    if (f.subjectId && !f.subjectKind) problems.push({ field: 'filter.subjectKind', message: 'is needed with subjectId: PARK or COMPANY' });
    if (f.direction === InterestDirection.RECEIVED && f.subjectKind === SubjectKind.PARK) {
      problems.push({ field: 'filter.direction', message: 'parks do not receive expressions of interest; only companies do' });
    }
    if (problems.length) throw new BadUserInputException(problems);
    const staff = isStaff(actor);
    const sent = f.direction !== InterestDirection.RECEIVED;
    const received = f.direction !== InterestDirection.SENT && f.subjectKind !== SubjectKind.PARK;
    const qb = this.dataSource.getRepository(InterestEntity).createQueryBuilder('i');
    const either: string[] = [];
    if (f.subjectId && f.subjectKind) {
      if (!staff && !owns(actor, f.subjectKind, f.subjectId)) {
        throw new ForbiddenException(`only the owners of ${f.subjectKind} ${f.subjectId}, reviewers and admins may list its expressions of interest`);
      }
      if (sent) either.push(`i.${subjectColumn(f.subjectKind)} = :subjectId`);
      if (received) either.push('i.candidate_id = :subjectId');
      qb.andWhere(`(${either.join(' OR ')})`, { subjectId: f.subjectId });
    } else {
      const parks = staff ? null : [...actor.parks];
      const companies = staff ? null : [...actor.companies];
      if (sent) {
        const kinds = f.subjectKind ? [f.subjectKind] : [SubjectKind.PARK, SubjectKind.COMPANY];
        for (const kind of kinds) {
          const column = `i.${subjectColumn(kind)}`;
          either.push(staff ? `${column} IS NOT NULL` : `${column} = ANY(:${kind === SubjectKind.PARK ? 'parks' : 'companies'}::uuid[])`);
        }
      }
      if (received) either.push(staff ? 'TRUE' : 'i.candidate_id = ANY(:companies::uuid[])');
      qb.andWhere(`(${either.join(' OR ')})`, { parks, companies });
    }
    if (f.status) qb.andWhere('i.status = :status', { status: f.status });
    const page = await pageByCreatedAt(qb, args);
    const refs = page.edges.flatMap((e) => [subjectOf(e.node), { kind: SubjectKind.COMPANY, id: e.node.candidateId }]);
    const profiles = await loadProfiles(this.dataSource.manager, refs);
    return { ...page, edges: page.edges.map((e) => ({ cursor: e.cursor, node: this.view(e.node, profiles, actor) })) };
  }

  /** Locks the interest, checks who acts and the transition, applies `change`, saves, audits and notifies. */
  private async step(
    actor: Actor,
    id: string,
    action: InterestAction,
    change: (
      manager: EntityManager,
      interest: InterestEntity,
    ) => Promise<{ notify: NotificationKind; to: readonly Side[]; reason?: string | null; changes?: FieldChange[] }>,
  ): Promise<InterestView> {
    return this.dataSource.transaction(async (manager) => {
      const interest = await manager.getRepository(InterestEntity).findOne({ where: { id }, lock: { mode: 'pessimistic_write' } });
      if (!interest) throw new NotFoundException('Interest', id);
      const sides: Record<Side, MatchSubject> = { sender: subjectOf(interest), receiver: { kind: SubjectKind.COMPANY, id: interest.candidateId } };
      this.assertMayAct(actor, action, interest, sides);
      const from = interest.status;
      interest.status = interestTransition(action, from, interest.id);
      const profiles = await loadProfiles(manager, [sides.sender, sides.receiver]);
      if (NEEDS_VISIBLE.has(action)) {
        for (const side of [sides.sender, sides.receiver]) {
          const profile = profiles.get(profileKey(side));
          if (!profile?.visible) {
            throw new InvalidTransitionException(
              `cannot ${interestActionVerb(action)} interest ${interest.id}: ${describeSubject(side)} ${profile ? invisibilityReason(profile) : 'no longer exists'}`,
            );
          }
        }
      }
      const outcome = await change(manager, interest);
      const saved = await manager.save(interest);
      await this.audit.record(manager, actor, {
        subjectKind: INTEREST_SUBJECT,
        subjectId: saved.id,
        action,
        fromStatus: from,
        toStatus: saved.status,
        reason: outcome.reason ?? null,
        changes: outcome.changes ?? [],
      });
      await this.notifyAbout(manager, actor, saved, profiles, outcome.notify, outcome.to.map((side) => sides[side]));
      return this.view(saved, profiles, actor);
    });
  }

  private assertMayAct(actor: Actor, action: InterestAction, interest: InterestEntity, sides: Record<Side, MatchSubject>): void {
    if (STAFF_FOR[action].includes(actor.role)) return;
    const acting = ACTING_SIDES[action];
    if (acting.some((side) => owns(actor, sides[side].kind, sides[side].id))) return;
    const who =
      acting.length === 2
        ? `the owners of ${describeSubject(sides.sender)} or of ${describeSubject(sides.receiver)}`
        : acting[0] === 'receiver'
          ? `the representatives of ${describeSubject(sides.receiver)}, to whom it was sent,`
          : `the owners of ${describeSubject(sides.sender)}, who sent it,`;
    const staff = STAFF_FOR[action].map((r) => `${r}s`).join(' and ');
    throw new ForbiddenException(`you may not ${interestActionVerb(action)} interest ${interest.id}: only ${who} and ${staff} may`);
  }

  private async assertNoOpenInterest(manager: EntityManager, subject: MatchSubject, candidateId: string): Promise<void> {
    const [open] = await manager.query<{ id: string; status: InterestStatus }[]>(
      `SELECT id, status FROM match_interests WHERE ${subjectColumn(subject.kind)} = $1 AND candidate_id = $2 AND status = ANY($3::text[])`,
      [subject.id, candidateId, OPEN_INTEREST_STATUSES],
    );
    if (open) {
      throw new ConflictException(
        `${describeSubject(subject)} already has an open expression of interest in company ${candidateId} (interest ${open.id}, ${open.status.replace(/_/g, ' ')}); withdraw it or wait for the answer`,
      );
    }
  }

  private async notifyAbout(
    manager: EntityManager,
    actor: Actor,
    interest: InterestEntity,
    profiles: ReadonlyMap<string, ProfileSummary>,
    kind: NotificationKind,
    to: readonly MatchSubject[],
  ): Promise<void> {
    const subject = subjectOf(interest);
    const candidate = { kind: SubjectKind.COMPANY, id: interest.candidateId };
    const recipients = await this.notifications.ownersOf(to, actor.userId);
    await this.notifications.notify(manager, recipients, kind, {
      interestId: interest.id,
      subjectKind: subject.kind,
      subjectId: subject.id,
      candidateId: interest.candidateId,
      agreementId: interest.agreementId,
      text: notificationText(kind, {
        subjectName: nameOf(profiles, subject),
        candidateName: nameOf(profiles, candidate),
        meetingAt: interest.meetingAt,
        meetingPlace: interest.meetingPlace,
      }),
    });
  }

  private view(interest: InterestEntity, profiles: ReadonlyMap<string, ProfileSummary>, actor: Actor | null): InterestView {
    const nameFor = (ref: MatchSubject) => {
      const profile = profiles.get(profileKey(ref));
      return profile && (profile.visible || canSeeUnpublished(actor, ref.kind, ref.id)) ? profile.name : NO_NAME;
    };
    return { interest, subjectName: nameFor(subjectOf(interest)), candidateName: nameFor({ kind: SubjectKind.COMPANY, id: interest.candidateId }) };
  }
}
