import { Localized } from '@hc/core';
import { BadgeType, SizeBand } from './company.model';

/** User-facing labels for facet values and reasons. */
export const BADGE_LABELS: Record<BadgeType, Localized> = {
  [BadgeType.HIDDEN_CHAMPION]: { zh: '隐形冠军', de: 'Hidden Champion', en: 'Hidden champion' },
  [BadgeType.SRDI_SME]: { zh: '专精特新中小企业', de: 'Spezialisiertes innovatives KMU (专精特新)', en: 'Specialised and innovative SME (专精特新)' },
  [BadgeType.LITTLE_GIANT]: { zh: '专精特新“小巨人”', de: '„Kleiner Riese“ (专精特新 小巨人)', en: '"Little giant" (专精特新 小巨人)' },
  [BadgeType.SINGLE_CHAMPION]: { zh: '制造业单项冠军', de: 'Einzelchampion der Fertigung (单项冠军)', en: 'Manufacturing single champion (单项冠军)' },
  [BadgeType.EU_SME]: { zh: '欧盟中小企业', de: 'KMU nach EU-Definition', en: 'EU SME' },
  [BadgeType.MITTELSTAND]: { zh: '德国中型企业（Mittelstand）', de: 'Mittelstand', en: 'Mittelstand' },
};

export const SIZE_BAND_LABELS: Record<SizeBand, Localized> = {
  [SizeBand.MICRO]: { zh: '微型（10人以下）', de: 'Kleinstunternehmen (unter 10)', en: 'Micro (under 10)' },
  [SizeBand.SMALL]: { zh: '小型（10–49人）', de: 'Klein (10–49)', en: 'Small (10–49)' },
  [SizeBand.MEDIUM]: { zh: '中型（50–249人）', de: 'Mittel (50–249)', en: 'Medium (50–249)' },
  [SizeBand.UPPER_MEDIUM]: { zh: '中大型（250–499人）', de: 'Gehobener Mittelstand (250–499)', en: 'Upper medium (250–499)' },
  [SizeBand.LARGE]: { zh: '大型（500人以上）', de: 'Groß (ab 500)', en: 'Large (500 and more)' },
};
