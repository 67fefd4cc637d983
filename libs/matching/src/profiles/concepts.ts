import { glossary, glossaryTermGroups } from '@hc/taxonomy';

const fold = (text: string) => text.normalize('NFKC').toLowerCase().trim();

interface GlossaryIndex {
  /** Glossary terms (folded) with their group, longest first. */
  terms: { term: string; concept: string }[];
}

let index: GlossaryIndex | undefined;

function glossaryIndex(): GlossaryIndex {
  if (index) return index;
  const terms = glossaryTermGroups().flatMap((group, n) => group.map((term) => ({ term: fold(term), concept: `g:${n}` })));
  // Short Latin terms ("ai") would match inside unrelated words; CJK terms of 2+ characters are words.
  const usable = terms.filter((t) => t.term.length >= 4 || /[\u3400-\u9fff]/.test(t.term));
  usable.sort((a, b) => b.term.length - a.term.length);
  index = { terms: usable };
  return index;
}

/** Keywords repeat across thousands of profiles; their concepts are computed once. */
const cache = new Map<string, readonly string[]>();
const CACHE_LIMIT = 50_000;

/**
 * The concepts of one keyword: every glossary group whose term occurs in it (so "Zykloidgetriebe",
 * "cycloidal gearbox" and "摆线减速机" meet at the gearbox concept), plus the keyword itself (`w:`),
 * so two identical free keywords also meet.
 */
export function conceptsOf(keyword: string): readonly string[] {
  const key = fold(keyword);
  const cached = cache.get(key);
  if (cached) return cached;
  const found = new Set<string>([`w:${key}`]);
  for (const { term, concept } of glossaryIndex().terms) if (key.includes(term)) found.add(concept);
  const concepts = [...found];
  if (cache.size >= CACHE_LIMIT) cache.clear();
  cache.set(key, concepts);
  return concepts;
}

export function conceptSet(keywords: readonly string[]): Set<string> {
  const set = new Set<string>();
  for (const keyword of keywords) for (const concept of conceptsOf(keyword)) set.add(concept);
  return set;
}

/** Shared concepts, glossary ones first (they carry meaning across languages). */
export function sharedConcepts(a: ReadonlySet<string>, b: ReadonlySet<string>): string[] {
  const shared: string[] = [];
  for (const concept of a) if (b.has(concept)) shared.push(concept);
  return shared.sort((x, y) => (x[0] === y[0] ? x.localeCompare(y) : x.startsWith('g:') ? -1 : 1));
}

/** A readable term of a concept in a language, for reasons. */
export function conceptLabel(concept: string, language: 'zh' | 'de' | 'en'): string {
  if (concept.startsWith('w:')) return concept.slice(2);
  const entry = glossary()[Number(concept.slice(2))];
  return entry?.[language][0] ?? entry?.en[0] ?? concept;
}

/** Every spelling of the concepts, lower-cased: glossary concepts expand to all their zh/de/en terms. For SQL lookups. */
export function termsOf(concepts: Iterable<string>): string[] {
  const groups = glossaryTermGroups();
  const terms = new Set<string>();
  for (const concept of concepts) {
    if (concept.startsWith('w:')) terms.add(concept.slice(2));
    else for (const term of groups[Number(concept.slice(2))] ?? []) terms.add(fold(term));
  }
  return [...terms];
}
