import { localized } from '@hc/core';
import { regionObjectOf, sectorObjectsOf } from '@hc/taxonomy';
import { ParkEntity } from './park.entity';
import { ParkObject } from './park.object';

export function toParkObject(e: ParkEntity): ParkObject {
  return {
    id: e.id,
    name: localized(e.nameZh, e.nameDe, e.nameEn),
    description: localized(e.descriptionZh, e.descriptionDe, e.descriptionEn),
    country: e.country,
    region: regionObjectOf(e.region),
    city: e.city,
    location: { latitude: e.latitude, longitude: e.longitude },
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
