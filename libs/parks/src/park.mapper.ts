import { localized } from '@hc/core';
import { isicEntry, regionByCode, toRegionObject, toSectorObject } from '@hc/taxonomy';
import { ParkEntity } from './park.entity';
import { ParkObject } from './park.object';

export function toParkObject(e: ParkEntity): ParkObject {
  const region = e.region ? regionByCode(e.region) : undefined;
  return {
    id: e.id,
    name: localized(e.nameZh, e.nameDe, e.nameEn),
    description: localized(e.descriptionZh, e.descriptionDe, e.descriptionEn),
    country: e.country,
    region: region ? toRegionObject(region) : null,
    city: e.city,
    location: { latitude: e.latitude, longitude: e.longitude },
    focusSectors: e.focusSectors.flatMap((code) => {
      const entry = isicEntry(code);
      return entry ? [toSectorObject(entry)] : [];
    }),
    offerings: e.offerings,
    initiativeMember: e.initiativeMember,
    website: e.website,
    status: e.status,
    version: e.version,
    createdAt: e.createdAt,
    updatedAt: e.updatedAt,
  };
}
