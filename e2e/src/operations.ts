// One helper per GraphQL operation the e2e suite uses: query text + variables + typed result.
import { gql, GraphQLResponse, postGraphQL } from '@hc/testing';

export interface CompanyNode {
  id: string;
  version: number;
  name: { zh: string | null; de: string | null; en: string | null };
  description: { zh: string | null; de: string | null; en: string | null };
  country: string;
  city: string;
  status: string;
}

const COMPANY_FIELDS = `id version name { zh de en } description { zh de en } country city status`;

export const createCompany = (url: string, input: Record<string, unknown>, token: string) =>
  postGraphQL<{ createCompany: CompanyNode }>(url, `mutation($input: CreateCompanyInput!) { createCompany(input: $input) { ${COMPANY_FIELDS} } }`, { input }, token);

export const updateCompany = (url: string, id: string, input: Record<string, unknown>, token: string) =>
  gql<{ updateCompany: CompanyNode }>(url, `mutation($id: ID!, $input: UpdateCompanyInput!) { updateCompany(id: $id, input: $input) { ${COMPANY_FIELDS} } }`, { id, input }, token);

export const deleteCompany = (url: string, id: string, token: string) => gql<{ deleteCompany: string }>(url, `mutation($id: ID!) { deleteCompany(id: $id) }`, { id }, token);

export const companyCount = async (url: string, filter: Record<string, unknown> = {}) =>
  (await gql<{ companies: { totalCount: number } }>(url, `query($filter: CompanyListFilter) { companies(first: 1, filter: $filter) { totalCount } }`, { filter }))
    .companies.totalCount;

export interface SearchResult {
  totalHits: number;
  engine: string;
  hits: { score: number | null; distanceKm: number | null; company: CompanyNode }[];
  facets: { field: string; buckets: { value: string; count: number; label: { en: string | null } | null }[] }[];
}

export const SEARCH = `query($query: String, $filter: CompanySearchFilter, $facets: [CompanyFacet!], $geo: GeoRadiusInput, $sort: CompanySortInput, $page: Int, $hitsPerPage: Int) {
  searchCompanies(query: $query, filter: $filter, facets: $facets, geo: $geo, sort: $sort, page: $page, hitsPerPage: $hitsPerPage) {
    totalHits engine
    hits { score distanceKm company { ${COMPANY_FIELDS} } }
    facets { field buckets { value count label { en } } }
  }
}`;

export const searchCompanies = async (url: string, variables: Record<string, unknown>) =>
  (await gql<{ searchCompanies: SearchResult }>(url, SEARCH, variables)).searchCompanies;

/** Polls a search until `accept` holds or the deadline passes; returns how long it took. */
export async function waitForSearch(url: string, variables: Record<string, unknown>, accept: (r: SearchResult) => boolean, withinMs: number) {
  const started = Date.now();
  for (;;) {
    const result = await searchCompanies(url, variables);
    if (accept(result)) return Date.now() - started;
    if (Date.now() - started > withinMs) throw new Error(`search did not reflect the change within ${withinMs} ms`);
    await new Promise((r) => setTimeout(r, 25));
  }
}

export type Response<T> = { status: number; body: GraphQLResponse<T> };
