import type { ParkRecord } from '@hc/parks';
import type { GeneratedCompany } from '../generator/company.generator';

/** How many right companies are planted for every park: the answer key of precision@10 / recall@10. */
export const RIGHT_COMPANIES_PER_PARK = 10;

export interface PlantedScenarioOptions {
  /** Same seed, same scenarios (parks, companies, answer key). */
  seed: number;
  /** Number of planted parks (about 60 % in China, the rest in Germany). */
  parks: number;
  /** Number of planted reciprocal company pairs. */
  pairs: number;
  /** Decoys per park: companies in the park's sectors that are wrong for it; 8 when omitted. */
  decoysPerPark?: number;
}

/**
 * Why a planted company is right for its park. Every right company works in a focus or gap sector,
 * wants a site in the park's country (abroad) or to expand near home (a neighbour), and needs two or
 * three things the park offers; on top, a mix of both sectors, membership and badges (at least one).
 */
export enum PlantedSignal {
  /** Works in one of the park's focus sectors. */
  FOCUS_SECTOR = 'focus_sector',
  /** Works in a sector the park declared as a gap of its ecosystem (a supplier of its focus sectors). */
  GAP_SECTOR = 'gap_sector',
  /** Located within a few kilometres of the park (domestic companies). */
  NEARBY = 'nearby',
  /** A live business request for a site or a joint venture that targets the park's country (a neighbour's: an expansion site near home). */
  SITE_INTENT = 'site_intent',
  /** Member of the new-ecology initiative. */
  INITIATIVE_MEMBER = 'initiative_member',
  /** Hidden champion, 专精特新“小巨人” or 单项冠军. */
  BADGE = 'badge',
  /** Its needs (and its site request's market keywords) name what the park offers: test labs, standard factory buildings, a German-speaking service desk … */
  NEEDS_PARK_OFFERINGS = 'needs_park_offerings',
}

/** Why a decoy is wrong for its park although it shares the park's sectors. */
export enum DecoyReason {
  /** Same country as the park, but hundreds of kilometres away, and no intent to move. */
  FAR_AWAY = 'far_away',
  /** Abroad, exports to the park's country, but does not look for a site or a joint venture. */
  NO_INTENT = 'no_intent',
  /** Abroad, looks for a site, but in other countries than the park's. */
  WRONG_COUNTRY = 'wrong_country',
}

/** How a planted pair complements each other. */
export enum PairArchetype {
  /** A licenses a technology and seeks distributors in B's country; B distributes there and wants that technology. */
  LICENCE_AND_DISTRIBUTION = 'licence_and_distribution',
  /** A (Chinese supplier) offers a component B seeks and wants R&D cooperation on a topic B offers. */
  SUPPLY_CHAIN = 'supply_chain',
  /** Each offers, for joint development, the technology the other asks for. */
  JOINT_RD = 'joint_rd',
}

export type PlantedRole =
  | { kind: 'park_right'; park: number; domestic: boolean; signals: PlantedSignal[] }
  | { kind: 'park_decoy'; park: number; reason: DecoyReason }
  | { kind: 'pair'; pair: number; side: 'a' | 'b'; archetype: PairArchetype };

/** The answer key, by index into `PlantedScenarios.parks` and `PlantedScenarios.companies`; never by id or name. */
export interface PlantedPair {
  a: number;
  b: number;
  archetype: PairArchetype;
}

export interface PlantedScenarios {
  parks: ParkRecord[];
  /** Right companies, decoys and pair companies, in one list (records carry no ids). */
  companies: GeneratedCompany[];
  /** parkAnswers[p]: the indexes of the RIGHT_COMPANIES_PER_PARK right companies of park p. */
  parkAnswers: number[][];
  /** parkDecoys[p]: the indexes of the decoys of park p (wrong by construction; for diagnostics). */
  parkDecoys: number[][];
  /** Each pair's two companies: each is the other's planted partner. */
  pairAnswers: PlantedPair[];
  /** roles[i]: what company i was planted as (parallel to `companies`). */
  roles: PlantedRole[];
}
