import { Localized } from '@hc/core';
import { isicEntry } from '@hc/taxonomy';
import { SuggestionReasonCode } from './park-suggestion.objects';

export interface MatchingWeights {
  sector: number;
  distance: number;
  initiative: number;
  /** Distance at which the proximity feature has fallen to 1/e. */
  distanceScaleKm: number;
}

export interface ParkFitFeatures {
  /** Company divisions that are park focus sectors. */
  sharedDivisions: string[];
  /** Number of distinct divisions the company works in. */
  companyDivisionCount: number;
  distanceKm: number;
  companyIsMember: boolean;
  parkIsMember: boolean;
}

export interface ScoredReason {
  code: SuggestionReasonCode;
  contribution: number;
  text: Localized;
}

/** Feature values in 0..1. The SQL candidate query computes the same formulas to rank. */
export function parkFitValues(f: ParkFitFeatures, w: MatchingWeights) {
  return {
    sector: f.companyDivisionCount > 0 ? f.sharedDivisions.length / f.companyDivisionCount : 0,
    proximity: Math.exp(-f.distanceKm / w.distanceScaleKm),
    initiative: f.companyIsMember ? (f.parkIsMember ? 1 : 0.5) : 0,
  };
}

const round = (x: number) => Math.round(x * 1000) / 1000;

function sectorList(codes: string[], lang: 'zh' | 'de' | 'en'): string {
  const separator = lang === 'zh' ? '、' : ', ';
  return codes.map((c) => `${isicEntry(c)?.label[lang] ?? isicEntry(c)?.label.en ?? c} (ISIC ${c})`).join(separator);
}

/** Turns the features into a score and readable reasons; only features that add something become reasons. */
export function explainParkFit(f: ParkFitFeatures, w: MatchingWeights): { score: number; reasons: ScoredReason[] } {
  const v = parkFitValues(f, w);
  const reasons: ScoredReason[] = [];
  if (v.sector > 0) {
    const n = f.sharedDivisions.length;
    reasons.push({
      code: SuggestionReasonCode.SECTOR_FIT,
      contribution: round(w.sector * v.sector),
      text: {
        zh: `业务属于园区重点产业：${sectorList(f.sharedDivisions, 'zh')}`,
        de: `Tätig in ${n === 1 ? 'einer Schwerpunktbranche' : `${n} Schwerpunktbranchen`} des Parks: ${sectorList(f.sharedDivisions, 'de')}`,
        en: `Works in ${n === 1 ? 'a focus sector' : `${n} focus sectors`} of the park: ${sectorList(f.sharedDivisions, 'en')}`,
      },
    });
  }
  const proximity = w.distance * v.proximity;
  if (proximity >= 0.01) {
    const km = Math.round(f.distanceKm);
    reasons.push({
      code: SuggestionReasonCode.PROXIMITY,
      contribution: round(proximity),
      text: { zh: `距园区约 ${km} 公里`, de: `Etwa ${km} km vom Park entfernt`, en: `About ${km} km from the park` },
    });
  }
  if (v.initiative > 0) {
    reasons.push({
      code: SuggestionReasonCode.INITIATIVE_MEMBER,
      contribution: round(w.initiative * v.initiative),
      text: f.parkIsMember
        ? {
            zh: '与园区同为中德（欧）产业合作新生态倡议成员',
            de: 'Wie der Park Mitglied der Initiative für ein neues Ökosystem der chinesisch-deutschen (europäischen) Industriekooperation',
            en: 'Like the park, a member of the new-ecology initiative for Sino-German (European) industrial cooperation',
          }
        : {
            zh: '中德（欧）产业合作新生态倡议成员',
            de: 'Mitglied der Initiative für ein neues Ökosystem der chinesisch-deutschen (europäischen) Industriekooperation',
            en: 'Member of the new-ecology initiative for Sino-German (European) industrial cooperation',
          },
    });
  }
  reasons.sort((a, b) => b.contribution - a.contribution);
  return { score: round(reasons.reduce((s, r) => s + r.contribution, 0)), reasons };
}
