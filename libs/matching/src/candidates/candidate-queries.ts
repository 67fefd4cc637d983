import { OpportunityType, PartnershipType } from '@hc/opportunities';
import { customersOf, suppliersOf } from '@hc/taxonomy';
import { DataSource } from 'typeorm';
import { OFFERING_TERMS } from '../features/offering-terms';
import type { Specificity } from '../features/partner-features';
import { termsOf } from '../profiles/concepts';
import { CompanyMatchProfile, ParkMatchProfile } from '../profiles/match-profile';

export interface CandidateRef {
  id: string;
  version: number;
}

/** Candidates scored in full per request; the cheap SQL pre-score picks them from the indexed sets. */
export const PARK_CANDIDATES = 400;
export const PARTNER_CANDIDATES = 600;

const VISIBLE = `c.status = 'published' AND (c.expires_at IS NULL OR c.expires_at > now())`;

/** Divisions related to the focus by a value-chain link (suppliers and customers). */
function relatedDivisions(focus: readonly string[]): string[] {
  const related = new Set<string>();
  for (const f of focus) for (const l of [...suppliersOf(f), ...customersOf(f)]) related.add(l.supplier === f ? l.customer : l.supplier);
  for (const f of focus) related.delete(f);
  return [...related];
}

/** Suppliers and customers of the divisions present around the park. */
function ecosystemNeighbours(p: ParkMatchProfile): string[] {
  const found = new Set<string>();
  for (const d of p.ecosystem.keys()) for (const l of [...suppliersOf(d), ...customersOf(d)]) found.add(l.supplier === d ? l.customer : l.supplier);
  return [...found];
}

/**
 * Park candidates from indexed sets only (GIN on isic_divisions, the opportunities' partnership
 * types): companies in a focus, gap, related or ecosystem-adjacent division, and companies that want
 * a site or an investment in the park's country. Never a scan of every company.
 */
export async function parkCandidates(dataSource: DataSource, p: ParkMatchProfile, limit = PARK_CANDIDATES): Promise<CandidateRef[]> {
  const related = relatedDivisions(p.focusSectors);
  const adjacent = ecosystemNeighbours(p);
  const all = [...new Set([...p.focusSectors, ...p.gapSectors, ...related, ...adjacent])];
  // Companies that name one of the park's offerings among their needs ("Prüflabor", "标准厂房").
  const offeringTerms = p.offerings.flatMap((o) => OFFERING_TERMS[o]).map((t) => t.toLowerCase());
  return dataSource.query(
    `WITH intent AS (
       SELECT o.company_id AS id, bool_or($6 = ANY(o.target_countries)) AS explicit
         FROM opportunities o
        WHERE o.status = 'active' AND o.expires_at > now() AND o.company_id IS NOT NULL
          AND o.partnership_types && $5::text[]
          AND (o.target_countries = '{}' OR $6 = ANY(o.target_countries))
        GROUP BY o.company_id
     )
     SELECT c.id, c.version
       FROM companies c LEFT JOIN intent i ON i.id = c.id
      WHERE ${VISIBLE} AND (c.isic_divisions && $1::text[] OR i.id IS NOT NULL)
      ORDER BY 3 * (c.isic_divisions && $2::text[])::int + 2 * (c.isic_divisions && $3::text[])::int + (c.isic_divisions && $4::text[])::int
               + 2 * (i.id IS NOT NULL)::int + coalesce(i.explicit, false)::int + (c.country = $6)::int
               + 2 * (EXISTS (SELECT 1 FROM unnest(c.needs) k WHERE lower(k) = ANY($8::text[])))::int DESC, c.id
      LIMIT $7`,
    [all, p.focusSectors, p.gapSectors, adjacent, [PartnershipType.SITE_LOCALISATION, PartnershipType.INVESTMENT_JV], p.country, limit, offeringTerms],
  );
}

/** What serves a request type, and the requests an offer type serves. */
const COMPLEMENT: Record<OpportunityType, OpportunityType[]> = {
  [OpportunityType.BUSINESS_REQUEST]: [OpportunityType.BUSINESS_OFFER],
  [OpportunityType.TECHNOLOGY_REQUEST]: [OpportunityType.TECHNOLOGY_OFFER],
  [OpportunityType.RD_COOPERATION_REQUEST]: [OpportunityType.TECHNOLOGY_OFFER, OpportunityType.RD_COOPERATION_REQUEST],
  [OpportunityType.BUSINESS_OFFER]: [OpportunityType.BUSINESS_REQUEST],
  [OpportunityType.TECHNOLOGY_OFFER]: [OpportunityType.TECHNOLOGY_REQUEST, OpportunityType.RD_COOPERATION_REQUEST],
};

/**
 * Every spelling of the concepts (lower-cased, for SQL lookups) with the specificity of its concept: the most
 * specific when a spelling belongs to several.
 */
function weightedTerms(concepts: Iterable<string>, specificity: Specificity): { terms: string[]; weights: number[] } {
  const weights = new Map<string, number>();
  for (const concept of concepts) {
    const weight = specificity(concept);
    for (const term of termsOf([concept])) weights.set(term, Math.max(weight, weights.get(term) ?? 0));
  }
  return { terms: [...weights.keys()], weights: [...weights.values()] };
}

/**
 * Partner candidates: companies upstream or downstream in the value chain, and companies whose live
 * opportunities complement this company's (a request against an offer) with a shared partnership type.
 * The pre-score puts first the companies whose complementary opportunities name this company's topics in
 * both directions, each topic by its specificity: a shared "bipolar plate" lifts a company, a shared
 * "machinery" (the market of thousands) hardly does.
 */
export async function partnerCandidates(dataSource: DataSource, a: CompanyMatchProfile, specificity: Specificity, limit = PARTNER_CANDIDATES): Promise<CandidateRef[]> {
  const suppliers = [...new Set(a.divisions.flatMap((d) => suppliersOf(d).map((l) => l.supplier)))];
  const customers = [...new Set(a.divisions.flatMap((d) => customersOf(d).map((l) => l.customer)))];
  // What would serve the company's requests, and what its offers would serve; each with every spelling of its topics
  // ("Zykloidgetriebe" also finds "摆线减速机"), so both directions of a pair can be checked in the pre-score.
  const servingTypes = [...new Set(a.requests.items.flatMap((o) => COMPLEMENT[o.type]))];
  const wantingTypes = [...new Set(a.offers.items.flatMap((o) => COMPLEMENT[o.type]))];
  const partnershipTypes = [...new Set([...a.requests.items, ...a.offers.items].flatMap((o) => o.partnershipTypes))];
  const request = weightedTerms([...a.requests.items.flatMap((o) => [...o.concepts]), ...a.requests.keywordConcepts], specificity);
  const offer = weightedTerms([...a.offers.items.flatMap((o) => [...o.concepts]), ...a.offers.keywordConcepts], specificity);
  const china = a.country === 'CN';
  return dataSource.query(
    `WITH request_terms AS (SELECT * FROM unnest($8::text[], $9::float8[]) AS t(term, weight)),
     offer_terms AS (SELECT * FROM unnest($10::text[], $11::float8[]) AS t(term, weight)),
     complementary AS (
       SELECT o.company_id AS id,
              bool_or(o.type = ANY($3::text[])) AS serves,
              max(r.weight) FILTER (WHERE o.type = ANY($3::text[])) AS serves_topic,
              bool_or(o.type = ANY($4::text[])) AS wants,
              max(w.weight) FILTER (WHERE o.type = ANY($4::text[])) AS wants_topic
         FROM opportunities o
         LEFT JOIN LATERAL unnest(o.technology_keywords || o.market_keywords) k ON true
         LEFT JOIN request_terms r ON r.term = lower(k)
         LEFT JOIN offer_terms w ON w.term = lower(k)
        WHERE o.status = 'active' AND o.expires_at > now() AND o.company_id IS NOT NULL
          AND (o.type = ANY($3::text[]) OR o.type = ANY($4::text[])) AND o.partnership_types && $12::text[]
        GROUP BY o.company_id
     )
     SELECT c.id, c.version
       FROM companies c LEFT JOIN complementary m ON m.id = c.id
      WHERE ${VISIBLE} AND c.id <> $5
        AND (c.isic_divisions && $1::text[] OR c.isic_divisions && $2::text[] OR m.id IS NOT NULL)
      ORDER BY 4 * coalesce(m.serves_topic, 0) + 4 * coalesce(m.wants_topic, 0)
               + coalesce(m.serves, false)::int + coalesce(m.wants, false)::int
               + 2 * (c.isic_divisions && $1::text[])::int + (c.isic_divisions && $2::text[])::int
               + (CASE WHEN $6 THEN c.country <> 'CN' ELSE c.country = 'CN' END)::int DESC, c.id
      LIMIT $7`,
    [suppliers, customers, servingTypes, wantingTypes, a.id, china, limit, request.terms, request.weights, offer.terms, offer.weights, partnershipTypes],
  );
}
