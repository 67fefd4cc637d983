import { foldLatin } from '@hc/core';
import { CompanyRecord, CompanyStatus } from '@hc/companies';
import type { OpportunityContent } from '@hc/opportunities';
import { isKnownRegion } from '@hc/taxonomy';
import { chinesePrefectures, europeanCities, germanPlaces } from '../geography/geography.data';
import { chance, intBetween, normal, pick, pickDistinct, Random, randomFor, WeightedPicker } from '../random/prng.util';
import { CHINESE_BRANDS, CHINESE_LEGAL_FORMS, EUROPEAN_LEGAL_FORMS, EUROPEAN_SURNAMES, GERMAN_INITIALS, GERMAN_LEGAL_FORMS, GERMAN_SURNAMES, LegalForm } from '../vocabulary/names.vocabulary';
import {
  CHINESE_PARTNER_NEEDS,
  DESCRIPTION_TEMPLATES,
  EUROPEAN_PARTNER_NEEDS,
  EXPORT_MARKETS,
  joinList,
  KIND_PHRASES,
  Language,
  MARKETS,
  POSITION_PHRASES,
  PositionTier,
} from '../vocabulary/phrases.vocabulary';
import { SECTOR_VOCABULARY, sectorVocabulary } from '../vocabulary/sector.vocabulary';
import type { Fitted, SectorVocabulary, Term, Trilingual } from '../vocabulary/vocabulary.model';
import { drawActivityCodes } from './activity-codes';
import { dayOfIso, demoReferenceDate, drawBadges, Tier } from './badges';
import { drawFinancials } from './financials';
import { jitter } from './jitter.util';
import { drawOpportunities } from './opportunities';
import type { Origin } from './origin';

/** A demo company: the profile and the typed opportunities it publishes. */
export type GeneratedCompany = CompanyRecord & { opportunities: OpportunityContent[] };

export interface GenerateCompaniesOptions {
  /** Same seed, same companies. */
  seed: number;
  /** How many companies to yield. */
  count: number;
  /** Index of the first company; company i is the same whatever slice it is generated in. */
  offset?: number;
}

/** Share of companies by origin; the rest of Europe takes what is left. */
export const COUNTRY_MIX = Object.freeze({ CN: 0.45, DE: 0.45 });

/** Share of companies whose website is unknown. */
export const WEBSITE_MISSING_SHARE = 0.3;

/** Share of companies that joined the initiative. */
export const INITIATIVE_MEMBER_SHARE = 0.2;

/** Hidden-champion revenue ceiling in EUR (sources give EUR 3bn to USD 5bn; the demo keeps below the lower one). */
export const HIDDEN_CHAMPION_REVENUE_CEILING_EUR = 3e9;

/** How far (km) a company may sit from its city's reference point, so that points differ. */
export const LOCATION_JITTER_KM = 10;

/** Stream id that separates company draws from park draws under the same seed. */
const COMPANY_STREAM = 1;

/** The reference day of the last seed asked for: a stream of one seed computes it once. */
let reference: { seed: number; day: number } | undefined;

function referenceDayOf(seed: number): number {
  if (reference?.seed !== seed) reference = { seed, day: dayOfIso(demoReferenceDate(seed)) };
  return reference.day;
}

/** Where a company is, with the city name in each language. */
interface Location {
  country: string;
  region: string | null;
  city: string;
  cityName: Trilingual;
  /** Short Chinese city name for company names (苏州), and the Latin one (Suzhou). */
  prefix: { zh: string; latin: string };
  lat: number;
  lon: number;
}

/** English exonyms of German cities that English texts use. */
const ENGLISH_CITY_NAMES: Readonly<Record<string, string>> = {
  München: 'Munich',
  Köln: 'Cologne',
  Nürnberg: 'Nuremberg',
  'Frankfurt am Main': 'Frankfurt',
  Hannover: 'Hanover',
};

interface Tables {
  cn: WeightedPicker<ReturnType<typeof chinesePrefectures>[number]>;
  de: WeightedPicker<ReturnType<typeof germanPlaces>[number]>;
  eu: WeightedPicker<ReturnType<typeof europeanCities>[number]>;
  sectors: Record<Origin, WeightedPicker<SectorVocabulary>>;
  cnLegal: WeightedPicker<LegalForm>;
  deLegal: WeightedPicker<LegalForm>;
  euLegal: Record<string, WeightedPicker<LegalForm>>;
}

let tables: Tables | undefined;

/** Built on first use: reads the geography files once per process. */
function getTables(): Tables {
  return (tables ??= {
    cn: new WeightedPicker(chinesePrefectures(), (p) => p.weight),
    de: new WeightedPicker(germanPlaces(), (p) => p.weight),
    eu: new WeightedPicker(europeanCities(), (c) => c.weight),
    sectors: {
      CN: new WeightedPicker(SECTOR_VOCABULARY, (s) => s.weights.CN),
      DE: new WeightedPicker(SECTOR_VOCABULARY, (s) => s.weights.DE),
      EU: new WeightedPicker(SECTOR_VOCABULARY, (s) => s.weights.EU),
    },
    cnLegal: new WeightedPicker(CHINESE_LEGAL_FORMS, (f) => f.weight),
    deLegal: new WeightedPicker(GERMAN_LEGAL_FORMS, (f) => f.weight),
    euLegal: Object.fromEntries(Object.entries(EUROPEAN_LEGAL_FORMS).map(([country, forms]) => [country, new WeightedPicker(forms, (f) => f.weight)])),
  });
}

/**
 * Streams `count` demo companies with their opportunities. Deterministic: company i depends on (seed, i)
 * only, so `{ seed, count: 10, offset: 90 }` yields exactly companies 90–99 of `{ seed, count: 100 }`;
 * badges are dated against `demoReferenceDate(seed)`, never the clock. Nothing is accumulated, so a
 * million companies cost no more memory than one.
 */
export function* generateCompanies(options: GenerateCompaniesOptions): Generator<GeneratedCompany> {
  const { seed, count } = options;
  const offset = options.offset ?? 0;
  if (!Number.isFinite(seed)) throw new RangeError(`seed must be a finite number, got ${seed}`);
  if (!Number.isInteger(count) || count < 0) throw new RangeError(`count must be a non-negative integer, got ${count}`);
  if (!Number.isInteger(offset) || offset < 0) throw new RangeError(`offset must be a non-negative integer, got ${offset}`);
  for (let i = 0; i < count; i++) yield generateCompany(seed, offset + i);
}

/** Company number `index` of the dataset with this seed. */
export function generateCompany(seed: number, index: number): GeneratedCompany {
  const t = getTables();
  const random = randomFor(seed, COMPANY_STREAM, index);

  const roll = random();
  const origin: Origin = roll < COUNTRY_MIX.CN ? 'CN' : roll < COUNTRY_MIX.CN + COUNTRY_MIX.DE ? 'DE' : 'EU';
  const location = drawLocation(random, origin, t);

  const sector = t.sectors[origin].pick(random);
  const products = drawProducts(random, sector);
  const activityCodes = drawActivityCodes(random, origin, sector, products);
  const primaryIsic = products[0]?.isic ?? sector.defaultCode;

  const tier = drawTier(random, origin, sector);
  const employees = drawEmployees(random, origin, tier);
  const revenue = drawRevenue(random, origin, tier, employees);
  const financials = drawFinancials(random, revenue, sector.kind);
  const foundedYear = drawFoundedYear(random, origin, tier);
  const badges = drawBadges(random, { origin, tier, foundedYear, region: location.region, referenceDay: referenceDayOf(seed) });

  const names = drawNames(random, origin, location, sector, pickFitting(random, sector.nameParts, primaryIsic), t);
  const positionTier = drawPosition(random, tier, employees, foundedYear);
  const position = POSITION_PHRASES[positionTier](positionMarket(origin, positionTier));
  const niche = pickFitting(random, sector.niches, primaryIsic);
  const markets = pickDistinct(
    random,
    EXPORT_MARKETS.filter((m) => m.home !== origin && !(origin !== 'CN' && m.home === 'EU')),
    intBetween(random, 2, 4),
  );
  const { descriptionZh, descriptionDe, descriptionEn } = describeCompany(random, {
    names, cityName: location.cityName, foundedYear, employees, products, niche, position, markets, phrases: KIND_PHRASES[sector.kind],
  });

  const offers = drawOffers(random, sector, products);
  const needs = drawNeeds(random, origin, sector, offers);
  const website = chance(random, WEBSITE_MISSING_SHARE) ? null : `https://www.${slug(names.en)}.example`;
  const [latitude, longitude] = jitter(random, location.lat, location.lon, LOCATION_JITTER_KM);
  const initiativeMember = chance(random, INITIATIVE_MEMBER_SHARE);
  const opportunities = drawOpportunities(random, { origin, country: location.country, sector, products, niche, names, city: location.cityName });

  return {
    nameZh: names.zh,
    nameDe: names.de,
    nameEn: names.en,
    descriptionZh,
    descriptionDe,
    descriptionEn,
    country: location.country,
    region: location.region,
    city: location.city,
    latitude,
    longitude,
    // The companies are fictitious: a made-up register number could belong to a real firm.
    registryId: null,
    activityCodes,
    employees,
    annualTurnoverEur: financials.annualTurnoverEur,
    balanceSheetTotalEur: financials.balanceSheetTotalEur,
    revenueBand: financials.revenueBand,
    foundedYear,
    website,
    badges,
    offers,
    needs,
    initiativeMember,
    status: CompanyStatus.PUBLISHED,
    opportunities,
  };
}

function drawLocation(random: Random, origin: Origin, t: Tables): Location {
  if (origin === 'CN') {
    const p = t.cn.pick(random);
    return { country: 'CN', region: p.region, city: p.en, cityName: { zh: p.zh, de: p.en, en: p.en }, prefix: { zh: p.short, latin: p.en }, lat: p.lat, lon: p.lon };
  }
  if (origin === 'DE') {
    const p = t.de.pick(random);
    const zh = p.zh ?? p.name;
    return { country: 'DE', region: p.region, city: p.name, cityName: { zh, de: p.name, en: ENGLISH_CITY_NAMES[p.name] ?? p.name }, prefix: { zh, latin: p.name }, lat: p.lat, lon: p.lon };
  }
  const c = t.eu.pick(random);
  return {
    country: c.country,
    // Emitted only once the taxonomy knows the subdivision, so that records always pass validation.
    region: isKnownRegion(c.region) ? c.region : null,
    city: c.name,
    cityName: { zh: c.zh, de: c.de, en: c.en },
    prefix: { zh: c.zh, latin: c.name },
    lat: c.lat,
    lon: c.lon,
  };
}

/** 2–3 products that belong together: the main product's ISIC class first, then its group, then the sector. */
function drawProducts(random: Random, sector: SectorVocabulary): Term[] {
  const main = pick(random, sector.products);
  const wanted = intBetween(random, 2, 3);
  const rest = sector.products.filter((p) => p !== main);
  const sameClass = rest.filter((p) => p.isic === main.isic);
  const sameGroup = rest.filter((p) => p.isic !== main.isic && p.isic?.slice(0, 3) === main.isic?.slice(0, 3));
  const others = rest.filter((p) => !sameClass.includes(p) && !sameGroup.includes(p));
  const chosen = [main, ...pickDistinct(random, sameClass, wanted - 1)];
  if (chosen.length < wanted) chosen.push(...pickDistinct(random, sameGroup, wanted - chosen.length));
  if (chosen.length < wanted) chosen.push(...pickDistinct(random, others, wanted - chosen.length));
  return chosen;
}

/** Mostly a name part or niche made for the main product's code, sometimes a general one of the sector. */
function pickFitting(random: Random, items: readonly Fitted[], primaryCode: string): Fitted {
  const fitting = items.filter((item) => item.codes.some((code) => primaryCode.startsWith(code)));
  const general = items.filter((item) => item.codes.length === 0);
  const preferFitting = random() < 0.75;
  if (fitting.length > 0 && (preferFitting || general.length === 0)) return pick(random, fitting);
  return pick(random, general.length > 0 ? general : items);
}

function drawTier(random: Random, origin: Origin, sector: SectorVocabulary): Tier {
  const roll = random();
  if (origin === 'CN') {
    // MIIT gradient: ~15 % 专精特新 SMEs, of which ~5 % little giants; ~1 % single champions,
    // a title for manufacturers only.
    if (roll < 0.01) return sector.kind === 'manufacturing' ? 'single_champion' : 'little_giant';
    if (roll < 0.05) return 'little_giant';
    if (roll < 0.15) return 'srdi';
    return 'plain';
  }
  if (origin === 'DE') return roll < 0.05 ? 'hidden_champion' : 'plain';
  return roll < 0.03 ? 'hidden_champion' : 'plain';
}

/** Log-normal head counts: many small firms, a long tail of large ones. */
function drawEmployees(random: Random, origin: Origin, tier: Tier): number {
  const [median, sigma, min, max] = {
    single_champion: [1500, 0.6, 200, 20000],
    little_giant: [350, 0.6, 50, 5000],
    srdi: [150, 0.8, 10, 3000],
    hidden_champion: [900, 0.7, 100, 8000],
    plain: origin === 'CN' ? [120, 1.1, 5, 20000] : origin === 'DE' ? [90, 1.2, 5, 20000] : [70, 1.2, 5, 20000],
  }[tier];
  const value = Math.round(median * Math.exp(sigma * normal(random)));
  return Math.min(max, Math.max(min, value));
}

/** Annual revenue in EUR from head count and a revenue-per-employee drawn by origin. */
function drawRevenue(random: Random, origin: Origin, tier: Tier, employees: number): number {
  const [low, high] = origin === 'CN' ? [60_000, 250_000] : [110_000, 350_000];
  let perEmployee = Math.exp(Math.log(low) + random() * (Math.log(high) - Math.log(low)));
  if (tier === 'hidden_champion') perEmployee = Math.min(perEmployee, HIDDEN_CHAMPION_REVENUE_CEILING_EUR / employees);
  return employees * perEmployee;
}

/** German and European firms are often old; Chinese ones mostly date from after the reform era. */
function drawFoundedYear(random: Random, origin: Origin, tier: Tier): number {
  switch (tier) {
    case 'single_champion':
      return intBetween(random, 1960, 2010);
    case 'little_giant':
      return intBetween(random, 1985, 2018);
    case 'srdi':
      return intBetween(random, 1990, 2020);
    case 'hidden_champion':
      return intBetween(random, 1850, 1995);
    case 'plain': {
      const roll = random();
      if (origin === 'CN') {
        if (roll < 0.06) return intBetween(random, 1950, 1979);
        if (roll < 0.3) return intBetween(random, 1980, 1999);
        return intBetween(random, 2000, 2022);
      }
      if (roll < 0.2) return intBetween(random, 1850, 1918);
      if (roll < 0.45) return intBetween(random, 1919, 1969);
      if (roll < 0.75) return intBetween(random, 1970, 1999);
      return intBetween(random, 2000, 2022);
    }
  }
}

function drawPosition(random: Random, tier: Tier, employees: number, founded: number): PositionTier {
  if (tier === 'hidden_champion') return chance(random, 0.4) ? 'world_leader' : 'world_top3';
  if (tier === 'single_champion') return 'world_top3';
  if (tier === 'little_giant') return 'national';
  if (employees >= 1000) return 'continental';
  if (founded >= 2015) return 'young';
  if (tier === 'srdi') return chance(random, 0.5) ? 'national' : 'specialist';
  return pick(random, ['specialist', 'specialist', 'national', employees >= 250 ? 'continental' : 'specialist'] as const);
}

/** The market a "leading in …" phrase refers to: the home continent or the home country. */
function positionMarket(origin: Origin, tier: PositionTier): Trilingual {
  if (tier === 'continental') return origin === 'CN' ? MARKETS.asia : MARKETS.europe;
  return origin === 'CN' ? MARKETS.china : origin === 'DE' ? MARKETS.germany : MARKETS.home;
}

function drawNames(random: Random, origin: Origin, location: Location, sector: SectorVocabulary, part: Trilingual, t: Tables): Trilingual {
  if (origin === 'CN') {
    const brand = pick(random, CHINESE_BRANDS);
    const legal = t.cnLegal.pick(random);
    return {
      zh: `${location.prefix.zh}${brand.zh}${part.zh}${legal.local}`,
      de: `${location.prefix.latin} ${brand.latin} ${part.de} ${legal.en}`,
      en: `${location.prefix.latin} ${brand.latin} ${part.en} ${legal.en}`,
    };
  }
  if (origin === 'DE') {
    const legal = t.deLegal.pick(random);
    const [first, second] = pickDistinct(random, GERMAN_SURNAMES, 2) as [(typeof GERMAN_SURNAMES)[number], (typeof GERMAN_SURNAMES)[number]];
    const roll = random();
    let local: string;
    let zh = `${first.zh}${part.zh}${legal.zh}`;
    if (roll < 0.55) local = `${first.local} ${part.de} ${legal.local}`;
    else if (roll < 0.72) {
      local = `${first.local} & ${second.local} ${legal.local}`;
      zh = `${first.zh}与${second.zh}${legal.zh}`;
    } else if (roll < 0.88 || sector.kind === 'service') local = `${pick(random, GERMAN_INITIALS)} ${first.local} ${part.de} ${legal.local}`;
    // "Antriebstechnik Müller GmbH": usual for trades, odd for "Kunst" or "Software".
    else local = `${part.de} ${first.local} ${legal.local}`;
    // A German firm's legal name is its name in English texts too.
    return { zh, de: local, en: local };
  }
  const surnames = EUROPEAN_SURNAMES[location.country] ?? GERMAN_SURNAMES;
  const surname = pick(random, surnames);
  const legal = (t.euLegal[location.country] ?? t.deLegal).pick(random);
  // Austrian firms name their trade in German, the others (in the demo) in English.
  const trade = location.country === 'AT' ? part.de : part.en;
  const local = `${surname.local} ${trade} ${legal.local}`;
  return { zh: `${surname.zh}${part.zh}${legal.zh}`, de: local, en: local };
}

/** 2–5 offer keywords (English, the vocabulary's pivot language): the products, then further products or capabilities. */
function drawOffers(random: Random, sector: SectorVocabulary, products: readonly Term[]): string[] {
  const offers = products.map((p) => p.en);
  const target = Math.max(offers.length, intBetween(random, 2, 5));
  const more = [...sector.products, ...sector.capabilities].filter((term) => !offers.includes(term.en));
  offers.push(...pickDistinct(random, more, target - offers.length).map((term) => term.en));
  return offers;
}

/** 1–4 need keywords: mostly products of upstream divisions, sometimes a partner abroad. */
function drawNeeds(random: Random, origin: Origin, sector: SectorVocabulary, offers: readonly string[]): string[] {
  const target = intBetween(random, 1, 4);
  const partnerNeeds = origin === 'CN' ? CHINESE_PARTNER_NEEDS : EUROPEAN_PARTNER_NEEDS;
  const needs: string[] = [];
  // Bounded so that a sector with few upstream terms cannot loop forever.
  for (let attempt = 0; needs.length < target && attempt < 12; attempt++) {
    const upstream = sectorVocabulary(pick(random, sector.upstream));
    const term = upstream && random() < 0.7 ? pick(random, upstream.products) : pick(random, partnerNeeds);
    if (!needs.includes(term.en) && !offers.includes(term.en)) needs.push(term.en);
  }
  return needs;
}

/** What a company description is made of, in every language. */
export interface DescriptionFacts {
  names: Trilingual;
  cityName: Trilingual;
  foundedYear: number;
  employees: number;
  products: readonly Trilingual[];
  niche: Trilingual;
  position: Trilingual;
  markets: readonly Trilingual[];
  phrases: { verb: Trilingual; reach: Trilingual };
}

/** The zh, de and en descriptions, each from a template drawn in that order (the draws are part of the seed's stream). */
export function describeCompany(random: Random, f: DescriptionFacts): { descriptionZh: string; descriptionDe: string; descriptionEn: string } {
  const describe = (language: Language): string =>
    pick(random, DESCRIPTION_TEMPLATES[language])({
      name: f.names[language],
      city: f.cityName[language],
      founded: f.foundedYear,
      employees: roundEmployees(f.employees),
      products: joinList(f.products.map((p) => p[language]), language),
      niche: f.niche[language],
      position: f.position[language],
      markets: joinList(f.markets.map((m) => m[language]), language),
      verb: f.phrases.verb[language],
      reach: f.phrases.reach[language],
    });
  const descriptionZh = describe('zh');
  const descriptionDe = describe('de');
  return { descriptionZh, descriptionDe, descriptionEn: describe('en') };
}

/** Descriptions mention a rounded head count ("around 250"), as companies do. */
function roundEmployees(employees: number): number {
  if (employees < 20) return employees;
  const magnitude = 10 ** Math.floor(Math.log10(employees) - 1);
  return Math.round(employees / magnitude) * magnitude;
}

/** "Müller Antriebstechnik GmbH" -> "mueller-antriebstechnik". */
export function slug(name: string): string {
  const legalSuffix = /\s+(GmbH & Co\. KG|GmbH|AG|SE|Co\., Ltd\.|S\.r\.l\.|S\.p\.A\.|SAS|SA|B\.V\.|N\.V\.|sp\. z o\.o\.|S\.A\.|s\.r\.o\.|a\.s\.|AB)$/;
  return foldLatin(name.replace(legalSuffix, ''))
    .replace(/ł/g, 'l')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}
