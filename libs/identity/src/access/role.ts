import { registerEnumType } from '@nestjs/graphql';

/** What a user may do on the platform. One role per account; ownership of parks and companies is granted separately. */
export enum Role {
  ADMIN = 'admin',
  /** The initiative's secretariat: reviews profiles and membership applications, never edits content. */
  REVIEWER = 'reviewer',
  /** Manages one or more parks (granted per park). */
  PARK_MANAGER = 'park_manager',
  /** Represents one or more companies (granted per company). */
  COMPANY_REP = 'company_rep',
  /** Reads dashboards; cannot change anything. */
  VIEWER = 'viewer',
}

registerEnumType(Role, {
  name: 'Role',
  description: 'ADMIN, REVIEWER (the initiative secretariat), PARK_MANAGER, COMPANY_REP or VIEWER (read-only dashboards).',
});

export const ALL_ROLES: readonly Role[] = Object.values(Role);

/** Roles anyone may pick when signing up; ADMIN and REVIEWER accounts are created by an admin. */
export const SELF_SERVICE_ROLES: readonly Role[] = [Role.PARK_MANAGER, Role.COMPANY_REP, Role.VIEWER];

/** The initiative's staff: they see every profile in every state. */
export const STAFF_ROLES: readonly Role[] = [Role.ADMIN, Role.REVIEWER];
