import { analyzeQuery, QueryWord } from './text-analysis';

/** A condition every hit must meet: any one of the alternatives, each a set of terms that must all match. */
export interface Clause {
  /** alternatives[0] is the word as typed; the others come from compounds, inner words or synonyms. */
  alternatives: string[][];
  /** How much a match through each alternative counts (the word as typed: 1). */
  factors: number[];
  /** A single Han character also matches the indexed words that contain it (泵 -> 真空泵). */
  hanInfix: boolean;
  /** The last word of the query may match as a prefix (search as you type). */
  prefix: boolean;
  /** Typo tolerance applies only to the word as typed, never to synonyms. */
  fuzzy: boolean;
}

export interface ParsedQuery {
  clauses: Clause[];
  /** Phrases (in double quotes): the words must stand together, in order, in one field. */
  phrases: string[][];
  /** Words after a minus: hits containing them are removed. */
  excluded: string[][];
  /** Every term that can make a document match, for highlighting. */
  highlightTerms: Set<string>;
  /** Meaningful words in the query (a glossary phrase of several words counts each word). */
  wordCount: number;
}

export interface SynonymIndex {
  /** Groups of equivalent terms, each term already analysed into its query words. */
  groups: QueryWord[][][];
  byFirstTerm: Map<string, { group: number; member: number }[]>;
}

/** Analyses glossary groups once, so a query can be expanded by looking up its words. */
export function buildSynonymIndex(groups: readonly (readonly string[])[]): SynonymIndex {
  const analysed = groups.map((g) => g.map((term) => analyzeQuery(term)).filter((words) => words.length > 0));
  const byFirstTerm = new Map<string, { group: number; member: number }[]>();
  analysed.forEach((members, group) =>
    members.forEach((words, member) => {
      const key = words[0].term;
      const list = byFirstTerm.get(key) ?? [];
      list.push({ group, member });
      byFirstTerm.set(key, list);
    }),
  );
  return { groups: analysed, byFirstTerm };
}

const NO_SYNONYMS: SynonymIndex = { groups: [], byFirstTerm: new Map() };

const PART_FACTOR = 0.9;
const SYNONYM_FACTOR = 0.75;
const HEAD_FACTOR = 0.5;

/** Words that carry no meaning on their own; dropped unless the query has nothing else. */
const STOPWORDS = new Set(['a', 'an', 'and', 'by', 'for', 'in', 'of', 'on', 'or', 'the', 'to', 'with', 'auf', 'aus', 'das', 'der', 'die', 'fuer', 'im', 'mit', 'und', 'von', 'zu', 'zum', 'zur']);

/**
 * Parses `Werkzeugmaschinen "hydraulic pumps" -Vakuum` into clauses (AND), phrases and exclusions,
 * and expands glossary terms into their equivalents in the other languages.
 */
export function parseQuery(text: string, synonyms: SynonymIndex = NO_SYNONYMS): ParsedQuery {
  const phrases: string[][] = [];
  const excluded: string[][] = [];
  const positive: QueryWord[] = [];
  const pattern = /(-?)"([^"]*)"|(-?)(\S+)/g;
  for (const m of text.matchAll(pattern)) {
    const negative = (m[1] ?? m[3]) === '-';
    const body = m[2] ?? m[4] ?? '';
    const words = analyzeQuery(body);
    if (words.length === 0) continue;
    if (negative) excluded.push(words.map((w) => w.term));
    else {
      if (m[2] !== undefined && words.length > 1) phrases.push(words.map((w) => w.term));
      positive.push(...words);
    }
  }
  const meaningful = positive.filter((w) => !STOPWORDS.has(w.surface));
  if (meaningful.length) positive.splice(0, positive.length, ...meaningful);
  const clauses: Clause[] = [];
  const highlightTerms = new Set<string>();
  for (let i = 0; i < positive.length; ) {
    const match = longestSynonymAt(positive, i, synonyms);
    if (match) {
      const span = positive.slice(i, i + match.length);
      const alternatives = [span.map((w) => w.term)];
      const factors = [1];
      // The words as typed may also match through their own parts (a compound, inner Han words).
      const add = (terms: string[], factor: number) => {
        alternatives.push(terms);
        factors.push(factor);
      };
      if (span.length === 1) for (const alt of span[0].alternatives) add(alt, PART_FACTOR);
      for (const member of synonyms.groups[match.group]) {
        const terms = member.map((w) => w.term);
        if (!alternatives.some((a) => sameTerms(a, terms))) add(terms, SYNONYM_FACTOR);
      }
      clauses.push({ alternatives, factors, prefix: false, fuzzy: false, hanInfix: false });
      i += match.length;
    } else {
      const word = positive[i];
      const alternatives = [[word.term], ...word.alternatives];
      const factors = [1, ...word.alternatives.map(() => PART_FACTOR)];
      // Chinese compounds are head-final: 数控机床 is a kind of 机床, so 机床 alone matches too, for less.
      const head = word.han ? word.alternatives[0]?.[word.alternatives[0].length - 1] : undefined;
      if (head) {
        alternatives.push([head]);
        factors.push(HEAD_FACTOR);
      }
      // A single Han character (泵) also matches the words that contain it (水泵, 真空泵), but only
      // when it stands alone: inside a longer query (水 + 处理) it is part of the phrase.
      clauses.push({ alternatives, factors, prefix: false, fuzzy: !word.han, hanInfix: word.han && word.term.length === 1 && positive.length === 1 });
      i += 1;
    }
  }
  const lastWord = positive[positive.length - 1];
  const lastClause = clauses[clauses.length - 1];
  if (lastClause && lastWord && !lastWord.han && lastClause.alternatives[0].length === 1 && lastClause.alternatives[0][0] === lastWord.term) {
    lastClause.prefix = true;
  }
  for (const clause of clauses) for (const alt of clause.alternatives) for (const t of alt) highlightTerms.add(t);
  return { clauses, phrases, excluded, highlightTerms, wordCount: positive.length };
}

function sameTerms(a: string[], b: string[]): boolean {
  return a.length === b.length && a.every((t, i) => t === b[i]);
}

/** The longest glossary term that starts at query word `start`. */
function longestSynonymAt(words: QueryWord[], start: number, synonyms: SynonymIndex): { group: number; length: number } | null {
  let best: { group: number; length: number } | null = null;
  for (const { group, member } of synonyms.byFirstTerm.get(words[start].term) ?? []) {
    const terms = synonyms.groups[group][member];
    if (start + terms.length > words.length) continue;
    if (!terms.every((t, k) => t.term === words[start + k].term)) continue;
    if (!best || terms.length > best.length) best = { group, length: terms.length };
  }
  return best;
}
