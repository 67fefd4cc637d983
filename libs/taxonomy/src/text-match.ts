import { glossaryTermGroups } from './glossary.catalog';

export interface TextMatch {
  /** A boolean SQL condition; its parameters are named `${prefix}0`, `${prefix}1`, … */
  sql: string;
  params: Record<string, string>;
}

const key = (term: string) => term.normalize('NFKC').trim().toLowerCase();

let synonyms: Map<string, string[]> | undefined;

/** Each glossary term (lower-cased) to every term of its group, in all three languages. */
function synonymsOf(term: string): string[] {
  synonyms ??= new Map(glossaryTermGroups().flatMap((group) => group.map((t) => [key(t), group.map(key)] as const)));
  return synonyms.get(key(term)) ?? [key(term)];
}

function escapeLike(term: string): string {
  return term.replace(/[\\%_]/g, (c) => `\\${c}`);
}

/**
 * Text search for the small collections kept in PostgreSQL (parks, shared resources, experts):
 * every word of the query must occur in `expression`, a lower-cased text of all languages backed by a
 * trigram index. Substrings are what make it work across scripts: 处理 finds 待处理, and Maschinen finds
 * Werkzeugmaschinen. A query (or word) that is a glossary term also matches its zh/de/en synonyms.
 * Returns null for a blank query.
 */
export function textMatch(expression: string, query: string, prefix = 'tm'): TextMatch | null {
  const whole = key(query);
  if (!whole) return null;
  const groups = synonymsOf(whole).length > 1 ? [synonymsOf(whole)] : whole.split(/\s+/).map(synonymsOf);
  const params: Record<string, string> = {};
  let n = 0;
  const clauses = groups.map((terms) => {
    const alternatives = [...new Set(terms)].map((term) => {
      const name = `${prefix}${n++}`;
      params[name] = `%${escapeLike(term)}%`;
      return `${expression} LIKE :${name}`;
    });
    return `(${alternatives.join(' OR ')})`;
  });
  return { sql: `(${clauses.join(' AND ')})`, params };
}
