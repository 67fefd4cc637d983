import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { BadUserInputException, ConflictException, ConnectionShape, InvalidTransitionException, NotFoundException } from '@hc/core';
import { touchCompanies } from '@hc/companies';
import { Actor, assertCanEdit, assertCanReview, AuditLogService, isStaff, SubjectKind } from '@hc/identity';
import { pageByCreatedAt } from '@hc/persistence';
import { DataSource, EntityManager } from 'typeorm';
import { isUniqueViolation } from '../common/database-errors';
import { invisibilityReason, loadProfile, loadProfiles, nameOf } from '../common/profile-directory';
import { describeProfile, PROFILE_ENTITY_NAME, profileColumns, ProfileRef, profileRefOf, visibleOwnerSql } from '../common/profile-ref';
import { ApplyForMembershipInput, InitiativeMembersArgs, MembershipApplicationsArgs } from './dto/membership.input';
import { MembershipEntity } from './membership.entity';
import { MembershipView } from './membership.mapper';
import { MembershipAction, MembershipStatus, membershipTransition, OPEN_MEMBERSHIP_STATUSES } from './membership.model';

export const MEMBERSHIP_SUBJECT = 'membership';

/**
 * Membership of the initiative. Owners apply and withdraw, the secretariat (reviewers, admins) decides.
 * Accepting sets the profile's `initiative_member` flag in the same transaction (companies also go through
 * the outbox, so search sees it); withdrawing an accepted membership clears it.
 */
@Injectable()
export class MembershipsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditLogService,
  ) {}

  async apply(actor: Actor, input: ApplyForMembershipInput): Promise<MembershipView> {
    const member: ProfileRef = { kind: input.memberKind, id: input.memberId };
    const motivation = input.motivation.trim();
    if (!motivation) throw new BadUserInputException([{ field: 'input.motivation', message: 'must not be blank' }]);
    assertCanEdit(actor, member.kind, member.id);
    try {
      return await this.dataSource.transaction(async (manager) => {
        // Locking the profile serialises applications and decisions for it.
        const profile = await loadProfile(manager, member, true);
        if (!profile) throw new NotFoundException(PROFILE_ENTITY_NAME[member.kind], member.id);
        if (!profile.visible) {
          throw new InvalidTransitionException(`publish the ${member.kind} profile before applying: ${describeProfile(member)} ${invisibilityReason(profile)}`);
        }
        await this.assertNoOpenMembership(manager, member);
        const saved = await manager.save(
          manager.create(MembershipEntity, { ...profileColumns(member), status: MembershipStatus.APPLIED, motivation, appliedBy: actor.userId, appliedAt: new Date() }),
        );
        await this.audit.record(manager, actor, {
          subjectKind: MEMBERSHIP_SUBJECT,
          subjectId: saved.id,
          action: 'apply',
          toStatus: MembershipStatus.APPLIED,
          changes: [
            { field: 'member', from: null, to: member },
            { field: 'motivation', from: null, to: motivation },
          ],
        });
        return { membership: saved, memberName: profile.name };
      });
    } catch (error) {
      // Two applications at the same moment: the partial unique index lets only one through.
      if (isUniqueViolation(error)) throw this.openConflict(member);
      throw error;
    }
  }

  async accept(actor: Actor, id: string): Promise<MembershipView> {
    assertCanReview(actor);
    return this.decide(actor, id, MembershipAction.ACCEPT, async (manager, membership, member) => {
      const profile = await loadProfile(manager, member, true);
      if (!profile) throw new NotFoundException(PROFILE_ENTITY_NAME[member.kind], member.id);
      if (!profile.visible) throw new InvalidTransitionException(`cannot accept membership ${membership.id}: ${describeProfile(member)} ${invisibilityReason(profile)}`);
      membership.decidedAt = new Date();
      membership.decidedBy = actor.userId;
      await this.setInitiativeMember(manager, actor, member, true, membership.id);
      return null;
    });
  }

  async decline(actor: Actor, id: string, reason: string): Promise<MembershipView> {
    assertCanReview(actor);
    const why = reason.trim();
    if (!why) throw new BadUserInputException([{ field: 'reason', message: 'must not be blank: say why the application is declined' }]);
    return this.decide(actor, id, MembershipAction.DECLINE, async (_manager, membership) => {
      membership.decidedAt = new Date();
      membership.decidedBy = actor.userId;
      membership.declineReason = why;
      return why;
    });
  }

  async withdraw(actor: Actor, id: string): Promise<MembershipView> {
    return this.decide(actor, id, MembershipAction.WITHDRAW, async (manager, membership, member, from) => {
      membership.withdrawnAt = new Date();
      if (from === MembershipStatus.ACCEPTED) await this.setInitiativeMember(manager, actor, member, false, membership.id);
      return null;
    });
  }

  async findById(id: string): Promise<MembershipView> {
    const membership = await this.dataSource.getRepository(MembershipEntity).findOneBy({ id });
    if (!membership) throw new NotFoundException('Membership', id);
    const profiles = await loadProfiles(this.dataSource.manager, [profileRefOf(membership)]);
    return { membership, memberName: nameOf(profiles, profileRefOf(membership)) };
  }

  /** Staff see every application; everyone else only those of the parks and companies they manage. */
  async listApplications(actor: Actor, args: MembershipApplicationsArgs): Promise<ConnectionShape<MembershipView>> {
    const qb = this.dataSource.getRepository(MembershipEntity).createQueryBuilder('m');
    if (!isStaff(actor)) {
      qb.andWhere('(m.park_id = ANY(:ownParks::uuid[]) OR m.company_id = ANY(:ownCompanies::uuid[]))', {
        ownParks: [...actor.parks],
        ownCompanies: [...actor.companies],
      });
    }
    const f = args.filter;
    if (f?.status) qb.andWhere('m.status = :status', { status: f.status });
    if (f?.memberKind) qb.andWhere(f.memberKind === SubjectKind.PARK ? 'm.park_id IS NOT NULL' : 'm.company_id IS NOT NULL');
    if (f?.memberId) qb.andWhere('(m.park_id = :memberId OR m.company_id = :memberId)', { memberId: f.memberId });
    return this.withNames(await pageByCreatedAt(qb, args));
  }

  /** Accepted members whose profiles are visible, in the order they applied. */
  async listMembers(args: InitiativeMembersArgs): Promise<ConnectionShape<MembershipView>> {
    const qb = this.dataSource
      .getRepository(MembershipEntity)
      .createQueryBuilder('m')
      .where('m.status = :accepted', { accepted: MembershipStatus.ACCEPTED })
      .andWhere(visibleOwnerSql('m'));
    if (args.memberKind) qb.andWhere(args.memberKind === SubjectKind.PARK ? 'm.park_id IS NOT NULL' : 'm.company_id IS NOT NULL');
    return this.withNames(await pageByCreatedAt(qb, args));
  }

  /** Locks the membership, checks who may act and the transition, applies `change`, saves and audits. */
  private async decide(
    actor: Actor,
    id: string,
    action: MembershipAction,
    change: (manager: EntityManager, membership: MembershipEntity, member: ProfileRef, from: MembershipStatus) => Promise<string | null>,
  ): Promise<MembershipView> {
    return this.dataSource.transaction(async (manager) => {
      const membership = await manager.getRepository(MembershipEntity).findOne({ where: { id }, lock: { mode: 'pessimistic_write' } });
      if (!membership) throw new NotFoundException('Membership', id);
      const member = profileRefOf(membership);
      // Owners withdraw; the decisions were checked (assertCanReview) before the transaction.
      if (action === MembershipAction.WITHDRAW) assertCanEdit(actor, member.kind, member.id);
      const from = membership.status;
      membership.status = membershipTransition(action, from, membership.id);
      const reason = await change(manager, membership, member, from);
      const saved = await manager.save(membership);
      await this.audit.record(manager, actor, { subjectKind: MEMBERSHIP_SUBJECT, subjectId: saved.id, action, fromStatus: from, toStatus: saved.status, reason });
      const profiles = await loadProfiles(manager, [member]);
      return { membership: saved, memberName: nameOf(profiles, member) };
    });
  }

  private async assertNoOpenMembership(manager: EntityManager, member: ProfileRef): Promise<void> {
    const open = await manager
      .getRepository(MembershipEntity)
      .createQueryBuilder('m')
      .where(member.kind === SubjectKind.PARK ? 'm.park_id = :id' : 'm.company_id = :id', { id: member.id })
      .andWhere('m.status IN (:...open)', { open: OPEN_MEMBERSHIP_STATUSES })
      .getOne();
    if (open) throw this.openConflict(member, open);
  }

  private openConflict(member: ProfileRef, open?: MembershipEntity): ConflictException {
    if (!open) return new ConflictException(`${describeProfile(member)} already has an open membership application; withdraw it before applying again`);
    const what = open.status === MembershipStatus.ACCEPTED ? 'is already a member of the initiative' : 'already has an application waiting for a decision';
    return new ConflictException(`${describeProfile(member)} ${what} (membership ${open.id}); withdraw it before applying again`);
  }

  /**
   * The profile's `initiative_member` flag, changed in the caller's transaction and recorded on the profile's
   * audit trail too. A company is touched (version + outbox event) so its search document follows.
   */
  private async setInitiativeMember(manager: EntityManager, actor: Actor, member: ProfileRef, value: boolean, membershipId: string): Promise<void> {
    const sql =
      member.kind === SubjectKind.PARK
        ? `UPDATE parks SET initiative_member = $2, version = version + 1, updated_at = now() WHERE id = $1 AND initiative_member IS DISTINCT FROM $2 RETURNING id`
        : `UPDATE companies SET initiative_member = $2 WHERE id = $1 AND initiative_member IS DISTINCT FROM $2 RETURNING id`;
    // TypeORM answers an UPDATE ... RETURNING with [rows, affected].
    const [changed] = (await manager.query(sql, [member.id, value])) as [{ id: string }[], number];
    if (changed.length === 0) return;
    if (member.kind === SubjectKind.COMPANY) await touchCompanies(manager, [member.id]);
    await this.audit.record(manager, actor, {
      subjectKind: member.kind,
      subjectId: member.id,
      action: value ? 'join_initiative' : 'leave_initiative',
      changes: [{ field: 'initiativeMember', from: !value, to: value }],
      reason: `membership ${membershipId}`,
    });
  }

  private async withNames(page: ConnectionShape<MembershipEntity>): Promise<ConnectionShape<MembershipView>> {
    const profiles = await loadProfiles(this.dataSource.manager, page.edges.map((e) => profileRefOf(e.node)));
    return { ...page, edges: page.edges.map((e) => ({ cursor: e.cursor, node: { membership: e.node, memberName: nameOf(profiles, profileRefOf(e.node)) } })) };
  }
}
