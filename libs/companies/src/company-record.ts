import { createHash } from 'node:crypto';
import { BadUserInputException, FieldProblem, toProfileIdentity } from '@hc/core';
import { isicDivisionOf, SectorScheme, toIsic } from '@hc/taxonomy';
import { ActivityCode, ActivitySource, BadgeRecord, BadgeType, BadgeVariant, CompanyRecord, CompanyStatus, DerivedIsicCode, EvidenceKind } from './company.model';
import { CreateCompanyInput } from './dto/company.input';
import { BAND_MIN_EUR, euSmeCategory, EU_SME_RULE, revenueBandOfTurnover } from './eu-sme';
import { normaliseCity, normaliseCompanyName, normaliseRegistryId } from './identity/name-key';

/** Settings that decide whether a profile's claims are admissible. */
export interface CompanyRules {
  /** A hidden champion's revenue must not exceed this (EUR); sources give EUR 3bn to USD 5bn. */
  hiddenChampionMaxRevenueEur: number;
}

/**
 * Applies the rules that span fields and returns the record to store, or throws BAD_USER_INPUT
 * naming every bad field. The one place for these rules: the API and the importer both call it.
 */
export function toCompanyRecord(input: CreateCompanyInput, rules: CompanyRules, prefix = 'input'): CompanyRecord {
  const problems: FieldProblem[] = [];
  let identity;
  try {
    identity = toProfileIdentity(input, prefix);
  } catch (error) {
    if (!(error instanceof BadUserInputException)) throw error;
    problems.push(...error.fields);
  }
  const status = input.status ?? CompanyStatus.DRAFT;
  const activityCodes = activityCodesOf(input, prefix, problems);
  if (status === CompanyStatus.PUBLISHED && activityCodes.length === 0) {
    problems.push({ field: `${prefix}.activityCodes`, message: 'a published profile needs at least one activity code' });
  }
  const turnover = input.annualTurnoverEur ?? null;
  let revenueBand = input.revenueBand ?? null;
  if (turnover !== null) {
    const derived = revenueBandOfTurnover(turnover);
    if (revenueBand !== null && revenueBand !== derived) {
      problems.push({ field: `${prefix}.revenueBand`, message: `${revenueBand} contradicts annualTurnoverEur ${turnover} (band ${derived}); give one of them` });
    }
    revenueBand = derived;
  }
  const badges = badgesOf(input, prefix, problems);
  const champion = badges.findIndex((b) => b.type === BadgeType.HIDDEN_CHAMPION);
  const revenueFloor = turnover ?? (revenueBand ? BAND_MIN_EUR[revenueBand] : 0);
  if (champion >= 0 && revenueFloor > rules.hiddenChampionMaxRevenueEur) {
    problems.push({
      field: `${prefix}.badges[${champion}]`,
      message: `a hidden champion's revenue must not exceed EUR ${rules.hiddenChampionMaxRevenueEur.toLocaleString('en')} (setting HIDDEN_CHAMPION_MAX_REVENUE_EUR); this profile's is at least EUR ${revenueFloor.toLocaleString('en')}`,
    });
  }
  if (problems.length || !identity) throw new BadUserInputException(problems);
  return {
    ...identity,
    registryId: input.registryId?.trim() || null,
    activityCodes,
    employees: input.employees ?? null,
    annualTurnoverEur: turnover,
    balanceSheetTotalEur: input.balanceSheetTotalEur ?? null,
    revenueBand,
    foundedYear: input.foundedYear ?? null,
    website: input.website ?? null,
    badges,
    offers: cleanKeywords(input.offers),
    needs: cleanKeywords(input.needs),
    initiativeMember: input.initiativeMember ?? false,
    status,
  };
}

function activityCodesOf(input: CreateCompanyInput, prefix: string, problems: FieldProblem[]): ActivityCode[] {
  const given = input.activityCodes ?? [];
  const marked = given.flatMap((c, i) => (c.primary ? [i] : []));
  if (marked.length > 1) problems.push({ field: `${prefix}.activityCodes[${marked[1]}].primary`, message: 'only one activity code can be primary' });
  const primaryAt = marked[0] ?? 0;
  const seen = new Set<string>();
  const codes: ActivityCode[] = [];
  given.forEach((c, i) => {
    const code = c.code.trim().toUpperCase();
    const key = `${c.scheme}:${code}`;
    if (seen.has(key)) return;
    seen.add(key);
    const entry: ActivityCode = {
      scheme: c.scheme,
      code,
      primary: i === primaryAt,
      confidence: c.confidence ?? 1,
      source: c.source ?? ActivitySource.SELF_DECLARED,
    };
    if (entry.primary) codes.unshift(entry);
    else codes.push(entry);
  });
  return codes;
}

function badgesOf(input: CreateCompanyInput, prefix: string, problems: FieldProblem[]): BadgeRecord[] {
  const seen = new Set<string>();
  return (input.badges ?? []).map((b, i) => {
    const key = `${b.type}:${b.variant ?? ''}`;
    if (seen.has(key)) problems.push({ field: `${prefix}.badges[${i}]`, message: `${b.type} is listed twice` });
    seen.add(key);
    if (b.expiresOn && b.expiresOn < b.awardedOn) {
      problems.push({ field: `${prefix}.badges[${i}].expiresOn`, message: `${b.expiresOn} is before awardedOn ${b.awardedOn}` });
    }
    return {
      type: b.type,
      variant: b.variant ?? null,
      evidence: b.evidence,
      reference: b.reference?.trim() || null,
      awardedOn: b.awardedOn,
      expiresOn: b.expiresOn ?? null,
    };
  });
}

function cleanKeywords(values: string[] | undefined): string[] {
  return [...new Set((values ?? []).map((v) => v.trim()).filter(Boolean))];
}

/** Everything stored beside the record that is computed from it. */
export interface DerivedCompanyColumns {
  isicCodes: string[];
  isicDivisions: string[];
  euSmeCategory: BadgeVariant | null;
  euSmeAssessedOn: string | null;
  registryKey: string | null;
  nameKeys: string[];
  cityKey: string;
  contentHash: string;
}

/** The ISIC codes of activity codes, best confidence per code, the primary code's first. */
export function derivedIsicCodes(codes: readonly ActivityCode[]): DerivedIsicCode[] {
  const byCode = new Map<string, DerivedIsicCode>();
  for (const c of codes) {
    for (const link of toIsic(c.scheme as SectorScheme, c.code) ?? []) {
      const confidence = Math.round(c.confidence * link.confidence * 1000) / 1000;
      const known = byCode.get(link.code);
      if (!known) byCode.set(link.code, { code: link.code, confidence, primary: c.primary });
      else {
        known.confidence = Math.max(known.confidence, confidence);
        known.primary ||= c.primary;
      }
    }
  }
  return [...byCode.values()].sort((a, b) => Number(b.primary) - Number(a.primary) || b.confidence - a.confidence);
}

/**
 * Computes the derived columns. `previous` (the stored row) keeps the EU SME assessment date
 * while the figures that decide it are unchanged; `today` is YYYY-MM-DD.
 */
export function deriveCompanyColumns(
  record: CompanyRecord,
  today: string,
  previous?: Pick<DerivedCompanyColumns, 'euSmeCategory' | 'euSmeAssessedOn'> & Pick<CompanyRecord, 'employees' | 'annualTurnoverEur' | 'balanceSheetTotalEur' | 'revenueBand'>,
): DerivedCompanyColumns {
  const isicCodes = derivedIsicCodes(record.activityCodes).map((c) => c.code);
  const category = euSmeCategory(record);
  const sameFigures =
    previous !== undefined &&
    previous.employees === record.employees &&
    previous.annualTurnoverEur === record.annualTurnoverEur &&
    previous.balanceSheetTotalEur === record.balanceSheetTotalEur &&
    previous.revenueBand === record.revenueBand &&
    previous.euSmeCategory === category;
  const names = [record.nameDe, record.nameEn, record.nameZh].filter((n): n is string => Boolean(n));
  return {
    isicCodes,
    isicDivisions: [...new Set(isicCodes.map(isicDivisionOf))],
    euSmeCategory: category,
    euSmeAssessedOn: category === null ? null : sameFigures ? previous.euSmeAssessedOn : today,
    registryKey: record.registryId ? normaliseRegistryId(record.country, record.registryId) : null,
    nameKeys: [...new Set(names.map((n) => normaliseCompanyName(n, record.country)))],
    cityKey: normaliseCity(record.city),
    contentHash: contentHashOf(record),
  };
}

/** Field order is fixed here, so the hash only changes when the content does. */
export function contentHashOf(r: CompanyRecord): string {
  const canonical = [
    r.nameZh, r.nameDe, r.nameEn, r.descriptionZh, r.descriptionDe, r.descriptionEn,
    r.country, r.region, r.city, r.latitude, r.longitude, r.registryId,
    r.activityCodes.map((c) => [c.scheme, c.code, c.primary, c.confidence, c.source]),
    r.employees, r.annualTurnoverEur, r.balanceSheetTotalEur, r.revenueBand, r.foundedYear, r.website,
    r.badges.map((b) => [b.type, b.variant, b.evidence, b.reference, b.awardedOn, b.expiresOn]),
    r.offers, r.needs, r.initiativeMember, r.status,
  ];
  return createHash('sha1').update(JSON.stringify(canonical)).digest('base64url');
}

/** The computed EU SME badge, shown and indexed beside the claimed ones. */
export function euSmeBadge(category: BadgeVariant | null, assessedOn: string | null): BadgeRecord | null {
  if (category === null || assessedOn === null) return null;
  return { type: BadgeType.EU_SME, variant: category, evidence: EvidenceKind.COMPUTED, reference: EU_SME_RULE, awardedOn: assessedOn, expiresOn: null };
}

/** Badges that count on `today`: claimed ones not yet expired, plus the computed EU SME badge. */
export function activeBadges(
  e: { badges: readonly BadgeRecord[]; euSmeCategory: BadgeVariant | null; euSmeAssessedOn: string | null },
  today: string,
): BadgeRecord[] {
  const active = e.badges.filter((b) => b.expiresOn === null || b.expiresOn >= today);
  const sme = euSmeBadge(e.euSmeCategory, e.euSmeAssessedOn);
  return sme ? [...active, sme] : active;
}

export function isoDay(date: Date = new Date()): string {
  return date.toISOString().slice(0, 10);
}
