import { activeBadges, CompanyEntity, sizeBandOf } from '@hc/companies';
import { isLive, OpportunityEntity } from '@hc/opportunities';
import { isicSectionOf } from '@hc/taxonomy';
import { CompanySearchDocument } from '../port/search-document';

/**
 * Builds the search document of a company from its stored row and its active opportunities.
 * Expired badges and expired opportunities are left out, so `now` decides what is shown.
 */
export function toCompanySearchDocument(c: CompanyEntity, opportunities: readonly OpportunityEntity[] = [], now: Date = new Date()): CompanySearchDocument {
  const live = opportunities.filter((o) => isLive(o, now));
  const opportunityWords = live.flatMap((o) => [o.titleZh, o.titleDe, o.titleEn, ...o.technologyKeywords, ...o.marketKeywords].filter((t): t is string => Boolean(t)));
  return {
    id: c.id,
    version: c.version,
    name_zh: c.nameZh,
    name_de: c.nameDe,
    name_en: c.nameEn,
    description_zh: c.descriptionZh,
    description_de: c.descriptionDe,
    description_en: c.descriptionEn,
    keywords: [...new Set([...c.offers, ...c.needs, ...opportunityWords])],
    offers: c.offers,
    needs: c.needs,
    country: c.country,
    region: c.region,
    city: c.city,
    sector_codes: c.isicCodes,
    sector_divisions: c.isicDivisions,
    sector_sections: [...new Set(c.isicDivisions.map(isicSectionOf))],
    badges: [...new Set(activeBadges(c, now.toISOString().slice(0, 10)).map((b) => b.type))],
    opportunity_types: [...new Set(live.map((o) => o.type))],
    partnership_types: [...new Set(live.flatMap((o) => o.partnershipTypes))],
    target_countries: [...new Set(live.flatMap((o) => o.targetCountries))],
    size_band: sizeBandOf(c.employees),
    employees: c.employees,
    founded_year: c.foundedYear,
    initiative_member: c.initiativeMember,
    _geo: { lat: c.latitude, lng: c.longitude },
  };
}
