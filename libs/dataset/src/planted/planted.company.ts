import {
  ActivityCode,
  ActivitySource,
  BadgeRecord,
  BadgeType,
  BadgeVariant,
  CompanyRecord,
  CompanyStatus,
  derivedIsicCodes,
  EvidenceKind,
  normaliseCity,
  normaliseCompanyName,
} from '@hc/companies';
import { isicDivisionOf, regionByCode, SectorScheme } from '@hc/taxonomy';
import { gbtDivisionFor, naceClassesWithin, wzOfNaceClass } from '../generator/activity-codes';
import { addYears, DEMO_BADGE_SOURCE, isoOfDay, TITLE_VALIDITY_YEARS } from '../generator/badges';
import { describeCompany, slug } from '../generator/company.generator';
import { drawFinancials } from '../generator/financials';
import type { Origin } from '../generator/origin';
import { chance, intBetween, pick, pickDistinct, Random } from '../random/prng.util';
import { CHINESE_LEGAL_FORMS, EUROPEAN_LEGAL_FORMS, GERMAN_INITIALS, GERMAN_LEGAL_FORMS, LegalForm, NamePart } from '../vocabulary/names.vocabulary';
import { sectorVocabulary } from '../vocabulary/sector.vocabulary';
import { EXPORT_MARKETS, KIND_PHRASES, Language, MARKETS, POSITION_PHRASES, PositionTier } from '../vocabulary/phrases.vocabulary';
import type { Fitted, SectorVocabulary, Term, Trilingual } from '../vocabulary/vocabulary.model';
import type { Phrasing } from './planted.phrasing';
import type { Place, Point } from './planted.places';
import { PLANTED_CHINESE_BRANDS, PLANTED_EUROPEAN_SURNAMES, PLANTED_GERMAN_SURNAMES } from './planted.vocabulary';

/** Distinctions a planted company may carry; the matcher counts these (the Mittelstand claim it does not). */
export type PlantedBadge = 'hidden_champion' | 'little_giant' | 'single_champion' | 'srdi' | null;

/** What a planted company is made of; everything else (names, texts, codes, figures) is drawn from it. */
export interface CompanyPlan {
  origin: Origin;
  place: Place;
  /** The exact location (a point near the place, or near a park). */
  point: Point;
  /** Its sectors, primary first, each a distinct division; each gives one activity code. */
  sectors: readonly SectorVocabulary[];
  employees: number;
  badge: PlantedBadge;
  initiativeMember: boolean;
  /** Need keywords beyond the drawn ones (what a park offers, …), first. */
  needs: readonly string[];
  /** The planted set's wording. */
  phrasing: Phrasing;
  /** The topic its description ends with (each language names it as this company writes it). */
  topic?: Trilingual;
  /** Offer keywords before the drawn ones (its topic, as it writes it). */
  offers?: readonly string[];
  /** PUBLISHED when omitted. */
  status?: CompanyStatus;
}

/** What the opportunities of a company are written from. */
export interface CompanyContext {
  origin: Origin;
  country: string;
  names: Trilingual;
  city: Trilingual;
  region: Trilingual | null;
  sector: SectorVocabulary;
  /** Its products, main product first. */
  products: readonly Term[];
  niche: Trilingual;
  /** The languages its texts are written in. */
  languages: ReadonlySet<Language>;
  /** The planted set's wording. */
  phrasing: Phrasing;
}

export interface BuiltCompany {
  record: CompanyRecord;
  context: CompanyContext;
  /** ISIC divisions the platform derives from its activity codes. */
  divisions: string[];
}

/** Keeps planted names unique under the importer's identity rule (name key within country and city). */
export class NameRegistry {
  private readonly taken = new Set<string>();

  /** True (and reserved) when none of the names' keys is taken in that city. */
  reserve(country: string, city: string, names: readonly string[]): boolean {
    const cityKey = normaliseCity(city);
    const keys = [...new Set(names.map((name) => `${country}|${cityKey}|${normaliseCompanyName(name, country)}`))];
    if (keys.some((key) => this.taken.has(key))) return false;
    for (const key of keys) this.taken.add(key);
    return true;
  }
}

/** Builds a planted company's profile from its plan. */
export function buildCompany(random: Random, plan: CompanyPlan, registry: NameRegistry): BuiltCompany {
  const sector = plan.sectors[0];
  if (!sector) throw new Error('a planted company needs at least one sector');
  const products = drawProducts(random, sector, plan.sectors.slice(1));
  const drawn = plan.sectors.map((s, i) => codeFor(random, plan.origin, s, i === 0 ? (products[0] as Term) : pick(random, s.products), i === 0));
  // Two sectors can share a code (GB/T divisions span several ISIC divisions): each code once, as the API keeps it.
  const activityCodes = drawn.filter((c, i) => drawn.findIndex((d) => d.scheme === c.scheme && d.code === c.code) === i);
  const primaryIsic = products[0]?.isic ?? sector.defaultCode;
  const foundedYear = drawFoundedYear(random, plan.origin, plan.badge);
  const revenue = drawRevenue(random, plan.origin, plan.badge, plan.employees);
  const financials = drawFinancials(random, revenue, sector.kind);
  const badges = drawBadges(random, plan);
  const names = drawNames(random, plan, pickFitting(random, sector.nameParts, primaryIsic), registry);
  const niche = pickFitting(random, sector.niches, primaryIsic);
  const positionTier = positionOf(random, plan.badge, plan.employees, foundedYear);
  const position = POSITION_PHRASES[positionTier](positionMarket(plan.origin, positionTier));
  const markets = pickDistinct(
    random,
    EXPORT_MARKETS.filter((m) => m.home !== plan.origin && !(plan.origin !== 'CN' && m.home === 'EU')),
    intBetween(random, 2, 4),
  );
  const { descriptionZh, descriptionDe, descriptionEn } = describeCompany(random, {
    names, cityName: plan.place.cityName, foundedYear, employees: plan.employees, products, niche, position, markets, phrases: KIND_PHRASES[sector.kind],
  });
  const topic = plan.topic ? plan.phrasing.companyTopic(plan.topic) : null;
  const offers = [...new Set([...(plan.offers ?? []), ...products.map((p) => p.en), ...pickDistinct(random, sector.capabilities, intBetween(random, 0, 2)).map((c) => c.en)])].slice(0, 10);
  const upstream = sector.upstream.length > 0 ? pick(random, sector.upstream) : null;
  const upstreamNeeds = upstream ? pickDistinct(random, upstreamProducts(upstream, sector), intBetween(random, 0, 2)).map((t) => t.en) : [];
  const needs = [...new Set([...plan.needs, ...upstreamNeeds])].filter((n) => !offers.includes(n)).slice(0, 10);
  const region = plan.place.region ? regionByCode(plan.place.region) : undefined;
  const record: CompanyRecord = {
    nameZh: names.zh,
    nameDe: names.de,
    nameEn: names.en,
    descriptionZh: topic ? `${descriptionZh}${topic.zh}` : descriptionZh,
    descriptionDe: topic ? `${descriptionDe} ${topic.de}` : descriptionDe,
    descriptionEn: topic ? `${descriptionEn} ${topic.en}` : descriptionEn,
    country: plan.place.country,
    region: plan.place.region,
    city: plan.place.city,
    latitude: plan.point.latitude,
    longitude: plan.point.longitude,
    registryId: null,
    activityCodes,
    employees: plan.employees,
    annualTurnoverEur: financials.annualTurnoverEur,
    balanceSheetTotalEur: financials.balanceSheetTotalEur,
    revenueBand: financials.revenueBand,
    foundedYear,
    website: chance(random, 0.3) ? null : `https://www.${slug(names.en)}.example`,
    badges,
    offers,
    needs,
    initiativeMember: plan.initiativeMember,
    status: plan.status ?? CompanyStatus.PUBLISHED,
  };
  const context: CompanyContext = {
    origin: plan.origin,
    country: plan.place.country,
    names,
    city: plan.place.cityName,
    region: region ? { zh: region.label.zh ?? region.code, de: region.label.de ?? region.code, en: region.label.en ?? region.code } : null,
    sector,
    products,
    niche,
    languages: drawLanguages(random, plan.origin, plan.place.country),
    phrasing: plan.phrasing,
  };
  return { record, context, divisions: divisionsOf(activityCodes) };
}

/** ISIC divisions derived from activity codes, as the platform derives them. */
export function divisionsOf(codes: readonly ActivityCode[]): string[] {
  return [...new Set(derivedIsicCodes(codes).map((c) => isicDivisionOf(c.code)))];
}

/** What a sector buys from an upstream division: that division's products (the own capabilities when it has no vocabulary). */
function upstreamProducts(division: string, own: SectorVocabulary): readonly Term[] {
  return sectorVocabulary(division)?.products ?? own.capabilities;
}

/** 2–3 products of the main sector, then one of each further sector. */
function drawProducts(random: Random, sector: SectorVocabulary, further: readonly SectorVocabulary[]): Term[] {
  const withClass = sector.products.filter((p) => p.isic !== null && p.isic.length === 4);
  const main = pick(random, withClass.length > 0 ? withClass : sector.products);
  const rest = pickDistinct(random, sector.products.filter((p) => p !== main), intBetween(random, 1, 2));
  return [main, ...rest, ...further.map((s) => pick(random, s.products))];
}

/** The activity code of a product in the scheme its origin declares in (GB/T 4754, WZ 2008, NACE Rev.2). */
function codeFor(random: Random, origin: Origin, sector: SectorVocabulary, product: Term, primary: boolean): ActivityCode {
  const isic = product.isic !== null && product.isic.startsWith(sector.division) ? product.isic : sector.defaultCode;
  const base = { primary, confidence: 1, source: ActivitySource.SELF_DECLARED };
  if (origin === 'CN') {
    const gbt = gbtDivisionFor(isic) ?? gbtDivisionFor(sector.division);
    if (gbt !== undefined) return { ...base, scheme: SectorScheme.GBT4754, code: gbt };
  } else {
    const classes = naceClassesWithin(isic);
    const nace = classes.length > 0 ? pick(random, classes) : undefined;
    if (nace !== undefined) return { ...base, scheme: origin === 'DE' ? SectorScheme.WZ2008 : SectorScheme.NACE2, code: origin === 'DE' ? wzOfNaceClass(nace) : nace };
  }
  return { ...base, scheme: SectorScheme.ISIC4, code: isic };
}

/** Mostly a name part or niche made for the main product's code, sometimes a general one. */
function pickFitting(random: Random, items: readonly Fitted[], primaryCode: string): Fitted {
  const fitting = items.filter((item) => item.codes.some((code) => primaryCode.startsWith(code)));
  const general = items.filter((item) => item.codes.length === 0);
  if (fitting.length > 0 && (random() < 0.75 || general.length === 0)) return pick(random, fitting);
  return pick(random, general.length > 0 ? general : items);
}

function drawFoundedYear(random: Random, origin: Origin, badge: PlantedBadge): number {
  switch (badge) {
    case 'hidden_champion':
      return intBetween(random, 1870, 1995);
    case 'single_champion':
      return intBetween(random, 1970, 2008);
    case 'little_giant':
      return intBetween(random, 1990, 2016);
    case 'srdi':
      return intBetween(random, 1995, 2019);
    default:
      return origin === 'CN' ? intBetween(random, 1985, 2020) : intBetween(random, 1900, 2018);
  }
}

function drawRevenue(random: Random, origin: Origin, badge: PlantedBadge, employees: number): number {
  const [low, high] = origin === 'CN' ? [60_000, 250_000] : [110_000, 350_000];
  const perEmployee = Math.exp(Math.log(low) + random() * (Math.log(high) - Math.log(low)));
  // Keeps hidden champions under the demo's ceiling (EUR 3bn), as the generator does.
  return badge === 'hidden_champion' ? Math.min(employees * perEmployee, 2.9e9) : employees * perEmployee;
}

const CHINESE_NUMERALS = ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十'];

/** A day of `year` between two months (1-based, inclusive). */
function dayIn(random: Random, year: number, fromMonth: number, toMonth: number): string {
  const start = Date.UTC(year, fromMonth - 1, 1) / 86_400_000;
  const end = Date.UTC(year, toMonth, 0) / 86_400_000;
  return isoOfDay(intBetween(random, start, end));
}

/**
 * Badges with evidence, dated so that they still count for some years (a title awarded in 2025 lapses in
 * 2028); never the computed EU SME badge.
 */
function drawBadges(random: Random, plan: CompanyPlan): BadgeRecord[] {
  const list = (type: BadgeType, variant: BadgeVariant | null, awardedOn: string, reference: string): BadgeRecord => ({
    type,
    variant,
    evidence: EvidenceKind.LIST,
    reference: `${DEMO_BADGE_SOURCE}: ${reference}`,
    awardedOn,
    expiresOn: addYears(awardedOn, TITLE_VALIDITY_YEARS),
  });
  const province = (plan.place.region ? regionByCode(plan.place.region)?.label.zh : null) ?? '省级';
  const srdi = () => list(BadgeType.SRDI_SME, null, dayIn(random, 2025, 3, 10), `${province}2025年度专精特新中小企业名单`);
  const badges: BadgeRecord[] = [];
  switch (plan.badge) {
    case 'hidden_champion':
      badges.push({
        type: BadgeType.HIDDEN_CHAMPION,
        variant: null,
        evidence: EvidenceKind.LIST,
        reference: `${DEMO_BADGE_SOURCE}: Simon, Hidden Champions (2021) list`,
        awardedOn: dayIn(random, 2021, 1, 12),
        expiresOn: null,
      });
      break;
    case 'little_giant':
      badges.push(list(BadgeType.LITTLE_GIANT, null, dayIn(random, 2025, 7, 9), `MIIT 第${CHINESE_NUMERALS[6]}批专精特新“小巨人”企业名单 (2025)`));
      if (chance(random, 0.8)) badges.push(srdi());
      break;
    case 'single_champion': {
      const enterprise = chance(random, 0.6);
      badges.push(
        list(BadgeType.SINGLE_CHAMPION, enterprise ? BadgeVariant.DEMONSTRATION_ENTERPRISE : BadgeVariant.CHAMPION_PRODUCT, dayIn(random, 2025, 9, 11), `MIIT 第${CHINESE_NUMERALS[9]}批制造业单项冠军${enterprise ? '示范企业' : '产品'}名单 (2025)`),
      );
      break;
    }
    case 'srdi':
      badges.push(srdi());
      break;
    default:
      break;
  }
  if (plan.origin === 'DE' && chance(random, plan.badge === 'hidden_champion' ? 0.7 : 0.35)) {
    badges.push({ type: BadgeType.MITTELSTAND, variant: null, evidence: EvidenceKind.SELF_DECLARED, reference: null, awardedOn: dayIn(random, 2025, 1, 6), expiresOn: null });
  }
  return badges;
}

function positionOf(random: Random, badge: PlantedBadge, employees: number, founded: number): PositionTier {
  if (badge === 'hidden_champion') return chance(random, 0.4) ? 'world_leader' : 'world_top3';
  if (badge === 'single_champion') return 'world_top3';
  if (badge === 'little_giant') return 'national';
  if (employees >= 1000) return 'continental';
  if (founded >= 2015) return 'young';
  return chance(random, 0.6) ? 'specialist' : 'national';
}

function positionMarket(origin: Origin, tier: PositionTier): Trilingual {
  if (tier === 'continental') return origin === 'CN' ? MARKETS.asia : MARKETS.europe;
  return origin === 'CN' ? MARKETS.china : origin === 'DE' ? MARKETS.germany : MARKETS.home;
}

function legalForm(random: Random, forms: readonly LegalForm[]): LegalForm {
  const total = forms.reduce((sum, f) => sum + f.weight, 0);
  let target = random() * total;
  for (const form of forms) {
    target -= form.weight;
    if (target < 0) return form;
  }
  return forms[forms.length - 1] as LegalForm;
}

/** Names in the generator's styles, from the planted-only name parts; unique within country and city. */
function drawNames(random: Random, plan: CompanyPlan, part: Trilingual, registry: NameRegistry): Trilingual {
  const sector = plan.sectors[0] as SectorVocabulary;
  for (let attempt = 0; attempt < 40; attempt++) {
    // After a few clashes, other name parts of the sector widen the choice.
    const namePart = attempt < 4 ? part : pick(random, sector.nameParts);
    const names = nameOnce(random, plan, namePart);
    if (registry.reserve(plan.place.country, plan.place.city, [names.de, names.en, names.zh])) return names;
  }
  throw new Error(`could not find a unique planted company name in ${plan.place.city}`);
}

function nameOnce(random: Random, plan: CompanyPlan, part: Trilingual): Trilingual {
  const { place } = plan;
  if (plan.origin === 'CN') {
    const brand = pick(random, PLANTED_CHINESE_BRANDS);
    const legal = legalForm(random, CHINESE_LEGAL_FORMS);
    return {
      zh: `${place.prefix.zh}${brand.zh}${part.zh}${legal.local}`,
      de: `${place.prefix.latin} ${brand.latin} ${part.de} ${legal.en}`,
      en: `${place.prefix.latin} ${brand.latin} ${part.en} ${legal.en}`,
    };
  }
  if (plan.origin === 'DE') {
    const legal = legalForm(random, GERMAN_LEGAL_FORMS);
    const [first, second] = pickDistinct(random, PLANTED_GERMAN_SURNAMES, 2) as [NamePart, NamePart];
    const roll = random();
    let local = `${first.local} ${part.de} ${legal.local}`;
    let zh = `${first.zh}${part.zh}${legal.zh}`;
    if (roll >= 0.55 && roll < 0.72) {
      local = `${first.local} & ${second.local} ${legal.local}`;
      zh = `${first.zh}与${second.zh}${legal.zh}`;
    } else if (roll >= 0.72) local = `${pick(random, GERMAN_INITIALS)} ${first.local} ${part.de} ${legal.local}`;
    return { zh, de: local, en: local };
  }
  const surnames = PLANTED_EUROPEAN_SURNAMES[place.country] ?? PLANTED_GERMAN_SURNAMES;
  const surname = pick(random, surnames);
  const legal = legalForm(random, EUROPEAN_LEGAL_FORMS[place.country] ?? GERMAN_LEGAL_FORMS);
  const trade = place.country === 'AT' ? part.de : part.en;
  const local = `${surname.local} ${trade} ${legal.local}`;
  return { zh: `${surname.zh}${part.zh}${legal.zh}`, de: local, en: local };
}

function drawLanguages(random: Random, origin: Origin, country: string): Set<Language> {
  if (origin === 'CN') return new Set<Language>(chance(random, 0.35) ? ['zh', 'en', 'de'] : ['zh', 'en']);
  if (origin === 'DE') return new Set<Language>(chance(random, 0.3) ? ['de', 'en', 'zh'] : ['de', 'en']);
  const languages = new Set<Language>(['en']);
  if (country === 'AT' || chance(random, 0.2)) languages.add('de');
  if (chance(random, 0.15)) languages.add('zh');
  return languages;
}

