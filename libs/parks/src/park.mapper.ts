import { sectorObjectsOf, toProfileFields } from '@hc/taxonomy';
import { ParkEntity } from './park.entity';
import { ParkObject } from './park.object';

export function toParkObject(e: ParkEntity): ParkObject {
  return {
    id: e.id,
    ...toProfileFields(e),
    focusSectors: sectorObjectsOf(e.focusSectors),
    offerings: e.offerings,
    initiativeMember: e.initiativeMember,
    website: e.website,
    status: e.status,
    version: e.version,
    createdAt: e.createdAt,
    updatedAt: e.updatedAt,
  };
}
