import { foldLatin, stem } from '@hc/core';
import { Jieba } from '@node-rs/jieba';
import { dict } from '@node-rs/jieba/dict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as OpenCC from 'opencc-js';
import { GermanDecompounder } from './german-decompounder';

// Han characters (CJK unified ideographs, extension A, compatibility ideographs).
const HAN_RUN = /[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]+/gu;
const HAN_ONLY = /^[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]+$/u;
const WORD = /[\p{L}\p{N}]+/gu;
/** Anything outside printable Latin, Latin-1/Extended and the common Han block may need NFKC (full-width forms, ligatures). */
const NEEDS_NFKC = /[^\u0020-\u024f\u3400-\u9fff\s]/u;

const HAN_PARTICLES = new Set(['的', '和', '与', '及', '或', '在', '了', '是', '等', '之', '对', '为', '从', '把', '被']);

let jieba: Jieba | undefined;
/** The dictionary takes ~0.3 s to load, so it is loaded once, on first use. */
function segmenter(): Jieba {
  jieba ??= Jieba.withDict(dict);
  return jieba;
}

let toSimplified: ((text: string) => string) | undefined;
/** Traditional -> simplified, for queries: the index holds text as written (mainland companies write simplified). */
export function simplify(text: string): string {
  const convert = (toSimplified ??= OpenCC.Converter({ from: 't', to: 'cn' }));
  return convert(text);
}

let decompounder: GermanDecompounder | undefined;
function compounds(): GermanDecompounder {
  if (!decompounder) {
    const file = readFileSync(join(__dirname, '../../data/german-morphemes.txt'), 'utf8');
    const words = file
      .split('\n')
      .filter((line) => !line.startsWith('#'))
      .flatMap((line) => line.split(/\s+/))
      .filter(Boolean);
    decompounder = new GermanDecompounder(words);
  }
  return decompounder;
}

/** Lets the glossary's German words count as compound parts too. */
export function addCompoundParts(words: Iterable<string>): void {
  const current = compounds();
  decompounder = new GermanDecompounder([...current.morphemes(), ...[...words].map(foldLatin).filter((w) => w.length >= 4)]);
  latinCache.clear();
}

/** Jieba's precise mode: the words of a Han run, each once in order (数控机床 stays one word). */
export function segmentHan(run: string): string[] {
  return segmenter()
    .cut(run, true)
    .filter((w) => w.trim());
}

export function isHan(term: string): boolean {
  return HAN_ONLY.test(term);
}

export { foldLatin, stem };

const CACHE_LIMIT = 50_000;
const latinCache = new Map<string, { primary: string; parts: string[] }>();
const hanCache = new Map<string, string[]>();

function remember<T>(cache: Map<string, T>, key: string, value: T): T {
  // Vocabularies are Zipf-distributed, so a plain bounded map catches most repeats.
  if (cache.size >= CACHE_LIMIT) cache.clear();
  cache.set(key, value);
  return value;
}

/** The terms a Latin word stands for: its stem, plus the stems of its compound parts. */
export function latinTerms(word: string): { primary: string; parts: string[] } {
  const cached = latinCache.get(word);
  if (cached) return cached;
  const folded = foldLatin(word);
  const parts = compounds().split(folded).map(stem);
  return remember(latinCache, word, { primary: stem(folded), parts });
}

function segmentForIndex(run: string): string[] {
  return hanCache.get(run) ?? remember(hanCache, run, segmenter().cutForSearch(run, true).filter((w) => w.trim()));
}

/**
 * Index-time analysis for text in any of the three languages. Han runs go through jieba's
 * search mode, which also emits the words inside longer words (数控机床 -> 数控, 机床, 数控机床),
 * so a query for an inner word finds the longer one. Latin words are folded, stemmed and
 * decompounded.
 */
export function analyze(text: string): string[] {
  const tokens: string[] = [];
  forEachToken(text, (token) => tokens.push(token));
  return tokens;
}

/** analyze() without the array: calls `emit` for each token, in order (the indexer's hot path). */
export function forEachToken(text: string, emit: (token: string) => void): void {
  // NFKC only when needed: most text is already normalised, and normalising costs.
  const normalized = NEEDS_NFKC.test(text) ? text.normalize('NFKC') : text;
  const latin = (chunk: string) => {
    WORD.lastIndex = 0;
    for (let m = WORD.exec(chunk); m; m = WORD.exec(chunk)) {
      const { primary, parts } = latinTerms(m[0]);
      emit(primary);
      for (const part of parts) if (part !== primary) emit(part);
    }
  };
  let last = 0;
  HAN_RUN.lastIndex = 0;
  for (let m = HAN_RUN.exec(normalized); m; m = HAN_RUN.exec(normalized)) {
    const end = m.index + m[0].length;
    const run = m[0];
    if (m.index > last) latin(normalized.slice(last, m.index));
    for (const word of segmentForIndex(run)) emit(word);
    last = end;
    HAN_RUN.lastIndex = end;
  }
  if (last < normalized.length) latin(normalized.slice(last));
}

/** One word of a query: the term to look up, and ways the word may also be matched (compound parts, inner words). */
export interface QueryWord {
  /** As typed (normalised), for phrases and highlighting. */
  surface: string;
  term: string;
  /** Each alternative is a set of terms that must all match (e.g. the parts of a compound). */
  alternatives: string[][];
  han: boolean;
}

/**
 * Query-time analysis: traditional characters become simplified; Han runs use jieba's precise mode
 * (数控机床 stays one word and matches the index's 数控机床, 机床 matches the index's inner 机床).
 */
export function analyzeQuery(text: string): QueryWord[] {
  const normalized = simplify(text.normalize('NFKC'));
  const words: QueryWord[] = [];
  const latin = (chunk: string) => {
    for (const match of chunk.matchAll(WORD)) {
      const { primary, parts } = latinTerms(match[0]);
      words.push({ surface: foldLatin(match[0]), term: primary, alternatives: parts.length ? [parts] : [], han: false });
    }
  };
  let last = 0;
  for (const match of normalized.matchAll(HAN_RUN)) {
    latin(normalized.slice(last, match.index));
    const precise = segmenter().cut(match[0], true).filter((w) => w.trim());
    for (const word of precise) {
      // Particles (的, 和, 与 …) carry no meaning; other single characters (水 in 水处理) do.
      if (word.length === 1 && precise.length > 1 && HAN_PARTICLES.has(word)) continue;
      const inner = segmenter()
        .cutForSearch(word, true)
        .filter((w) => w !== word && w.length > 1);
      words.push({ surface: word, term: word, alternatives: inner.length > 1 ? [inner] : [], han: true });
    }
    last = match.index + match[0].length;
  }
  latin(normalized.slice(last));
  return words;
}
