import { visibleProfileSql } from '@hc/core';
import { SubjectKind } from '@hc/identity';

/** PARK or COMPANY (the GraphQL enum ProfileKind), for libs that may not depend on `@hc/identity` (the dataset). */
export const ProfileKind = SubjectKind;
export type ProfileKind = SubjectKind;

/** A park or a company: the two kinds of profile that take part in the initiative. */
export interface ProfileRef {
  kind: SubjectKind;
  id: string;
}

/** How a row refers to a profile: exactly one of two foreign keys, so deleting the profile cascades. */
export interface ProfileColumns {
  parkId: string | null;
  companyId: string | null;
}

export const PROFILE_TABLE: Readonly<Record<SubjectKind, 'parks' | 'companies'>> = {
  [SubjectKind.PARK]: 'parks',
  [SubjectKind.COMPANY]: 'companies',
};

/** 'Park' or 'Company', as NotFoundException names entities. */
export const PROFILE_ENTITY_NAME: Readonly<Record<SubjectKind, string>> = {
  [SubjectKind.PARK]: 'Park',
  [SubjectKind.COMPANY]: 'Company',
};

export function profileColumns(ref: ProfileRef): ProfileColumns {
  return ref.kind === SubjectKind.PARK ? { parkId: ref.id, companyId: null } : { parkId: null, companyId: ref.id };
}

export function profileRefOf(row: ProfileColumns): ProfileRef {
  if (row.parkId) return { kind: SubjectKind.PARK, id: row.parkId };
  if (row.companyId) return { kind: SubjectKind.COMPANY, id: row.companyId };
  // The tables' CHECK constraints make this unreachable.
  throw new Error('row refers to neither a park nor a company');
}

export function profileKey(ref: ProfileRef): string {
  return `${ref.kind}:${ref.id}`;
}

/** "park 0a1b…", for messages. */
export function describeProfile(ref: ProfileRef): string {
  return `${ref.kind} ${ref.id}`;
}

/** SQL condition: the park or company a row under `alias` refers to (park_id / company_id) is visible. */
export function visibleOwnerSql(alias: string): string {
  return `(EXISTS (SELECT 1 FROM parks vp WHERE vp.id = ${alias}.park_id AND ${visibleProfileSql('vp')})
    OR EXISTS (SELECT 1 FROM companies vc WHERE vc.id = ${alias}.company_id AND ${visibleProfileSql('vc')}))`;
}

/** SQL condition: the profile a row under `alias` refers to holds an accepted membership of the initiative. */
export function acceptedMemberSql(alias: string): string {
  return `EXISTS (SELECT 1 FROM initiative_memberships am WHERE am.status = 'accepted'
    AND (am.park_id = ${alias}.park_id OR am.company_id = ${alias}.company_id))`;
}
