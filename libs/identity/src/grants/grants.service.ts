import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { BadUserInputException, NotFoundException } from '@hc/core';
import { DataSource, EntityManager } from 'typeorm';
import { Actor, SubjectKind } from '../access/actor';
import { AuditLogService } from '../audit/audit-log.service';
import { Role } from '../access/role';
import { UserEntity } from '../users/user.entity';
import { ProfileGrantEntity } from './profile-grant.entity';

const ROLE_FOR: Record<SubjectKind, Role> = { [SubjectKind.PARK]: Role.PARK_MANAGER, [SubjectKind.COMPANY]: Role.COMPANY_REP };

/** Who manages which park and represents which company. */
@Injectable()
export class GrantsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditLogService,
  ) {}

  /** Creating a profile makes its creator an owner: in the caller's transaction, and at once for the rest of the request. */
  async grantToCreator(manager: EntityManager, actor: Actor, kind: SubjectKind, subjectId: string): Promise<void> {
    await this.grant(manager, actor.userId, kind, subjectId, null);
    (kind === SubjectKind.PARK ? actor.parks : actor.companies).add(subjectId);
  }

  /** Idempotent. Runs in the caller's transaction. */
  async grant(manager: EntityManager, userId: string, kind: SubjectKind, subjectId: string, grantedBy: string | null): Promise<void> {
    await manager
      .createQueryBuilder()
      .insert()
      .into(ProfileGrantEntity)
      .values({ userId, subjectKind: kind, subjectId, grantedBy })
      .orIgnore()
      .execute();
  }

  /** An admin makes a park manager or company representative an owner of an existing profile. */
  async grantByAdmin(userId: string, kind: SubjectKind, subjectId: string, admin: Actor, subjectExists: boolean): Promise<void> {
    if (!subjectExists) throw new NotFoundException(kind === SubjectKind.PARK ? 'Park' : 'Company', subjectId);
    const user = await this.dataSource.getRepository(UserEntity).findOneBy({ id: userId });
    if (!user) throw new NotFoundException('User', userId);
    if (user.role !== ROLE_FOR[kind]) {
      throw new BadUserInputException([{ field: 'userId', message: `is a ${user.role.toUpperCase()}; only ${ROLE_FOR[kind].toUpperCase()} accounts can own a ${kind}` }]);
    }
    await this.dataSource.transaction(async (manager) => {
      await this.grant(manager, userId, kind, subjectId, admin.userId);
      await this.audit.record(manager, admin, { subjectKind: kind, subjectId, action: 'access_granted', changes: [{ field: 'owner', from: null, to: userId }] });
    });
  }

  async revoke(userId: string, kind: SubjectKind, subjectId: string, admin: Actor): Promise<boolean> {
    return this.dataSource.transaction(async (manager) => {
      const result = await manager.getRepository(ProfileGrantEntity).delete({ userId, subjectKind: kind, subjectId });
      const revoked = (result.affected ?? 0) > 0;
      if (revoked) await this.audit.record(manager, admin, { subjectKind: kind, subjectId, action: 'access_revoked', changes: [{ field: 'owner', from: userId, to: null }] });
      return revoked;
    });
  }

  async forUser(userId: string): Promise<{ parks: Set<string>; companies: Set<string> }> {
    const rows = await this.dataSource.getRepository(ProfileGrantEntity).find({ where: { userId }, select: { subjectKind: true, subjectId: true } });
    return {
      parks: new Set(rows.filter((r) => r.subjectKind === SubjectKind.PARK).map((r) => r.subjectId)),
      companies: new Set(rows.filter((r) => r.subjectKind === SubjectKind.COMPANY).map((r) => r.subjectId)),
    };
  }

  async ownersOf(kind: SubjectKind, subjectId: string): Promise<string[]> {
    const rows = await this.dataSource.getRepository(ProfileGrantEntity).find({ where: { subjectKind: kind, subjectId }, select: { userId: true } });
    return rows.map((r) => r.userId);
  }
}
