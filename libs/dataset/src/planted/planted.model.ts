import type { ParkRecord } from '@hc/parks';
import type { GeneratedCompany } from '../generator/company.generator';

/** How many right companies (fits) are planted for every park: the answer key of precision@10 / recall@10. */
export const RIGHT_COMPANIES_PER_PARK = 10;

/**
 * The two planted sets. They use disjoint halves of the glossary's topic concepts and different
 * phrasing templates, and default to different seeds: a matcher is tuned on `tuning` only and judged on
 * `heldout`, which it has never seen.
 */
export type PlantedVocabulary = 'tuning' | 'heldout';

export const PLANTED_VOCABULARIES: readonly PlantedVocabulary[] = ['tuning', 'heldout'];

/** The default seed of each set (the bench runs both with these). */
export const PLANTED_SEEDS: Readonly<Record<PlantedVocabulary, number>> = { tuning: 20240528, heldout: 7331 };

export interface PlantedScenarioOptions {
  /** Same seed (and vocabulary), same scenarios: parks, companies, answer key. */
  seed: number;
  /** Number of planted parks (about 60 % in China, the rest in Germany and a few elsewhere in Europe). */
  parks: number;
  /** Number of planted reciprocal company pairs. */
  pairs: number;
  /** Which half of the topic concepts and which phrasing templates; 'tuning' when omitted. */
  vocabulary?: PlantedVocabulary;
  /** Adversarial noise companies per park (same sector, intent, place, needs; another topic); 24 when omitted. */
  noisePerPark?: number;
  /** Decoys per park (on topic, but a draft, a lapsed request, or aiming elsewhere); 4 when omitted. */
  decoysPerPark?: number;
  /** Noise partners per pair (type-only, value-chain, market-keyword matches); 20 when omitted. */
  noisePerPair?: number;
}

/**
 * Why a planted fit is right for its park. Every fit works in a focus or gap sector, names one of the
 * park's topics (in another language or with a synonym: only meaning connects them), wants a site in
 * the park's country or region, and needs what the park offers. Badges and membership are mixed in, and
 * its noise twins carry more of them.
 */
export enum PlantedSignal {
  /** Works in one of the park's focus sectors. */
  FOCUS_SECTOR = 'focus_sector',
  /** Works in a sector the park declared as a gap of its ecosystem (a supplier of its focus sectors). */
  GAP_SECTOR = 'gap_sector',
  /** Names one of the park's topic concepts, never with a spelling the park's description uses. */
  TOPIC = 'topic',
  /** Located within a few kilometres of the park (domestic companies). */
  NEARBY = 'nearby',
  /** A live business request for a site or a joint venture that targets the park's country. */
  SITE_INTENT = 'site_intent',
  /** Its site request names the park's region or city cluster (京津冀, 长三角, Rhein-Main, Bayern …). */
  NAMES_REGION = 'names_region',
  /** Member of the new-ecology initiative. */
  INITIATIVE_MEMBER = 'initiative_member',
  /** Hidden champion, 专精特新“小巨人”, 单项冠军 or 专精特新 SME. */
  BADGE = 'badge',
  /** Its needs name what the park offers: test labs, standard factory buildings, a service desk … */
  NEEDS_PARK_OFFERINGS = 'needs_park_offerings',
}

/** Where a fit (and its noise twins) comes from. */
export enum FitKind {
  /** From abroad: a site or joint-venture request naming the park's country. */
  FOREIGN = 'foreign',
  /** At home, next to the park: an expansion request naming the park's region. */
  NEAR = 'near',
  /** At home, far away: a request for a site in the park's region. */
  FAR = 'far',
}

/** Why a decoy must not be suggested although it names the park's topic. */
export enum DecoyReason {
  /** A right company in every respect, but a draft: not published, never visible. */
  DRAFT = 'draft',
  /** Abroad, on topic, but its only site request has lapsed (the loader withdraws it after the import). */
  LAPSED_REQUEST = 'lapsed_request',
  /** Abroad, on topic, looking for a site in other countries than the park's. */
  WRONG_COUNTRY = 'wrong_country',
  /** At home, on topic, far away, looking for a site in another region of the country. */
  WRONG_REGION = 'wrong_region',
}

/** What a park's noise company talks about instead of the park's topic. */
export enum NoiseTopic {
  /** Another glossary concept of its own division. */
  SAME_DIVISION = 'same_division',
  /** The topic of a planted park in another country. */
  OTHER_PARK = 'other_park',
}

/** How a planted pair complements each other. */
export enum PairArchetype {
  /** A licenses a technology (Y) and seeks distributors for its product (X); B distributes X and wants Y. */
  LICENCE_AND_DISTRIBUTION = 'licence_and_distribution',
  /** A supplies a component (X) B looks for and wants R&D cooperation on a topic (Y) B offers. */
  SUPPLY_CHAIN = 'supply_chain',
  /** Each offers, for joint development, the technology the other asks for. */
  JOINT_RD = 'joint_rd',
}

/** Why a noise partner of a pair is wrong although something else matches. */
export enum PairNoise {
  /** Offers what the side requests by type, partnership, country and size, and requests what it offers: on other topics. */
  TYPE_ONLY = 'type_only',
  /** A supplier or customer division of the side's, with badges and membership, type-only opportunities. */
  VALUE_CHAIN = 'value_chain',
  /** Type-only opportunities whose only shared word is a generic market keyword ("machinery", "automotive"). */
  MARKET_KEYWORD = 'market_keyword',
}

export type PlantedRole =
  | { kind: 'park_right'; park: number; domestic: boolean; fit: FitKind; topic: string; signals: PlantedSignal[] }
  | { kind: 'park_noise'; park: number; twinOf: number; fit: FitKind; noise: NoiseTopic; topic: string }
  | { kind: 'park_decoy'; park: number; reason: DecoyReason; topic: string }
  | { kind: 'pair'; pair: number; side: 'a' | 'b'; archetype: PairArchetype }
  | { kind: 'pair_noise'; pair: number; against: 'a' | 'b'; noise: PairNoise; topics: string[] };

/** The answer key of one pair, by index into `PlantedScenarios.companies`. */
export interface PlantedPair {
  a: number;
  b: number;
  archetype: PairArchetype;
  /** True when both companies are European (otherwise one is Chinese). */
  european: boolean;
  /** Glossary concept ids: what A requests (B offers) and what B requests (A offers). */
  topics: { aRequests: string; bRequests: string };
}

export interface PlantedScenarios {
  vocabulary: PlantedVocabulary;
  seed: number;
  parks: ParkRecord[];
  /** Glossary concept ids each park's description names (parallel to `parks`). */
  parkTopics: string[][];
  /** Fits, noise, decoys, pair companies and pair noise, in one list (records carry no ids). */
  companies: GeneratedCompany[];
  /** parkAnswers[p]: the indexes of the RIGHT_COMPANIES_PER_PARK fits of park p. */
  parkAnswers: number[][];
  /** parkNoise[p]: the adversarial noise of park p (same sector, intent, place, needs; another topic). */
  parkNoise: number[][];
  /** parkDecoys[p]: on-topic companies that must not be suggested to park p. */
  parkDecoys: number[][];
  /** Each pair's two companies: each is the other's planted partner. */
  pairAnswers: PlantedPair[];
  /** pairNoise[k]: the noise partners planted against pair k. */
  pairNoise: number[][];
  /**
   * Companies whose opportunities the loader must withdraw right after the import: a lapsed request
   * (an import cannot publish an opportunity that has already expired).
   */
  withdrawAfterImport: number[];
  /** roles[i]: what company i was planted as (parallel to `companies`). */
  roles: PlantedRole[];
}
