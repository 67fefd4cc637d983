import { foldLatin, stem } from '@hc/core';
import { glossary, GlossaryEntry } from '@hc/taxonomy';
import { hashInts, pick, Random } from '../random/prng.util';
import { CHINESE_PARTNER_NEEDS, DESCRIPTION_TEMPLATES, EUROPEAN_PARTNER_NEEDS, EXPORT_MARKETS, KIND_PHRASES, Language, MARKETS, POSITION_PHRASES } from '../vocabulary/phrases.vocabulary';
import { SECTOR_VOCABULARY, sectorVocabulary } from '../vocabulary/sector.vocabulary';
import type { Trilingual } from '../vocabulary/vocabulary.model';
import type { PlantedVocabulary } from './planted.model';
import { PHRASING_BACKGROUND } from './planted.phrasing';
import { AREA_BACKGROUND } from './planted.regions';
import { COUNTRY_NAMES, OFFERING_NEEDS, ORIGIN_ADJECTIVES, PARK_KINDS, PARK_WELCOME } from './planted.vocabulary';

export const LANGUAGES: readonly Language[] = ['zh', 'de', 'en'];

/**
 * A glossary concept as the planted scenarios use it: a topic a park focuses on, or a pair trades in,
 * or (for noise) a topic that is not the one sought.
 */
export interface TopicConcept {
  id: string;
  /** ISIC divisions (2 digits) of the concept's codes, in the glossary's order. */
  divisions: readonly string[];
  /** The first of them that has sector vocabulary (companies can be planted in it); null when none has. */
  division: string | null;
  /** The usable terms per language (Han terms of two or more characters, Latin ones of four or more letters). */
  terms: Readonly<Record<Language, readonly string[]>>;
  /** Match keys of every usable term (see matchKey). */
  keys: readonly string[];
  /** Ids of the broader concepts, nearest first. */
  ancestors: readonly string[];
  /** No term occurs in any text the generator or the planted phrasing writes (demo companies never name it). */
  free: boolean;
  /** The owner can spell it in all three languages and still leave the partner terms of its own (see spellTopic). */
  splittable: boolean;
  /** In how many languages the partner has terms of its own (0–3); topics with two or more are preferred. */
  partnerLanguages: number;
  /** Names a park service or a partner need (test labs, skilled workers, a distribution partner …): never a topic. */
  service: boolean;
  /** The set whose half of the glossary it belongs to. */
  half: PlantedVocabulary;
}

/** How one owner (a park, or one side of a pair) and its partners write a concept, so that no spelling is shared. */
export interface TopicSpelling {
  concept: TopicConcept;
  /** The owner's term in each language. */
  owner: Trilingual;
  /** Terms a partner may write, per language: none overlaps any owner term (see overlaps). */
  partner: Readonly<Record<Language, readonly string[]>>;
}

const isHan = (text: string): boolean => /[\u3400-\u9fff]/.test(text);
/**
 * Terms the scenarios write: Han terms of two or more characters, Latin ones whose stemmed letters are
 * MIN_LATIN_KEY or more (shorter ones, "Hafen" → "hafe", "Greifer" → "greif", occur inside unrelated
 * words, "Geschäft", "Greifswald", and would make literal matching meaningless).
 */
const MIN_LATIN_KEY = 6;
const usable = (text: string): boolean => (isHan(text) ? text.length >= 2 && text.length <= 30 : text.length <= 60 && matchKey(text).replace(/ /g, '').length >= MIN_LATIN_KEY);


/**
 * A text reduced to what literal keyword matching compares: NFKC, lower case, German umlauts folded,
 * Han runs kept as they are, each Latin word stemmed (twice, so that "superalloy" and "superalloys" or
 * "battery" and "batteries" meet), words joined by one space, and punctuation kept as a break (" | "),
 * so that no key spans "logistics: technology". "Traktionsbatterien" and "Traktionsbatterie",
 * "traction batteries" and "traction battery" get the same key.
 */
export function matchKey(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .split(/[^\p{L}\p{N}\s'\u2019-]+/u)
    .map((chunk) => (chunk.match(/[\u3400-\u9fff]+|(?:(?![\u3400-\u9fff])[\p{L}\p{N}])+/gu) ?? []).map((w) => (isHan(w) ? w : stem(stem(foldLatin(w))))).join(' '))
    .filter((chunk) => chunk.length > 0)
    .join(' | ');
}

/** True when one key occurs in the other: writing one would be a literal (or inflected) use of the other. */
export function overlaps(a: string, b: string): boolean {
  return a.includes(b) || b.includes(a);
}

/** True when `text` contains `term` literally or inflected (by match keys). */
export function mentions(text: string, term: string): boolean {
  const key = matchKey(term);
  return key.length > 0 && matchKey(text).includes(key);
}

/** Every text the generator and the planted phrasing write besides topics: a free concept occurs in none. */
function backgroundTexts(): string[] {
  const texts: string[] = [
    // Market labels the generator writes for customer divisions without sector vocabulary (generator/opportunities.ts).
    'agriculture', 'mining', 'food processing', 'beverages', 'textiles', 'paper industry', 'building construction', 'civil engineering',
    'building services', 'automotive aftermarket', 'wholesale trade', 'retail', 'rail and road transport', 'shipping', 'aviation',
    'telecommunications', 'healthcare',
    '工业园区', 'Industriepark', 'industrial park', '中德产业园', 'deutsch-chinesischer Industriepark', 'Sino-German industrial park',
  ];
  const add = (t: Trilingual) => texts.push(t.zh, t.de, t.en);
  for (const s of SECTOR_VOCABULARY) {
    add(s.label);
    for (const term of [...s.products, ...s.capabilities, ...s.niches, ...s.nameParts]) add(term);
  }
  for (const term of [...CHINESE_PARTNER_NEEDS, ...EUROPEAN_PARTNER_NEEDS, ...Object.values(OFFERING_NEEDS), ...Object.values(COUNTRY_NAMES), ...Object.values(ORIGIN_ADJECTIVES), ...EXPORT_MARKETS, ...Object.values(MARKETS), ...Object.values(PARK_KINDS).flat(), ...Object.values(PARK_WELCOME)]) add(term);
  for (const phrases of Object.values(KIND_PHRASES)) {
    add(phrases.verb);
    add(phrases.reach);
  }
  for (const phrase of Object.values(POSITION_PHRASES)) add(phrase(MARKETS.home));
  const blank = { name: '', city: '', founded: 2000, employees: 100, products: '', niche: '', position: '', markets: '', verb: '', reach: '' };
  for (const language of LANGUAGES) for (const template of DESCRIPTION_TEMPLATES[language]) texts.push(template(blank));
  texts.push(...PHRASING_BACKGROUND, ...AREA_BACKGROUND);
  return texts;
}

/** Which set a concept belongs to: a fixed hash of its id, so the halves never change with the seed. */
export function halfOf(id: string): PlantedVocabulary {
  let h = 0x811c9dc5;
  for (const ch of id) h = Math.imul(h ^ (ch.codePointAt(0) as number), 0x01000193) >>> 0;
  return (hashInts(h, 0x7075) & 1) === 0 ? 'tuning' : 'heldout';
}

let catalogue: { all: readonly TopicConcept[]; byId: ReadonlyMap<string, TopicConcept> } | undefined;

/** Every glossary concept as a topic, with its half (read once). */
export function topicConcepts(): readonly TopicConcept[] {
  return catalog().all;
}

export function topicConcept(id: string): TopicConcept {
  const found = catalog().byId.get(id);
  if (!found) throw new Error(`no glossary concept '${id}'`);
  return found;
}

function catalog(): { all: readonly TopicConcept[]; byId: ReadonlyMap<string, TopicConcept> } {
  if (catalogue) return catalogue;
  const background = backgroundTexts().map(matchKey);
  const services = [...Object.values(OFFERING_NEEDS), ...CHINESE_PARTNER_NEEDS, ...EUROPEAN_PARTNER_NEEDS].flatMap((t) => [t.zh, t.de, t.en]).map(matchKey);
  const entries = glossary();
  const byId = new Map<string, GlossaryEntry>(entries.map((e) => [e.id, e]));
  const all = entries.map((entry): TopicConcept => {
    const terms = { zh: entry.zh.filter(usable), de: entry.de.filter(usable), en: entry.en.filter(usable) };
    const keys = [...new Set([...terms.zh, ...terms.de, ...terms.en].map(matchKey))].filter((k) => k.length > 0);
    const ancestors: string[] = [];
    for (let up = entry.broader; up !== undefined; up = byId.get(up)?.broader) ancestors.push(up);
    const divisions = [...new Set(entry.isic.map((code) => code.slice(0, 2)))];
    const concept: TopicConcept = {
      id: entry.id,
      divisions,
      division: divisions.find((d) => sectorVocabulary(d) !== undefined) ?? null,
      terms,
      keys,
      ancestors,
      free: keys.length > 0 && !keys.some((key) => background.some((text) => text.includes(key))),
      splittable: false,
      partnerLanguages: 0,
      service: keys.some((key) => services.some((text) => overlaps(text, key))),
      half: halfOf(entry.id),
    };
    concept.partnerLanguages = LANGUAGES.every((l) => terms[l].length > 0) ? partnerLanguages(concept) : 0;
    concept.splittable = concept.partnerLanguages > 0;
    return concept;
  });
  catalogue = { all, byId: new Map(all.map((c) => [c.id, c])) };
  return catalogue;
}

/** In how many languages the best owner choice leaves the partner terms. */
function partnerLanguages(concept: TopicConcept): number {
  const best = bestOwnerChoices(concept)[0];
  if (!best) return 0;
  const left = partnerTerms(concept, [best.owner.zh, best.owner.de, best.owner.en]);
  return LANGUAGES.filter((l) => left[l].length > 0).length;
}

/**
 * Terms of `concept` a partner may write beside `owner`'s: none shares a literal piece with an owner
 * term, where a piece is any term of the concept inside both ("computer" in "Computerhardware" and in
 * "computer hardware"), or one term inside the other.
 */
function partnerTerms(concept: TopicConcept, owner: readonly string[]): Record<Language, string[]> {
  const ownKeys = owner.map(matchKey);
  const pieces = [...new Set([...ownKeys, ...concept.keys.filter((k) => ownKeys.some((o) => o.includes(k)))])];
  const free = (term: string) => {
    const key = matchKey(term);
    return !pieces.some((piece) => key.includes(piece)) && !ownKeys.some((o) => o.includes(key));
  };
  return { zh: concept.terms.zh.filter(free), de: concept.terms.de.filter(free), en: concept.terms.en.filter(free) };
}

/**
 * The owner spellings (one term per language) that leave the partner the most: first terms in the
 * most languages, then the most terms. Empty when every choice leaves the partner nothing.
 */
function bestOwnerChoices(concept: TopicConcept): { owner: Trilingual; rank: number }[] {
  let best: { owner: Trilingual; rank: number }[] = [];
  let bestScore = 0;
  const { zh, de, en } = concept.terms;
  zh.forEach((z, i) =>
    de.forEach((d, j) =>
      en.forEach((e, k) => {
        const left = partnerTerms(concept, [z, d, e]);
        const languages = LANGUAGES.filter((l) => left[l].length > 0).length;
        if (languages === 0) return;
        const score = languages * 100 + left.zh.length + left.de.length + left.en.length;
        const owner = { zh: z, de: d, en: e };
        if (score > bestScore) {
          best = [{ owner, rank: i + j + k }];
          bestScore = score;
        } else if (score === bestScore) best.push({ owner, rank: i + j + k });
      }),
    ),
  );
  return best;
}

/**
 * How an owner and its partners write `concept`. The tuning set's owners write the glossary's preferred
 * terms where they can; the held-out set's owners any of the best choices. Partners write the rest.
 */
export function spellTopic(random: Random, concept: TopicConcept, vocabulary: PlantedVocabulary): TopicSpelling {
  const choices = bestOwnerChoices(concept);
  if (choices.length === 0) throw new Error(`glossary concept '${concept.id}' cannot be spelled two ways`);
  const lowest = Math.min(...choices.map((c) => c.rank));
  const { owner } = pick(random, vocabulary === 'tuning' ? choices.filter((c) => c.rank === lowest) : choices);
  return { concept, owner, partner: partnerTerms(concept, [owner.zh, owner.de, owner.en]) };
}

/**
 * A partner's term in each language: one of its own in that language, else one of another language
 * (English first), as technical texts borrow terms ("公司专注于traction battery cells").
 */
export function partnerWriting(random: Random, spelling: TopicSpelling): Trilingual {
  const { partner } = spelling;
  const fallback = [...partner.en, ...partner.de, ...partner.zh];
  const one = (language: Language) => (partner[language].length > 0 ? pick(random, partner[language]) : (fallback[0] as string));
  return { zh: one('zh'), de: one('de'), en: one('en') };
}

/** Any usable term of a concept in each language (noise writes its topic freely). */
export function anyWriting(random: Random, concept: TopicConcept): Trilingual {
  const fallback = [...concept.terms.en, ...concept.terms.de, ...concept.terms.zh];
  const one = (language: Language) => (concept.terms[language].length > 0 ? pick(random, concept.terms[language]) : (fallback[0] as string));
  return { zh: one('zh'), de: one('de'), en: one('en') };
}

const relatedCache = new Map<string, ReadonlySet<string>>();

/** Concepts a matcher could take for `concept`: itself, its broader and narrower ones, and those whose terms overlap its terms. */
export function relatedIds(concept: TopicConcept): ReadonlySet<string> {
  const cached = relatedCache.get(concept.id);
  if (cached) return cached;
  const related = new Set<string>([concept.id, ...concept.ancestors]);
  for (const other of topicConcepts()) {
    if (other.ancestors.includes(concept.id) || concept.keys.some((a) => other.keys.some((b) => overlaps(a, b)))) related.add(other.id);
  }
  relatedCache.set(concept.id, related);
  return related;
}

/** Who owns a topic in one scenario: a park (of a country) or a pair. */
interface Ownership {
  role: 'park' | 'pair';
  country: string | null;
}

/**
 * Hands out the topics of one scenario from one half of the glossary. Each park and each pair owns its
 * concepts; no owned concept is related (see relatedIds) to another, so a fit of one park or a partner
 * of one pair never names another's topic, in any spelling. Noise takes its topics from what is left.
 */
export class TopicAllocator {
  private readonly half: readonly TopicConcept[];
  private readonly owned = new Map<string, Ownership>();
  /** Ids related to an owned concept, with the owners they are related to. */
  private readonly blocked = new Map<string, Ownership[]>();

  constructor(readonly vocabulary: PlantedVocabulary) {
    this.half = topicConcepts().filter((c) => c.half === vocabulary && !c.service && c.keys.length > 0);
  }

  /** Concepts of the half a park could own: free, splittable, in a division companies can be planted in. */
  parkCandidates(): TopicConcept[] {
    return this.half.filter((c) => c.free && c.splittable && c.division !== null && !this.blocked.has(c.id));
  }

  /** Divisions with park candidates and enough other concepts of the half for noise (at least four). */
  parkDivisions(): string[] {
    const counts = new Map<string, number>();
    for (const c of this.half) for (const d of c.divisions) counts.set(d, (counts.get(d) ?? 0) + 1);
    return [...new Set(this.parkCandidates().map((c) => c.division as string))].filter((d) => (counts.get(d) ?? 0) >= 5).sort();
  }

  /** A concept for a park of `country` in one of `divisions` (random among them); undefined when none is left. */
  takeParkTopic(random: Random, country: string, divisions: readonly string[]): TopicConcept | undefined {
    const fitting = this.parkCandidates().filter((c) => divisions.includes(c.division as string));
    if (fitting.length === 0) return undefined;
    // Where the partner can write the topic in two languages or more, most fits write it in their own.
    const rich = fitting.filter((c) => c.partnerLanguages >= 2);
    const chosen = pick(random, rich.length > 0 ? rich : fitting);
    this.own(chosen, { role: 'park', country });
    return chosen;
  }

  /**
   * A concept for a pair, preferably of one of `divisions`. `free`: one no demo company names (what A
   * requests: only B offers it). Otherwise one whose terms occur in none of `avoid` (the match keys of
   * the texts the pair's companies are generated from, so that only the topic writing puts its terms
   * into their texts), a free one when no such is left. Throws when the half is used up.
   */
  takePairTopic(random: Random, divisions: readonly string[], o: { free: boolean; avoid: readonly string[] }): TopicConcept {
    const available = this.half.filter((c) => c.splittable && !this.blocked.has(c.id));
    const fits = (c: TopicConcept) => c.divisions.some((d) => divisions.includes(d));
    const rich = (c: TopicConcept) => c.partnerLanguages >= 2;
    const clean = (c: TopicConcept) => !c.keys.some((k) => o.avoid.some((text) => text.includes(k)));
    const free = available.filter((c) => c.free);
    const freeTiers = [free.filter((c) => rich(c) && fits(c)), free.filter((c) => rich(c) && c.divisions.length === 0), free.filter((c) => fits(c)), free.filter((c) => rich(c)), free];
    // Free concepts are scarce: a topic that need not be free takes a clean other one first.
    const other = available.filter((c) => !c.free && clean(c));
    const tiers = o.free ? freeTiers : [other.filter((c) => rich(c) && fits(c)), other.filter((c) => rich(c)), other, ...freeTiers];
    const tier = tiers.find((t) => t.length > 0);
    if (!tier) throw new Error(`the ${this.vocabulary} half of the glossary has no ${o.free ? 'free ' : ''}topic concept left for another planted pair: plant fewer pairs or parks`);
    const chosen = pick(random, tier);
    this.own(chosen, { role: 'pair', country: null });
    return chosen;
  }

  /**
   * Topics for the noise of a park of `country` in `division`: concepts of that division related to no
   * pair's topic and to no park topic of that country (so noise never names one), untouched ones first.
   * Empty when the division has none.
   */
  parkNoiseTopics(country: string, division: string): TopicConcept[] {
    const clear = (c: TopicConcept) => !(this.blocked.get(c.id) ?? []).some((o) => o.role === 'pair' || o.country === country);
    const inDivision = this.half.filter((c) => c.divisions.includes(division) && clear(c));
    const untouched = inDivision.filter((c) => !this.blocked.has(c.id));
    return untouched.length >= 2 ? untouched : inDivision;
  }

  /**
   * Topics for noise partners of a company in `country`: not related to any pair's topic (a noise partner
   * must not serve another pair), nor to a topic of a park in that country; untouched concepts first.
   */
  pairNoiseTopics(country: string): TopicConcept[] {
    const clear = (c: TopicConcept) => !(this.blocked.get(c.id) ?? []).some((o) => o.role === 'pair' || o.country === country);
    const candidates = this.half.filter(clear);
    const untouched = candidates.filter((c) => !this.blocked.has(c.id));
    if (candidates.length === 0) throw new Error(`the ${this.vocabulary} half of the glossary has no concept left for noise partners in ${country}`);
    return untouched.length >= 8 ? untouched : candidates;
  }

  private own(concept: TopicConcept, ownership: Ownership): void {
    this.owned.set(concept.id, ownership);
    for (const id of relatedIds(concept)) this.blocked.set(id, [...(this.blocked.get(id) ?? []), ownership]);
  }
}
