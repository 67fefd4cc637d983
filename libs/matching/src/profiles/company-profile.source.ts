import { BadgeType, sizeBandOf } from '@hc/companies';
import { visibleProfileSql } from '@hc/core';
import { OpportunityType, PartnershipType } from '@hc/opportunities';
import { DataSource } from 'typeorm';
import { regionsNamedIn } from '@hc/taxonomy';
import { withoutOwnNames } from '../topics/place-terms';
import { topicTerms } from '../topics/topic-analysis';
import { CompanyMatchProfile, IntentSignal, OFFER_TYPES, OpportunitySignal } from './match-profile';

/** Badges that say something about a company's standing; the computed EU SME and the Mittelstand claim do not. */
const DISTINCTIONS: ReadonlySet<string> = new Set([BadgeType.HIDDEN_CHAMPION, BadgeType.LITTLE_GIANT, BadgeType.SINGLE_CHAMPION, BadgeType.SRDI_SME]);

/** A company row as matching reads it. */
export interface CompanyRow {
  id: string;
  version: number;
  country: string;
  city: string;
  latitude: number;
  longitude: number;
  isic_divisions: string[];
  initiative_member: boolean;
  badges: { type: string; expiresOn: string | null }[];
  employees: number | null;
  offers: string[];
  needs: string[];
  name_zh: string | null;
  name_de: string | null;
  name_en: string | null;
  description_zh: string | null;
  description_de: string | null;
  description_en: string | null;
  expires_at: Date | null;
  visible: boolean;
}

/** A live opportunity row as matching reads it. */
export interface OpportunityRow {
  company_id: string;
  type: OpportunityType;
  partnership_types: PartnershipType[];
  title_zh: string | null;
  title_de: string | null;
  title_en: string | null;
  description_zh: string | null;
  description_de: string | null;
  description_en: string | null;
  /** Technology keywords: what the opportunity is about. */
  keywords: string[];
  /** Market keywords: the markets it is about (a distribution request names the market it wants served). */
  markets: string[];
  target_countries: string[];
  partner_sizes: string[];
  expires_at: Date;
}

/** A company's match profile with the moments it changes without a write: its term ends, a live opportunity ends. */
export interface SourcedProfile {
  profile: CompanyMatchProfile;
  /** Published and inside its term now: what everyone may see and be suggested. */
  visible: boolean;
  /** When the published term ends (ms since the epoch), Infinity when it does not. */
  termEndsAt: number;
  /** When the profile must be read again: the end of the term or of the first live opportunity to expire. */
  refreshAt: number;
}

/** Which companies to read: by id (whatever their status), or visible ones after an id, a page at a time. */
export type ProfileSelection = { ids: readonly string[] } | { visibleAfter: string; limit: number };

/**
 * Reads match profiles: the company rows, then the live opportunities of those companies in one more
 * statement (two plain index reads, whatever the planner's statistics say right after a bulk import).
 */
export async function readCompanyProfiles(dataSource: DataSource, selection: ProfileSelection): Promise<SourcedProfile[]> {
  const [where, parameters] =
    'ids' in selection
      ? ['c.id = ANY($1::uuid[])', [[...selection.ids]]]
      : [`${visibleProfileSql('c')} AND c.id > $1::uuid ORDER BY c.id LIMIT $2`, [selection.visibleAfter, selection.limit]];
  const rows: CompanyRow[] = await dataSource.query(
    `SELECT c.id, c.version, c.country, c.city, c.latitude, c.longitude, c.isic_divisions, c.initiative_member, c.badges, c.employees,
            c.offers, c.needs, c.name_zh, c.name_de, c.name_en, c.description_zh, c.description_de, c.description_en, c.expires_at, ${visibleProfileSql('c')} AS visible
       FROM companies c WHERE ${where}`,
    parameters,
  );
  const opportunities: OpportunityRow[] = rows.length
    ? await dataSource.query(
        `SELECT o.company_id, o.type, o.partnership_types, o.title_zh, o.title_de, o.title_en, o.description_zh, o.description_de, o.description_en,
                o.technology_keywords AS keywords, o.market_keywords AS markets, o.target_countries, o.partner_sizes, o.expires_at
           FROM opportunities o WHERE o.company_id = ANY($1::uuid[]) AND o.status = 'active' AND o.expires_at > now()
          ORDER BY o.created_at, o.id`,
        [rows.map((r) => r.id)],
      )
    : [];
  const byCompany = new Map<string, OpportunityRow[]>();
  for (const o of opportunities) byCompany.set(o.company_id, [...(byCompany.get(o.company_id) ?? []), o]);
  const today = new Date().toISOString().slice(0, 10);
  return rows.map((row) => {
    const live = byCompany.get(row.id) ?? [];
    const termEndsAt = row.expires_at ? new Date(row.expires_at).getTime() : Infinity;
    const opportunitiesEnd = live.reduce((end, o) => Math.min(end, new Date(o.expires_at).getTime()), Infinity);
    return { profile: toProfile(row, live, today), visible: row.visible, termEndsAt, refreshAt: Math.min(termEndsAt, opportunitiesEnd) };
  });
}

/** Topic terms of texts, without place names and the words of the company's own names and city. */
type Terms = (texts: readonly (string | null | undefined)[]) => string[];

function signal(items: OpportunitySignal[], keywords: readonly string[], terms: Terms): IntentSignal {
  return { items, keywordTerms: terms(keywords), keywords };
}

function opportunitySignal(o: OpportunityRow, terms: Terms): OpportunitySignal {
  const texts = [o.title_zh, o.title_de, o.title_en, o.description_zh, o.description_de, o.description_en];
  const regions = new Set<string>();
  for (const text of [...texts, ...o.keywords, ...o.markets]) if (text) for (const region of regionsNamedIn(text)) regions.add(region.code);
  return {
    type: o.type,
    partnershipTypes: o.partnership_types,
    terms: terms([...texts, ...o.keywords, ...o.markets]),
    subject: terms([o.title_zh, o.title_de, o.title_en, ...o.keywords, ...o.markets]),
    title: [o.title_en, o.title_de, o.title_zh].find((t) => t) ?? '',
    keywords: [...o.keywords, ...o.markets],
    targetCountries: o.target_countries,
    regions: [...regions].sort(),
    partnerSizes: o.partner_sizes as OpportunitySignal['partnerSizes'],
  };
}

function union(...lists: (readonly string[])[]): string[] {
  return [...new Set(lists.flat())];
}

/** A company's match profile from its row and its live opportunities: every text read through the topic analysis. */
export function toProfile(row: CompanyRow, live: readonly OpportunityRow[], today: string): CompanyMatchProfile {
  const own = [row.name_zh, row.name_de, row.name_en, row.city];
  const terms: Terms = (texts) => withoutOwnNames(topicTerms(texts), own);
  const opportunities = live.map((o) => opportunitySignal(o, terms));
  const offers = signal(opportunities.filter((o) => OFFER_TYPES.includes(o.type)), row.offers, terms);
  const requests = signal(opportunities.filter((o) => !OFFER_TYPES.includes(o.type)), row.needs, terms);
  return {
    id: row.id,
    version: row.version,
    country: row.country,
    city: row.city,
    latitude: row.latitude,
    longitude: row.longitude,
    divisions: row.isic_divisions,
    initiativeMember: row.initiative_member,
    badges: row.badges.filter((b) => DISTINCTIONS.has(b.type) && (b.expiresOn === null || b.expiresOn >= today)).map((b) => b.type as BadgeType),
    sizeBand: sizeBandOf(row.employees),
    offers,
    requests,
    offerTerms: union(terms([row.description_zh, row.description_de, row.description_en]), offers.keywordTerms, ...offers.items.map((o) => o.terms)),
    requestTerms: union(requests.keywordTerms, ...requests.items.map((o) => o.subject)),
  };
}
