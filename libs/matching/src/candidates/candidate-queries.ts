import { OpportunityType } from '@hc/opportunities';
import { customersOf, suppliersOf } from '@hc/taxonomy';
import { DataSource } from 'typeorm';
import type { Specificity } from '../features/partner-features';
import { termsOf } from '../profiles/concepts';
import { CompanyMatchProfile } from '../profiles/match-profile';

export interface CandidateRef {
  id: string;
  version: number;
}

/** Partner candidates scored in full per request; the cheap SQL pre-score picks them from the indexed sets. */
export const PARTNER_CANDIDATES = 600;

const VISIBLE = `c.status = 'published' AND (c.expires_at IS NULL OR c.expires_at > now())`;

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
