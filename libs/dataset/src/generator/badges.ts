import { BadgeRecord, BadgeType, BadgeVariant, EvidenceKind } from '@hc/companies';
import { regionByCode } from '@hc/taxonomy';
import { chance, hashInts, intBetween, Random } from '../random/prng.util';
import type { Origin } from './origin';

/** Start of every generated badge reference, so demo badges can never pass for real ones. */
export const DEMO_BADGE_SOURCE = 'demo data';

/** 专精特新, 小巨人 and 单项冠军 titles are reviewed every three years; the demo lets them lapse after that. */
export const TITLE_VALIDITY_YEARS = 3;

/** Share of dated badges whose validity already ended at the reference date (not renewed). */
export const EXPIRED_BADGE_SHARE = 0.05;

/** The reference dates of demo datasets fall in this year. */
export const REFERENCE_YEAR = 2025;

/** Share of hidden-champion badges backed by a published list rather than a company document. */
export const HIDDEN_CHAMPION_LIST_SHARE = 0.65;

/** Share of single champions recognised as demonstration enterprise rather than for one champion product. */
export const DEMONSTRATION_ENTERPRISE_SHARE = 0.6;

/** Stream id of the reference date, apart from the company and park streams. */
const REFERENCE_STREAM = 3;

const DAY_MS = 86_400_000;
/** A badge is at least this many days old at the reference date. */
const MIN_AGE_DAYS = 7;
/** A Mittelstand self-declaration is at most this many days old. */
const SELF_DECLARATION_MAX_AGE_DAYS = 2 * 365;

/** The first year each kind of evidence exists (MIIT lists, the hidden-champion book edition). */
const FIRST_YEAR = { srdi: 2013, littleGiant: 2019, singleChampion: 2016 } as const;
/** Years in the niche a title requires before it can be awarded. */
const YEARS_BEFORE = { srdi: 2, littleGiant: 3, singleChampion: 10, mittelstand: 1 } as const;
const SIMON_LIST_YEAR = 2021;

export function dayOfIso(iso: string): number {
  const [year, month, day] = iso.split('-').map(Number) as [number, number, number];
  return Date.UTC(year, month - 1, day) / DAY_MS;
}

export function isoOfDay(day: number): string {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

/** Same calendar day `years` later (29 February becomes 1 March). */
export function addYears(iso: string, years: number): string {
  const [year, month, day] = iso.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(year + years, month - 1, day)).toISOString().slice(0, 10);
}

/**
 * The "today" of the dataset with this seed: a fixed day of REFERENCE_YEAR, against which badges are
 * valid or expired. Derived from the seed, never from the clock, so the data stay reproducible.
 */
export function demoReferenceDate(seed: number): string {
  const start = Date.UTC(REFERENCE_YEAR, 0, 1) / DAY_MS;
  const length = Date.UTC(REFERENCE_YEAR + 1, 0, 1) / DAY_MS - start;
  return isoOfDay(start + (hashInts(seed, REFERENCE_STREAM) % length));
}

/** True when a badge no longer counts at `referenceDate` (the expiry day itself no longer counts). */
export function isExpired(badge: Pick<BadgeRecord, 'expiresOn'>, referenceDate: string): boolean {
  return badge.expiresOn !== null && badge.expiresOn <= referenceDate;
}

/** The company's label tier; it drives size, age, badges and how the company describes itself. */
export type Tier = 'single_champion' | 'little_giant' | 'srdi' | 'hidden_champion' | 'plain';

/** What the badges of one company depend on. */
export interface BadgeContext {
  origin: Origin;
  tier: Tier;
  foundedYear: number;
  /** ISO 3166-2 region, for the provincial 专精特新 list. */
  region: string | null;
  /** Day number (days since 1970-01-01) of the dataset's reference date. */
  referenceDay: number;
}

const CHINESE_NUMERALS = ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十', '十一', '十二'];

function batch(ordinal: number): string {
  return CHINESE_NUMERALS[ordinal - 1] ?? String(ordinal);
}

function firstDay(year: number): number {
  return Date.UTC(year, 0, 1) / DAY_MS;
}

/**
 * The date of the current certificate: usually within its validity, for EXPIRED_BADGE_SHARE of the
 * dated titles up to a year past it; never before `earliestDay`. Null when even the earliest date lies
 * after the reference date (the company is too young for the title).
 */
function awardDate(random: Random, ctx: BadgeContext, earliestDay: number, validityYears: number | null): string | null {
  const latest = ctx.referenceDay - MIN_AGE_DAYS;
  if (earliestDay > latest) return null;
  let age: number;
  if (validityYears === null) age = intBetween(random, MIN_AGE_DAYS, SELF_DECLARATION_MAX_AGE_DAYS);
  else if (chance(random, EXPIRED_BADGE_SHARE)) age = intBetween(random, validityYears * 365 + 2, validityYears * 365 + 365);
  else age = intBetween(random, MIN_AGE_DAYS, validityYears * 365 - 2);
  let day = ctx.referenceDay - age;
  if (day < earliestDay) day = intBetween(random, earliestDay, latest);
  return isoOfDay(day);
}

function dated(type: BadgeType, variant: BadgeVariant | null, awardedOn: string, reference: (year: number) => string): BadgeRecord {
  const year = Number(awardedOn.slice(0, 4));
  return { type, variant, evidence: EvidenceKind.LIST, reference: `${DEMO_BADGE_SOURCE}: ${reference(year)}`, awardedOn, expiresOn: addYears(awardedOn, TITLE_VALIDITY_YEARS) };
}

function srdiBadge(random: Random, ctx: BadgeContext): BadgeRecord | null {
  const awardedOn = awardDate(random, ctx, firstDay(Math.max(ctx.foundedYear + YEARS_BEFORE.srdi, FIRST_YEAR.srdi)), TITLE_VALIDITY_YEARS);
  if (awardedOn === null) return null;
  const province = (ctx.region !== null ? regionByCode(ctx.region)?.label.zh : null) ?? '省级';
  return dated(BadgeType.SRDI_SME, null, awardedOn, (year) => `${province}${year}年度专精特新中小企业名单`);
}

function littleGiantBadge(random: Random, ctx: BadgeContext): BadgeRecord | null {
  // The first national batch was published in mid-2019; batch n follows in year 2018 + n.
  const earliest = Math.max(firstDay(ctx.foundedYear + YEARS_BEFORE.littleGiant), Date.UTC(FIRST_YEAR.littleGiant, 5, 1) / DAY_MS);
  const awardedOn = awardDate(random, ctx, earliest, TITLE_VALIDITY_YEARS);
  if (awardedOn === null) return null;
  return dated(BadgeType.LITTLE_GIANT, null, awardedOn, (year) => `MIIT 第${batch(year - 2018)}批专精特新“小巨人”企业名单 (${year})`);
}

function singleChampionBadge(random: Random, ctx: BadgeContext): BadgeRecord | null {
  const awardedOn = awardDate(random, ctx, firstDay(Math.max(ctx.foundedYear + YEARS_BEFORE.singleChampion, FIRST_YEAR.singleChampion)), TITLE_VALIDITY_YEARS);
  if (awardedOn === null) return null;
  const enterprise = chance(random, DEMONSTRATION_ENTERPRISE_SHARE);
  const variant = enterprise ? BadgeVariant.DEMONSTRATION_ENTERPRISE : BadgeVariant.CHAMPION_PRODUCT;
  // Batch 1 was published in 2016.
  return dated(BadgeType.SINGLE_CHAMPION, variant, awardedOn, (year) => `MIIT 第${batch(year - 2015)}批制造业单项冠军${enterprise ? '示范企业' : '产品'}名单 (${year})`);
}

function hiddenChampionBadge(random: Random, ctx: BadgeContext): BadgeRecord | null {
  if (chance(random, HIDDEN_CHAMPION_LIST_SHARE) && ctx.foundedYear < SIMON_LIST_YEAR) {
    const awardedOn = isoOfDay(intBetween(random, firstDay(SIMON_LIST_YEAR), firstDay(SIMON_LIST_YEAR + 1) - 1));
    return { type: BadgeType.HIDDEN_CHAMPION, variant: null, evidence: EvidenceKind.LIST, reference: `${DEMO_BADGE_SOURCE}: Simon, Hidden Champions (${SIMON_LIST_YEAR}) list`, awardedOn, expiresOn: null };
  }
  // A market-share statement in the company's own annual report: not reviewed, so it does not expire.
  const awardedOn = awardDate(random, ctx, firstDay(ctx.foundedYear + 1), TITLE_VALIDITY_YEARS);
  if (awardedOn === null) return null;
  const year = Number(awardedOn.slice(0, 4));
  const title = ctx.origin === 'DE' ? `Geschäftsbericht ${year - 1}, Weltmarktanteil` : `annual report ${year - 1}, world market share`;
  return { type: BadgeType.HIDDEN_CHAMPION, variant: null, evidence: EvidenceKind.DOCUMENT, reference: `${DEMO_BADGE_SOURCE}: ${title}`, awardedOn, expiresOn: null };
}

function mittelstandBadge(random: Random, ctx: BadgeContext): BadgeRecord | null {
  const awardedOn = awardDate(random, ctx, firstDay(ctx.foundedYear + YEARS_BEFORE.mittelstand), null);
  return awardedOn === null ? null : { type: BadgeType.MITTELSTAND, variant: null, evidence: EvidenceKind.SELF_DECLARED, reference: null, awardedOn, expiresOn: null };
}

/** Share of German firms that declare themselves owner-managed (Mittelstand), by tier. */
export const MITTELSTAND_SHARE = { hidden_champion: 0.7, other: 0.385 } as const;

/**
 * Badges a company claims, with evidence. Never the EU SME badge: the platform computes that one from
 * headcount and turnover or balance sheet.
 */
export function drawBadges(random: Random, ctx: BadgeContext): BadgeRecord[] {
  const badges: (BadgeRecord | null)[] = [];
  if (ctx.origin === 'CN') {
    // MIIT gradient: little giants are chosen among 专精特新 SMEs and mostly keep the provincial title.
    if (ctx.tier === 'single_champion') badges.push(singleChampionBadge(random, ctx));
    const littleGiant = ctx.tier === 'little_giant' || (ctx.tier === 'single_champion' && chance(random, 0.5));
    if (littleGiant) badges.push(littleGiantBadge(random, ctx));
    if (ctx.tier === 'srdi' || (littleGiant && chance(random, 0.85))) badges.push(srdiBadge(random, ctx));
  } else {
    if (ctx.tier === 'hidden_champion') badges.push(hiddenChampionBadge(random, ctx));
    // Owner-managed: most hidden champions are, and about four in ten German firms overall.
    if (ctx.origin === 'DE' && chance(random, ctx.tier === 'hidden_champion' ? MITTELSTAND_SHARE.hidden_champion : MITTELSTAND_SHARE.other)) {
      badges.push(mittelstandBadge(random, ctx));
    }
  }
  return badges.filter((b): b is BadgeRecord => b !== null);
}
