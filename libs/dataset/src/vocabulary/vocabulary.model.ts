/** The same text in the platform's three languages; all three are always present in the vocabulary. */
export interface Trilingual {
  zh: string;
  de: string;
  en: string;
}

/** A product, technology or service term. */
export interface Term extends Trilingual {
  /** ISIC Rev.4 class (or group/division) the term belongs to, where obvious. */
  isic: string | null;
}

/** A name part or niche with the ISIC code prefixes it fits; an empty list fits every product of the sector. */
export interface Fitted extends Trilingual {
  codes: readonly string[];
}

/** Manufacturing sectors "develop and manufacture" and "export"; service sectors "provide" and "serve". */
export type SectorKind = 'manufacturing' | 'service';

/** Draw weights of a sector as a company's primary sector, per origin. */
export interface SectorWeights {
  CN: number;
  DE: number;
  EU: number;
}

/** Everything the generator needs to know about one ISIC division. */
export interface SectorVocabulary {
  /** Two-digit ISIC Rev.4 division. */
  division: string;
  /** Code used for a term without its own class, e.g. '3250' for medical instruments within division 32. */
  defaultCode: string;
  /** Short sector name that fits a list: "Maschinenbau", "machinery", 机械装备. */
  label: Trilingual;
  kind: SectorKind;
  /** Words that go into company names: "Antriebstechnik" / 传动技术 / "Drive Technology". */
  nameParts: readonly Fitted[];
  /** Products, technologies or services; at least six. */
  products: readonly Term[];
  /** Application niches, written so that they fit "im Bereich …" / "in …" / "在…领域". */
  niches: readonly Fitted[];
  /** Capabilities offered beyond the product list (offer keywords). */
  capabilities: readonly Term[];
  /** Divisions whose products this sector buys: needs are drawn from their product lists. */
  upstream: readonly string[];
  /** Further ISIC codes a company of this sector plausibly also carries. */
  related: readonly string[];
  weights: SectorWeights;
}
