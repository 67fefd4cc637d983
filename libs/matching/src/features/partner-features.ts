import type { Localized } from '@hc/core';
import { OpportunityType, PartnershipType } from '@hc/opportunities';
import { customersOf } from '@hc/taxonomy';
import { conceptLabel, sharedConcepts } from '../profiles/concepts';
import { CompanyMatchProfile, isSinoEuropean, OpportunitySignal } from '../profiles/match-profile';
import { country, partnership, say, sector } from './labels';
import { ScoredReason } from './park-features';
import { SuggestionReasonCode } from './reason-code';

/** How a request type is served: an offer of the complementary type (1), or, for R&D, a partner with the same request. */
const SERVES: Record<OpportunityType, Partial<Record<OpportunityType, number>>> = {
  [OpportunityType.BUSINESS_REQUEST]: { [OpportunityType.BUSINESS_OFFER]: 1 },
  [OpportunityType.TECHNOLOGY_REQUEST]: { [OpportunityType.TECHNOLOGY_OFFER]: 1 },
  [OpportunityType.RD_COOPERATION_REQUEST]: { [OpportunityType.TECHNOLOGY_OFFER]: 0.7, [OpportunityType.RD_COOPERATION_REQUEST]: 1 },
  [OpportunityType.BUSINESS_OFFER]: {},
  [OpportunityType.TECHNOLOGY_OFFER]: {},
};

/** Weights inside one direction: opportunities that meet, the value chain, free keywords. */
export const DIRECTION_WEIGHTS = { opportunity: 0.55, valueChain: 0.3, keywords: 0.15 } as const;

/**
 * How specific a concept is, from 0 (every company names it) to 1 (hardly any does): a shared topic counts
 * by it, so "bipolar plate" on both sides says more than "machinery" or "chemicals", which thousands of
 * companies write as their market.
 */
export type Specificity = (concept: string) => number;

/**
 * Companies a platform is assumed to have before its own counts say anything: with few companies, every
 * concept is named by few of them, and none counts as general.
 */
export const SPECIFICITY_PRIOR_COMPANIES = 1000;

/**
 * The specificity of a concept that `named` of `companies` write (in their offers, needs or live opportunities):
 * its inverse document frequency ln(n / (named + 1)) over the largest possible, ln(n), with n = companies plus
 * the prior. Of 90,000 companies, a concept 3 of them name counts about 0.9, 300 about 0.5, 20,000 about 0.13.
 */
export function conceptSpecificity(named: number, companies: number): number {
  const n = companies + SPECIFICITY_PRIOR_COMPANIES;
  return Math.min(1, Math.max(0, Math.log(n / (named + 1)) / Math.log(n)));
}

/** The weight of a shared concept: its specificity, times `freeKeyword` for a free keyword (`w:`) rather than a glossary concept. */
function conceptWeight(concept: string, specificity: Specificity, freeKeyword: number): number {
  return (concept.startsWith('g:') ? 1 : freeKeyword) * specificity(concept);
}

/** The best weight among shared concepts, and the concepts most specific first (for the reason's words). */
function topicOf(shared: readonly string[], specificity: Specificity, freeKeyword: number): { value: number; concepts: string[] } {
  const weighted = shared.map((c) => ({ c, w: conceptWeight(c, specificity, freeKeyword) })).sort((x, y) => y.w - x.w);
  return { value: weighted[0]?.w ?? 0, concepts: weighted.map((x) => x.c) };
}

interface Part {
  code: SuggestionReasonCode;
  value: number;
  text: Localized;
  /** For value-chain parts: the link, so the other side's view can be told. */
  link?: { supplier: string; customer: string };
}

function valueChainText(otherSupplies: boolean, supplier: string, customer: string): Localized {
  return otherSupplies
    ? { zh: `上游供应商：${sector(supplier, 'zh')}供应${sector(customer, 'zh')}`, de: `Zulieferer: ${sector(supplier, 'de')} beliefert ${sector(customer, 'de')}`, en: `Upstream supplier: ${sector(supplier, 'en')} supplies ${sector(customer, 'en')}` }
    : { zh: `下游客户：${sector(customer, 'zh')}采购${sector(supplier, 'zh')}`, de: `Abnehmer: ${sector(customer, 'de')} kauft ${sector(supplier, 'de')}`, en: `Downstream customer: ${sector(customer, 'en')} buys ${sector(supplier, 'en')}` };
}

export interface DirectionalFit {
  /** 0..1: how well the other company serves this one. */
  score: number;
  parts: { weight: number; part: Part }[];
}

const opportunityTopic = (shared: string[], l: 'zh' | 'de' | 'en') => shared.slice(0, 2).map((c) => conceptLabel(c, l)).join(l === 'zh' ? '、' : ', ');

/**
 * The best pair of one request of `a` and one offer (or R&D request) of `b`: type, partnership, topic, country
 * and size must agree. The topic counts by the specificity of the best shared concept.
 */
function opportunityFit(a: CompanyMatchProfile, b: CompanyMatchProfile, specificity: Specificity): Part | null {
  let best: { value: number; request: OpportunitySignal; shared: string[]; types: PartnershipType[] } | null = null;
  const candidates = [...b.offers.items, ...b.requests.items.filter((o) => o.type === OpportunityType.RD_COOPERATION_REQUEST)];
  for (const request of a.requests.items) {
    for (const offer of candidates) {
      const typeFit = SERVES[request.type][offer.type] ?? 0;
      if (!typeFit) continue;
      const types = request.partnershipTypes.filter((t) => offer.partnershipTypes.includes(t));
      const { value: topic, concepts: shared } = topicOf(sharedConcepts(request.concepts, offer.concepts), specificity, 0.7);
      const countryFit =
        (request.targetCountries.length === 0 || request.targetCountries.includes(b.country)) && (offer.targetCountries.length === 0 || offer.targetCountries.includes(a.country)) ? 1 : 0;
      const sizeFit = request.partnerSizes.length === 0 || (b.sizeBand !== null && request.partnerSizes.includes(b.sizeBand)) ? 1 : 0.5;
      const value = typeFit * sizeFit * (0.25 + 0.2 * (types.length ? 1 : 0) + 0.4 * topic + 0.15 * countryFit);
      if (!best || value > best.value) best = { value, request, shared, types };
    }
  }
  if (!best) return null;
  const { shared, types } = best;
  const how = (l: 'zh' | 'de' | 'en') => (types.length ? types.map((t) => partnership(t, l)).join(l === 'zh' ? '、' : ', ') : '');
  return {
    code: SuggestionReasonCode.OFFER_MEETS_REQUEST,
    value: best.value,
    text: say((l) => {
      const topic = shared.length ? opportunityTopic(shared, l) : '';
      return {
        zh: `其供给满足需求${topic ? `：${topic}` : ''}${how(l) ? `（${how(l)}）` : ''}`,
        de: `Sein Angebot trifft ein Gesuch${topic ? `: ${topic}` : ''}${how(l) ? ` (${how(l)})` : ''}`,
        en: `Its offer meets a request${topic ? `: ${topic}` : ''}${how(l) ? ` (${how(l)})` : ''}`,
      }[l];
    }),
  };
}

/** `b` supplies what `a` makes from (upstream), or buys what `a` makes (downstream). */
function valueChainFit(a: CompanyMatchProfile, b: CompanyMatchProfile): Part | null {
  let best: { value: number; supplier: string; customer: string; bSupplies: boolean } | null = null;
  const bDivisions = new Set(b.divisions);
  const aDivisions = new Set(a.divisions);
  for (const d of b.divisions) {
    for (const link of customersOf(d)) {
      if (aDivisions.has(link.customer) && (!best || link.strength > best.value)) best = { value: link.strength, supplier: d, customer: link.customer, bSupplies: true };
    }
  }
  for (const d of a.divisions) {
    for (const link of customersOf(d)) {
      const value = 0.8 * link.strength;
      if (bDivisions.has(link.customer) && (!best || value > best.value)) best = { value, supplier: d, customer: link.customer, bSupplies: false };
    }
  }
  if (!best) return null;
  const { supplier, customer } = best;
  return {
    code: best.bSupplies ? SuggestionReasonCode.SUPPLIES_YOU : SuggestionReasonCode.BUYS_FROM_YOU,
    value: best.value,
    text: valueChainText(best.bSupplies, supplier, customer),
    link: { supplier, customer },
  };
}

/** The free keywords of what `a` needs against what `b` offers, by the specificity of the best shared concept. */
function keywordFit(a: CompanyMatchProfile, b: CompanyMatchProfile, specificity: Specificity): Part | null {
  const offered = new Set([...b.offers.keywordConcepts, ...b.offers.items.flatMap((o) => [...o.concepts])]);
  const { value, concepts: shared } = topicOf(sharedConcepts(a.requests.keywordConcepts, offered), specificity, 0.6);
  if (!shared.length) return null;
  return {
    code: SuggestionReasonCode.SHARED_KEYWORDS,
    value,
    text: { zh: `提供其所寻：${opportunityTopic(shared, 'zh')}`, de: `Bietet, was gesucht wird: ${opportunityTopic(shared, 'de')}`, en: `Offers what is sought: ${opportunityTopic(shared, 'en')}` },
  };
}

/** How well `b` serves `a`, in 0..1, with the parts that explain it. */
export function directionalFit(a: CompanyMatchProfile, b: CompanyMatchProfile, specificity: Specificity): DirectionalFit {
  const all: { weight: number; part: Part | null }[] = [
    { weight: DIRECTION_WEIGHTS.opportunity, part: opportunityFit(a, b, specificity) },
    { weight: DIRECTION_WEIGHTS.valueChain, part: valueChainFit(a, b) },
    { weight: DIRECTION_WEIGHTS.keywords, part: keywordFit(a, b, specificity) },
  ];
  const parts = all.filter((p): p is { weight: number; part: Part } => p.part !== null && p.part.value > 0);
  return { score: parts.reduce((s, p) => s + p.weight * p.part.value, 0), parts };
}

/** Harmonic mean: high only when both directions fit; 0 when either does not. */
export function harmonicMean(x: number, y: number): number {
  return x > 0 && y > 0 ? (2 * x * y) / (x + y) : 0;
}

const round = (x: number) => Math.round(x * 1000) / 1000;

/**
 * Reciprocal fit of `you` and `them`: the harmonic mean of both directions, times (1 + boost) for a
 * China ↔ Europe pair. Reasons come from both directions ("Its offer meets your request", "Your offer
 * meets its request"), each with its share of the score.
 */
export function scorePartnerFit(
  you: CompanyMatchProfile,
  them: CompanyMatchProfile,
  crossBorderBoost: number,
  specificity: Specificity,
): { score: number; forYou: number; forThem: number; reasons: ScoredReason[] } {
  const forYou = directionalFit(you, them, specificity);
  const forThem = directionalFit(them, you, specificity);
  const base = harmonicMean(forYou.score, forThem.score);
  if (base === 0) return { score: 0, forYou: forYou.score, forThem: forThem.score, reasons: [] };
  const sinoEuropean = isSinoEuropean(you.country, them.country);
  const score = base * (sinoEuropean ? 1 + crossBorderBoost : 1);
  const total = forYou.score + forThem.score;
  const reasons: ScoredReason[] = forYou.parts.map(({ weight, part }) => ({ code: part.code, contribution: (base * weight * part.value) / total, text: part.text }));
  for (const { weight, part } of forThem.parts) {
    const contribution = (base * weight * part.value) / total;
    const code = mirror(part.code);
    // The same supply link seen from both sides is one reason.
    const same = part.link ? reasons.find((r) => r.code === code) : undefined;
    if (same) same.contribution += contribution;
    else reasons.push({ code, contribution, text: part.link ? valueChainText(code === SuggestionReasonCode.SUPPLIES_YOU, part.link.supplier, part.link.customer) : mirrorText(part) });
  }
  if (sinoEuropean) {
    reasons.push({
      code: SuggestionReasonCode.SINO_EUROPEAN,
      contribution: score - base,
      text: { zh: `中欧跨境合作：${country(you.country, 'zh')}与${country(them.country, 'zh')}`, de: `Chinesisch-europäisches Paar: ${country(you.country, 'de')} und ${country(them.country, 'de')}`, en: `A Sino-European pair: ${country(you.country, 'en')} and ${country(them.country, 'en')}` },
    });
  }
  reasons.sort((a, b) => b.contribution - a.contribution);
  return { score, forYou: forYou.score, forThem: forThem.score, reasons: reasons.map((r) => ({ ...r, contribution: round(r.contribution) })) };
}

/** The other direction's reason, told from the suggested company's side. */
function mirror(code: SuggestionReasonCode): SuggestionReasonCode {
  if (code === SuggestionReasonCode.OFFER_MEETS_REQUEST) return SuggestionReasonCode.REQUEST_MEETS_OFFER;
  if (code === SuggestionReasonCode.SUPPLIES_YOU) return SuggestionReasonCode.BUYS_FROM_YOU;
  if (code === SuggestionReasonCode.BUYS_FROM_YOU) return SuggestionReasonCode.SUPPLIES_YOU;
  return code;
}

function mirrorText(part: Part): Localized {
  const detail = (text: string | null) => text?.replace(/^[^:：]*[:：]\s*/, '') ?? '';
  return {
    zh: `其需求正是你的供给：${detail(part.text.zh)}`,
    de: `Sein Gesuch trifft Ihr Angebot: ${detail(part.text.de)}`,
    en: `Its request meets your offer: ${detail(part.text.en)}`,
  };
}
