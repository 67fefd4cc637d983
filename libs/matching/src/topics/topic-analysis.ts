import { foldLatin, segmentHan, simplify, stem } from '@hc/search';
import { glossary, GlossaryEntry } from '@hc/taxonomy';

/**
 * The topics of a text in zh, de or en, as matching compares them: glossary concepts (`g:<entry id>`,
 * the same in every language, so "Traktionsbatterie", "traction battery" and "动力电池" meet) and the
 * content words that are no glossary term (`w:<stem>` for Latin words, `w:<word>` for Chinese words),
 * which meet only in the same language. Every text of a profile goes through here: keywords, titles,
 * descriptions; parks and companies alike. The analysis is a pure function of the text and the glossary,
 * so the same data gives the same topics in every process.
 *
 * - Chinese: traditional characters are simplified; glossary terms are found as substrings of each Han
 *   run (动力电池系统 holds 动力电池 and 电池); the remaining words come from jieba's precise mode.
 * - German and English: words are folded (ä → ae) and stemmed (search's light stemmer); glossary terms of
 *   several words are found as sequences of stems ("traction battery cells"); a German compound also
 *   names the glossary words and known parts it ends or starts with (Batteriezellenfertigung names
 *   Batteriezelle; Werkzeugmaschinen names Werkzeug and Maschine). Only German glossary words and the
 *   search morphemes count as parts, so an English "switchgear" does not name "gear".
 */

const HAN_RUN = /[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]+/gu;
const HAS_HAN = /[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]/u;
/** Anything outside printable Latin, Latin-1/Extended and the common Han block may need NFKC (full-width forms, ligatures). */
const NEEDS_NFKC = /[^\u0020-\u024f\u3400-\u9fff\s，。、；：！？（）]/u;
const HAN_WORD = /^[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]+$/u;
const WORD = /[\p{L}\p{N}]+/gu;

/**
 * Words that carry no topic: function words, and the words every offer and request uses ("partner",
 * "solutions", "gesucht"), which would otherwise make an offer of the right type on another topic look like
 * a topic match on a small platform, where counts cannot yet tell them apart.
 */
const STOPWORDS = new Set(
  [
    'the and for with from that this into our your their its are was were has have been will also such other more most than then them they over under '
    + 'only each both which while where when what who whom very can all any not but use used using based new '
    + 'business offer offers request requests seek seeks seeking looking wanted want wants find partner partners partnership cooperation company companies '
    + 'product products solution solutions service services provider supplier customers customer market markets manufacturer manufacturers maker makers '
    + 'production manufacturing high quality leading international global world wide range years experience develop develops development '
    // The boilerplate of offers and requests (as in the Enterprise Europe Network's profiles): who seeks what, not what.
    + 'sought offered offering joint technology technologies licence license licensing licensed distributor distributors distribution agent agents '
    + 'supplier suppliers supply clients client outsourcing sales network provide provides provided providing available interested agreement '
    + 'commercial contract contracts manufacture manufactures manufactured based located founded employs employees serves serving specialist specialised specialized',
    'der die das und oder für fuer mit von vom zum zur den dem des ein eine einer eines einem einen wir ihr sie ist sind wird werden auch sowie als '
    + 'auf aus bei bis durch nach über ueber unter vor sich ihre ihren unsere unser nicht nur sehr alle neue neuen '
    + 'angebot angebote gesuch gesuche gesucht suchen sucht partner partnerschaft kooperation unternehmen firma produkte produkt loesungen loesung '
    + 'dienstleistungen anbieter hersteller herstellung fertigung kunden markt maerkte international weltweit fuehrend jahre erfahrung entwicklung '
    + 'angeboten bietet biete gemeinsame gemeinsam technologie technologien lizenz lizenzen lizenzierung lizenzpartner vertrieb vertriebspartner vertriebspartnern '
    + 'haendler lieferant lieferanten zulieferer auftragsfertigung vertrag vereinbarung sitz gegruendet beschaeftigt mitarbeiter spezialist spezialisiert',
  ]
    .join(' ')
    .split(/\s+/)
    .map(foldLatin),
);
/** The administrative suffix of a Chinese place name: 广元市 and 四川省 are the places 广元 and 四川. */
const HAN_PLACE_SUFFIX = /(?<=^[\u3400-\u9fff]{2,})(?:藏族自治州|自治州|自治县|自治区|地区|市|省)$/u;

/** Chinese words every offer and request uses. */
const HAN_GENERIC = new Set(['许可', '授权', '联合', '共同', '开发', '分销', '经销', '代理', '供应商', '供应', '客户', '销售', '网络', '成立', '员工', '配套', '相关', '领域', '行业', '产业', '方面', '以及', '包括', '欢迎', '入驻', '引进', '重点', '聚焦', '寻求', '寻找', '合作', '伙伴', '合作伙伴', '企业', '公司', '产品', '提供', '服务', '需求', '供给', '生产', '制造', '领先', '国际', '市场', '客户', '我们', '主要', '专业', '技术', '发展', '研发', '有限公司', '集团']);
/** Latin words shorter than this are no topic ("ai", "it"); glossary terms of any length are still found in sequences. */
const MIN_WORD = 3;
/** A part of a German compound counts from this length ("motor" in Elektromotor). */
const MIN_PART = 5;
/** Words longer than this are checked for compound parts. */
const MIN_COMPOUND = 8;

/** The concept id of a glossary entry: stable across glossary edits (its kebab-case id). */
export function conceptId(entry: GlossaryEntry): string {
  return `g:${entry.id}`;
}

interface Vocabulary {
  /** Glossary Han terms by their first two characters, longest first. */
  han: Map<string, { term: string; concept: string }[]>;
  /** Glossary Latin terms of one word, by stem. */
  single: Map<string, string[]>;
  /** Glossary Latin terms of several words, by the stem of their first word, longest first. */
  sequences: Map<string, { stems: string[]; concept: string }[]>;
  /** Stems of German glossary words and of the search morphemes: what a compound may end or start with. */
  parts: Set<string>;
}

let vocabulary: Vocabulary | undefined;

/** The stems of a Latin text's words, in order, with their folded form. */
interface LatinWord {
  folded: string;
  stem: string;
  surface: string;
  /** Concepts and parts the word itself names (a glossary word, the parts of a compound), computed once per word. */
  own: { term: string; surface: string }[];
  /** The word is a glossary term: no word term of its own. */
  glossary: boolean;
}

/** Words repeat across thousands of texts: each is folded, stemmed and split once. */
const wordCache = new Map<string, LatinWord>();
const WORD_CACHE_LIMIT = 200_000;

function latinWord(surface: string): LatinWord {
  const cached = wordCache.get(surface);
  if (cached) return cached;
  const folded = foldLatin(surface);
  const word: LatinWord = { folded, stem: stem(folded), surface, own: [], glossary: false };
  if (vocabulary) {
    const concepts = vocabulary.single.get(word.stem);
    if (concepts) {
      for (const concept of concepts) word.own.push({ term: concept, surface });
      word.glossary = true;
    }
    if (folded.length >= MIN_COMPOUND) compoundParts(word, vocabulary.single, vocabulary.parts, (term, piece) => word.own.push({ term, surface: piece }));
  }
  if (wordCache.size >= WORD_CACHE_LIMIT) wordCache.clear();
  // Words read while the vocabulary is built (glossary terms themselves) are not kept: they lack their concepts.
  if (vocabulary) wordCache.set(surface, word);
  return word;
}

/** The words of a Latin text, in order. */
function latinWords(text: string): LatinWord[] {
  const words: LatinWord[] = [];
  WORD.lastIndex = 0;
  for (let m = WORD.exec(text); m; m = WORD.exec(text)) words.push(latinWord(m[0]));
  return words;
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/** The German parts the search engine's decompounder knows (libs/search/data/german-morphemes.txt), as stems. */
const MORPHEMES =
  'abfall abwasser achse agrar alarm analyse anlage antrieb arznei aufbereitung aufzug ausbildung automat automation automatisierung automobil batterie beratung beschichtung beton '
  + 'bildung blech boden brenner bruecke chemie chemikalie dichtung dienstleistung diagnostik draht drehen drucker duenger eisen elektrik elektro elektronik energie entsorgung '
  + 'entwicklung fahrzeug farbe feder fenster feuer filter filtration folie forschung formen fracht fraesen frequenz garten gebaeude geblaese geraet getraenk getriebe giesserei '
  + 'gleit guss hafen halbleiter handel handwerk heizung hochschule hydraulik hygiene implantat industrie instrument kabel kaelte kamera keramik kessel kette klima kompressor '
  + 'komponente kosmetik kugel kunststoff labor lacke ladung lager landwirtschaft laser lebensmittel leistung leitung licht logistik luefter maschine material mechanik medizin '
  + 'messung metall mikro modul montage moebel motor nahrung oberflaeche optik papier pharma photovoltaik platte praezision pressen profil pruefung pruefstand pumpe recycling '
  + 'regelung reinigung roboter robotik rohre schaltung schiene schiff schleifen schmiede schneiden schrank schraube schutz schweissen sensor sensorik service sicherheit software '
  + 'solar spannung speicher spedition stahl stanzen steuerung stoffe strasse strom system technik technologie textil transport transformator turbine umrichter umwelt ventil '
  + 'verarbeitung verdichter verfahren verkehr verpackung vakuum waerme wagen wandler wartung wasser wasserstoff weiterbildung werkstoff werkzeug zelle zement ziegel zylinder zucker zulieferer';

function buildVocabulary(): Vocabulary {
  const han = new Map<string, { term: string; concept: string }[]>();
  const single = new Map<string, string[]>();
  const sequences = new Map<string, { stems: string[]; concept: string }[]>();
  const parts = new Set<string>(MORPHEMES.split(' ').map(stem));
  for (const entry of glossary()) {
    const concept = conceptId(entry);
    for (const term of entry.zh) {
      const simplified = simplify(term.normalize('NFKC'));
      if (/^[\u3400-\u9fff]{2,}$/u.test(simplified)) push(han, simplified.slice(0, 2), { term: simplified, concept });
      else if (!HAS_HAN.test(simplified)) addLatin(simplified, concept);
    }
    for (const term of entry.de) {
      addLatin(term, concept);
      const words = latinWords(term.normalize('NFKC'));
      if (words.length === 1 && (words[0] as { stem: string }).stem.length >= MIN_PART) parts.add((words[0] as { stem: string }).stem);
    }
    for (const term of entry.en) addLatin(term, concept);
  }
  function addLatin(term: string, concept: string): void {
    const stems = latinWords(term.normalize('NFKC')).map((w) => w.stem);
    if (stems.length === 0) return;
    if (stems.length === 1) {
      const list = single.get(stems[0] as string);
      if (!list) single.set(stems[0] as string, [concept]);
      else if (!list.includes(concept)) list.push(concept);
    } else push(sequences, stems[0] as string, { stems, concept });
  }
  for (const list of han.values()) list.sort((a, b) => b.term.length - a.term.length || a.term.localeCompare(b.term));
  for (const list of sequences.values()) list.sort((a, b) => b.stems.length - a.stems.length);
  return { han, single, sequences, parts };
}

function words(): Vocabulary {
  return (vocabulary ??= buildVocabulary());
}

/** A topic term and the text it was read from (for reasons that quote what a company wrote). */
export interface TopicTerm {
  term: string;
  surface: string;
}

/** Texts repeat across profiles (keywords, template sentences): their terms are computed once. */
const cache = new Map<string, readonly TopicTerm[]>();
const CACHE_LIMIT = 200_000;

/** Sentence ends: no glossary term or sequence of words spans one. */
const SENTENCE = /[.!?;。！？；\n]+\s*/u;

/**
 * The topic terms of one text, each once, in the order found. Texts are read sentence by sentence, and
 * sentences repeat across profiles (keywords, standard phrases), so each is analysed once (up to a bound).
 */
export function topicTermsOf(text: string): readonly TopicTerm[] {
  const cached = cache.get(text);
  if (cached) return cached;
  const sentences = text.length > 80 ? text.split(SENTENCE).filter((x) => x.trim()) : [text];
  if (sentences.length === 1) return sentenceTerms(sentences[0] as string);
  const found = new Map<string, string>();
  for (const sentence of sentences) for (const { term, surface } of sentenceTerms(sentence)) if (!found.has(term)) found.set(term, surface);
  return [...found].map(([term, surface]) => ({ term, surface }));
}

function sentenceTerms(text: string): readonly TopicTerm[] {
  const cached = cache.get(text);
  if (cached) return cached;
  const found = new Map<string, string>();
  const emit = (term: string, surface: string) => {
    if (!found.has(term)) found.set(term, surface);
  };
  let normalized = NEEDS_NFKC.test(text) ? text.normalize('NFKC') : text;
  if (HAS_HAN.test(normalized)) {
    normalized = simplify(normalized);
    han(normalized, emit);
    latin(normalized.replace(HAN_RUN, ' '), emit);
  } else latin(normalized, emit);
  const terms = [...found].map(([term, surface]) => ({ term, surface }));
  for (const { term, surface } of terms) noteSpelling(term, surface);
  if (cache.size >= CACHE_LIMIT) cache.clear();
  if (text.length <= 300) cache.set(text, terms);
  return terms;
}

/** The topic terms of several texts, each term once. */
export function topicTerms(texts: Iterable<string | null | undefined>): string[] {
  const terms = new Set<string>();
  for (const text of texts) if (text) for (const t of topicTermsOf(text)) terms.add(t.term);
  return [...terms];
}

/** The Han part of a text: glossary terms found inside it, then jieba's words that no glossary term covers. One jieba call per text. */
function han(text: string, emit: (term: string, surface: string) => void): void {
  const { han: byFirst } = words();
  const covered = new Uint8Array(text.length);
  for (let i = 0; i + 1 < text.length; i++) {
    const candidates = byFirst.get(text.slice(i, i + 2));
    if (!candidates) continue;
    for (const { term, concept } of candidates) {
      if (!text.startsWith(term, i)) continue;
      emit(concept, term);
      covered.fill(1, i, i + term.length);
    }
  }
  let at = 0;
  for (const word of segmentHan(text)) {
    const start = text.indexOf(word, at);
    if (start < 0) continue;
    const end = start + word.length;
    at = end;
    if (word.length < 2 || !HAN_WORD.test(word) || HAN_GENERIC.has(word)) continue;
    // 广元市 and 四川省 are the places 广元 and 四川.
    const name = word.replace(HAN_PLACE_SUFFIX, '');
    // A word inside a glossary term is already counted by the concept.
    let inside = true;
    for (let k = start; k < end && inside; k++) inside = covered[k] === 1;
    if (!inside) emit(`w:${name}`, word);
  }
}

function latin(text: string, emit: (term: string, surface: string) => void): void {
  const { sequences } = words();
  const list = latinWords(text);
  const consumed = new Uint8Array(list.length);
  for (let i = 0; i < list.length; i++) {
    const w = list[i] as LatinWord;
    for (const { stems, concept } of sequences.get(w.stem) ?? []) {
      if (i + stems.length > list.length || !stems.every((s, k) => (list[i + k] as LatinWord).stem === s)) continue;
      emit(concept, list.slice(i, i + stems.length).map((x) => x.surface).join(' '));
      consumed.fill(1, i, i + stems.length);
    }
    for (const { term, surface } of w.own) emit(term, surface);
    if (w.glossary) consumed[i] = 1;
  }
  for (let i = 0; i < list.length; i++) {
    const w = list[i] as LatinWord;
    if (consumed[i] || w.folded.length < MIN_WORD || STOPWORDS.has(w.folded) || /^\d+$/.test(w.folded)) continue;
    emit(`w:${w.stem}`, w.surface);
  }
}

/** Links between the parts of a German compound: Antrieb-s-technik, Batterie-n-zelle. */
const LINKS = ['s', 'n', 'en', 'es', 'e'];

/** The glossary concepts and known parts a German compound ends with (its head) or starts with. */
function compoundParts(w: { folded: string; stem: string }, single: Map<string, string[]>, parts: Set<string>, emit: (term: string, surface: string) => void): void {
  const word = w.folded;
  const name = (piece: string) => {
    const s = stem(piece);
    if (s === w.stem || !parts.has(s)) return;
    // Only glossary concepts: a known part alone ("elektro", "technik") says too little to be a topic.
    for (const concept of single.get(s) ?? []) emit(concept, piece);
  };
  // Heads: every known ending from the longest.
  for (let i = 3; i <= word.length - MIN_PART; i++) name(word.slice(i));
  // Modifiers: known beginnings followed by the rest of at least three letters, with or without a link.
  for (let j = MIN_PART; j <= word.length - 3; j++) {
    const piece = word.slice(0, j);
    if (parts.has(stem(piece))) name(piece);
    else for (const link of LINKS) if (piece.endsWith(link) && parts.has(stem(piece.slice(0, -link.length)))) name(piece.slice(0, -link.length));
  }
}

/** How word terms were written: the alphabetically first spelling seen, so every process that read the same texts shows the same. */
const spellings = new Map<string, string>();
const SPELLINGS_LIMIT = 500_000;

function noteSpelling(term: string, surface: string): void {
  if (!term.startsWith('w:')) return;
  const known = spellings.get(term);
  if (known !== undefined && known <= surface) return;
  if (known === undefined && spellings.size >= SPELLINGS_LIMIT) return;
  spellings.set(term, surface);
}

/** How a word term was written in a text read so far (undefined for concepts and unseen words). */
export function spellingOf(term: string): string | undefined {
  return spellings.get(term);
}

/** A readable form of a term in a language: a concept's glossary term in that language; a word as it was written, quoted. */
export function termLabel(term: string, language: 'zh' | 'de' | 'en', surface = spellingOf(term)): string {
  if (term.startsWith('g:')) {
    const entry = glossaryById().get(term.slice(2));
    const label = entry?.[language][0];
    if (label) return label;
  }
  const written = surface ?? term.slice(2);
  return language === 'zh' ? `“${written}”` : language === 'de' ? `„${written}“` : `"${written}"`;
}

let byId: Map<string, GlossaryEntry> | undefined;
function glossaryById(): Map<string, GlossaryEntry> {
  return (byId ??= new Map(glossary().map((e) => [e.id, e])));
}

/**
 * How much a shared term says by its kind, before how rare it is: a glossary concept 1; a category (a concept
 * that names a whole sector or market: an ISIC division, three or more classes, or the broader concept of
 * others: "chemical industry", "software", "medical devices") 0.5, since it is shared by every company of the
 * field and the sector feature counts sectors already; a word that is no glossary term 0.7, since it meets only
 * the same spelling in the same language and is more often incidental.
 */
export function termWeight(term: string): number {
  if (!term.startsWith('g:')) return WORD_WEIGHT;
  const entry = glossaryById().get(term.slice(2));
  if (!entry) return 1;
  return entry.isic.some((code) => code.length === 2) || entry.isic.length >= 3 || broaderIds().has(entry.id) ? SECTOR_CONCEPT_WEIGHT : 1;
}

let broader: Set<string> | undefined;
/** The ids of concepts that are the broader concept of another. */
function broaderIds(): Set<string> {
  return (broader ??= new Set(glossary().flatMap((e) => (e.broader ? [e.broader] : []))));
}

export const WORD_WEIGHT = 0.7;
export const SECTOR_CONCEPT_WEIGHT = 0.5;
