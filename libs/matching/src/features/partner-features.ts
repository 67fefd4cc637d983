import type { Localized } from '@hc/core';
import { OpportunityType, PartnershipType } from '@hc/opportunities';
import { customersOf } from '@hc/taxonomy';
import { CompanyMatchProfile, isSinoEuropean, OpportunitySignal } from '../profiles/match-profile';
import { SharedTopic, sharedTopic, Specificity } from '../topics/topic-evidence';
import { country, Language, partnership, say, sector } from './labels';
import { ScoredReason, topicWords } from './park-features';
import { SuggestionReasonCode } from './reason-code';

/**
 * Company ↔ company: complementarity, topic evidence first. A request and an offer meet through the topics
 * they share (topics/, across zh/de/en); the types, partnership, countries and size only scale that
 * evidence, so an offer of the right type on another topic counts nothing. The value chain between the two
 * companies' sectors is a weak signal of its own. One precise two-way complementarity (each side's request
 * met by the other's offer) outranks any pile of generic signals.
 */

/** How a request type is served: an offer of the complementary type (1), or, for R&D, a partner with the same request. */
export const SERVES: Record<OpportunityType, Partial<Record<OpportunityType, number>>> = {
  [OpportunityType.BUSINESS_REQUEST]: { [OpportunityType.BUSINESS_OFFER]: 1, [OpportunityType.TECHNOLOGY_OFFER]: 0.7 },
  [OpportunityType.TECHNOLOGY_REQUEST]: { [OpportunityType.TECHNOLOGY_OFFER]: 1, [OpportunityType.BUSINESS_OFFER]: 0.7 },
  [OpportunityType.RD_COOPERATION_REQUEST]: { [OpportunityType.TECHNOLOGY_OFFER]: 0.8, [OpportunityType.RD_COOPERATION_REQUEST]: 1 },
  [OpportunityType.BUSINESS_OFFER]: {},
  [OpportunityType.TECHNOLOGY_OFFER]: {},
};

/** Weights inside one direction: a request met by an offer, what is sought against what is offered, the value chain. */
export const DIRECTION_WEIGHTS = { opportunity: 0.6, keywords: 0.25, valueChain: 0.15 } as const;

interface Part {
  code: SuggestionReasonCode;
  value: number;
  /** The sentence from the asking company's side, and from the other side (for the other direction); built only for what is shown. */
  text: () => Localized;
  mirrored: () => Localized;
  /** For value-chain parts: the link, so both directions' view of it is one reason. */
  link?: { supplier: string; customer: string };
}

export interface DirectionalFit {
  /** 0..1: how well the other company serves this one. */
  score: number;
  parts: { weight: number; part: Part }[];
}

const quote = (text: string, l: Language) => (l === 'zh' ? `“${text}”` : l === 'de' ? `„${text}“` : `"${text}"`);
/** An opportunity named as written (its title, else its first keywords), quoted: it is never translated. */
const named = (o: OpportunitySignal, l: Language) => quote(o.title || o.keywords.slice(0, 2).join(', ') || '…', l);

/** The scale a request's and an offer's fit puts on their shared topic: types, partnership, countries, size. */
function pairScale(request: OpportunitySignal, offer: OpportunitySignal, a: CompanyMatchProfile, b: CompanyMatchProfile): { scale: number; types: PartnershipType[] } {
  const typeFit = SERVES[request.type][offer.type] ?? 0;
  if (!typeFit) return { scale: 0, types: [] };
  const types = request.partnershipTypes.filter((t) => offer.partnershipTypes.includes(t));
  const countries = (request.targetCountries.length === 0 || request.targetCountries.includes(b.country)) && (offer.targetCountries.length === 0 || offer.targetCountries.includes(a.country));
  const size = request.partnerSizes.length === 0 || (b.sizeBand !== null && request.partnerSizes.includes(b.sizeBand));
  return { scale: typeFit * (0.6 + 0.2 * (types.length ? 1 : 0) + 0.1 * (countries ? 1 : 0) + 0.1 * (size ? 1 : 0)), types };
}

/**
 * What a request and an offer share: the terms of the request's subject (its title and keywords: what is asked
 * for) that the offer names anywhere (title, description, keywords). Terms the request only mentions in its
 * description (where companies also list their own products) do not count.
 */
function opportunityTopic(request: OpportunitySignal, offer: OpportunitySignal, specificity: Specificity): SharedTopic {
  return sharedTopic(request.subject, offer.terms, specificity);
}

/** The best pair of one request of `a` and one offer (or R&D request) of `b`: their shared topic, scaled by how well the rest fits. */
function opportunityFit(a: CompanyMatchProfile, b: CompanyMatchProfile, specificity: Specificity): Part | null {
  let best: { value: number; request: OpportunitySignal; offer: OpportunitySignal; topic: SharedTopic; types: PartnershipType[] } | null = null;
  const serving = [...b.offers.items, ...b.requests.items.filter((o) => o.type === OpportunityType.RD_COOPERATION_REQUEST)];
  for (const request of a.requests.items) {
    for (const offer of serving) {
      const { scale, types } = pairScale(request, offer, a, b);
      if (!scale) continue;
      const topic = opportunityTopic(request, offer, specificity);
      const value = topic.value * scale;
      if (value > 0 && (!best || value > best.value)) best = { value, request, offer, topic, types };
    }
  }
  if (!best) return null;
  const { request, offer, topic, types } = best;
  const how = (l: Language) => {
    if (!types.length) return '';
    const names = types.map((t) => partnership(t, l)).join(l === 'zh' ? '、' : ', ');
    return l === 'zh' ? `（${names}）` : ` (${names})`;
  };
  return {
    code: SuggestionReasonCode.OFFER_MEETS_REQUEST,
    value: best.value,
    text: () => say((l) => {
      const t = topicWords(topic.shared, l);
      return {
        zh: `其供给${named(offer, 'zh')}满足你的需求${named(request, 'zh')}：${t}${how('zh')}`,
        de: `Sein Angebot ${named(offer, 'de')} trifft Ihr Gesuch ${named(request, 'de')}: ${t}${how('de')}`,
        en: `Its offer ${named(offer, 'en')} meets your request ${named(request, 'en')}: ${t}${how('en')}`,
      }[l];
    }),
    mirrored: () => say((l) => {
      const t = topicWords(topic.shared, l);
      return {
        zh: `你的供给${named(offer, 'zh')}满足其需求${named(request, 'zh')}：${t}${how('zh')}`,
        de: `Ihr Angebot ${named(offer, 'de')} trifft sein Gesuch ${named(request, 'de')}: ${t}${how('de')}`,
        en: `Your offer ${named(offer, 'en')} meets its request ${named(request, 'en')}: ${t}${how('en')}`,
      }[l];
    }),
  };
}

/** What `a` seeks (need keywords, requests) against what `b` does (descriptions, offers). */
function keywordFit(a: CompanyMatchProfile, b: CompanyMatchProfile, specificity: Specificity): Part | null {
  const topic = sharedTopic(a.requestTerms, b.offerTerms, specificity);
  if (!topic.value) return null;
  return {
    code: SuggestionReasonCode.SHARED_KEYWORDS,
    value: topic.value,
    text: () => say((l) => ({ zh: `其业务正是你所寻：${topicWords(topic.shared, 'zh')}`, de: `Es bietet, was Sie suchen: ${topicWords(topic.shared, 'de')}`, en: `It does what you seek: ${topicWords(topic.shared, 'en')}` })[l]),
    mirrored: () => say((l) => ({ zh: `你的业务正是其所寻：${topicWords(topic.shared, 'zh')}`, de: `Es sucht, was Sie bieten: ${topicWords(topic.shared, 'de')}`, en: `It seeks what you do: ${topicWords(topic.shared, 'en')}` })[l]),
  };
}

function valueChainText(otherSupplies: boolean, supplier: string, customer: string): Localized {
  return otherSupplies
    ? { zh: `上游供应商：${sector(supplier, 'zh')}供应${sector(customer, 'zh')}`, de: `Zulieferer: ${sector(supplier, 'de')} beliefert ${sector(customer, 'de')}`, en: `Upstream supplier: ${sector(supplier, 'en')} supplies ${sector(customer, 'en')}` }
    : { zh: `下游客户：${sector(customer, 'zh')}采购${sector(supplier, 'zh')}`, de: `Abnehmer: ${sector(customer, 'de')} kauft ${sector(supplier, 'de')}`, en: `Downstream customer: ${sector(customer, 'en')} buys ${sector(supplier, 'en')}` };
}

/** `b` supplies what `a` makes from (upstream), or buys what `a` makes (downstream, 0.8 of the link). */
function valueChainFit(a: CompanyMatchProfile, b: CompanyMatchProfile): Part | null {
  let best: { value: number; supplier: string; customer: string; bSupplies: boolean } | null = null;
  const bDivisions = new Set(b.divisions);
  const aDivisions = new Set(a.divisions);
  for (const d of b.divisions) {
    for (const link of customersOf(d)) if (aDivisions.has(link.customer) && (!best || link.strength > best.value)) best = { value: link.strength, supplier: d, customer: link.customer, bSupplies: true };
  }
  for (const d of a.divisions) {
    for (const link of customersOf(d)) {
      const value = 0.8 * link.strength;
      if (bDivisions.has(link.customer) && (!best || value > best.value)) best = { value, supplier: d, customer: link.customer, bSupplies: false };
    }
  }
  if (!best) return null;
  const { supplier, customer, bSupplies } = best;
  return {
    code: bSupplies ? SuggestionReasonCode.SUPPLIES_YOU : SuggestionReasonCode.BUYS_FROM_YOU,
    value: best.value,
    text: () => valueChainText(bSupplies, supplier, customer),
    mirrored: () => valueChainText(!bSupplies, supplier, customer),
    link: { supplier, customer },
  };
}

/** How well `b` serves `a`, in 0..1, with the parts that explain it. */
export function directionalFit(a: CompanyMatchProfile, b: CompanyMatchProfile, specificity: Specificity): DirectionalFit {
  const all: { weight: number; part: Part | null }[] = [
    { weight: DIRECTION_WEIGHTS.opportunity, part: opportunityFit(a, b, specificity) },
    { weight: DIRECTION_WEIGHTS.keywords, part: keywordFit(a, b, specificity) },
    { weight: DIRECTION_WEIGHTS.valueChain, part: valueChainFit(a, b) },
  ];
  const parts = all.filter((p): p is { weight: number; part: Part } => p.part !== null && p.part.value > 0);
  return { score: parts.reduce((s, p) => s + p.weight * p.part.value, 0), parts };
}

/** Harmonic mean: high only when both directions fit; 0 when either does not. */
export function harmonicMean(x: number, y: number): number {
  return x > 0 && y > 0 ? (2 * x * y) / (x + y) : 0;
}

const round = (x: number) => Math.round(x * 1000) / 1000;

/** The other direction's reason code, told from the asking company's side. */
function mirror(code: SuggestionReasonCode): SuggestionReasonCode {
  if (code === SuggestionReasonCode.OFFER_MEETS_REQUEST) return SuggestionReasonCode.REQUEST_MEETS_OFFER;
  if (code === SuggestionReasonCode.SUPPLIES_YOU) return SuggestionReasonCode.BUYS_FROM_YOU;
  if (code === SuggestionReasonCode.BUYS_FROM_YOU) return SuggestionReasonCode.SUPPLIES_YOU;
  return code;
}

/**
 * Reciprocal fit of `you` and `them`: the harmonic mean of both directions, times (1 + boost) for a China ↔
 * Europe pair. Reasons come from both directions, each told from your side with its share of the score,
 * largest first; `explain: false` gives the scores alone (for ranking every candidate).
 */
export function scorePartnerFit(
  you: CompanyMatchProfile,
  them: CompanyMatchProfile,
  crossBorderBoost: number,
  specificity: Specificity,
  explain = true,
): { score: number; forYou: number; forThem: number; reasons: ScoredReason[] } {
  const forYou = directionalFit(you, them, specificity);
  const forThem = directionalFit(them, you, specificity);
  const base = harmonicMean(forYou.score, forThem.score);
  if (base === 0) return { score: 0, forYou: forYou.score, forThem: forThem.score, reasons: [] };
  const sinoEuropean = isSinoEuropean(you.country, them.country);
  const score = base * (sinoEuropean ? 1 + crossBorderBoost : 1);
  if (!explain) return { score, forYou: forYou.score, forThem: forThem.score, reasons: [] };
  const total = forYou.score + forThem.score;
  const reasons: ScoredReason[] = forYou.parts.map(({ weight, part }) => ({ code: part.code, contribution: (base * weight * part.value) / total, text: part.text() }));
  for (const { weight, part } of forThem.parts) {
    const contribution = (base * weight * part.value) / total;
    const code = part.link ? mirror(part.code) : part.code === SuggestionReasonCode.OFFER_MEETS_REQUEST ? SuggestionReasonCode.REQUEST_MEETS_OFFER : SuggestionReasonCode.SEEKS_WHAT_YOU_OFFER;
    // The same supply link seen from both sides is one reason.
    const same = part.link ? reasons.find((r) => r.code === code) : undefined;
    if (same) same.contribution += contribution;
    else reasons.push({ code, contribution, text: part.mirrored() });
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
