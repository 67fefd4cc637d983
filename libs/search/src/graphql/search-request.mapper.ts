import { BadUserInputException } from '@hc/core';
import { COMPANY_INDEX } from '../port/index-settings';
import { FilterNode, SearchRequest } from '../port/search-request';
import { CompanySearchFilter, CompanySortKey, IntRangeInput, SearchCompaniesArgs } from './company-search.args';

/** Turns one GraphQL filter object into the engine-neutral tree. */
export function toFilterNode(filter: CompanySearchFilter): FilterNode | undefined {
  const nodes: FilterNode[] = [];
  const terms = (field: Extract<FilterNode, { kind: 'in' }>['field'], values: (string | boolean)[] | undefined) => {
    if (values && values.length) nodes.push({ kind: 'in', field, values });
  };
  terms('country', filter.country);
  terms('region', filter.region);
  terms('city', filter.city);
  terms('sector_divisions', filter.sectorDivision);
  terms('sector_sections', filter.sectorSection);
  terms('badges', filter.badge);
  terms('opportunity_types', filter.opportunityType);
  terms('partnership_types', filter.partnershipType);
  terms('target_countries', filter.targetCountry);
  terms('size_band', filter.sizeBand);
  if (filter.initiativeMember !== undefined && filter.initiativeMember !== null) terms('initiative_member', [filter.initiativeMember]);
  terms('offers', filter.offers);
  terms('needs', filter.needs);
  if (filter.geoBox) nodes.push({ kind: 'geoBox', ...filter.geoBox });
  const range = (field: 'employees' | 'founded_year', r: IntRangeInput | undefined) => {
    if (!r || (r.min == null && r.max == null)) return;
    nodes.push({ kind: 'range', field, ...(r.min != null ? { gte: r.min } : {}), ...(r.max != null ? { lte: r.max } : {}) });
  };
  range('employees', filter.employees);
  range('founded_year', filter.foundedYear);
  for (const f of filter.and ?? []) {
    const n = toFilterNode(f);
    if (n) nodes.push(n);
  }
  if (filter.or?.length) {
    const alternatives = filter.or.map(toFilterNode);
    // An empty alternative matches everything, so the whole OR does.
    if (alternatives.every((a): a is FilterNode => a !== undefined)) nodes.push({ kind: 'or', nodes: alternatives });
  }
  if (filter.not) {
    const n = toFilterNode(filter.not);
    // NOT of "everything" is "nothing": an empty `in` expresses it.
    nodes.push(n ? { kind: 'not', node: n } : { kind: 'in', field: 'country', values: [] });
  }
  if (nodes.length === 0) return undefined;
  return nodes.length === 1 ? nodes[0] : { kind: 'and', nodes };
}

export function toSearchRequest(args: SearchCompaniesArgs): SearchRequest {
  if (args.page * args.hitsPerPage > COMPANY_INDEX.maxTotalHits) {
    throw new BadUserInputException([
      { field: 'page', message: `page x hitsPerPage may not exceed ${COMPANY_INDEX.maxTotalHits}; narrow the query instead` },
    ]);
  }
  if (args.sort?.by === CompanySortKey.DISTANCE && !args.geo) {
    throw new BadUserInputException([{ field: 'sort.by', message: 'DISTANCE needs geo (the point to measure from)' }]);
  }
  const nodes: FilterNode[] = [];
  const fromFilter = args.filter ? toFilterNode(args.filter) : undefined;
  if (fromFilter) nodes.push(fromFilter);
  if (args.geo) nodes.push({ kind: 'geoRadius', lat: args.geo.latitude, lng: args.geo.longitude, radiusKm: args.geo.radiusKm });
  const text = args.query?.trim();
  return {
    ...(text ? { text } : {}),
    ...(nodes.length ? { filter: nodes.length === 1 ? nodes[0] : { kind: 'and', nodes } } : {}),
    facets: [...new Set(args.facets ?? [])],
    ...(args.geo ? { origin: { lat: args.geo.latitude, lng: args.geo.longitude } } : {}),
    ...(args.sort ? { sort: { by: args.sort.by, direction: args.sort.direction } } : {}),
    highlight: args.highlight,
    page: args.page,
    hitsPerPage: args.hitsPerPage,
  };
}
