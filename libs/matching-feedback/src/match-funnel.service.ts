import { Injectable, Optional } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { BadUserInputException, ForbiddenException, NotFoundException } from '@hc/core';
import { Actor, owns, Role, SubjectKind } from '@hc/identity';
import { DataSource } from 'typeorm';
import { MatchFunnelArgs } from './dto/feedback.args';
import { FeedbackService } from './feedback.service';
import { FUNNEL_STAGES, FunnelStage, subjectColumn } from './feedback.model';
import { loadProfiles, PROFILE_ENTITY_NAME, profileKey } from './profile-lookup';

/** May read every funnel (overall, per kind, per subject); owners may read their own subject's. */
export const FUNNEL_READERS: readonly Role[] = [Role.ADMIN, Role.REVIEWER, Role.VIEWER];

export interface FunnelCounts {
  subjectKind: SubjectKind | null;
  subjectId: string | null;
  /** In FUNNEL_STAGES order. */
  stages: { stage: FunnelStage; count: number }[];
  dismissed: number;
}

/**
 * The funnel suggested -> shortlisted -> interest sent -> accepted -> meeting -> agreement, read from the
 * feedback tables (nothing is stored twice).
 *
 * Model: the unit is the pair (subject, candidate). A pair counts in the furthest stage it reached and in every
 * stage before it: an interest sent to a company found through search, or without shortlisting first, still counts
 * as suggested and shortlisted. So the counts never grow down the funnel and every rate is at most 1. Stages are
 * history: a removed shortlist entry, a declined or withdrawn interest still count for the stage they reached
 * (accepted means `accepted_at` is set; meeting, `meeting_at`; agreement, a linked agreement).
 * Scope: one subject (its owners and ADMIN/REVIEWER/VIEWER), every subject of a kind, or everything (those roles).
 */
@Injectable()
export class MatchFunnelService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Optional() private readonly feedback?: FeedbackService,
  ) {}

  async funnel(actor: Actor, args: MatchFunnelArgs): Promise<FunnelCounts> {
    const kind = args.subjectKind ?? null;
    const id = args.subjectId ?? null;
    if (id && !kind) throw new BadUserInputException([{ field: 'subjectKind', message: 'is needed with subjectId: PARK or COMPANY' }]);
    const reader = FUNNEL_READERS.includes(actor.role);
    if (kind && id) {
      if (!reader && !owns(actor, kind, id)) {
        throw new ForbiddenException(`only the owners of ${kind} ${id}, admins, reviewers and viewers may read its funnel`);
      }
      const profiles = await loadProfiles(this.dataSource.manager, [{ kind, id }]);
      if (!profiles.has(profileKey({ kind, id }))) throw new NotFoundException(PROFILE_ENTITY_NAME[kind], id);
    } else if (!reader) {
      throw new ForbiddenException('only admins, reviewers and viewers may read the funnel of more than one park or company; owners may read their own');
    }
    // The suggestions this process has shown and not written yet count too.
    await this.feedback?.flushSuggested();
    const where = kind && id ? `${subjectColumn(kind)} = $1` : kind ? `${subjectColumn(kind)} IS NOT NULL AND $1::uuid IS NULL` : '$1::uuid IS NULL';
    const pair = 'subject_park_id, subject_company_id, candidate_id';
    const [row] = await this.dataSource.query<Record<string, number>[]>(
      `WITH reached AS (
         SELECT ${pair}, 1 AS stage FROM match_suggestions_log WHERE ${where}
         UNION ALL
         SELECT ${pair}, 2 AS stage FROM match_shortlist_entries WHERE ${where}
         UNION ALL
         SELECT ${pair}, CASE WHEN agreement_id IS NOT NULL THEN 6 WHEN meeting_at IS NOT NULL THEN 5 WHEN accepted_at IS NOT NULL THEN 4 ELSE 3 END AS stage
           FROM match_interests WHERE ${where}
       ), pairs AS (
         SELECT max(stage) AS stage FROM reached GROUP BY ${pair}
       )
       SELECT ${FUNNEL_STAGES.map((_s, i) => `count(*) FILTER (WHERE stage >= ${i + 1})::int AS s${i + 1}`).join(', ')},
              (SELECT count(*)::int FROM (SELECT DISTINCT ${pair} FROM match_dismissals WHERE ${where}) d) AS dismissed
         FROM pairs`,
      [id],
    );
    return {
      subjectKind: kind,
      subjectId: id,
      stages: FUNNEL_STAGES.map((stage, i) => ({ stage, count: row?.[`s${i + 1}`] ?? 0 })),
      dismissed: row?.dismissed ?? 0,
    };
  }
}
