import { CompanyEntity, sizeBandOf } from '@hc/companies';
import { isicSectionOf } from '@hc/taxonomy';
import { CompanySearchDocument } from '../port/search-document';

/** Builds the search document of a company from its stored row. */
export function toCompanySearchDocument(c: CompanyEntity): CompanySearchDocument {
  return {
    id: c.id,
    version: c.version,
    name_zh: c.nameZh,
    name_de: c.nameDe,
    name_en: c.nameEn,
    description_zh: c.descriptionZh,
    description_de: c.descriptionDe,
    description_en: c.descriptionEn,
    keywords: [...c.offers, ...c.needs],
    offers: c.offers,
    needs: c.needs,
    country: c.country,
    region: c.region,
    city: c.city,
    sector_codes: c.sectorCodes,
    sector_divisions: c.isicDivisions,
    sector_sections: [...new Set(c.isicDivisions.map(isicSectionOf))],
    badges: [...new Set(c.badges.map((b) => b.type))],
    size_band: sizeBandOf(c.employees),
    employees: c.employees,
    founded_year: c.foundedYear,
    initiative_member: c.initiativeMember,
    _geo: { lat: c.latitude, lng: c.longitude },
  };
}
