import { localized } from '@hc/core';
import { isicEntry, regionByCode, toRegionObject, toSectorObject } from '@hc/taxonomy';
import { CompanyEntity } from './company.entity';
import { sizeBandOf } from './company.model';
import { CompanyObject } from './company.object';

/** The one place where the stored entity becomes what API users see. */
export function toCompanyObject(e: CompanyEntity): CompanyObject {
  const region = e.region ? regionByCode(e.region) : undefined;
  return {
    id: e.id,
    name: localized(e.nameZh, e.nameDe, e.nameEn),
    description: localized(e.descriptionZh, e.descriptionDe, e.descriptionEn),
    country: e.country,
    region: region ? toRegionObject(region) : null,
    city: e.city,
    location: { latitude: e.latitude, longitude: e.longitude },
    sectorCodes: e.sectorCodes,
    sectors: e.sectorCodes.flatMap((code) => {
      const entry = isicEntry(code);
      return entry ? [toSectorObject(entry)] : [];
    }),
    employees: e.employees,
    sizeBand: sizeBandOf(e.employees),
    revenueBand: e.revenueBand,
    foundedYear: e.foundedYear,
    website: e.website,
    badges: e.badges,
    offers: e.offers,
    needs: e.needs,
    initiativeMember: e.initiativeMember,
    status: e.status,
    version: e.version,
    createdAt: e.createdAt,
    updatedAt: e.updatedAt,
  };
}
