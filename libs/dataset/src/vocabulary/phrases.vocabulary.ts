import type { SectorKind, Term, Trilingual } from './vocabulary.model';

export type Language = 'zh' | 'de' | 'en';

const w = (zh: string, de: string, en: string): Trilingual => ({ zh, de, en });
const t = (zh: string, de: string, en: string): Term => ({ zh, de, en, isic: null });

/** Export markets; `home` marks the origin a market is not an export for. */
export const EXPORT_MARKETS: readonly (Trilingual & { home: string | null })[] = [
  { ...w('欧洲', 'Europa', 'Europe'), home: 'EU' },
  { ...w('北美', 'Nordamerika', 'North America'), home: null },
  { ...w('东南亚', 'Südostasien', 'Southeast Asia'), home: null },
  { ...w('日本', 'Japan', 'Japan'), home: null },
  { ...w('韩国', 'Südkorea', 'South Korea'), home: null },
  { ...w('中东', 'Nahost', 'the Middle East'), home: null },
  { ...w('南美', 'Südamerika', 'South America'), home: null },
  { ...w('印度', 'Indien', 'India'), home: null },
  { ...w('非洲', 'Afrika', 'Africa'), home: null },
  { ...w('中国', 'China', 'China'), home: 'CN' },
  { ...w('德国', 'Deutschland', 'Germany'), home: 'DE' },
  { ...w('澳大利亚', 'Australien', 'Australia'), home: null },
];

/**
 * How a company describes its market position. Each variant is a predicate that fits all templates:
 * German ones start with the finite verb (the templates put an adverbial first), English and Chinese
 * ones follow the subject.
 */
export type PositionTier = 'world_leader' | 'world_top3' | 'continental' | 'national' | 'specialist' | 'young';

export const POSITION_PHRASES: Readonly<Record<PositionTier, (market: Trilingual) => Trilingual>> = {
  world_leader: () => w('是全球细分市场的领导者', 'ist das Unternehmen Weltmarktführer', 'is the world market leader'),
  world_top3: () => w('位居全球细分市场前三', 'gehört das Unternehmen zu den drei führenden Anbietern weltweit', 'is one of the three leading suppliers worldwide'),
  continental: (m) => w(`是${m.zh}市场的领先供应商`, `zählt das Unternehmen zu den führenden Anbietern in ${m.de}`, `is among the leading suppliers in ${m.en}`),
  national: (m) => w(`是${m.zh}细分市场的领先企业之一`, `gehört das Unternehmen zu den führenden Anbietern in ${m.de}`, `is one of the leading suppliers in ${m.en}`),
  specialist: () => w('是经验丰富的专业供应商', 'gilt das Unternehmen als erfahrener Spezialist', 'is an experienced specialist'),
  young: () => w('是快速成长的创新型企业', 'hat sich das junge Unternehmen als innovativer Anbieter etabliert', 'has established itself as an innovative young supplier'),
};

/** Continents and home markets named by the position phrases. */
export const MARKETS: Readonly<Record<'europe' | 'asia' | 'china' | 'germany' | 'home', Trilingual>> = {
  europe: w('欧洲', 'Europa', 'Europe'),
  asia: w('亚洲', 'Asien', 'Asia'),
  china: w('国内', 'China', 'China'),
  germany: w('德国', 'Deutschland', 'Germany'),
  home: w('本国', 'seinem Heimatmarkt', 'its home market'),
};

/** What Chinese companies look for in Europe (need keywords). */
export const CHINESE_PARTNER_NEEDS: readonly Term[] = [
  t('欧洲分销合作伙伴', 'Vertriebspartner in Europa', 'distribution partner in Europe'),
  t('德国技术合作伙伴', 'Technologiepartner in Deutschland', 'technology partner in Germany'),
  t('欧洲生产基地', 'Produktionsstandort in Europa', 'production site in Europe'),
  t('技术许可', 'Technologielizenz', 'technology licensing'),
  t('合资伙伴', 'Joint-Venture-Partner', 'joint venture partner'),
];

/** What German and other European companies look for in China (need keywords). */
export const EUROPEAN_PARTNER_NEEDS: readonly Term[] = [
  t('中国分销合作伙伴', 'Vertriebspartner in China', 'distribution partner in China'),
  t('中国生产基地', 'Produktionsstandort in China', 'production site in China'),
  t('本地化组装合作伙伴', 'lokaler Montagepartner', 'local assembly partner'),
  t('研发合作', 'F&E-Kooperation', 'R&D cooperation'),
  t('战略投资者', 'strategischer Investor', 'strategic investor'),
];

/** Verb and market-reach phrases that differ between making things and providing services. */
export const KIND_PHRASES: Readonly<Record<SectorKind, { verb: Trilingual; reach: Trilingual }>> = {
  manufacturing: { verb: w('研发和生产', 'entwickelt und fertigt', 'develops and manufactures'), reach: w('产品出口至', 'exportiert nach', 'exports to') },
  service: { verb: w('提供', 'bietet', 'provides'), reach: w('业务覆盖', 'betreut Kunden in', 'serves customers in') },
};

/** Already localised pieces a description is assembled from. */
export interface DescriptionParts {
  name: string;
  city: string;
  founded: number;
  employees: number;
  /** Product list joined for the language: "A, B und C", "A、B和C". */
  products: string;
  niche: string;
  position: string;
  /** Export markets joined for the language. */
  markets: string;
  verb: string;
  reach: string;
}

type Template = (p: DescriptionParts) => string;

/** Description templates per language; each names products, niche, market position and export markets. */
export const DESCRIPTION_TEMPLATES: Readonly<Record<Language, readonly Template[]>> = {
  zh: [
    (p) => `${p.name}成立于${p.founded}年，总部位于${p.city}，主要${p.verb}${p.products}。公司在${p.niche}领域${p.position}，${p.reach}${p.markets}。`,
    (p) => `${p.name}位于${p.city}，现有员工约${p.employees}人。公司专注于${p.niche}，${p.verb}${p.products}，${p.position}，${p.reach}${p.markets}。`,
    (p) => `自${p.founded}年创立以来，总部位于${p.city}的${p.name}深耕${p.niche}领域，${p.verb}${p.products}。公司${p.position}，${p.reach}${p.markets}。`,
  ],
  de: [
    (p) => `${p.name} mit Sitz in ${p.city} ${p.verb} ${p.products}. Im Bereich ${p.niche} ${p.position}. Das ${p.founded} gegründete Unternehmen beschäftigt rund ${p.employees} Mitarbeitende und ${p.reach} ${p.markets}.`,
    (p) => `Seit ${p.founded} ${p.verb} ${p.name} ${p.products}. Im Bereich ${p.niche} ${p.position}; am Standort ${p.city} arbeiten rund ${p.employees} Beschäftigte. Wichtige Absatzmärkte sind ${p.markets}.`,
    (p) => `${p.name} (${p.city}) ist auf ${p.niche} spezialisiert und ${p.verb} ${p.products}. In diesem Segment ${p.position}. Das Unternehmen wurde ${p.founded} gegründet und ${p.reach} ${p.markets}.`,
  ],
  en: [
    (p) => `${p.name}, based in ${p.city}, ${p.verb} ${p.products}. In ${p.niche}, the company ${p.position}. Founded in ${p.founded}, it employs around ${p.employees} people and ${p.reach} ${p.markets}.`,
    (p) => `Since ${p.founded}, ${p.name} has focused on ${p.niche}. From ${p.city}, it ${p.verb} ${p.products} and ${p.position}. Key markets include ${p.markets}.`,
    (p) => `Specialised in ${p.niche}, ${p.name} (${p.city}) ${p.verb} ${p.products}. With around ${p.employees} employees, the company ${p.position} and ${p.reach} ${p.markets}.`,
  ],
};

/** "A, B und C" / "A, B and C" / "A、B和C". */
export function joinList(items: readonly string[], language: Language): string {
  if (items.length <= 1) return items[0] ?? '';
  const head = items.slice(0, -1);
  const last = items[items.length - 1] as string;
  if (language === 'zh') return `${head.join('、')}和${last}`;
  return `${head.join(', ')} ${language === 'de' ? 'und' : 'and'} ${last}`;
}
