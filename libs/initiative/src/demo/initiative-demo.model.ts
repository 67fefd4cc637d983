import type { Localized } from '@hc/core';
import type { SubjectKind } from '@hc/identity';
import type { AgreementStatus, AgreementType } from '../agreement/agreement.model';
import type { ProfileRef } from '../common/profile-ref';
import type { ExpertSubjectKind } from '../expert/expert.model';
import type { SharedResourceType } from '../shared-resource/shared-resource.model';

/**
 * Plain records of the initiative's demo data. `@hc/dataset` generates them (it may depend on this lib,
 * not the other way round) and `InitiativeDemoLoader` inserts them. The `content` of each record has the
 * shape of the GraphQL input, so the dataset's tests validate it with the same DTO rules.
 */

/** A demo park or company as the generator needs it: stored id, names, place, sectors, member flag. */
export interface InitiativeDemoProfile {
  id: string;
  initiativeMember: boolean;
  /** Profiles that are not published (when given) get no membership, resource or agreement. */
  status?: string;
  nameZh: string | null;
  nameDe: string | null;
  nameEn: string | null;
  country: string;
  region: string | null;
  city: string;
  latitude: number;
  longitude: number;
  /** ISIC divisions: a park's focus sectors, a company's divisions. */
  sectors: readonly string[];
}

export interface DemoMembershipRecord {
  id: string;
  member: ProfileRef;
  motivation: string;
  /** ISO timestamps. */
  appliedAt: string;
  decidedAt: string;
}

export interface DemoSharedResourceRecord {
  id: string;
  owner: ProfileRef;
  content: {
    type: SharedResourceType;
    name: Partial<Localized>;
    description: Partial<Localized>;
    country: string;
    region: string | null;
    city: string;
    location: { latitude: number; longitude: number };
    capacity: string | null;
    conditions: string | null;
  };
}

export interface DemoAgreementRecord {
  id: string;
  status: AgreementStatus;
  content: {
    title: Partial<Localized>;
    sectors: string[];
    type: AgreementType;
    signedOn: string;
    parties: { kind: SubjectKind; id: string }[];
    notes: string | null;
    suggestionId: string | null;
  };
}

export interface DemoExpertRecord {
  id: string;
  content: {
    fullName: string;
    affiliation: string;
    bio: Partial<Localized>;
    sectors: string[];
    languages: string[];
    regions: string[];
    appointedOn: string;
    termEndsOn: string;
    email: string;
  };
}

export interface DemoExpertAssignmentRecord {
  expertId: string;
  subjectKind: ExpertSubjectKind;
  subjectId: string;
}

export interface InitiativeDemoData {
  memberships: DemoMembershipRecord[];
  sharedResources: DemoSharedResourceRecord[];
  agreements: DemoAgreementRecord[];
  experts: DemoExpertRecord[];
  expertAssignments: DemoExpertAssignmentRecord[];
}

export interface InitiativeDemoCounts {
  memberships: number;
  sharedResources: number;
  agreements: number;
  experts: number;
  expertAssignments: number;
}
