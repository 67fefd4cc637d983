import { ActivityCode, ActivitySource } from '@hc/companies';
import { gbtDivisions, SectorScheme, toIsic } from '@hc/taxonomy';
import { chance, pick, pickDistinct, Random } from '../random/prng.util';
import type { SectorVocabulary, Term } from '../vocabulary/vocabulary.model';
import type { Origin } from './origin';

/** Share of German companies whose primary WZ code is taken from the register rather than declared. */
export const REGISTRY_CODE_SHARE_DE = 0.25;

/** Share of companies that carry an ISIC Rev.4 code assigned by the platform team (source 'inferred'). */
export const INFERRED_CODE_SHARE = 0.3;

/** Confidence of an inferred code: a person or a classifier assigned it, not the company or a register. */
export const INFERRED_CODE_CONFIDENCE = 0.8;

/** Share of other European companies that give only their NACE division ("28") instead of the class. */
export const NACE_DIVISION_ONLY_SHARE = 0.2;

/**
 * WZ 2008 classes that the vocabulary reaches and that WZ subdivides, with the subclass the demo uses
 * ("sonstige …" where there is one). Every other class is written with its single subclass 0 ("28.41.0").
 */
const WZ_SUBCLASS: Readonly<Record<string, string>> = {
  '35.11': '1',
  '52.29': '9',
  '62.01': '9',
  '71.12': '2',
  '85.59': '9',
  '90.03': '3',
};

/**
 * The GB/T 4754-2017 division for an ISIC class where the class decides between divisions that the
 * division-level concordance cannot tell apart (aluminium is non-ferrous, 32; medical devices are
 * special-purpose equipment, 35, not culture and sports goods, 24). Each target links to the class's
 * ISIC division in the concordance, so the derived ISIC codes still contain the company's sector.
 */
const GBT_DIVISION_HINTS: Readonly<Record<string, string>> = {
  '2420': '32',
  '2431': '33',
  '2432': '33',
  '2651': '40',
  '2660': '35',
  '2670': '40',
  '2825': '35',
  '2829': '35',
  '3250': '35',
  '3520': '45',
  '3821': '77',
  '3822': '77',
  '5229': '58',
};

const naceCache = new Map<string, readonly string[]>();

/**
 * NACE Rev.2 classes ("28.41") whose ISIC Rev.4 image lies within `isic` (a division, group or class).
 * NACE equals ISIC at division level, so only the classes of the same division are tried.
 */
export function naceClassesWithin(isic: string): readonly string[] {
  let classes = naceCache.get(isic);
  if (classes === undefined) {
    const division = isic.slice(0, 2);
    const found: string[] = [];
    for (let group = 0; group <= 9; group++) {
      for (let cls = 0; cls <= 9; cls++) {
        const nace = `${division}.${group}${cls}`;
        if (toIsic(SectorScheme.NACE2, nace)?.some((link) => link.code.startsWith(isic))) found.push(nace);
      }
    }
    classes = found;
    naceCache.set(isic, classes);
  }
  return classes;
}

/** The 5-digit WZ 2008 code of a NACE class: "28.41" -> "28.41.0". */
export function wzOfNaceClass(nace: string): string {
  return `${nace}.${WZ_SUBCLASS[nace] ?? '0'}`;
}

let bestGbt: Map<string, string> | undefined;

/**
 * The GB/T 4754-2017 division (2 digits) for an ISIC code: the class hint where there is one, otherwise
 * the division whose concordance link to the ISIC division has the highest confidence (ties: lower code).
 * Undefined when no GB/T division links to it.
 */
export function gbtDivisionFor(isic: string): string | undefined {
  const hint = GBT_DIVISION_HINTS[isic];
  if (hint !== undefined) return hint;
  if (bestGbt === undefined) {
    const best = new Map<string, { code: string; confidence: number }>();
    for (const division of gbtDivisions()) {
      for (const link of division.isic) {
        const current = best.get(link.code);
        if (current === undefined || link.confidence > current.confidence) best.set(link.code, { code: division.code, confidence: link.confidence });
      }
    }
    bestGbt = new Map([...best].map(([isicDivision, { code }]) => [isicDivision, code]));
  }
  return bestGbt.get(isic.slice(0, 2));
}

const candidateCache = new Map<string, readonly string[]>();

/**
 * NACE classes a company of `sector` may declare for `isic`: the classes of an ISIC class; for a division
 * or group, the classes of the sector's products within it (all its classes when no product has one).
 */
function naceCandidates(isic: string, sector: SectorVocabulary): readonly string[] {
  const key = `${sector.division}|${isic}`;
  let candidates = candidateCache.get(key);
  if (candidates === undefined) {
    const exact = naceClassesWithin(isic);
    const fromProducts = [...new Set(sector.products.flatMap((p: Term) => (p.isic !== null && p.isic.startsWith(isic) ? naceClassesWithin(p.isic) : [])))];
    candidates = isic.length === 4 && exact.length > 0 ? exact : fromProducts.length > 0 ? fromProducts : exact;
    candidateCache.set(key, candidates);
  }
  return candidates;
}

function naceClassFor(random: Random, isic: string, sector: SectorVocabulary): string | undefined {
  const candidates = naceCandidates(isic, sector);
  return candidates.length > 0 ? pick(random, candidates) : undefined;
}

/** "2822" -> "28.2" (group) or "28" (division): the NACE form of an ISIC code without a class mapping. */
function naceOfIsicPrefix(isic: string): string {
  return isic.length >= 3 ? `${isic.slice(0, 2)}.${isic.slice(2, 3)}` : isic.slice(0, 2);
}

/** The code of `isic` in the scheme an origin's companies declare in, or undefined when it has none. */
function declaredCode(random: Random, origin: Origin, isic: string, sector: SectorVocabulary, divisionOnly: boolean): { scheme: SectorScheme; code: string } | undefined {
  if (origin === 'CN') {
    const code = gbtDivisionFor(isic);
    return code === undefined ? undefined : { scheme: SectorScheme.GBT4754, code };
  }
  const nace = naceClassFor(random, isic, sector);
  if (origin === 'DE') return nace === undefined ? undefined : { scheme: SectorScheme.WZ2008, code: wzOfNaceClass(nace) };
  if (divisionOnly || (nace === undefined && isic.length === 2)) return { scheme: SectorScheme.NACE2, code: isic.slice(0, 2) };
  return { scheme: SectorScheme.NACE2, code: nace ?? naceOfIsicPrefix(isic) };
}

/**
 * A company's activity codes, primary first and exactly one primary: German companies in WZ 2008,
 * other European ones in NACE Rev.2, Chinese ones in GB/T 4754-2017 (division level). The primary code
 * is that of the main product, so the derived ISIC codes always contain the sector the texts describe.
 * Further codes come from the sector's related ISIC codes, in the same scheme; some companies also
 * carry an ISIC code the platform team inferred.
 */
export function drawActivityCodes(random: Random, origin: Origin, sector: SectorVocabulary, products: readonly Term[]): ActivityCode[] {
  const primaryIsic = products[0]?.isic ?? sector.defaultCode;
  const divisionOnly = origin === 'EU' && chance(random, NACE_DIVISION_ONLY_SHARE);
  const primary = declaredCode(random, origin, primaryIsic, sector, divisionOnly) ?? declaredCode(random, origin, sector.defaultCode, sector, divisionOnly);
  if (primary === undefined) throw new Error(`No ${origin} activity code for ISIC ${primaryIsic}`);
  const primarySource = origin === 'DE' && chance(random, REGISTRY_CODE_SHARE_DE) ? ActivitySource.REGISTRY : ActivitySource.SELF_DECLARED;
  const codes: ActivityCode[] = [{ ...primary, primary: true, confidence: 1, source: primarySource }];
  const add = (code: ActivityCode): void => {
    if (!codes.some((c) => c.scheme === code.scheme && c.code === code.code)) codes.push(code);
  };

  const extra = random() < 0.4 ? 0 : random() < 0.6 ? 1 : 2;
  for (const isic of pickDistinct(random, sector.related.filter((code) => code !== primaryIsic), extra)) {
    const declared = declaredCode(random, origin, isic, sector, divisionOnly);
    if (declared !== undefined) add({ ...declared, primary: false, confidence: 1, source: ActivitySource.SELF_DECLARED });
  }
  if (chance(random, INFERRED_CODE_SHARE)) {
    // Chinese companies declare divisions only; the inferred ISIC class adds the precision they lack.
    const isic = origin === 'CN' || sector.related.length === 0 ? primaryIsic : pick(random, sector.related);
    add({ scheme: SectorScheme.ISIC4, code: isic, primary: false, confidence: INFERRED_CODE_CONFIDENCE, source: ActivitySource.INFERRED });
  }
  return codes;
}
