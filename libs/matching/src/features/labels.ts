import type { Localized } from '@hc/core';
import { PARTNERSHIP_TYPE_LABELS, PartnershipType } from '@hc/opportunities';
import { ParkOffering } from '@hc/parks';
import { BadgeType, BADGE_LABELS } from '@hc/companies';
import { countryByCode, isicEntry } from '@hc/taxonomy';

export type Language = 'zh' | 'de' | 'en';
export const LANGUAGES: readonly Language[] = ['zh', 'de', 'en'];

/** "Manufacture of motor vehicles (ISIC 29)" in each language. */
export function sector(code: string, language: Language): string {
  const entry = isicEntry(code);
  return `${entry?.label[language] ?? entry?.label.en ?? code} (ISIC ${code})`;
}

export function sectors(codes: readonly string[], language: Language): string {
  return list(codes.map((c) => sector(c, language)), language);
}

/** Items of an enumeration in a sentence: 、 between them in Chinese, commas in German and English. */
export function list(items: readonly string[], language: Language): string {
  return items.join(language === 'zh' ? '、' : ', ');
}

export function country(code: string, language: Language): string {
  return countryByCode(code)?.label[language] ?? code;
}

export function partnership(type: PartnershipType, language: Language): string {
  return PARTNERSHIP_TYPE_LABELS[type][language] ?? type;
}

export function badge(type: BadgeType, language: Language): string {
  return BADGE_LABELS[type][language] ?? type;
}

export const OFFERING_LABELS: Record<ParkOffering, Localized> = {
  [ParkOffering.TAX_INCENTIVES]: { zh: '税收优惠', de: 'Steueranreize', en: 'tax incentives' },
  [ParkOffering.INDUSTRIAL_LAND]: { zh: '工业用地', de: 'Industrieflächen', en: 'industrial land' },
  [ParkOffering.STANDARD_FACTORIES]: { zh: '标准厂房', de: 'Standardfabrikhallen', en: 'standard factories' },
  [ParkOffering.OFFICE_SPACE]: { zh: '办公空间', de: 'Büroflächen', en: 'office space' },
  [ParkOffering.TEST_LABS]: { zh: '测试实验室', de: 'Prüflabore', en: 'test labs' },
  [ParkOffering.PILOT_LINES]: { zh: '中试线', de: 'Pilotlinien', en: 'pilot lines' },
  [ParkOffering.TRAINING_CENTRE]: { zh: '培训中心', de: 'Ausbildungszentrum', en: 'a training centre' },
  [ParkOffering.TALENT_SERVICES]: { zh: '人才服务', de: 'Fachkräfteservice', en: 'talent services' },
  [ParkOffering.BONDED_ZONE]: { zh: '保税区', de: 'Zolllager', en: 'a bonded zone' },
  [ParkOffering.LOGISTICS_HUB]: { zh: '物流枢纽', de: 'Logistikdrehkreuz', en: 'a logistics hub' },
  [ParkOffering.GREEN_ENERGY]: { zh: '绿色能源', de: 'grüne Energie', en: 'green energy' },
  [ParkOffering.INCUBATOR]: { zh: '孵化器', de: 'Inkubator', en: 'an incubator' },
  [ParkOffering.INVESTMENT_FUND]: { zh: '投资基金', de: 'Investitionsfonds', en: 'an investment fund' },
  [ParkOffering.GERMAN_SERVICE_DESK]: { zh: '德企服务窗口', de: 'Servicestelle für deutsche Unternehmen', en: 'a German service desk' },
  [ParkOffering.CHINA_SERVICE_DESK]: { zh: '中企服务窗口', de: 'Servicestelle für chinesische Unternehmen', en: 'a China service desk' },
};

/** Builds a Localized text from one function per language. */
export function say(text: (language: Language) => string): Localized {
  return { zh: text('zh'), de: text('de'), en: text('en') };
}
