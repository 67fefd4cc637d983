import { ForbiddenException } from '@hc/core';
import { Role, STAFF_ROLES } from './role';

/** Kinds of things a user can own. */
export enum SubjectKind {
  PARK = 'park',
  COMPANY = 'company',
}

/** Who is calling: resolved once per request from a token or an API key. */
export interface Actor {
  userId: string;
  role: Role;
  /** API keys are read-only: every mutation is refused. */
  readOnly: boolean;
  via: 'token' | 'api_key';
  /** Ids of the parks and companies this user was granted (a profile created in this request is added at once). */
  parks: Set<string>;
  companies: Set<string>;
}

export function isStaff(actor: Actor | null | undefined): boolean {
  return !!actor && STAFF_ROLES.includes(actor.role);
}

export function owns(actor: Actor | null | undefined, kind: SubjectKind, id: string): boolean {
  if (!actor) return false;
  return (kind === SubjectKind.PARK ? actor.parks : actor.companies).has(id);
}

/** May see this profile in any state: its owners and the initiative's staff. */
export function canSeeUnpublished(actor: Actor | null | undefined, kind: SubjectKind, id: string): boolean {
  return isStaff(actor) || owns(actor, kind, id);
}

/** Content changes: the profile's owners, and admins. Reviewers review but do not edit. */
export function assertCanEdit(actor: Actor, kind: SubjectKind, id: string): void {
  if (actor.role === Role.ADMIN || owns(actor, kind, id)) return;
  throw new ForbiddenException(`you may not change ${kind} ${id}: only its ${kind === SubjectKind.PARK ? 'park managers' : 'company representatives'} and admins may`);
}

/** Review decisions: reviewers and admins. */
export function assertCanReview(actor: Actor): void {
  if (isStaff(actor)) return;
  throw new ForbiddenException('only reviewers and admins may take review decisions');
}

export function assertRole(actor: Actor, roles: readonly Role[], what: string): void {
  if (roles.includes(actor.role)) return;
  throw new ForbiddenException(`${what} needs one of the roles ${roles.map((r) => r.toUpperCase()).join(', ')}; you are ${actor.role.toUpperCase()}`);
}
