import { ProfileRevision, toProfileIdentity } from '@hc/core';
import { isicDivisionOf, sectorObjectsOf, toProfileFields } from '@hc/taxonomy';
import { SubmitParkProfileInput } from './dto/park.input';
import { ParkEntity } from './park.entity';
import { ParkObject } from './park.object';

export function toParkObject(e: ParkEntity): ParkObject {
  return {
    id: e.id,
    ...toProfileFields(e),
    focusSectors: sectorObjectsOf(e.focusSectors),
    gapSectors: sectorObjectsOf(e.gapSectors),
    offerings: e.offerings,
    initiativeMember: e.initiativeMember,
    website: e.website,
    status: e.status,
    version: e.version,
    createdAt: e.createdAt,
    updatedAt: e.updatedAt,
    lifecycle: { status: e.status, revision: e.revision, rejectionReason: e.rejectionReason, submittedAt: e.submittedAt, publishedAt: e.publishedAt, expiresAt: e.expiresAt },
  };
}

/** The published park with its pending changes applied: what reviewers compare before approving. */
export function toPendingParkObject(published: ParkObject, revision: ProfileRevision): ParkObject {
  const input = revision.content as unknown as SubmitParkProfileInput;
  const identity = toProfileIdentity(input);
  return {
    ...published,
    ...toProfileFields(identity),
    focusSectors: sectorObjectsOf([...new Set(input.focusSectors.map(isicDivisionOf))]),
    gapSectors: sectorObjectsOf([...new Set((input.gapSectors ?? []).map(isicDivisionOf))]),
    offerings: input.offerings ?? [],
    website: input.website ?? null,
    updatedAt: new Date(revision.updatedAt),
    lifecycle: undefined,
  };
}
