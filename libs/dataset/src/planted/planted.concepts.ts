import { glossary } from '@hc/taxonomy';
import { pick, Random } from '../random/prng.util';
import { CHINESE_PARTNER_NEEDS, EUROPEAN_PARTNER_NEEDS } from '../vocabulary/phrases.vocabulary';
import { SECTOR_VOCABULARY } from '../vocabulary/sector.vocabulary';
import type { Trilingual } from '../vocabulary/vocabulary.model';
import { OFFERING_NEEDS } from './planted.vocabulary';

/**
 * A glossary concept a planted pair is about: one side writes it in German or English, the other in
 * Chinese, so only cross-language matching (the glossary's synonym groups) connects them.
 */
export interface PairConcept {
  id: string;
  /** ISIC codes (divisions or classes) the glossary gives the concept. */
  isic: readonly string[];
  /** The form each language writes: the glossary's preferred term with at least four letters (two characters). */
  name: Trilingual;
  /** Every term of the concept, case-folded: what must not occur in any other keyword. */
  folded: readonly string[];
}

/**
 * Market labels the generator writes for customer divisions without sector vocabulary (a copy of
 * generator/opportunities.ts MARKET_LABELS; the spec checks the result against generated companies).
 */
const GENERATED_MARKET_LABELS: readonly string[] = [
  'agriculture', 'mining', 'food processing', 'beverages', 'textiles', 'paper industry', 'building construction', 'civil engineering',
  'building services', 'automotive aftermarket', 'wholesale trade', 'retail', 'rail and road transport', 'shipping', 'aviation',
  'telecommunications', 'healthcare',
];

const fold = (text: string): string => text.normalize('NFKC').toLowerCase().trim();
const isHan = (text: string): boolean => /[\u3400-\u9fff]/.test(text);
/** Latin terms of three letters or fewer ("AI", "BMS") are too short to mean one thing inside other words. */
const usable = (text: string): boolean => isHan(text) || text.length >= 4;

/** Every keyword text a generated or planted park company can carry (English vocabulary, park needs). */
function otherKeywordTexts(): string[] {
  const texts: string[] = [...GENERATED_MARKET_LABELS];
  for (const s of SECTOR_VOCABULARY) {
    texts.push(s.label.en, s.label.de, s.label.zh);
    for (const term of [...s.products, ...s.capabilities, ...s.niches]) texts.push(term.en, term.de, term.zh);
  }
  for (const term of [...CHINESE_PARTNER_NEEDS, ...EUROPEAN_PARTNER_NEEDS]) texts.push(term.en, term.de, term.zh);
  for (const term of Object.values(OFFERING_NEEDS)) texts.push(term.en, term.de, term.zh);
  texts.push('工业园区', 'Industriepark', 'industrial park', '中德产业园', 'deutsch-chinesischer Industriepark', 'Sino-German industrial park');
  return texts.map(fold);
}

let concepts: readonly PairConcept[] | undefined;

/**
 * Glossary concepts that no generated company and no planted park company mentions: none of their
 * terms occurs inside any vocabulary, need or offering text. A pair built on one is found by its
 * keywords, never by chance overlap with the background.
 */
export function freeConcepts(): readonly PairConcept[] {
  if (concepts) return concepts;
  const others = otherKeywordTexts();
  const found: PairConcept[] = [];
  for (const entry of glossary()) {
    const zh = entry.zh.find((t) => isHan(t) && t.length >= 2 && t.length <= 40);
    const de = entry.de.find((t) => t.length >= 4 && t.length <= 60);
    const en = entry.en.find((t) => t.length >= 4 && t.length <= 60);
    if (!zh || !de || !en) continue;
    const folded = [...entry.zh, ...entry.de, ...entry.en].filter(usable).map(fold);
    if (folded.some((term) => others.some((text) => text.includes(term)))) continue;
    found.push({ id: entry.id, isic: entry.isic, name: { zh, de, en }, folded });
  }
  concepts = found;
  return concepts;
}

/** True when one concept's terms occur inside the other's (a keyword of one would also match the other). */
function overlaps(a: PairConcept, b: PairConcept): boolean {
  return a.folded.some((x) => b.folded.some((y) => x.includes(y) || y.includes(x)));
}

/** Hands out free concepts, each at most once, none overlapping with one handed out before. */
export class ConceptPicker {
  /** Ids of concepts handed out, or overlapping with one handed out. */
  private readonly excluded = new Set<string>();

  /** A concept of one of `divisions` (by ISIC code), else a general one, else any free one. */
  pick(random: Random, divisions: readonly string[]): PairConcept {
    const available = freeConcepts().filter((c) => !this.excluded.has(c.id));
    if (available.length === 0) throw new Error('no free glossary concept left for planted pairs');
    const fitting = available.filter((c) => c.isic.some((code) => divisions.some((d) => code.startsWith(d))));
    const general = available.filter((c) => c.isic.length === 0);
    const chosen = pick(random, fitting.length > 0 ? fitting : general.length > 0 ? general : available);
    for (const c of available) if (c === chosen || overlaps(chosen, c)) this.excluded.add(c.id);
    return chosen;
  }
}
