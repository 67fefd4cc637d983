import { Localized } from '@hc/core';
import { SizeBand } from '@hc/companies';
import {
  DevelopmentStage,
  IpStatus,
  MAX_MARKET_KEYWORDS,
  MAX_TECHNOLOGY_KEYWORDS,
  OFFER_TYPES,
  OpportunityContent,
  OpportunityType,
  PartnershipType,
} from '@hc/opportunities';
import { customersOf, suppliersOf } from '@hc/taxonomy';
import { chance, intBetween, pick, pickDistinct, Random, WeightedPicker } from '../random/prng.util';
import { joinList, KIND_PHRASES, Language } from '../vocabulary/phrases.vocabulary';
import { SECTOR_VOCABULARY, sectorVocabulary } from '../vocabulary/sector.vocabulary';
import type { SectorKind, SectorVocabulary, Term, Trilingual } from '../vocabulary/vocabulary.model';
import type { Origin } from './origin';

/** How many opportunities a company publishes: 0 to 3, about 70 % at least one. */
export const OPPORTUNITY_COUNT_WEIGHTS: readonly number[] = [0.3, 0.35, 0.23, 0.12];

function typeWeights(businessOffer: number, businessRequest: number, technologyOffer: number, technologyRequest: number, rdRequest: number): Record<OpportunityType, number> {
  return {
    [OpportunityType.BUSINESS_OFFER]: businessOffer,
    [OpportunityType.BUSINESS_REQUEST]: businessRequest,
    [OpportunityType.TECHNOLOGY_OFFER]: technologyOffer,
    [OpportunityType.TECHNOLOGY_REQUEST]: technologyRequest,
    [OpportunityType.RD_COOPERATION_REQUEST]: rdRequest,
  };
}

/**
 * Which kinds of opportunity each origin publishes. Chinese firms mostly look for technology, suppliers and
 * sites in Europe; European firms mostly offer products and technology and look for a way into China.
 */
export const OPPORTUNITY_TYPE_WEIGHTS: Readonly<Record<Origin, Readonly<Record<OpportunityType, number>>>> = {
  CN: typeWeights(2, 3, 1, 2.5, 1.5),
  DE: typeWeights(3, 2, 2.5, 1, 1.5),
  EU: typeWeights(3, 2, 2.5, 1, 1.5),
};

/** Share of technology and business requests that look for what an upstream sector makes (complementary to its offers). */
export const UPSTREAM_REQUEST_SHARE = 0.6;

/** Other EU countries Chinese firms target besides Germany (those with demo companies). */
export const EU_TARGET_COUNTRIES: readonly string[] = ['AT', 'IT', 'FR', 'NL', 'PL', 'CZ', 'SE'];

const SIZE_BANDS: readonly SizeBand[] = [SizeBand.MICRO, SizeBand.SMALL, SizeBand.MEDIUM, SizeBand.UPPER_MEDIUM, SizeBand.LARGE];

/** Partnership types that fit each opportunity type, per origin; the first one drawn gives the title. */
const PARTNERSHIPS: Readonly<Record<OpportunityType, Readonly<Record<'CN' | 'EU', readonly PartnershipType[]>>>> = {
  [OpportunityType.BUSINESS_OFFER]: {
    CN: [PartnershipType.SUPPLIER, PartnershipType.COMMERCIAL, PartnershipType.OUTSOURCING],
    EU: [PartnershipType.COMMERCIAL, PartnershipType.SUPPLIER, PartnershipType.INVESTMENT_JV, PartnershipType.OUTSOURCING],
  },
  [OpportunityType.BUSINESS_REQUEST]: {
    // Chinese firms going to Europe: a site, a joint venture or investment, European suppliers.
    CN: [PartnershipType.SITE_LOCALISATION, PartnershipType.INVESTMENT_JV, PartnershipType.SUPPLIER],
    // European firms going to China: distributors, suppliers, a local site or joint venture.
    EU: [PartnershipType.COMMERCIAL, PartnershipType.SUPPLIER, PartnershipType.SITE_LOCALISATION, PartnershipType.INVESTMENT_JV],
  },
  [OpportunityType.TECHNOLOGY_OFFER]: { CN: [PartnershipType.LICENSING, PartnershipType.RD_COOPERATION], EU: [PartnershipType.LICENSING, PartnershipType.RD_COOPERATION] },
  [OpportunityType.TECHNOLOGY_REQUEST]: {
    CN: [PartnershipType.LICENSING, PartnershipType.RD_COOPERATION, PartnershipType.INVESTMENT_JV],
    EU: [PartnershipType.LICENSING, PartnershipType.RD_COOPERATION],
  },
  [OpportunityType.RD_COOPERATION_REQUEST]: { CN: [PartnershipType.RD_COOPERATION, PartnershipType.LICENSING], EU: [PartnershipType.RD_COOPERATION, PartnershipType.LICENSING] },
};

const STAGES = new WeightedPicker<[DevelopmentStage, number]>(
  [
    [DevelopmentStage.ON_MARKET, 35],
    [DevelopmentStage.FIELD_TESTED, 25],
    [DevelopmentStage.LAB_TESTED, 20],
    [DevelopmentStage.UNDER_DEVELOPMENT, 15],
    [DevelopmentStage.CONCEPT, 5],
  ],
  ([, weight]) => weight,
);

const IP_STATUS: Readonly<Record<SectorKind, WeightedPicker<[IpStatus, number]>>> = {
  manufacturing: new WeightedPicker<[IpStatus, number]>(
    [
      [IpStatus.PATENT_GRANTED, 40],
      [IpStatus.PATENT_APPLIED, 22],
      [IpStatus.SECRET_KNOW_HOW, 22],
      [IpStatus.EXCLUSIVE_RIGHTS, 8],
      [IpStatus.TRADEMARK, 3],
      [IpStatus.NONE, 5],
    ],
    ([, weight]) => weight,
  ),
  service: new WeightedPicker<[IpStatus, number]>(
    [
      [IpStatus.COPYRIGHT, 35],
      [IpStatus.SECRET_KNOW_HOW, 25],
      [IpStatus.PATENT_APPLIED, 12],
      [IpStatus.PATENT_GRANTED, 10],
      [IpStatus.TRADEMARK, 8],
      [IpStatus.NONE, 10],
    ],
    ([, weight]) => weight,
  ),
};

const w = (zh: string, de: string, en: string): Trilingual => ({ zh, de, en });

/** Country names as they stand after "in" / "mit Partnern in" (German dative: "den Niederlanden"). */
const COUNTRY_NAMES: Readonly<Record<string, Trilingual>> = {
  CN: w('中国', 'China', 'China'),
  DE: w('德国', 'Deutschland', 'Germany'),
  AT: w('奥地利', 'Österreich', 'Austria'),
  IT: w('意大利', 'Italien', 'Italy'),
  FR: w('法国', 'Frankreich', 'France'),
  NL: w('荷兰', 'den Niederlanden', 'the Netherlands'),
  PL: w('波兰', 'Polen', 'Poland'),
  CZ: w('捷克', 'Tschechien', 'Czechia'),
  SE: w('瑞典', 'Schweden', 'Sweden'),
};

/** "German manufacturer": the adjective at the start of a German title takes the strong ending. */
const ORIGIN_ADJECTIVES: Readonly<Record<string, Trilingual>> = {
  CN: w('中国', 'Chinesischer', 'Chinese'),
  DE: w('德国', 'Deutscher', 'German'),
  AT: w('奥地利', 'Österreichischer', 'Austrian'),
  IT: w('意大利', 'Italienischer', 'Italian'),
  FR: w('法国', 'Französischer', 'French'),
  NL: w('荷兰', 'Niederländischer', 'Dutch'),
  PL: w('波兰', 'Polnischer', 'Polish'),
  CZ: w('捷克', 'Tschechischer', 'Czech'),
  SE: w('瑞典', 'Schwedischer', 'Swedish'),
};
const EUROPEAN_ADJECTIVE = w('欧洲', 'Europäischer', 'European');

const MAKERS: Readonly<Record<SectorKind, Trilingual>> = {
  manufacturing: w('制造商', 'Hersteller', 'manufacturer'),
  service: w('服务商', 'Anbieter', 'provider'),
};

/** A partnership type as a noun phrase for lists in descriptions. */
const PARTNERSHIP_NOUNS: Readonly<Record<PartnershipType, Trilingual>> = {
  [PartnershipType.COMMERCIAL]: w('经销合作', 'Vertriebsvereinbarungen', 'distribution agreements'),
  [PartnershipType.SUPPLIER]: w('供货合作', 'Liefervereinbarungen', 'supply agreements'),
  [PartnershipType.OUTSOURCING]: w('外包合作', 'Auftragsfertigung', 'outsourcing agreements'),
  [PartnershipType.INVESTMENT_JV]: w('合资或投资合作', 'Joint Ventures oder Beteiligungen', 'joint ventures or investment'),
  [PartnershipType.LICENSING]: w('技术许可', 'Lizenzvereinbarungen', 'licence agreements'),
  [PartnershipType.RD_COOPERATION]: w('联合研发', 'Forschungskooperationen', 'research cooperation'),
  [PartnershipType.SITE_LOCALISATION]: w('落地建厂合作', 'Unterstützung bei der Standortansiedlung', 'support for setting up a local site'),
};

/** Whom a business offer looks for, by its main partnership type. */
const OFFER_COUNTERPARTS: Readonly<Record<PartnershipType, Trilingual>> = {
  [PartnershipType.COMMERCIAL]: w('经销商', 'Vertriebspartner', 'distributors'),
  [PartnershipType.SUPPLIER]: w('供货客户', 'Abnehmer', 'customers for supply agreements'),
  [PartnershipType.OUTSOURCING]: w('外包客户', 'Auftraggeber', 'outsourcing clients'),
  [PartnershipType.INVESTMENT_JV]: w('合资伙伴', 'Joint-Venture-Partner', 'joint-venture partners'),
  [PartnershipType.LICENSING]: w('技术受让方', 'Lizenznehmer', 'licensees'),
  [PartnershipType.RD_COOPERATION]: w('研发伙伴', 'Entwicklungspartner', 'development partners'),
  [PartnershipType.SITE_LOCALISATION]: w('本地合作伙伴', 'lokale Partner', 'local partners'),
};

/**
 * Market keywords for customer divisions of the value chain that have no sector vocabulary (the
 * vocabulary's own divisions use their short label). Divisions missing here are left out.
 */
const MARKET_LABELS: Readonly<Record<string, string>> = {
  '01': 'agriculture',
  '07': 'mining',
  '10': 'food processing',
  '11': 'beverages',
  '13': 'textiles',
  '17': 'paper industry',
  '41': 'building construction',
  '42': 'civil engineering',
  '43': 'building services',
  '45': 'automotive aftermarket',
  '46': 'wholesale trade',
  '47': 'retail',
  '49': 'rail and road transport',
  '50': 'shipping',
  '51': 'aviation',
  '61': 'telecommunications',
  '86': 'healthcare',
};

/** Everything an opportunity is written from. */
export interface OpportunityContext {
  origin: Origin;
  /** ISO 3166-1 alpha-2 of the company. */
  country: string;
  sector: SectorVocabulary;
  /** The company's products, main product first. */
  products: readonly Term[];
  /** The company's application niche. */
  niche: Trilingual;
  names: Trilingual;
  city: Trilingual;
}

interface Upstream {
  vocabulary: SectorVocabulary;
  weight: number;
}

interface SectorLinks {
  /** Upstream sectors with vocabulary, weighted by how typical the supply relation is. */
  suppliers: WeightedPicker<Upstream> | undefined;
  /** Market keywords for the downstream divisions: their sector label, or their ISIC title. */
  customerLabels: readonly string[];
}

let links: Map<string, SectorLinks> | undefined;

function buildLinks(sector: SectorVocabulary): SectorLinks {
  const withVocabulary = (division: string, weight: number): Upstream[] => {
    const vocabulary = sectorVocabulary(division);
    return vocabulary ? [{ vocabulary, weight }] : [];
  };
  const chain = suppliersOf(sector.division).flatMap((l) => withVocabulary(l.supplier, l.strength));
  // The vocabulary's own upstream list stands in where the value chain names no supplier with vocabulary.
  const pool = chain.length > 0 ? chain : sector.upstream.flatMap((d) => withVocabulary(d, 0.5));
  const customerLabels = customersOf(sector.division).flatMap((l) => {
    const label = sectorVocabulary(l.customer)?.label.en ?? MARKET_LABELS[l.customer];
    return label !== undefined ? [label] : [];
  });
  return { suppliers: pool.length > 0 ? new WeightedPicker(pool, (u) => u.weight) : undefined, customerLabels: [...new Set(customerLabels)] };
}

/** Built on first use from the value chain of @hc/taxonomy (suppliersOf, customersOf). */
function sectorLinks(sector: SectorVocabulary): SectorLinks {
  links ??= new Map(SECTOR_VOCABULARY.map((s) => [s.division, buildLinks(s)]));
  return links.get(sector.division) ?? buildLinks(sector);
}

const TYPE_PICKERS: Readonly<Record<Origin, WeightedPicker<OpportunityType>>> = {
  CN: typePicker('CN'),
  DE: typePicker('DE'),
  EU: typePicker('EU'),
};

function typePicker(origin: Origin): WeightedPicker<OpportunityType> {
  const weights = OPPORTUNITY_TYPE_WEIGHTS[origin];
  return new WeightedPicker(Object.values(OpportunityType), (type) => weights[type]);
}

function drawCount(random: Random): number {
  let roll = random();
  for (let count = 0; count < OPPORTUNITY_COUNT_WEIGHTS.length; count++) {
    roll -= OPPORTUNITY_COUNT_WEIGHTS[count] as number;
    if (roll < 0) return count;
  }
  return OPPORTUNITY_COUNT_WEIGHTS.length - 1;
}

/** 1–3 partnership types that fit the type; the first one is the main one and gives the title. */
function drawPartnerships(random: Random, type: OpportunityType, origin: Origin): PartnershipType[] {
  const pool = PARTNERSHIPS[type][origin === 'CN' ? 'CN' : 'EU'];
  const main = type === OpportunityType.RD_COOPERATION_REQUEST ? PartnershipType.RD_COOPERATION : pick(random, pool);
  const extra = random() < 0.5 ? 0 : random() < 0.7 ? 1 : 2;
  return [main, ...pickDistinct(random, pool.filter((p) => p !== main), extra)];
}

function drawPartnerSizes(random: Random): SizeBand[] {
  if (chance(random, 0.4)) return [];
  const length = intBetween(random, 1, 3);
  const start = intBetween(random, 0, SIZE_BANDS.length - length);
  return SIZE_BANDS.slice(start, start + length);
}

function drawLanguages(random: Random, ctx: OpportunityContext): Set<Language> {
  if (ctx.origin === 'CN') return new Set<Language>(chance(random, 0.3) ? ['zh', 'en', 'de'] : ['zh', 'en']);
  if (ctx.origin === 'DE') return new Set<Language>(chance(random, 0.25) ? ['de', 'en', 'zh'] : ['de', 'en']);
  const languages = new Set<Language>(['en']);
  if (ctx.country === 'AT' || chance(random, 0.2)) languages.add('de');
  if (chance(random, 0.1)) languages.add('zh');
  return languages;
}

function capitalised(text: Trilingual): Trilingual {
  return { zh: text.zh, de: capitalise(text.de), en: capitalise(text.en) };
}

function localized(text: Trilingual, languages: ReadonlySet<Language>): Localized {
  return { zh: languages.has('zh') ? text.zh : null, de: languages.has('de') ? text.de : null, en: languages.has('en') ? text.en : null };
}

function distinct(values: readonly string[], max: number): string[] {
  return [...new Set(values)].filter((v) => v.length > 0 && v.length <= 80).slice(0, max);
}

/** The region a title names: China for European firms, Germany (and Europe) for Chinese ones. */
function titleTarget(targetCountries: readonly string[]): Trilingual {
  if (targetCountries.length === 1) return COUNTRY_NAMES[targetCountries[0] as string] ?? w('欧洲', 'Europa', 'Europe');
  return targetCountries.includes('DE') ? w('德国及欧洲', 'Deutschland und Europa', 'Germany and Europe') : w('欧洲', 'Europa', 'Europe');
}

/** "organische Pigmente" -> "Organische Pigmente": titles start with a capital in German and English. */
function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/**
 * The title of an opportunity. German titles put the product first ("Kupferbänder: Chinesischer
 * Hersteller sucht …") and use only "für" + accusative, which leaves the vocabulary's plural and mass
 * nouns unchanged; "von" would need dative endings the vocabulary does not carry.
 */
function titleOf(type: OpportunityType, partnerships: readonly PartnershipType[], ctx: OpportunityContext, focus: Term, supplier: SectorVocabulary | undefined, target: Trilingual): Trilingual {
  const adj = ORIGIN_ADJECTIVES[ctx.country] ?? EUROPEAN_ADJECTIVE;
  const maker = MAKERS[ctx.sector.kind];
  const own = ctx.products[0] ?? focus;
  const who = w(`${adj.zh}${own.zh}${maker.zh}`, `${own.de}: ${adj.de} ${maker.de}`, `${adj.en} ${maker.en} of ${own.en}`);
  const main = partnerships[0] as PartnershipType;
  switch (type) {
    case OpportunityType.BUSINESS_OFFER: {
      const counterpart = OFFER_COUNTERPARTS[main];
      return w(`${adj.zh}${focus.zh}${maker.zh}寻求${target.zh}${counterpart.zh}`, `${focus.de}: ${adj.de} ${maker.de} sucht ${counterpart.de} in ${target.de}`, `${adj.en} ${maker.en} of ${focus.en} seeks ${counterpart.en} in ${target.en}`);
    }
    case OpportunityType.BUSINESS_REQUEST:
      switch (main) {
        case PartnershipType.SUPPLIER:
          return supplier?.kind === 'service'
            ? w(`${who.zh}寻求${focus.zh}服务商`, `${who.de} sucht Dienstleister für ${focus.de}`, `${who.en} seeks providers of ${focus.en}`)
            : w(`${who.zh}寻求${focus.zh}供应商`, `${who.de} sucht Lieferanten für ${focus.de}`, `${who.en} seeks suppliers of ${focus.en}`);
        case PartnershipType.OUTSOURCING:
          return w(`${who.zh}寻求${focus.zh}外协伙伴`, `${who.de} sucht Auftragnehmer für ${focus.de}`, `${who.en} seeks contractors for ${focus.en}`);
        case PartnershipType.SITE_LOCALISATION:
          return ctx.sector.kind === 'manufacturing'
            ? w(`${who.zh}寻求在${target.zh}落地建厂及本地合作伙伴`, `${who.de} sucht einen Produktionsstandort und lokale Partner in ${target.de}`, `${who.en} seeks a production site and local partners in ${target.en}`)
            : w(`${who.zh}寻求在${target.zh}设立分支机构及本地合作伙伴`, `${who.de} sucht einen Standort und lokale Partner in ${target.de}`, `${who.en} seeks a local office and partners in ${target.en}`);
        case PartnershipType.INVESTMENT_JV:
          return w(`${who.zh}寻求${target.zh}合资或投资伙伴`, `${who.de} sucht Joint-Venture- oder Investitionspartner in ${target.de}`, `${who.en} seeks joint-venture or investment partners in ${target.en}`);
        default:
          return w(`${who.zh}寻求${target.zh}经销合作伙伴`, `${who.de} sucht Vertriebspartner in ${target.de}`, `${who.en} seeks distributors in ${target.en}`);
      }
    case OpportunityType.TECHNOLOGY_OFFER: {
      const licensing = partnerships.includes(PartnershipType.LICENSING);
      const development = partnerships.includes(PartnershipType.RD_COOPERATION);
      const how =
        licensing && development
          ? w('技术许可与联合开发', 'Lizenzierung und gemeinsamen Weiterentwicklung', 'licensing and joint development')
          : licensing
            ? w('技术许可', 'Lizenzierung', 'licensing')
            : w('联合开发', 'gemeinsamen Weiterentwicklung', 'joint development');
      return w(`${focus.zh}技术寻求${how.zh}合作`, `${focus.de}: Technologie zur ${how.de}`, `${focus.en}: technology offered for ${how.en}`);
    }
    case OpportunityType.TECHNOLOGY_REQUEST:
      return supplier !== undefined
        ? w(`${who.zh}寻求${focus.zh}相关技术`, `${who.de} sucht Technologie für ${focus.de}`, `${who.en} seeks technology for ${focus.en}`)
        : w(`${adj.zh}${maker.zh}寻求${focus.zh}相关技术`, `${adj.de} ${maker.de} sucht Technologie für ${focus.de}`, `${adj.en} ${maker.en} seeks technology for ${focus.en}`);
    case OpportunityType.RD_COOPERATION_REQUEST:
      return w(`寻求${focus.zh}联合研发合作伙伴`, `Partner für gemeinsame Forschung und Entwicklung für ${focus.de} gesucht`, `Partners sought for joint R&D on ${focus.en}`);
  }
}

function descriptionOf(offer: boolean, partnerships: readonly PartnershipType[], ctx: OpportunityContext, terms: readonly Term[], upstream: boolean, targetCountries: readonly string[]): Trilingual {
  const verb = KIND_PHRASES[ctx.sector.kind].verb;
  const list = (language: Language, items: readonly Trilingual[]) => joinList(items.map((item) => item[language]), language);
  const targets = targetCountries.map((c) => COUNTRY_NAMES[c] ?? w(c, c, c));
  const nouns = partnerships.map((p) => PARTNERSHIP_NOUNS[p]);
  const lead = w(
    `${ctx.names.zh}（${ctx.city.zh}）主要${verb.zh}${list('zh', ctx.products)}。`,
    `${ctx.names.de} (${ctx.city.de}) ${verb.de} ${list('de', ctx.products)}.`,
    `${ctx.names.en} (${ctx.city.en}) ${verb.en} ${list('en', ctx.products)}.`,
  );
  const ask = offer
    ? w(`公司面向${list('zh', targets)}寻求${list('zh', nouns)}。`, `Angeboten werden ${list('de', nouns)} mit Partnern in ${list('de', targets)}.`, `It offers ${list('en', nouns)} to partners in ${list('en', targets)}.`)
    : w(`公司希望与${list('zh', targets)}的合作伙伴开展${list('zh', nouns)}。`, `Gesucht werden ${list('de', nouns)} mit Partnern in ${list('de', targets)}.`, `It is looking for ${list('en', nouns)} with partners in ${list('en', targets)}.`);
  const focus = upstream ? w(`重点：${list('zh', terms)}。`, ` Schwerpunkt: ${list('de', terms)}.`, ` Focus: ${list('en', terms)}.`) : w('', '', '');
  return w(`${lead.zh}${ask.zh}${focus.zh}`, `${lead.de} ${ask.de}${focus.de}`, `${lead.en} ${ask.en}${focus.en}`);
}

/** True when a request of this kind looks for what an upstream sector makes rather than for the company's own field. */
function looksUpstream(random: Random, type: OpportunityType, main: PartnershipType): boolean {
  if (type === OpportunityType.BUSINESS_REQUEST) return main === PartnershipType.SUPPLIER || main === PartnershipType.OUTSOURCING;
  if (type === OpportunityType.TECHNOLOGY_REQUEST) return chance(random, UPSTREAM_REQUEST_SHARE);
  if (type === OpportunityType.RD_COOPERATION_REQUEST) return chance(random, UPSTREAM_REQUEST_SHARE / 2);
  return false;
}

function drawOpportunity(random: Random, ctx: OpportunityContext, type: OpportunityType): OpportunityContent {
  const partnershipTypes = drawPartnerships(random, type, ctx.origin);
  const offer = OFFER_TYPES.includes(type);
  const links = sectorLinks(ctx.sector);
  const supplier = looksUpstream(random, type, partnershipTypes[0] as PartnershipType) ? links.suppliers?.pick(random).vocabulary : undefined;

  // Offers name the company's own products; requests what they look for: an upstream sector's products
  // (what companies of that sector offer) or technology of their own field.
  let terms: Term[];
  if (supplier !== undefined) terms = pickDistinct(random, supplier.products, intBetween(random, 1, 3));
  else if (offer) terms = [...ctx.products, ...pickDistinct(random, ctx.sector.capabilities, intBetween(random, 0, 2))];
  else terms = [ctx.products[0] as Term, ...pickDistinct(random, [...ctx.sector.products, ...ctx.sector.capabilities].filter((t) => t !== ctx.products[0]), intBetween(random, 0, 2))];
  terms = terms.slice(0, MAX_TECHNOLOGY_KEYWORDS);
  const focus = terms[0] as Term;

  const marketKeywords = offer
    ? distinct([ctx.niche.en, ...pickDistinct(random, links.customerLabels, intBetween(random, 1, 3)), ctx.sector.label.en], MAX_MARKET_KEYWORDS)
    : distinct([ctx.sector.label.en, ctx.niche.en], MAX_MARKET_KEYWORDS);
  const targetCountries = ctx.origin === 'CN' ? ['DE', ...pickDistinct(random, EU_TARGET_COUNTRIES, intBetween(random, 0, 2))] : ['CN'];
  const partnerSizes = drawPartnerSizes(random);
  const technologyOffer = type === OpportunityType.TECHNOLOGY_OFFER;
  const stage = technologyOffer ? STAGES.pick(random)[0] : null;
  const ipStatus = technologyOffer ? IP_STATUS[ctx.sector.kind].pick(random)[0] : null;
  const languages = drawLanguages(random, ctx);

  return {
    type,
    title: localized(capitalised(titleOf(type, partnershipTypes, ctx, focus, supplier, titleTarget(targetCountries))), languages),
    description: localized(descriptionOf(offer, partnershipTypes, ctx, terms, supplier !== undefined, targetCountries), languages),
    partnershipTypes,
    technologyKeywords: distinct(terms.map((t) => t.en), MAX_TECHNOLOGY_KEYWORDS),
    marketKeywords,
    targetCountries,
    partnerSizes,
    stage,
    ipStatus,
  };
}

/**
 * 0–3 typed opportunities of one company (at most one of each type), in the company's languages.
 * Requests often look for what upstream sectors of the value chain make, so that matching finds
 * the offers of companies in those sectors.
 */
export function drawOpportunities(random: Random, ctx: OpportunityContext): OpportunityContent[] {
  const count = drawCount(random);
  const types: OpportunityType[] = [];
  for (let attempt = 0; types.length < count && attempt < 12; attempt++) {
    const type = TYPE_PICKERS[ctx.origin].pick(random);
    if (!types.includes(type)) types.push(type);
  }
  return types.map((type) => drawOpportunity(random, ctx, type));
}
