import { InvalidTransitionException, Localized, NotFoundException, ProfileStatus, visibleProfileSql } from '@hc/core';
import { SubjectKind } from '@hc/identity';
import { EntityManager } from 'typeorm';
import { describeSubject, MatchSubject } from './feedback.model';

/** What feedback needs to know about a park or company. Read with SQL: the profile libs own those tables. */
export interface ProfileSummary {
  kind: SubjectKind;
  id: string;
  name: Localized;
  status: string;
  expiresAt: Date | null;
  /** Published and inside its term. */
  visible: boolean;
}

interface ProfileRow {
  id: string;
  name_zh: string | null;
  name_de: string | null;
  name_en: string | null;
  status: string;
  expires_at: Date | null;
  visible: boolean;
}

const TABLE: Readonly<Record<SubjectKind, 'parks' | 'companies'>> = { [SubjectKind.PARK]: 'parks', [SubjectKind.COMPANY]: 'companies' };
export const PROFILE_ENTITY_NAME: Readonly<Record<SubjectKind, string>> = { [SubjectKind.PARK]: 'Park', [SubjectKind.COMPANY]: 'Company' };

export const profileKey = (ref: MatchSubject) => `${ref.kind}:${ref.id}`;

function toSummary(kind: SubjectKind, row: ProfileRow): ProfileSummary {
  return { kind, id: row.id, name: { zh: row.name_zh, de: row.name_de, en: row.name_en }, status: row.status, expiresAt: row.expires_at, visible: row.visible };
}

/** The profiles of `refs` that exist, by `profileKey`; one query per kind. */
export async function loadProfiles(manager: EntityManager, refs: readonly MatchSubject[]): Promise<Map<string, ProfileSummary>> {
  const found = new Map<string, ProfileSummary>();
  for (const kind of [SubjectKind.PARK, SubjectKind.COMPANY]) {
    const ids = [...new Set(refs.filter((r) => r.kind === kind).map((r) => r.id))];
    if (ids.length === 0) continue;
    const rows = await manager.query<ProfileRow[]>(
      `SELECT id, name_zh, name_de, name_en, status, expires_at, ${visibleProfileSql('p')} AS visible FROM ${TABLE[kind]} p WHERE id = ANY($1::uuid[])`,
      [ids],
    );
    for (const row of rows) found.set(profileKey({ kind, id: row.id }), toSummary(kind, row));
  }
  return found;
}

/** Why a profile is not visible, as the end of a sentence ("is draft, not published", "expired on 2026-01-31"). */
export function invisibilityReason(profile: ProfileSummary): string {
  if (profile.status !== ProfileStatus.PUBLISHED) return `is ${profile.status.replace(/_/g, ' ')}, not published`;
  return `expired on ${profile.expiresAt ? profile.expiresAt.toISOString().slice(0, 10) : 'an unknown day'}`;
}

export function nameOf(profiles: ReadonlyMap<string, ProfileSummary>, ref: MatchSubject): Localized {
  return profiles.get(profileKey(ref))?.name ?? { zh: null, de: null, en: null };
}

/**
 * The subject and the candidate of an action, both of which must be visible: a subject that is not (the actor
 * owns it, so may know it exists) is INVALID_TRANSITION with the reason; a candidate that is not is NOT_FOUND,
 * as `company(id)` answers for drafts, so nothing unpublished leaks.
 */
export async function loadVisiblePair(
  manager: EntityManager,
  subject: MatchSubject,
  candidateId: string,
  what: string,
): Promise<{ subject: ProfileSummary; candidate: ProfileSummary; profiles: Map<string, ProfileSummary> }> {
  const candidateRef = { kind: SubjectKind.COMPANY, id: candidateId };
  const profiles = await loadProfiles(manager, [subject, candidateRef]);
  const subjectProfile = profiles.get(profileKey(subject));
  if (!subjectProfile) throw new NotFoundException(PROFILE_ENTITY_NAME[subject.kind], subject.id);
  const candidate = profiles.get(profileKey(candidateRef));
  if (!candidate || !candidate.visible) throw new NotFoundException('Company', candidateId);
  if (!subjectProfile.visible) throw new InvalidTransitionException(`cannot ${what}: ${describeSubject(subject)} ${invisibilityReason(subjectProfile)}`);
  return { subject: subjectProfile, candidate, profiles };
}
