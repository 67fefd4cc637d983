import { FilterNode } from '../port/search-request';
import { RELEVANCE_ORIGINS } from './relevance-documents';

/** 3 = exactly what the user wants, 2 = relevant, 1 = acceptable. Unjudged documents count as 0. */
export type RelevanceGrade = 1 | 2 | 3;

export type QueryLanguage = 'zh' | 'de' | 'en';

export const QUERY_CATEGORIES = [
  /** Inner words and compounds of Chinese text: 新能源 finds 新能源汽车零部件. */
  'zh-segmentation',
  /** Traditional characters find simplified text: 數控機床 finds 数控机床. */
  'zh-traditional',
  /** "double quotes": the words adjacent, in that order. */
  'phrase',
  /** A leading minus drops documents containing the word. */
  'exclusion',
  /** German compounds found by their parts: Pumpen finds Vakuumpumpen. */
  'de-compound',
  /** Umlauts and ß against their transliterations: Müller = Mueller, Straße = Strasse. */
  'de-umlaut',
  /** German inflections: Getriebe/Getrieben, Sensor/Sensoren. */
  'de-inflection',
  /** Misspellings find what was meant; short words do not explode into noise. */
  'typo',
  /** Glossary equivalents across zh/de/en: Elektrofahrzeug finds 电动汽车. */
  'cross-lingual',
  /** An exact name or a clearly better text match outranks a mention or a badge. */
  'ranking',
  /** English plural and singular: pump/pumps, bearing/bearings. */
  'en-morphology',
  /** English queries of several words. */
  'en-multiword',
  /** Queries that carry a filter (country, badges, region, geo radius). */
  'filter',
] as const;
export type QueryCategory = (typeof QUERY_CATEGORIES)[number];

export interface RelevanceQuery {
  id: string;
  language: QueryLanguage;
  category: QueryCategory;
  query: string;
  filter?: FilterNode;
  /** Graded relevance by document id; only documents that pass `filter` are judged. */
  judgments: Record<string, RelevanceGrade>;
}

/*
 * How the judgments were made — by reading the documents as a user would, never by looking at what
 * an engine returns:
 *
 * - A document is judged when its own text (names, descriptions, keywords) states what the query asks
 *   for: directly, or through an inflection, a compound, a transliteration, traditional/simplified
 *   characters, a misspelling of the query — or, in any of the three languages, through the
 *   glossary's equivalents for the listed concepts (electric vehicle, traction battery, machine tool,
 *   heat pump, vocational training, medical devices, water treatment). A company that belongs to the
 *   field only by inference (an ISIC code, a product the text never names) is not judged.
 * - 3: the company does exactly this (usually: it is in the name or it is the whole business).
 *   2: it clearly does this, as one line among several, or it is only readable through the glossary
 *      in a language the user did not type (a Chinese user gets a German-only machine tool maker).
 *   1: acceptable — a supplier whose product is a component of the thing asked for (seals for pumps,
 *      spindle bearings for machine tools), an installer, a company that offers it on the side.
 * - A company that only lists the thing among its customers' industries ("for Maschinenbau",
 *   "for Medizintechnik") or mentions it in passing ("Montage von Maschinen") is a distractor: unjudged.
 * - Exclusions and phrases are judged by their operator: a document containing the excluded word is
 *   not judged; a phrase needs its words adjacent and in order.
 */

type Judgments = Record<string, RelevanceGrade>;

/** Documents not containing any of the listed ids (for exclusion queries). */
function without(judgments: Judgments, ...ids: string[]): Judgments {
  return Object.fromEntries(Object.entries(judgments).filter(([id]) => !ids.includes(id)));
}

// ---------------------------------------------------------------------------------------------
// Shared judgment sets (one concept, asked in several ways)
// ---------------------------------------------------------------------------------------------

/** 机床 / machine tools for a Chinese reader. */
const MACHINE_TOOLS_ZH: Judgments = {
  'r-cn-001': 3,
  'r-cn-002': 3,
  'r-cn-005': 3,
  'r-de-001': 3,
  'r-cn-003': 2,
  'r-de-002': 2,
  'r-de-003': 2,
  'r-de-004': 2,
  'r-it-001': 2,
  'r-cn-004': 1,
  'r-cn-050': 1,
};

/** Werkzeugmaschinen for a German reader. */
const MACHINE_TOOLS_DE: Judgments = {
  'r-de-001': 3,
  'r-de-002': 3,
  'r-de-003': 3,
  'r-de-004': 3,
  'r-it-001': 3,
  'r-cn-001': 2,
  'r-cn-002': 2,
  'r-cn-003': 2,
  'r-cn-005': 2,
  'r-cn-004': 1,
  'r-cn-050': 1,
};

/** Makers of machines ("Maschinen", "Maschine"); insurers, hauliers and suppliers that mention machines are not. */
const MACHINES_DE: Judgments = {
  'r-de-001': 3,
  'r-de-002': 3,
  'r-de-003': 3,
  'r-de-004': 3,
  'r-de-008': 3,
  'r-de-009': 3,
  'r-de-010': 3,
  'r-de-011': 3,
  'r-de-012': 3,
  'r-it-001': 2,
};

/** Companies that describe themselves as Maschinenbau. */
const MACHINE_BUILDING_DE: Judgments = { 'r-de-008': 3, 'r-de-009': 3, 'r-de-001': 2 };

const PUMPS_DE: Judgments = {
  'r-de-030': 3,
  'r-at-010': 3,
  'r-ch-010': 3,
  'r-it-010': 3,
  'r-de-024': 3,
  'r-cn-020': 2,
  'r-cn-021': 2,
  'r-de-031': 1,
  'r-de-040': 1,
  'r-at-020': 1,
  'r-de-057': 1,
};

const PUMPS_EN: Judgments = {
  'r-de-030': 3,
  'r-at-010': 3,
  'r-ch-010': 3,
  'r-it-010': 3,
  'r-cn-020': 3,
  'r-de-024': 2,
  'r-cn-021': 2,
  'r-cn-040': 2,
  'r-de-031': 1,
  'r-de-057': 1,
  'r-nl-020': 1,
  'r-at-020': 1,
};

const GEARBOXES_DE: Judgments = { 'r-de-020': 3, 'r-de-021': 3, 'r-cz-001': 3, 'r-cn-010': 2, 'r-de-057': 1, 'r-de-060': 1 };

const SENSORS_DE: Judgments = {
  'r-de-050': 3,
  'r-de-051': 3,
  'r-de-053': 3,
  'r-de-055': 2,
  'r-fr-010': 2,
  'r-cn-031': 2,
  'r-de-052': 1,
  'r-de-162': 1,
};

const SENSORS_EN: Judgments = {
  'r-de-050': 3,
  'r-de-051': 3,
  'r-de-053': 3,
  'r-de-055': 3,
  'r-fr-010': 3,
  'r-cn-030': 3,
  'r-cn-032': 3,
  'r-cn-031': 2,
  'r-de-052': 1,
  'r-de-162': 1,
};

const BEARINGS_EN: Judgments = { 'r-de-060': 3, 'r-cn-050': 3, 'r-cn-051': 2, 'r-se-001': 2, 'r-cn-052': 1 };

const HYDRAULICS_EN: Judgments = { 'r-de-023': 3, 'r-cn-040': 3, 'r-fi-001': 3, 'r-it-011': 3, 'r-de-024': 2, 'r-de-050': 1 };

const ELECTRIC_VEHICLES_ZH: Judgments = { 'r-cn-073': 3, 'r-de-080': 3, 'r-cn-070': 2, 'r-cn-071': 1, 'r-nl-010': 1, 'r-de-082': 1 };

const MEDICAL_DEVICES_ZH: Judgments = { 'r-cn-100': 3, 'r-cn-101': 3, 'r-de-101': 3, 'r-de-100': 2, 'r-ch-030': 2, 'r-nl-030': 2 };

const NEW_ENERGY_ZH: Judgments = {
  'r-cn-070': 3,
  'r-cn-073': 3,
  'r-cn-075': 3,
  'r-cn-076': 3,
  'r-cn-071': 2,
  'r-cn-077': 2,
  'r-cn-078': 1,
};

const HEAT_PUMPS_DE: Judgments = { 'r-de-040': 3, 'r-at-020': 3, 'r-cn-080': 2, 'r-nl-020': 2, 'r-de-041': 1 };

const MUELLER: Judgments = { 'r-de-001': 3, 'r-de-120': 3, 'r-de-121': 3, 'r-ch-043': 3 };
const ROAD_BUILDING: Judgments = { 'r-de-124': 3, 'r-ch-041': 3 };
const CONVEYORS: Judgments = { 'r-de-120': 3, 'r-at-030': 3 };

const STUTTGART = RELEVANCE_ORIGINS.stuttgart;
const SHANGHAI = RELEVANCE_ORIGINS.shanghai;

// ---------------------------------------------------------------------------------------------
// Chinese
// ---------------------------------------------------------------------------------------------

const ZH: RelevanceQuery[] = [
  { id: 'zh-01', language: 'zh', category: 'zh-segmentation', query: '新能源', judgments: NEW_ENERGY_ZH },
  {
    id: 'zh-02',
    language: 'zh',
    category: 'zh-segmentation',
    query: '处理',
    judgments: { 'r-cn-110': 3, 'r-cn-113': 3, 'r-cn-114': 3, 'r-cn-111': 3, 'r-de-111': 3, 'r-cn-112': 2 },
  },
  { id: 'zh-03', language: 'zh', category: 'zh-segmentation', query: '机床', judgments: MACHINE_TOOLS_ZH },
  {
    id: 'zh-04',
    language: 'zh',
    category: 'zh-segmentation',
    query: '机器人',
    judgments: { 'r-cn-060': 3, 'r-cn-061': 3, 'r-de-070': 3, 'r-dk-001': 2, 'r-de-071': 2, 'r-cn-010': 1 },
  },
  {
    id: 'zh-05',
    language: 'zh',
    category: 'zh-segmentation',
    query: '泵',
    judgments: { 'r-cn-020': 3, 'r-cn-021': 3, 'r-de-030': 3, 'r-at-010': 3, 'r-cn-040': 2, 'r-cn-080': 1 },
  },
  {
    id: 'zh-06',
    language: 'zh',
    category: 'zh-segmentation',
    query: '传感器',
    judgments: { 'r-cn-030': 3, 'r-de-050': 3, 'r-cn-031': 3, 'r-cn-032': 3 },
  },
  {
    id: 'zh-07',
    language: 'zh',
    category: 'zh-traditional',
    query: '數控機床',
    judgments: {
      'r-cn-001': 3,
      'r-cn-002': 3,
      'r-cn-005': 3,
      'r-de-001': 3,
      'r-cn-003': 2,
      'r-de-002': 2,
      'r-de-003': 2,
      'r-de-004': 1,
      'r-it-001': 1,
      'r-cn-004': 1,
      'r-cn-050': 1,
    },
  },
  { id: 'zh-08', language: 'zh', category: 'zh-traditional', query: '電動汽車', judgments: ELECTRIC_VEHICLES_ZH },
  { id: 'zh-09', language: 'zh', category: 'zh-traditional', query: '醫療器械', judgments: MEDICAL_DEVICES_ZH },
  {
    id: 'zh-10',
    language: 'zh',
    category: 'phrase',
    query: '"新能源 汽车"',
    // 杭州绿能 (r-cn-077) has 新能源 and 汽车, but not next to each other.
    judgments: { 'r-cn-070': 3, 'r-cn-073': 3, 'r-cn-071': 2, 'r-cn-078': 1 },
  },
  {
    id: 'zh-11',
    language: 'zh',
    category: 'phrase',
    query: '"工业 机器人"',
    // r-cn-061 (机器人，适用于工业装配) and r-de-070 (工业企业提供协作机器人) have both words, not as the phrase.
    judgments: { 'r-cn-060': 3, 'r-cn-010': 1 },
  },
  {
    id: 'zh-12',
    language: 'zh',
    category: 'exclusion',
    query: '机床 -磨床',
    judgments: without(MACHINE_TOOLS_ZH, 'r-cn-003', 'r-de-002'),
  },
  {
    id: 'zh-13',
    language: 'zh',
    category: 'exclusion',
    query: '新能源 -汽车',
    judgments: without(NEW_ENERGY_ZH, 'r-cn-070', 'r-cn-073', 'r-cn-071', 'r-cn-077', 'r-cn-078'),
  },
  { id: 'zh-14', language: 'zh', category: 'cross-lingual', query: '电动汽车', judgments: ELECTRIC_VEHICLES_ZH },
  {
    id: 'zh-15',
    language: 'zh',
    category: 'cross-lingual',
    query: '动力电池',
    judgments: { 'r-cn-071': 3, 'r-cn-072': 3, 'r-de-081': 2, 'r-se-010': 2 },
  },
  {
    id: 'zh-16',
    language: 'zh',
    category: 'cross-lingual',
    query: '热泵',
    judgments: { 'r-cn-080': 3, 'r-de-040': 2, 'r-at-020': 2, 'r-nl-020': 2, 'r-de-041': 1 },
  },
  {
    id: 'zh-17',
    language: 'zh',
    category: 'cross-lingual',
    query: '职业培训',
    judgments: { 'r-cn-090': 3, 'r-cn-091': 3, 'r-de-091': 3, 'r-de-090': 2, 'r-ch-020': 2, 'r-de-008': 1 },
  },
  { id: 'zh-18', language: 'zh', category: 'cross-lingual', query: '医疗器械', judgments: MEDICAL_DEVICES_ZH },
  {
    id: 'zh-19',
    language: 'zh',
    category: 'cross-lingual',
    query: '水处理',
    judgments: {
      'r-cn-111': 3,
      'r-cn-110': 2,
      'r-de-111': 2,
      'r-de-110': 2,
      'r-fr-020': 2,
      'r-de-150': 1,
      'r-be-001': 1,
    },
  },
  {
    id: 'zh-20',
    language: 'zh',
    category: 'ranking',
    query: '汇能',
    // The company named 汇能 first; the die-caster that names it as a customer is only acceptable.
    judgments: { 'r-cn-070': 3, 'r-cn-078': 1 },
  },
  {
    id: 'zh-21',
    language: 'zh',
    category: 'ranking',
    query: '轴承',
    judgments: { 'r-cn-050': 3, 'r-cn-051': 3, 'r-de-060': 3, 'r-cn-052': 1 },
  },
  {
    id: 'zh-22',
    language: 'zh',
    category: 'filter',
    query: '机床',
    filter: { kind: 'geoRadius', lat: SHANGHAI.lat, lng: SHANGHAI.lng, radiusKm: 200 },
    judgments: { 'r-cn-005': 3, 'r-cn-001': 3, 'r-cn-004': 1 },
  },
  {
    id: 'zh-23',
    language: 'zh',
    category: 'filter',
    query: '电池',
    filter: {
      kind: 'and',
      nodes: [
        { kind: 'in', field: 'country', values: ['CN'] },
        { kind: 'range', field: 'employees', gte: 1000 },
      ],
    },
    judgments: { 'r-cn-071': 3, 'r-cn-072': 3 },
  },
];

// ---------------------------------------------------------------------------------------------
// German
// ---------------------------------------------------------------------------------------------

const DE: RelevanceQuery[] = [
  { id: 'de-01', language: 'de', category: 'de-compound', query: 'Maschinen', judgments: MACHINES_DE },
  {
    id: 'de-02',
    language: 'de',
    category: 'de-compound',
    query: 'Werkzeug',
    judgments: {
      'r-de-005': 3,
      'r-de-006': 3,
      'r-cn-004': 2,
      'r-de-001': 1,
      'r-de-002': 1,
      'r-de-003': 1,
      'r-de-004': 1,
      'r-it-001': 1,
      'r-de-058': 1,
    },
  },
  {
    id: 'de-03',
    language: 'de',
    category: 'de-compound',
    query: 'Antrieb',
    judgments: { 'r-de-020': 3, 'r-de-022': 3, 'r-at-001': 3, 'r-nl-001': 2, 'r-de-023': 2, 'r-de-021': 1, 'r-de-081': 1 },
  },
  { id: 'de-04', language: 'de', category: 'de-compound', query: 'Pumpen', judgments: PUMPS_DE },
  {
    id: 'de-05',
    language: 'de',
    category: 'de-compound',
    query: 'Roboter',
    judgments: { 'r-de-070': 3, 'r-it-020': 3, 'r-de-071': 2, 'r-cn-061': 2, 'r-dk-001': 2, 'r-ch-030': 2 },
  },
  { id: 'de-06', language: 'de', category: 'de-umlaut', query: 'Müller', judgments: MUELLER },
  { id: 'de-07', language: 'de', category: 'de-umlaut', query: 'Mueller', judgments: MUELLER },
  { id: 'de-08', language: 'de', category: 'de-umlaut', query: 'Straßenbau', judgments: ROAD_BUILDING },
  { id: 'de-09', language: 'de', category: 'de-umlaut', query: 'Strassenbau', judgments: ROAD_BUILDING },
  { id: 'de-10', language: 'de', category: 'de-umlaut', query: 'Fördertechnik', judgments: CONVEYORS },
  { id: 'de-11', language: 'de', category: 'de-umlaut', query: 'Foerdertechnik', judgments: CONVEYORS },
  {
    id: 'de-12',
    language: 'de',
    category: 'de-umlaut',
    query: 'Schweisstechnik',
    judgments: { 'r-de-071': 3, 'r-ch-042': 3, 'r-it-020': 1, 'r-de-152': 1 },
  },
  { id: 'de-13', language: 'de', category: 'de-umlaut', query: 'Waermepumpe', judgments: HEAT_PUMPS_DE },
  { id: 'de-14', language: 'de', category: 'de-inflection', query: 'Maschine', judgments: MACHINES_DE },
  { id: 'de-15', language: 'de', category: 'de-inflection', query: 'Sensor', judgments: SENSORS_DE },
  { id: 'de-16', language: 'de', category: 'de-inflection', query: 'Getrieben', judgments: GEARBOXES_DE },
  { id: 'de-17', language: 'de', category: 'de-inflection', query: 'Pumpe', judgments: PUMPS_DE },
  {
    id: 'de-18',
    language: 'de',
    category: 'phrase',
    query: '"elektrische Antriebe"',
    // r-de-023 has "hydraulische Antriebe und elektrische Steuerungen": both words, not the phrase.
    judgments: { 'r-de-020': 3, 'r-de-022': 3 },
  },
  {
    id: 'de-19',
    language: 'de',
    category: 'phrase',
    query: '"Kunststoff Spritzguss"',
    // r-de-006 has "für Kunststoff und Aluminium. Bemusterung auf eigener Spritzguss-Anlage": not adjacent.
    judgments: { 'r-de-007': 3 },
  },
  {
    id: 'de-20',
    language: 'de',
    category: 'exclusion',
    query: 'Pumpen -Wärmepumpen',
    judgments: without(PUMPS_DE, 'r-de-040', 'r-at-020'),
  },
  {
    id: 'de-21',
    language: 'de',
    category: 'exclusion',
    query: 'Werkzeugmaschinen -Schleifmaschinen',
    // r-de-002 and r-de-004 contain the excluded word; the Chinese grinding-machine maker r-cn-003 is what the user excluded.
    judgments: without(MACHINE_TOOLS_DE, 'r-de-002', 'r-de-004', 'r-cn-003'),
  },
  { id: 'de-22', language: 'de', category: 'typo', query: 'Maschinenbua', judgments: MACHINE_BUILDING_DE },
  { id: 'de-23', language: 'de', category: 'typo', query: 'Werkzeugmashinen', judgments: MACHINE_TOOLS_DE },
  { id: 'de-24', language: 'de', category: 'typo', query: 'Getreibe', judgments: GEARBOXES_DE },
  {
    id: 'de-25',
    language: 'de',
    category: 'typo',
    query: 'Rad',
    // Wheels, wheelsets and (Fahr)räder only: not Bad, Rat, Radar, Radiologie, Radialwellendichtringe or Zahnrad….
    judgments: { 'r-de-126': 3, 'r-de-127': 2, 'r-de-125': 2 },
  },
  {
    id: 'de-26',
    language: 'de',
    category: 'typo',
    query: 'Bad',
    judgments: { 'r-de-128': 3 },
  },
  {
    id: 'de-27',
    language: 'de',
    category: 'cross-lingual',
    query: 'Elektrofahrzeug',
    judgments: { 'r-de-080': 3, 'r-cn-070': 2, 'r-cn-073': 2, 'r-de-082': 1, 'r-nl-010': 1, 'r-cn-071': 1 },
  },
  {
    id: 'de-28',
    language: 'de',
    category: 'cross-lingual',
    query: 'Antriebsbatterie',
    judgments: { 'r-de-081': 3, 'r-cn-071': 2, 'r-cn-072': 2, 'r-se-010': 2 },
  },
  { id: 'de-29', language: 'de', category: 'cross-lingual', query: 'Wärmepumpe', judgments: HEAT_PUMPS_DE },
  {
    id: 'de-30',
    language: 'de',
    category: 'cross-lingual',
    query: 'Berufsausbildung',
    judgments: { 'r-de-090': 3, 'r-de-091': 3, 'r-cn-090': 2, 'r-cn-091': 2, 'r-ch-020': 2, 'r-de-008': 1 },
  },
  {
    id: 'de-31',
    language: 'de',
    category: 'cross-lingual',
    query: 'Medizintechnik',
    // r-de-051, r-ch-001 and r-ch-043 only name Medizintechnik as a customer industry.
    judgments: { 'r-de-100': 3, 'r-de-101': 3, 'r-ch-030': 3, 'r-cn-100': 2, 'r-cn-101': 2, 'r-nl-030': 2 },
  },
  {
    id: 'de-32',
    language: 'de',
    category: 'cross-lingual',
    query: 'Wasseraufbereitung',
    judgments: {
      'r-de-110': 3,
      'r-cn-111': 2,
      'r-fr-020': 2,
      'r-de-111': 2,
      'r-cn-110': 1,
      'r-de-150': 1,
      'r-be-001': 1,
    },
  },
  { id: 'de-33', language: 'de', category: 'cross-lingual', query: 'Werkzeugmaschine', judgments: MACHINE_TOOLS_DE },
  {
    id: 'de-34',
    language: 'de',
    category: 'ranking',
    query: 'Hafenlogistik',
    judgments: { 'r-de-130': 3, 'r-de-131': 1 },
  },
  {
    id: 'de-35',
    language: 'de',
    category: 'ranking',
    query: 'Drucksensoren',
    // The hidden champion r-de-052 only resells pressure sensors; the small specialist r-de-051 must rank above it.
    judgments: { 'r-de-051': 3, 'r-de-050': 3, 'r-cn-031': 2, 'r-de-052': 1 },
  },
  {
    id: 'de-36',
    language: 'de',
    category: 'ranking',
    query: 'Schleifmaschinen',
    // r-de-004 is a hidden champion that offers grinding machines through a partner.
    judgments: { 'r-de-002': 3, 'r-de-004': 1 },
  },
  {
    id: 'de-37',
    language: 'de',
    category: 'ranking',
    query: 'Neckar Sensorik',
    judgments: { 'r-de-050': 3 },
  },
  {
    id: 'de-38',
    language: 'de',
    category: 'filter',
    query: 'Antrieb',
    filter: { kind: 'in', field: 'region', values: ['DE-BW'] },
    judgments: { 'r-de-020': 3, 'r-de-021': 1 },
  },
  {
    id: 'de-39',
    language: 'de',
    category: 'filter',
    query: 'Pumpen',
    filter: { kind: 'in', field: 'country', values: ['AT', 'CH'] },
    judgments: { 'r-at-010': 3, 'r-ch-010': 3, 'r-at-020': 1 },
  },
  {
    id: 'de-40',
    language: 'de',
    category: 'filter',
    query: 'Werkzeugmaschinen',
    filter: { kind: 'geoRadius', lat: STUTTGART.lat, lng: STUTTGART.lng, radiusKm: 100 },
    judgments: { 'r-de-001': 3, 'r-de-002': 3, 'r-de-003': 3 },
  },
  {
    id: 'de-41',
    language: 'de',
    category: 'filter',
    query: 'Medizintechnik',
    filter: { kind: 'in', field: 'badges', values: ['mittelstand'] },
    judgments: { 'r-de-100': 3, 'r-de-101': 3 },
  },
];

// ---------------------------------------------------------------------------------------------
// English
// ---------------------------------------------------------------------------------------------

const EN: RelevanceQuery[] = [
  { id: 'en-01', language: 'en', category: 'en-morphology', query: 'pump', judgments: PUMPS_EN },
  { id: 'en-02', language: 'en', category: 'en-morphology', query: 'bearings', judgments: BEARINGS_EN },
  { id: 'en-03', language: 'en', category: 'en-morphology', query: 'bearing', judgments: BEARINGS_EN },
  {
    id: 'en-04',
    language: 'en',
    category: 'en-morphology',
    query: 'valve',
    judgments: { 'r-de-140': 3, 'r-ch-050': 3, 'r-cn-136': 3, 'r-it-011': 2, 'r-cn-040': 2 },
  },
  {
    id: 'en-05',
    language: 'en',
    category: 'en-morphology',
    query: 'gearbox',
    judgments: { 'r-de-021': 3, 'r-cz-001': 3, 'r-cn-010': 3, 'r-de-020': 2, 'r-de-060': 1, 'r-de-057': 1 },
  },
  {
    id: 'en-06',
    language: 'en',
    category: 'en-multiword',
    query: 'hydraulic cylinders for construction machinery',
    judgments: { 'r-de-023': 3, 'r-cn-040': 3, 'r-fi-001': 2, 'r-it-011': 1, 'r-de-024': 1 },
  },
  {
    id: 'en-07',
    language: 'en',
    category: 'en-multiword',
    query: 'precision bearings for wind turbines',
    judgments: { 'r-cn-050': 3, 'r-de-060': 3, 'r-cn-051': 1, 'r-se-001': 1 },
  },
  {
    id: 'en-08',
    language: 'en',
    category: 'en-multiword',
    query: 'welding robots',
    judgments: { 'r-cn-060': 3, 'r-it-020': 3, 'r-de-071': 2 },
  },
  {
    id: 'en-09',
    language: 'en',
    category: 'en-multiword',
    query: 'packaging machines for food',
    judgments: { 'r-de-010': 3, 'r-de-022': 1, 'r-de-020': 1 },
  },
  {
    id: 'en-10',
    language: 'en',
    category: 'en-multiword',
    query: 'CNC lathes',
    judgments: { 'r-cn-002': 3, 'r-de-001': 3, 'r-ch-001': 2 },
  },
  { id: 'en-11', language: 'en', category: 'typo', query: 'hydralic', judgments: HYDRAULICS_EN },
  { id: 'en-12', language: 'en', category: 'typo', query: 'sensros', judgments: SENSORS_EN },
  { id: 'en-13', language: 'en', category: 'typo', query: 'bearnigs', judgments: BEARINGS_EN },
  {
    id: 'en-14',
    language: 'en',
    category: 'cross-lingual',
    query: 'electric vehicle',
    judgments: { 'r-cn-070': 2, 'r-de-080': 2, 'r-cn-073': 2, 'r-nl-010': 1, 'r-de-082': 1, 'r-cn-071': 1 },
  },
  {
    id: 'en-15',
    language: 'en',
    category: 'cross-lingual',
    query: 'traction batteries',
    judgments: { 'r-se-010': 3, 'r-cn-072': 3, 'r-de-081': 2, 'r-cn-071': 2 },
  },
  {
    id: 'en-16',
    language: 'en',
    category: 'cross-lingual',
    query: 'heat pump',
    judgments: { 'r-nl-020': 3, 'r-at-020': 3, 'r-de-040': 2, 'r-cn-080': 2, 'r-de-041': 1 },
  },
  {
    id: 'en-17',
    language: 'en',
    category: 'cross-lingual',
    query: 'vocational training',
    judgments: { 'r-ch-020': 3, 'r-cn-091': 3, 'r-de-091': 3, 'r-de-090': 2, 'r-cn-090': 2, 'r-de-008': 1 },
  },
  {
    id: 'en-18',
    language: 'en',
    category: 'cross-lingual',
    query: 'medical devices',
    judgments: { 'r-nl-030': 3, 'r-ch-030': 3, 'r-de-101': 3, 'r-cn-101': 3, 'r-de-100': 2, 'r-cn-100': 2 },
  },
  {
    id: 'en-19',
    language: 'en',
    category: 'cross-lingual',
    query: 'water treatment',
    judgments: {
      'r-fr-020': 3,
      'r-de-111': 2,
      'r-de-110': 2,
      'r-cn-111': 2,
      'r-cn-110': 1,
      'r-de-150': 1,
      'r-be-001': 1,
    },
  },
  {
    id: 'en-20',
    language: 'en',
    category: 'cross-lingual',
    query: 'machine tools',
    judgments: {
      'r-de-001': 3,
      'r-de-004': 3,
      'r-cn-002': 3,
      'r-cn-005': 3,
      'r-it-001': 3,
      'r-de-002': 2,
      'r-de-003': 2,
      'r-cn-001': 2,
      'r-cn-003': 2,
      'r-cn-050': 1,
      'r-cn-004': 1,
    },
  },
  {
    id: 'en-21',
    language: 'en',
    category: 'phrase',
    query: '"vacuum pumps"',
    // r-de-031 has "vacuum ovens and matching pumps": both words, not the phrase.
    judgments: { 'r-de-030': 3, 'r-cn-021': 2 },
  },
  {
    id: 'en-22',
    language: 'en',
    category: 'phrase',
    query: '"electric drives"',
    // r-de-023 has "hydraulic drives and electric controls".
    judgments: { 'r-de-020': 3, 'r-de-022': 3, 'r-nl-001': 3 },
  },
  {
    id: 'en-23',
    language: 'en',
    category: 'exclusion',
    query: 'sensors -pressure',
    judgments: without(SENSORS_EN, 'r-de-050', 'r-de-051', 'r-cn-030', 'r-cn-031', 'r-de-052'),
  },
  {
    id: 'en-24',
    language: 'en',
    category: 'ranking',
    query: 'pressure sensors',
    // The hidden champion r-de-052 only offers pressure sensors from partners.
    judgments: { 'r-de-051': 3, 'r-de-050': 3, 'r-cn-030': 3, 'r-cn-031': 2, 'r-de-052': 1 },
  },
  {
    id: 'en-25',
    language: 'en',
    category: 'ranking',
    query: 'port logistics',
    judgments: { 'r-de-130': 3, 'r-cn-124': 3, 'r-de-131': 1, 'r-nl-050': 1 },
  },
  {
    id: 'en-26',
    language: 'en',
    category: 'ranking',
    query: 'Vicenza Pumps',
    judgments: { 'r-it-010': 3 },
  },
  {
    id: 'en-27',
    language: 'en',
    category: 'filter',
    query: 'sensors',
    filter: { kind: 'in', field: 'badges', values: ['hidden_champion'] },
    judgments: { 'r-de-050': 3, 'r-de-052': 1 },
  },
  {
    id: 'en-28',
    language: 'en',
    category: 'filter',
    query: 'robots',
    filter: { kind: 'not', node: { kind: 'in', field: 'country', values: ['CN'] } },
    judgments: { 'r-de-070': 3, 'r-it-020': 3, 'r-dk-001': 3, 'r-de-071': 2, 'r-ch-030': 2, 'r-de-022': 1 },
  },
  {
    id: 'en-29',
    language: 'en',
    category: 'filter',
    query: 'heat pump',
    filter: { kind: 'in', field: 'initiative_member', values: [true] },
    judgments: { 'r-at-020': 3 },
  },
  {
    id: 'en-30',
    language: 'en',
    category: 'filter',
    query: 'sensors',
    filter: { kind: 'geoRadius', lat: STUTTGART.lat, lng: STUTTGART.lng, radiusKm: 50 },
    judgments: { 'r-de-050': 3, 'r-de-051': 3 },
  },
];

/** The judged queries: Chinese, German, English. */
export const RELEVANCE_QUERIES: readonly RelevanceQuery[] = [...ZH, ...DE, ...EN];
