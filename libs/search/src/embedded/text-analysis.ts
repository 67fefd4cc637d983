import { Jieba } from '@node-rs/jieba';
import { dict } from '@node-rs/jieba/dict';

// Han characters (CJK unified ideographs, extension A, compatibility ideographs).
const HAN_RUN = /[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]+/gu;
const WORD = /[\p{L}\p{N}]+/gu;
const GERMAN_FOLDS: [RegExp, string][] = [
  [/ä/g, 'ae'],
  [/ö/g, 'oe'],
  [/ü/g, 'ue'],
  [/ß/g, 'ss'],
];

let jieba: Jieba | undefined;
/** The dictionary takes ~0.3 s to load, so it is loaded once, on first use. */
function segmenter(): Jieba {
  jieba ??= Jieba.withDict(dict);
  return jieba;
}

/**
 * Lower-cases, folds German umlauts and ß to their transliterations (so Müller and Mueller meet)
 * and strips other diacritics (é -> e).
 */
export function foldLatin(word: string): string {
  let w = word.toLowerCase();
  for (const [from, to] of GERMAN_FOLDS) w = w.replace(from, to);
  return w.normalize('NFD').replace(/\p{M}/gu, '');
}

/**
 * One analyser for text in any of the three languages. Han runs go through jieba's search-mode
 * segmentation, which also emits the words inside longer words (数控机床 -> 数控, 机床, 数控机床),
 * so a query for an inner word finds the longer one. Other runs split on non-letters.
 */
export function analyze(text: string): string[] {
  const normalized = text.normalize('NFKC');
  const tokens: string[] = [];
  let last = 0;
  for (const match of normalized.matchAll(HAN_RUN)) {
    pushLatin(normalized.slice(last, match.index), tokens);
    for (const word of segmenter().cutForSearch(match[0], true)) {
      if (word.trim()) tokens.push(word);
    }
    last = match.index + match[0].length;
  }
  pushLatin(normalized.slice(last), tokens);
  return tokens;
}

function pushLatin(text: string, into: string[]): void {
  for (const match of text.matchAll(WORD)) into.push(foldLatin(match[0]));
}

export function isHan(term: string): boolean {
  return /^[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]+$/u.test(term);
}
