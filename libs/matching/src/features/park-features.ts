import type { AppConfig, Localized } from '@hc/core';
import { BadgeType } from '@hc/companies';
import { OpportunityType, PartnershipType } from '@hc/opportunities';
import { ParkOffering } from '@hc/parks';
import { customersOf, namedRegion, regionContains, regionLabel, suppliersOf } from '@hc/taxonomy';
import { CHINA, CompanyMatchProfile, distanceKm, EUROPE, isSinoEuropean, ParkMatchProfile } from '../profiles/match-profile';
import { compareTerms, SharedTopic, sharedTopic, Specificity } from '../topics/topic-evidence';
import { termLabel } from '../topics/topic-analysis';
import { badge, country, Language, list, OFFERING_LABELS, say, sector, sectors } from './labels';
import { offeringsNeeded } from './offering-terms';
import { SuggestionReasonCode } from './reason-code';

/**
 * Park → company: every feature's arithmetic and sentence, in one place. The in-memory ranker
 * (index/park-ranker.ts) scores candidates with `parkScore`, the page is explained with `explainParkFit`;
 * both call the same value functions below, so a suggestion's reasons add up to its score.
 *
 * Topic evidence first: what the park writes about itself (its descriptions, focus and wanted sectors, its
 * own requests) against what a company writes (its descriptions, offers and requests), through the same
 * analysis in every language (topics/). Sector, gap, ecosystem and intent place a company in the park's
 * industry; geography, membership, badges and resources order candidates within the same level of evidence.
 */

/** Weights of the park → company features (MATCH_WEIGHT_*), and the distance scale. */
export interface ParkWeights {
  topic: number;
  sector: number;
  gap: number;
  ecosystem: number;
  intent: number;
  geography: number;
  initiative: number;
  badges: number;
  resources: number;
  distanceScaleKm: number;
}

/** The park weights the configuration sets (MATCH_WEIGHT_*, MATCH_DISTANCE_SCALE_KM). */
export function parkWeights(config: AppConfig): ParkWeights {
  return {
    topic: config.MATCH_WEIGHT_TOPIC,
    sector: config.MATCH_WEIGHT_SECTOR,
    gap: config.MATCH_WEIGHT_GAP,
    ecosystem: config.MATCH_WEIGHT_ECOSYSTEM,
    intent: config.MATCH_WEIGHT_INTENT,
    geography: config.MATCH_WEIGHT_GEOGRAPHY,
    initiative: config.MATCH_WEIGHT_INITIATIVE,
    badges: config.MATCH_WEIGHT_BADGES,
    resources: config.MATCH_WEIGHT_RESOURCES,
    distanceScaleKm: config.MATCH_DISTANCE_SCALE_KM,
  };
}

export interface ScoredReason {
  code: SuggestionReasonCode;
  contribution: number;
  text: Localized;
}

/** ISIC Rev.4 divisions are two digits: 01 … 99. */
export const DIVISIONS = 100;

/** Bit of each park offering in a need or offering mask. */
export const OFFERING_BIT: Readonly<Record<ParkOffering, number>> = Object.fromEntries(Object.values(ParkOffering).map((offering, i) => [offering, 1 << i])) as Record<
  ParkOffering,
  number
>;

/** One live opportunity's wish to come to a place: a site, an investment, or just a market. */
interface IntentWish {
  kind: 'site' | 'investment' | 'targets';
  /** Named countries; empty: any country. */
  countries: readonly string[];
  /** Regions named in its texts (codes), which narrow the countries. */
  regions: readonly string[];
}

/** What park matching reads of a company, computed once when it enters the index. */
export interface CompanyFeatures {
  /** ISIC divisions as numbers, primary first. */
  divisions: Uint8Array;
  china: boolean;
  europe: boolean;
  member: boolean;
  /** The best badge value (BADGE_VALUE): 1, 0.6 or 0. */
  badge: number;
  wishes: readonly IntentWish[];
  /** Offerings it states it needs (OFFERING_BIT mask); 0 when it states none. */
  statedNeeds: number;
  /** Needs inferred from its requests and origin, when it states none: groups of offerings (OFFERING_BIT masks). */
  inferredNeeds: readonly number[];
  /** The most intent can be for any park (its strongest kind of wish), and the most resources can be: for bounds. */
  wishMax: number;
  resourcesMax: number;
}

/** What a badge adds: the initiative's distinctions fully, a 专精特新 SME partly. */
export const BADGE_VALUE: Readonly<Partial<Record<BadgeType, number>>> = {
  [BadgeType.HIDDEN_CHAMPION]: 1,
  [BadgeType.SINGLE_CHAMPION]: 1,
  [BadgeType.LITTLE_GIANT]: 1,
  [BadgeType.SRDI_SME]: 0.6,
};

const bits = (offerings: readonly ParkOffering[]) => offerings.reduce((mask, o) => mask | OFFERING_BIT[o], 0);

/** The offerings a company says it needs: its need keywords and its requests' texts, read through the park-services thesaurus. */
export function statedOfferings(c: CompanyMatchProfile): Set<ParkOffering> {
  return offeringsNeeded([...c.requests.keywords, ...c.requests.items.flatMap((o) => o.keywords)]);
}

export function companyFeatures(c: CompanyMatchProfile): CompanyFeatures {
  const wishes: IntentWish[] = [];
  for (const o of [...c.requests.items, ...c.offers.items]) {
    const kind = o.partnershipTypes.includes(PartnershipType.SITE_LOCALISATION) ? 'site' : o.partnershipTypes.includes(PartnershipType.INVESTMENT_JV) ? 'investment' : 'targets';
    if (kind === 'targets' && o.targetCountries.length === 0) continue;
    wishes.push({ kind, countries: o.targetCountries, regions: o.regions });
  }
  const china = c.country === CHINA;
  const europe = EUROPE.has(c.country);
  const stated = bits([...statedOfferings(c)]);
  const inferred: number[] = [];
  if (!stated) {
    const types = new Set(c.requests.items.map((o) => o.type));
    const all = [...c.requests.items, ...c.offers.items];
    if (types.has(OpportunityType.TECHNOLOGY_REQUEST) || types.has(OpportunityType.RD_COOPERATION_REQUEST)) inferred.push(bits([ParkOffering.TEST_LABS, ParkOffering.PILOT_LINES, ParkOffering.INCUBATOR]));
    if (all.some((o) => o.partnershipTypes.includes(PartnershipType.SITE_LOCALISATION))) inferred.push(bits([ParkOffering.INDUSTRIAL_LAND, ParkOffering.STANDARD_FACTORIES, ParkOffering.OFFICE_SPACE]));
    if (all.some((o) => o.partnershipTypes.includes(PartnershipType.INVESTMENT_JV))) inferred.push(bits([ParkOffering.INVESTMENT_FUND]));
  }
  return {
    divisions: Uint8Array.from(c.divisions.map(Number).filter((d) => d > 0 && d < DIVISIONS)),
    china,
    europe,
    member: c.initiativeMember,
    badge: c.badges.reduce((best, b) => Math.max(best, BADGE_VALUE[b] ?? 0), 0),
    wishes,
    statedNeeds: stated,
    inferredNeeds: inferred,
    wishMax: wishes.reduce((best, w) => Math.max(best, WISH_VALUE[w.kind].region), 0),
    // Every stated need met; or inferred ones (a share of at most 1 times their evidence of at most 1), a quarter.
    resourcesMax: stated ? needEvidence(countBits(stated)) : inferred.length || china || europe ? INFERRED_NEED_WEIGHT : 0,
  };
}

/** A park as matching reads it, prepared once per park and index version. */
export interface ParkContext {
  profile: ParkMatchProfile;
  weights: ParkWeights;
  /** Per ISIC division: 1 for a focus sector; for a related one the focus sector it relates to (+1); a declared gap. */
  focus: Uint8Array;
  related: Uint8Array;
  gap: Uint8Array;
  /** Per ISIC division: ecosystemFit's value for a company in it. */
  ecosystem: Float64Array;
  offered: number;
  china: boolean;
  europe: boolean;
  /** The park's topic terms that count as evidence (a positive specificity), most specific first, with their specificity when the context was made. */
  terms: { term: string; spec: number }[];
  termSpec: ReadonlyMap<string, number>;
}

/** The park's most specific terms that count (see parkContext). */
export const PARK_TERMS = 40;

/** How many ecosystem companies make a link count fully: 1 counts 0.33, 3 count 0.67, 8+ count 1. */
export function crowd(n: number): number {
  return Math.min(1, Math.log2(1 + n) / Math.log2(9));
}

const code2 = (d: number) => String(d).padStart(2, '0');

/** The best value-chain link from a division to the park's ecosystem: supplying it counts fully, buying from it 0.6. */
function ecosystemLink(division: string, p: ParkMatchProfile): { value: number; supplier: boolean; other: string; n: number } | null {
  let best: { value: number; supplier: boolean; other: string; n: number } | null = null;
  for (const link of customersOf(division)) {
    const n = p.ecosystem.get(link.customer) ?? 0;
    const value = link.strength * crowd(n);
    if (n > 0 && value > 0 && (!best || value > best.value)) best = { value, supplier: true, other: link.customer, n };
  }
  for (const link of suppliersOf(division)) {
    const n = p.ecosystem.get(link.supplier) ?? 0;
    const value = 0.6 * link.strength * crowd(n);
    if (n > 0 && value > 0 && (!best || value > best.value)) best = { value, supplier: false, other: link.supplier, n };
  }
  return best;
}

export function parkContext(p: ParkMatchProfile, weights: ParkWeights, specificity: Specificity): ParkContext {
  const focus = new Uint8Array(DIVISIONS);
  const related = new Uint8Array(DIVISIONS);
  const gap = new Uint8Array(DIVISIONS);
  const ecosystem = new Float64Array(DIVISIONS);
  for (const f of p.focusSectors) focus[Number(f)] = 1;
  for (const f of p.focusSectors) {
    for (const link of [...suppliersOf(f).map((l) => l.supplier), ...customersOf(f).map((l) => l.customer)]) if (!related[Number(link)]) related[Number(link)] = Number(f) + 1;
  }
  for (const g of p.gapSectors) gap[Number(g)] = 1;
  for (let d = 1; d < DIVISIONS; d++) ecosystem[d] = ecosystemLink(code2(d), p)?.value ?? 0;
  const terms = p.terms.map((term) => ({ term, spec: specificity(term) })).filter((t) => t.spec > 0);
  terms.sort(compareTerms);
  // The most specific terms carry the park's topics (a description in three languages has 30 to 60 terms; the rest are the least specific).
  terms.length = Math.min(terms.length, PARK_TERMS);
  const termSpec = new Map(terms.map((x) => [x.term, x.spec]));
  return { profile: p, weights, focus, related, gap, ecosystem, offered: bits(p.offerings), china: p.country === CHINA, europe: EUROPE.has(p.country), terms, termSpec };
}

// ---------------------------------------------------------------------------------------------
// Values: each feature's arithmetic, read by the ranker for every candidate and by the explanation.
// ---------------------------------------------------------------------------------------------

/** A focus sector as the primary division 1, as another 0.8; a division related to a focus sector by a value-chain link 0.4. */
export function sectorValue(f: CompanyFeatures, t: ParkContext): number {
  let value = 0;
  for (let k = 0; k < f.divisions.length; k++) {
    const d = f.divisions[k] as number;
    if (t.focus[d]) value = Math.max(value, k === 0 ? 1 : 0.8);
    else if (t.related[d]) value = Math.max(value, 0.4);
  }
  return value;
}

/** A declared gap as the primary division 1, as another 0.8. */
export function gapValue(f: CompanyFeatures, t: ParkContext): number {
  let value = 0;
  for (let k = 0; k < f.divisions.length; k++) if (t.gap[f.divisions[k] as number]) value = Math.max(value, k === 0 ? 1 : 0.8);
  return value;
}

export function ecosystemValue(f: CompanyFeatures, t: ParkContext): number {
  let value = 0;
  for (const d of f.divisions) value = Math.max(value, t.ecosystem[d] as number);
  return value;
}

/** Does a wish name the park's place: its country (explicitly, or openly any country), and a region that holds it? */
function wishFor(w: IntentWish, p: ParkMatchProfile): 'region' | 'explicit' | 'open' | 'elsewhere' | null {
  const regions = w.regions.map(namedRegion).filter((r): r is NonNullable<typeof r> => r !== undefined);
  if (regions.length) {
    const place = { country: p.country, region: p.region, latitude: p.latitude, longitude: p.longitude };
    if (regions.some((r) => regionContains(r, place))) return 'region';
    // It names places, none of them the park's: another region of the park's country, or another country.
    if (regions.some((r) => r.country === p.country) || w.countries.length === 0 || w.countries.includes(p.country)) return 'elsewhere';
  }
  if (w.countries.includes(p.country)) return 'explicit';
  return w.countries.length === 0 ? 'open' : null;
}

const WISH_VALUE = {
  site: { region: 1, explicit: 1, open: 0.6, elsewhere: 0.15 },
  investment: { region: 0.8, explicit: 0.8, open: 0.4, elsewhere: 0.1 },
  targets: { region: 0.6, explicit: 0.5, open: 0, elsewhere: 0 },
} as const;

/** The strongest wish toward the park and how it names the place; 0 without one. */
function bestWish(f: CompanyFeatures, p: ParkMatchProfile): { value: number; kind: IntentWish['kind']; how: 'region' | 'explicit' | 'open' | 'elsewhere'; wish: IntentWish } | null {
  let best: { value: number; kind: IntentWish['kind']; how: 'region' | 'explicit' | 'open' | 'elsewhere'; wish: IntentWish } | null = null;
  for (const w of f.wishes) {
    const how = wishFor(w, p);
    if (!how) continue;
    const value = WISH_VALUE[w.kind][how];
    if (value > 0 && (!best || value > best.value)) best = { value, kind: w.kind, how, wish: w };
  }
  return best;
}

/**
 * Intent: a site or localisation request aimed at the park's country (1, open to any country 0.6), investment or a
 * joint venture (0.8, open 0.4), any opportunity naming the country (0.5). A request that names the park's region
 * or city cluster (京津冀 for Beijing, Rhein-Main for Frankfurt) counts fully wherever the company is; one that names
 * other places counts little. Otherwise a company at home looks near home: its value × (0.3 + 0.7 e^(−km/scale)).
 */
export function intentValue(f: CompanyFeatures, c: CompanyMatchProfile, t: ParkContext): number {
  const best = bestWish(f, t.profile);
  if (!best) return 0;
  if (best.how === 'region' || c.country !== t.profile.country) return best.value;
  return best.value * (0.3 + 0.7 * Math.exp(-distanceKm(c.latitude, c.longitude, t.profile.latitude, t.profile.longitude) / t.weights.distanceScaleKm));
}

/** At home: proximity e^(−km/scale). From abroad: 1 when an opportunity names the park's country, 0.3 for a China ↔ Europe pair. */
export function geographyValue(f: CompanyFeatures, c: CompanyMatchProfile, t: ParkContext): number {
  const p = t.profile;
  if (c.country === p.country) {
    const near = Math.exp(-distanceKm(c.latitude, c.longitude, p.latitude, p.longitude) / t.weights.distanceScaleKm);
    return near < 0.02 ? 0 : near;
  }
  if (f.wishes.some((w) => w.countries.includes(p.country))) return 1;
  return (f.china && t.europe) || (f.europe && t.china) ? 0.3 : 0;
}

export function initiativeValue(f: CompanyFeatures, t: ParkContext): number {
  return f.member ? (t.profile.initiativeMember ? 1 : 0.5) : 0;
}

/** What a need inferred from a company's requests counts against a stated one: they mostly restate intent. */
export const INFERRED_NEED_WEIGHT = 0.25;

/** How much `met` needs met say, whatever their share: 1 − 2^−met (one 0.5, two 0.75, three 0.875). */
export function needEvidence(met: number): number {
  return 1 - 0.5 ** met;
}

function countBits(x: number): number {
  let n = 0;
  for (let v = x; v !== 0; v &= v - 1) n++;
  return n;
}

/** The service desk a company from abroad needs at the park: a China desk in Europe, a German desk in China. */
function deskNeeded(f: CompanyFeatures, t: ParkContext): number {
  return f.china && t.europe ? OFFERING_BIT[ParkOffering.CHINA_SERVICE_DESK] : f.europe && t.china ? OFFERING_BIT[ParkOffering.GERMAN_SERVICE_DESK] : 0;
}

/** The share of the company's needs the park meets, times the evidence of how many it meets; inferred needs count a quarter. */
export function resourcesValue(f: CompanyFeatures, t: ParkContext): number {
  if (f.statedNeeds) {
    const met = countBits(f.statedNeeds & t.offered);
    return met ? (met / countBits(f.statedNeeds)) * needEvidence(met) : 0;
  }
  const desk = deskNeeded(f, t);
  const needs = desk ? [...f.inferredNeeds, desk] : f.inferredNeeds;
  let met = 0;
  for (const group of needs) if (group & t.offered) met++;
  return met ? (met / needs.length) * needEvidence(met) * INFERRED_NEED_WEIGHT : 0;
}

/** The topic value from the company's terms against the park's, when not already counted by the ranker. */
export function topicOf(c: CompanyMatchProfile, t: ParkContext): SharedTopic {
  return sharedTopic([...c.offerTerms, ...c.requestTerms], t.termSpec, (term) => t.termSpec.get(term) ?? 0);
}

/** A feature adding less than this to the score is left out (and is no reason). */
export const MIN_CONTRIBUTION = 0.001;

const counted = (x: number) => (x >= MIN_CONTRIBUTION ? x : 0);

/** Each weighted part of a park fit, in the order they are summed. */
function parts(f: CompanyFeatures, c: CompanyMatchProfile, t: ParkContext, topic: number): number[] {
  const w = t.weights;
  return [
    w.topic * topic,
    w.sector * sectorValue(f, t),
    w.gap * gapValue(f, t),
    w.ecosystem * ecosystemValue(f, t),
    w.intent * intentValue(f, c, t),
    w.geography * geographyValue(f, c, t),
    w.initiative * initiativeValue(f, t),
    w.badges * f.badge,
    w.resources * resourcesValue(f, t),
  ];
}

/**
 * The score: the weighted features summed. A company needs evidence that it belongs to the park's industry (a
 * shared topic, sector, gap, ecosystem link or intent); geography, membership, badges and resources alone are
 * no reason to suggest it.
 */
export function parkScore(f: CompanyFeatures, c: CompanyMatchProfile, t: ParkContext, topic: number): number {
  const p = parts(f, c, t, topic);
  if (!(p[0]! > 0 || p[1]! > 0 || p[2]! > 0 || p[3]! > 0 || p[4]! > 0)) return 0;
  let score = 0;
  for (const x of p) score += counted(x);
  return looksElsewhere(f, t.profile) ? score * ELSEWHERE_FACTOR : score;
}

/**
 * A company whose every site or investment wish names other countries is settling elsewhere: its score is
 * multiplied by this. (A wish naming another region of the park's own country only counts little as intent:
 * where one region ends is less certain than a border.)
 */
export const ELSEWHERE_FACTOR = 0.6;

/** Every site or investment wish of the company names countries, none of them the park's (and it has at least one). */
export function looksElsewhere(f: CompanyFeatures, p: ParkMatchProfile): boolean {
  let any = false;
  for (const w of f.wishes) {
    if (w.kind === 'targets') continue;
    any = true;
    if (w.countries.length === 0 || w.countries.includes(p.country)) return false;
  }
  return any;
}

/** The most a company's score can be with this topic value: for bounds in the ranker (cheap: no distance, no regions). */
export function parkScoreBound(f: CompanyFeatures, t: ParkContext, topic: number): number {
  const w = t.weights;
  // Sector, gap and ecosystem exactly (table lookups); the rest at its most for any park (parkPotential).
  return w.topic * topic + w.sector * sectorValue(f, t) + w.gap * gapValue(f, t) + w.ecosystem * ecosystemValue(f, t) + parkPotential(f, w);
}

/**
 * The most intent, geography, membership, badges and resources can add to a company's score for any park: the
 * same for every park, so the index keeps its lists ordered by it and a ranking leaves a list where even this
 * cannot reach the bar.
 */
export function parkPotential(f: CompanyFeatures, w: ParkWeights): number {
  return w.intent * f.wishMax + w.geography + w.initiative * (f.member ? 1 : 0) + w.badges * f.badge + w.resources * f.resourcesMax;
}

// ---------------------------------------------------------------------------------------------
// Sentences: why, in the reader's language, for the few companies that are shown.
// ---------------------------------------------------------------------------------------------

function sectorText(f: CompanyFeatures, t: ParkContext): Localized {
  const shared = [...f.divisions].filter((d) => t.focus[d]).map(code2);
  if (shared.length) {
    return { zh: `业务属于园区重点产业：${sectors(shared, 'zh')}`, de: `Tätig in einer Schwerpunktbranche des Parks: ${sectors(shared, 'de')}`, en: `Works in a focus sector of the park: ${sectors(shared, 'en')}` };
  }
  const d = [...f.divisions].find((x) => t.related[x]) as number;
  const related = code2((t.related[d] as number) - 1);
  return {
    zh: `${sector(code2(d), 'zh')}与园区重点产业${sector(related, 'zh')}相关`,
    de: `${sector(code2(d), 'de')} ist verwandt mit dem Schwerpunkt ${sector(related, 'de')}`,
    en: `${sector(code2(d), 'en')} is related to the park's focus on ${sector(related, 'en')}`,
  };
}

function ecosystemText(f: CompanyFeatures, t: ParkContext): { code: SuggestionReasonCode; text: Localized } {
  let best: { value: number; own: string; link: NonNullable<ReturnType<typeof ecosystemLink>> } | null = null;
  for (const d of f.divisions) {
    const link = ecosystemLink(code2(d), t.profile);
    if (link && (!best || link.value > best.value)) best = { value: link.value, own: code2(d), link };
  }
  const { own, link } = best as { own: string; link: NonNullable<ReturnType<typeof ecosystemLink>> };
  const { other, n } = link;
  return link.supplier
    ? {
        code: SuggestionReasonCode.ECOSYSTEM_SUPPLIER,
        text: {
          zh: `可为园区周边 ${n} 家${sector(other, 'zh')}企业供应${sector(own, 'zh')}`,
          de: `Liefert ${sector(own, 'de')} an ${n} Unternehmen der Branche ${sector(other, 'de')} am Park`,
          en: `Supplies ${sector(own, 'en')} to ${n} ${n === 1 ? 'company' : 'companies'} in ${sector(other, 'en')} at the park`,
        },
      }
    : {
        code: SuggestionReasonCode.ECOSYSTEM_CUSTOMER,
        text: {
          zh: `可采购园区周边 ${n} 家${sector(other, 'zh')}企业的产品`,
          de: `Kauft bei ${n} Unternehmen der Branche ${sector(other, 'de')} am Park`,
          en: `Buys from ${n} ${n === 1 ? 'company' : 'companies'} in ${sector(other, 'en')} at the park`,
        },
      };
}

function intentText(f: CompanyFeatures, t: ParkContext): { code: SuggestionReasonCode; text: Localized } {
  const best = bestWish(f, t.profile) as NonNullable<ReturnType<typeof bestWish>>;
  const p = t.profile;
  const region = best.how === 'region' ? best.wish.regions.map(namedRegion).find((r) => r && regionContains(r, { country: p.country, region: p.region, latitude: p.latitude, longitude: p.longitude })) : undefined;
  const where = (l: Language) => (region ? regionLabel(region, l) : country(p.country, l));
  if (best.kind === 'site') return { code: SuggestionReasonCode.SITE_INTENT, text: { zh: `正在${where('zh')}寻找落地选址`, de: `Sucht einen Standort in ${where('de')}`, en: `Looks for a site in ${where('en')}` } };
  if (best.kind === 'investment') {
    return { code: SuggestionReasonCode.SITE_INTENT, text: { zh: `寻求在${where('zh')}投资或合资`, de: `Sucht Investition oder Joint Venture in ${where('de')}`, en: `Seeks investment or a joint venture in ${where('en')}` } };
  }
  return { code: SuggestionReasonCode.TARGETS_COUNTRY, text: { zh: `其合作需求面向${where('zh')}`, de: `Richtet seine Angebote und Gesuche auf ${where('de')}`, en: `Targets ${where('en')} with its offers and requests` } };
}

function geographyText(c: CompanyMatchProfile, f: CompanyFeatures, t: ParkContext): { code: SuggestionReasonCode; text: Localized } {
  const p = t.profile;
  if (c.country === p.country) {
    const km = Math.round(distanceKm(c.latitude, c.longitude, p.latitude, p.longitude));
    return { code: SuggestionReasonCode.PROXIMITY, text: { zh: `距园区约 ${km} 公里`, de: `Etwa ${km} km vom Park entfernt`, en: `About ${km} km from the park` } };
  }
  const from = (l: Language) => country(c.country, l);
  const to = (l: Language) => country(p.country, l);
  const aimed = f.wishes.some((w) => w.countries.includes(p.country));
  return {
    code: SuggestionReasonCode.CROSS_BORDER,
    text: aimed
      ? { zh: `来自${from('zh')}，希望拓展至${to('zh')}`, de: `Aus ${from('de')}, will nach ${to('de')} expandieren`, en: `From ${from('en')}, wants to expand to ${to('en')}` }
      : isSinoEuropean(c.country, p.country)
        ? { zh: `来自${from('zh')}：中欧合作正是倡议的目标`, de: `Aus ${from('de')}: chinesisch-europäische Kooperation ist das Ziel der Initiative`, en: `From ${from('en')}: Sino-European cooperation is the initiative's purpose` }
        : { zh: `来自${from('zh')}`, de: `Aus ${from('de')}`, en: `From ${from('en')}` },
  };
}

const INITIATIVE_TEXT = {
  both: { zh: '与园区同为中德（欧）产业合作新生态倡议成员', de: 'Wie der Park Mitglied der Initiative für ein neues Ökosystem der chinesisch-deutschen (europäischen) Industriekooperation', en: 'Like the park, a member of the new-ecology initiative for Sino-German (European) industrial cooperation' },
  company: { zh: '中德（欧）产业合作新生态倡议成员', de: 'Mitglied der Initiative für ein neues Ökosystem der chinesisch-deutschen (europäischen) Industriekooperation', en: 'Member of the new-ecology initiative for Sino-German (European) industrial cooperation' },
};

function resourcesText(f: CompanyFeatures, t: ParkContext): Localized {
  const needed = f.statedNeeds ? f.statedNeeds : [...f.inferredNeeds, deskNeeded(f, t)].reduce((m, g) => m | g, 0);
  const met = (Object.keys(OFFERING_BIT) as ParkOffering[]).filter((o) => OFFERING_BIT[o] & needed & t.offered);
  return say((l) => {
    const what = list(met.map((o) => OFFERING_LABELS[o][l] ?? OFFERING_LABELS[o].en ?? o), l);
    return { zh: `园区提供其所需：${what}`, de: `Der Park bietet, was es braucht: ${what}`, en: `The park offers what it needs: ${what}` }[l];
  });
}

/** The shared topics in a language, most specific first: a concept in the reader's language, a word as the company wrote it. */
export function topicWords(shared: readonly { term: string }[], l: Language, max = 3): string {
  return list(
    shared.slice(0, max).map((s) => termLabel(s.term, l)),
    l,
  );
}

function topicText(shared: SharedTopic): Localized {
  return say((l) => {
    const words = topicWords(shared.shared, l);
    return { zh: `与园区定位的主题相符：${words}`, de: `Passt zu den Themen des Parks: ${words}`, en: `Matches the park's topics: ${words}` }[l];
  });
}

const round = (x: number) => Math.round(x * 1000) / 1000;

/**
 * The score with its reasons, largest first, each with its share of the score.
 */
export function explainParkFit(f: CompanyFeatures, c: CompanyMatchProfile, t: ParkContext): { score: number; reasons: ScoredReason[] } {
  const topic = topicOf(c, t);
  const score = parkScore(f, c, t, topic.value);
  if (score === 0) return { score: 0, reasons: [] };
  const p = parts(f, c, t, topic.value);
  const sectorIsFocus = [...f.divisions].some((d) => t.focus[d]);
  const reasons: ScoredReason[] = [];
  const add = (x: number, code: SuggestionReasonCode, text: () => Localized) => {
    if (x >= MIN_CONTRIBUTION) reasons.push({ code, contribution: x, text: text() });
  };
  add(p[0]!, SuggestionReasonCode.SHARED_TOPICS, () => topicText(topic));
  add(p[1]!, sectorIsFocus ? SuggestionReasonCode.SECTOR_FIT : SuggestionReasonCode.RELATED_SECTOR, () => sectorText(f, t));
  add(p[2]!, SuggestionReasonCode.FILLS_GAP, () => {
    const filled = [...f.divisions].filter((d) => t.gap[d]).map(code2);
    return { zh: `填补园区提出的产业缺口：${sectors(filled, 'zh')}`, de: `Füllt eine Lücke, die der Park sucht: ${sectors(filled, 'de')}`, en: `Fills a gap the park declared: ${sectors(filled, 'en')}` };
  });
  if (p[3]! >= MIN_CONTRIBUTION) {
    const e = ecosystemText(f, t);
    reasons.push({ code: e.code, contribution: p[3]!, text: e.text });
  }
  if (p[4]! >= MIN_CONTRIBUTION) {
    const e = intentText(f, t);
    reasons.push({ code: e.code, contribution: p[4]!, text: e.text });
  }
  if (p[5]! >= MIN_CONTRIBUTION) {
    const e = geographyText(c, f, t);
    reasons.push({ code: e.code, contribution: p[5]!, text: e.text });
  }
  add(p[6]!, SuggestionReasonCode.INITIATIVE_MEMBER, () => (t.profile.initiativeMember ? INITIATIVE_TEXT.both : INITIATIVE_TEXT.company));
  add(p[7]!, SuggestionReasonCode.BADGE, () => {
    const ranked = c.badges.filter((b) => BADGE_VALUE[b]).sort((a, b) => (BADGE_VALUE[b] ?? 0) - (BADGE_VALUE[a] ?? 0));
    return say((l) => list(ranked.map((b) => badge(b, l)), l));
  });
  add(p[8]!, SuggestionReasonCode.RESOURCES_MATCH, () => resourcesText(f, t));
  if (looksElsewhere(f, t.profile)) {
    const before = reasons.reduce((sum, r) => sum + r.contribution, 0);
    reasons.push({
      code: SuggestionReasonCode.SITE_ELSEWHERE,
      contribution: score - before,
      text: { zh: '其选址或投资需求指向其他国家', de: 'Sucht einen Standort oder eine Investition in anderen Ländern', en: 'Looks for a site or an investment in other countries' },
    });
  }
  reasons.sort((a, b) => b.contribution - a.contribution);
  return { score, reasons: reasons.map((r) => ({ ...r, contribution: round(r.contribution) })) };
}
