import { Inject, Injectable } from '@nestjs/common';
import { APP_CONFIG, applyReviewAction, renewProfile, ReviewAction, ReviewableProfile, ReviewStep } from '@hc/core';
import type { AppConfig } from '@hc/core';
import { DataSource, EntityManager, ObjectLiteral } from 'typeorm';
import { Actor, assertCanEdit, assertCanReview, SubjectKind } from '../access/actor';
import { AuditLogService, diffFields } from '../audit/audit-log.service';
import { GrantsService } from '../grants/grants.service';

type Profile = ReviewableProfile & ObjectLiteral & { id: string };

/**
 * The review steps parks and companies share, on a row the caller has locked: who may take the step,
 * the transition, the new term, the save and the audit event, all in the caller's transaction.
 * The caller applies approved content (its own validation) and tells its search index.
 */
@Injectable()
export class ProfileWorkflow {
  constructor(
    private readonly audit: AuditLogService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** submit (owners), start review / approve / reject with a reason (reviewers and admins). */
  async review<E extends Profile>(
    manager: EntityManager,
    kind: SubjectKind,
    profile: E,
    step: { action: ReviewAction; actor: Actor; reason?: string | null; auditedFields: readonly string[] },
    applyApproved: (content: Record<string, unknown>) => void,
  ): Promise<{ saved: E; step: ReviewStep }> {
    const { action, actor, reason } = step;
    if (action === ReviewAction.SUBMIT) assertCanEdit(actor, kind, profile.id);
    else assertCanReview(actor);
    const before = { ...profile };
    const taken = applyReviewAction(profile, action, `${kind} ${profile.id}`, { validityDays: this.config.PROFILE_VALIDITY_DAYS, reason });
    if (taken.approvedContent) applyApproved(taken.approvedContent);
    const saved = await manager.save(profile);
    await this.audit.record(manager, actor, {
      subjectKind: kind,
      subjectId: profile.id,
      action: taken.onRevision ? `changes_${action}` : action,
      fromStatus: taken.from,
      toStatus: taken.to,
      changes: diffFields(before, saved, taken.approvedContent ? step.auditedFields : ['status']),
      reason: action === ReviewAction.REJECT ? reason : null,
    });
    return { saved, step: taken };
  }

  /** A new term for a published profile (owners and admins); an expired one becomes visible again. */
  async renew<E extends Profile>(manager: EntityManager, kind: SubjectKind, profile: E, actor: Actor): Promise<E> {
    assertCanEdit(actor, kind, profile.id);
    const { previousExpiry } = renewProfile(profile, `${kind} ${profile.id}`, this.config.PROFILE_VALIDITY_DAYS);
    const saved = await manager.save(profile);
    await this.audit.record(manager, actor, {
      subjectKind: kind,
      subjectId: profile.id,
      action: 'renewed',
      changes: [{ field: 'expiresAt', from: previousExpiry?.toISOString() ?? null, to: saved.expiresAt?.toISOString() ?? null }],
    });
    return saved;
  }

  /**
   * Edits by an owner of a PUBLISHED profile: kept as its pending revision (the complete new content),
   * with the fields that differ from the published version. Content waiting for or under review is frozen.
   */
  proposeChanges<E extends Profile>(profile: E, content: object, changedFields: string[]): void {
    profile.revision = {
      status: profile.revision?.status ?? ('draft' as NonNullable<ReviewableProfile['revision']>['status']),
      content: { ...content } as Record<string, unknown>,
      changedFields,
      rejectionReason: profile.revision?.rejectionReason ?? null,
      updatedAt: new Date().toISOString(),
    };
  }
}

/** The identity services a profile service needs, wired by hand: for tools, benches and tests that run without Nest. */
export function profileServiceParts(dataSource: DataSource, config: AppConfig): [GrantsService, AuditLogService, ProfileWorkflow] {
  const audit = new AuditLogService(dataSource);
  return [new GrantsService(dataSource, audit), audit, new ProfileWorkflow(audit, config)];
}
