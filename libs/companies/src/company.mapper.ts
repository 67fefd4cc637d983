import { sectorObjectsOf, toProfileFields } from '@hc/taxonomy';
import { CompanyEntity } from './company.entity';
import { sizeBandOf } from './company.model';
import { CompanyObject } from './company.object';

/** The one place where the stored entity becomes what API users see. */
export function toCompanyObject(e: CompanyEntity): CompanyObject {
  return {
    id: e.id,
    ...toProfileFields(e),
    sectorCodes: e.sectorCodes,
    sectors: sectorObjectsOf(e.sectorCodes),
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
