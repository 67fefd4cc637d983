import type { Localized } from '@hc/core';
import { BadgeType } from '@hc/companies';
import { OpportunityType, PartnershipType } from '@hc/opportunities';
import { ParkOffering } from '@hc/parks';
import { customersOf, suppliersOf } from '@hc/taxonomy';
import { CHINA, CompanyMatchProfile, distanceKm, EUROPE, isSinoEuropean, OpportunitySignal, ParkMatchProfile } from '../profiles/match-profile';
import { badge, country, OFFERING_LABELS, say, sector, sectors } from './labels';
import { offeringsNeeded } from './offering-terms';
import { SuggestionReasonCode } from './reason-code';

/** Weights of the park → company features (MATCH_WEIGHT_*), and the two distances. */
export interface ParkWeights {
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

/** One named feature's value in 0..1 and, when it counts, the sentence that explains it. */
export interface FeatureValue {
  code: SuggestionReasonCode;
  value: number;
  text: Localized;
}

const NONE = null;

/** How many ecosystem companies make a link count fully: 1 counts 0.33, 3 count 0.67, 8+ count 1. */
export function crowd(n: number): number {
  return Math.min(1, Math.log2(1 + n) / Math.log2(9));
}

/** Company divisions that are park focus sectors (primary 1, another 0.8), or related to one by a value-chain link (0.4). */
export function sectorFit(c: CompanyMatchProfile, p: ParkMatchProfile): FeatureValue | null {
  const focus = new Set(p.focusSectors);
  const shared = c.divisions.filter((d) => focus.has(d));
  if (shared.length) {
    return {
      code: SuggestionReasonCode.SECTOR_FIT,
      value: focus.has(c.divisions[0]) ? 1 : 0.8,
      text: { zh: `业务属于园区重点产业：${sectors(shared, 'zh')}`, de: `Tätig in einer Schwerpunktbranche des Parks: ${sectors(shared, 'de')}`, en: `Works in a focus sector of the park: ${sectors(shared, 'en')}` },
    };
  }
  for (const d of c.divisions) {
    const related = p.focusSectors.find((f) => suppliersOf(f).some((l) => l.supplier === d) || customersOf(f).some((l) => l.customer === d));
    if (related) {
      return {
        code: SuggestionReasonCode.RELATED_SECTOR,
        value: 0.4,
        text: {
          zh: `${sector(d, 'zh')}与园区重点产业${sector(related, 'zh')}相关`,
          de: `${sector(d, 'de')} ist verwandt mit dem Schwerpunkt ${sector(related, 'de')}`,
          en: `${sector(d, 'en')} is related to the park's focus on ${sector(related, 'en')}`,
        },
      };
    }
  }
  return NONE;
}

/** Fills a gap the park declared (gapSectors). */
export function fillsGap(c: CompanyMatchProfile, p: ParkMatchProfile): FeatureValue | null {
  const gaps = new Set(p.gapSectors);
  const filled = c.divisions.filter((d) => gaps.has(d));
  if (!filled.length) return NONE;
  return {
    code: SuggestionReasonCode.FILLS_GAP,
    value: gaps.has(c.divisions[0]) ? 1 : 0.8,
    text: { zh: `填补园区提出的产业缺口：${sectors(filled, 'zh')}`, de: `Füllt eine Lücke, die der Park sucht: ${sectors(filled, 'de')}`, en: `Fills a gap the park declared: ${sectors(filled, 'en')}` },
  };
}

/**
 * Value-chain adjacency to the companies already near the park: the company supplies (or buys from)
 * the divisions present there. The strongest link counts, weighted by how many companies it reaches.
 */
export function ecosystemFit(c: CompanyMatchProfile, p: ParkMatchProfile): FeatureValue | null {
  let best: { value: number; supplier: boolean; own: string; other: string; n: number } | null = null;
  for (const d of c.divisions) {
    for (const link of customersOf(d)) {
      const n = p.ecosystem.get(link.customer) ?? 0;
      const value = link.strength * crowd(n);
      if (n > 0 && (!best || value > best.value)) best = { value, supplier: true, own: d, other: link.customer, n };
    }
    for (const link of suppliersOf(d)) {
      const n = p.ecosystem.get(link.supplier) ?? 0;
      const value = 0.6 * link.strength * crowd(n);
      if (n > 0 && (!best || value > best.value)) best = { value, supplier: false, own: d, other: link.supplier, n };
    }
  }
  if (!best || best.value <= 0) return NONE;
  const { own, other, n } = best;
  return best.supplier
    ? {
        code: SuggestionReasonCode.ECOSYSTEM_SUPPLIER,
        value: best.value,
        text: {
          zh: `可为园区周边 ${n} 家${sector(other, 'zh')}企业供应${sector(own, 'zh')}`,
          de: `Liefert ${sector(own, 'de')} an ${n} ${n === 1 ? 'Unternehmen' : 'Unternehmen'} der Branche ${sector(other, 'de')} am Park`,
          en: `Supplies ${sector(own, 'en')} to ${n} ${n === 1 ? 'company' : 'companies'} in ${sector(other, 'en')} at the park`,
        },
      }
    : {
        code: SuggestionReasonCode.ECOSYSTEM_CUSTOMER,
        value: best.value,
        text: {
          zh: `可采购园区周边 ${n} 家${sector(other, 'zh')}企业的产品`,
          de: `Kauft bei ${n} Unternehmen der Branche ${sector(other, 'de')} am Park`,
          en: `Buys from ${n} ${n === 1 ? 'company' : 'companies'} in ${sector(other, 'en')} at the park`,
        },
      };
}

function targets(o: OpportunitySignal, countryCode: string): 'explicit' | 'open' | null {
  if (o.targetCountries.includes(countryCode)) return 'explicit';
  return o.targetCountries.length === 0 ? 'open' : null;
}

/** Requests (or offers) for a site or localisation, or investment / a joint venture, toward the park's country. */
export function intentFit(c: CompanyMatchProfile, p: ParkMatchProfile, scaleKm = 100): FeatureValue | null {
  let best: { value: number; kind: 'site' | 'investment' | 'targets' } | null = null;
  const consider = (value: number, kind: 'site' | 'investment' | 'targets') => {
    if (!best || value > best.value) best = { value, kind };
  };
  for (const o of [...c.requests.items, ...c.offers.items]) {
    const t = targets(o, p.country);
    if (!t) continue;
    if (o.partnershipTypes.includes(PartnershipType.SITE_LOCALISATION)) consider(t === 'explicit' ? 1 : 0.6, 'site');
    if (o.partnershipTypes.includes(PartnershipType.INVESTMENT_JV)) consider(t === 'explicit' ? 0.8 : 0.4, 'investment');
    if (t === 'explicit') consider(0.5, 'targets');
  }
  const found = best as { value: number; kind: 'site' | 'investment' | 'targets' } | null;
  if (!found) return NONE;
  // A company expanding at home looks near home: its wish counts fully close by and less with distance.
  if (c.country === p.country) found.value *= 0.3 + 0.7 * Math.exp(-distanceKm(c.latitude, c.longitude, p.latitude, p.longitude) / scaleKm);
  const where = (l: 'zh' | 'de' | 'en') => country(p.country, l);
  const text =
    found.kind === 'site'
      ? { zh: `正在${where('zh')}寻找落地选址`, de: `Sucht einen Standort in ${where('de')}`, en: `Looks for a site in ${where('en')}` }
      : found.kind === 'investment'
        ? { zh: `寻求在${where('zh')}投资或合资`, de: `Sucht Investition oder Joint Venture in ${where('de')}`, en: `Seeks investment or a joint venture in ${where('en')}` }
        : { zh: `其合作需求面向${where('zh')}`, de: `Richtet seine Angebote und Gesuche auf ${where('de')}`, en: `Targets ${where('en')} with its offers and requests` };
  return { code: found.kind === 'targets' ? SuggestionReasonCode.TARGETS_COUNTRY : SuggestionReasonCode.SITE_INTENT, value: found.value, text };
}

/** At home: proximity. Abroad: the wish to come (opportunities aimed at the park's country), or a Sino-European pair. */
export function geographyFit(c: CompanyMatchProfile, p: ParkMatchProfile, w: ParkWeights): FeatureValue | null {
  if (c.country === p.country) {
    const km = distanceKm(c.latitude, c.longitude, p.latitude, p.longitude);
    const value = Math.exp(-km / w.distanceScaleKm);
    if (value < 0.02) return NONE;
    const rounded = Math.round(km);
    return { code: SuggestionReasonCode.PROXIMITY, value, text: { zh: `距园区约 ${rounded} 公里`, de: `Etwa ${rounded} km vom Park entfernt`, en: `About ${rounded} km from the park` } };
  }
  const aimed = [...c.requests.items, ...c.offers.items].some((o) => o.targetCountries.includes(p.country));
  const sinoEuropean = isSinoEuropean(c.country, p.country);
  if (!aimed && !sinoEuropean) return NONE;
  const from = (l: 'zh' | 'de' | 'en') => country(c.country, l);
  const to = (l: 'zh' | 'de' | 'en') => country(p.country, l);
  return {
    code: SuggestionReasonCode.CROSS_BORDER,
    value: aimed ? 1 : 0.3,
    text: aimed
      ? { zh: `来自${from('zh')}，希望拓展至${to('zh')}`, de: `Aus ${from('de')}, will nach ${to('de')} expandieren`, en: `From ${from('en')}, wants to expand to ${to('en')}` }
      : { zh: `来自${from('zh')}：中欧合作正是倡议的目标`, de: `Aus ${from('de')}: chinesisch-europäische Kooperation ist das Ziel der Initiative`, en: `From ${from('en')}: Sino-European cooperation is the initiative's purpose` },
  };
}

export function initiativeFit(c: CompanyMatchProfile, p: ParkMatchProfile): FeatureValue | null {
  if (!c.initiativeMember) return NONE;
  return {
    code: SuggestionReasonCode.INITIATIVE_MEMBER,
    value: p.initiativeMember ? 1 : 0.5,
    text: p.initiativeMember
      ? { zh: '与园区同为中德（欧）产业合作新生态倡议成员', de: 'Wie der Park Mitglied der Initiative für ein neues Ökosystem der chinesisch-deutschen (europäischen) Industriekooperation', en: 'Like the park, a member of the new-ecology initiative for Sino-German (European) industrial cooperation' }
      : { zh: '中德（欧）产业合作新生态倡议成员', de: 'Mitglied der Initiative für ein neues Ökosystem der chinesisch-deutschen (europäischen) Industriekooperation', en: 'Member of the new-ecology initiative for Sino-German (European) industrial cooperation' },
  };
}

/** What a badge adds to badgeFit: the initiative's distinctions fully, a 专精特新 SME partly. */
export const BADGE_VALUE: Readonly<Partial<Record<BadgeType, number>>> = {
  [BadgeType.HIDDEN_CHAMPION]: 1,
  [BadgeType.SINGLE_CHAMPION]: 1,
  [BadgeType.LITTLE_GIANT]: 1,
  [BadgeType.SRDI_SME]: 0.6,
};

export function badgeFit(c: CompanyMatchProfile): FeatureValue | null {
  const ranked = [...c.badges].filter((b) => BADGE_VALUE[b]).sort((a, b) => (BADGE_VALUE[b] ?? 0) - (BADGE_VALUE[a] ?? 0));
  if (!ranked.length) return NONE;
  return { code: SuggestionReasonCode.BADGE, value: BADGE_VALUE[ranked[0]] ?? 0, text: say((l) => ranked.map((b) => badge(b, l)).join(l === 'zh' ? '、' : ', ')) };
}

const stated = new WeakMap<CompanyMatchProfile, ReadonlySet<ParkOffering>>();

/** The offerings a company says it needs (its need keywords and its requests' keywords), read once per profile. */
export function statedOfferings(c: CompanyMatchProfile): ReadonlySet<ParkOffering> {
  let offerings = stated.get(c);
  if (!offerings) stated.set(c, (offerings = offeringsNeeded([...c.requests.keywordConcepts, ...c.requests.items.flatMap((o) => [...o.concepts])])));
  return offerings;
}

/**
 * What the company will need from a park: each need a group of offerings, any one of which serves it.
 * Explicit needs come from its need keywords and its requests' keywords ("Prüflabor", "标准厂房");
 * implicit ones from its requests (research wants labs, a site request wants land or buildings) and its
 * origin (a service desk in its language).
 */
export function needsOf(c: CompanyMatchProfile, p: ParkMatchProfile): { needs: ParkOffering[][]; stated: boolean } {
  const needs: ParkOffering[][] = [];
  const all = [...c.requests.items, ...c.offers.items];
  const explicit = statedOfferings(c);
  // When a company says what it needs, that is what counts; its requests and origin only stand in when it says nothing.
  if (explicit.size) return { needs: [...explicit].map((offering) => [offering]), stated: true };
  const types = new Set(c.requests.items.map((o) => o.type));
  const add = (group: ParkOffering[]) => needs.push(group);
  if (types.has(OpportunityType.TECHNOLOGY_REQUEST) || types.has(OpportunityType.RD_COOPERATION_REQUEST)) add([ParkOffering.TEST_LABS, ParkOffering.PILOT_LINES, ParkOffering.INCUBATOR]);
  if (all.some((o) => o.partnershipTypes.includes(PartnershipType.SITE_LOCALISATION))) add([ParkOffering.INDUSTRIAL_LAND, ParkOffering.STANDARD_FACTORIES, ParkOffering.OFFICE_SPACE]);
  if (all.some((o) => o.partnershipTypes.includes(PartnershipType.INVESTMENT_JV))) add([ParkOffering.INVESTMENT_FUND]);
  if (c.country === CHINA && EUROPE.has(p.country)) add([ParkOffering.CHINA_SERVICE_DESK]);
  if (EUROPE.has(c.country) && p.country === CHINA) add([ParkOffering.GERMAN_SERVICE_DESK]);
  return { needs, stated: false };
}

/**
 * What a need inferred from a company's requests and origin counts against a stated one. Inferred needs
 * mostly restate its intent (a site request needs land, which nearly every park offers) and origin (a
 * service desk), which intent and geography already count, so they count a quarter.
 */
export const INFERRED_NEED_WEIGHT = 0.25;

/**
 * How much `met` needs met say, whatever their share: 1 − 2^−met (one 0.5, two 0.75, three 0.875). A
 * company that names three things the park offers is a more concrete lead than one that names one.
 */
export function needEvidence(met: number): number {
  return 1 - 0.5 ** met;
}

/**
 * The park's offerings against what the company needs: the share of its needs the park meets, times the
 * evidence of how many it meets (needEvidence).
 */
export function resourcesFit(c: CompanyMatchProfile, p: ParkMatchProfile): FeatureValue | null {
  const { needs, stated } = needsOf(c, p);
  if (!needs.length) return NONE;
  const offered = new Set(p.offerings);
  const met = needs.map((group) => group.find((o) => offered.has(o))).filter((o): o is ParkOffering => o !== undefined);
  if (!met.length) return NONE;
  return {
    code: SuggestionReasonCode.RESOURCES_MATCH,
    // Needs the company stated count fully; needs inferred from its requests and origin are a guess and count INFERRED_NEED_WEIGHT.
    value: (met.length / needs.length) * needEvidence(met.length) * (stated ? 1 : INFERRED_NEED_WEIGHT),
    text: {
      zh: `园区提供其所需：${met.map((o) => OFFERING_LABELS[o].zh).join('、')}`,
      de: `Der Park bietet, was es braucht: ${met.map((o) => OFFERING_LABELS[o].de).join(', ')}`,
      en: `The park offers what it needs: ${met.map((o) => OFFERING_LABELS[o].en).join(', ')}`,
    },
  };
}

export interface ScoredReason {
  code: SuggestionReasonCode;
  contribution: number;
  text: Localized;
}

const round = (x: number) => Math.round(x * 1000) / 1000;

/** A feature adding less than this to the score is left out (and is no reason). */
export const MIN_CONTRIBUTION = 0.001;

/** Every feature, weighted: the score is their sum and each feature that adds something is a reason, largest first. */
export function scoreParkFit(c: CompanyMatchProfile, p: ParkMatchProfile, w: ParkWeights): { score: number; reasons: ScoredReason[] } {
  const features: [number, FeatureValue | null][] = [
    [w.sector, sectorFit(c, p)],
    [w.gap, fillsGap(c, p)],
    [w.ecosystem, ecosystemFit(c, p)],
    [w.intent, intentFit(c, p, w.distanceScaleKm)],
    [w.geography, geographyFit(c, p, w)],
    [w.initiative, initiativeFit(c, p)],
    [w.badges, badgeFit(c)],
    [w.resources, resourcesFit(c, p)],
  ];
  // Geography, membership, badges and resources rank companies that fit; on their own they are no reason to suggest one.
  const substantive = features.slice(0, 4).some(([weight, f]) => f !== null && weight * f.value > 0);
  if (!substantive) return { score: 0, reasons: [] };
  const reasons = features
    .filter((f): f is [number, FeatureValue] => f[1] !== null && f[0] * f[1].value >= MIN_CONTRIBUTION)
    .map(([weight, f]) => ({ code: f.code, contribution: weight * f.value, text: f.text }));
  // Summed in the features' order, as the in-memory ranker (index/park-ranker.ts) sums them: the same score to the last bit.
  const score = reasons.reduce((s, r) => s + r.contribution, 0);
  reasons.sort((a, b) => b.contribution - a.contribution);
  return { score, reasons: reasons.map((r) => ({ ...r, contribution: round(r.contribution) })) };
}
