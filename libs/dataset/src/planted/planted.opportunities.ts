import type { Localized } from '@hc/core';
import type { SizeBand } from '@hc/companies';
import { DevelopmentStage, IpStatus, MAX_MARKET_KEYWORDS, MAX_TECHNOLOGY_KEYWORDS, OpportunityContent, OpportunityType, PartnershipType } from '@hc/opportunities';
import { pick, Random } from '../random/prng.util';
import { joinList, KIND_PHRASES, Language } from '../vocabulary/phrases.vocabulary';
import type { Trilingual } from '../vocabulary/vocabulary.model';
import type { CompanyContext } from './planted.company';
import { COUNTRY_NAMES, ORIGIN_ADJECTIVES } from './planted.vocabulary';

const w = (zh: string, de: string, en: string): Trilingual => ({ zh, de, en });

const EUROPEAN = w('欧洲', 'Europäischer', 'European');
const MAKERS = { manufacturing: w('制造商', 'Hersteller', 'manufacturer'), service: w('服务商', 'Anbieter', 'provider') } as const;

const PARTNERSHIP_NOUNS: Readonly<Record<PartnershipType, Trilingual>> = {
  [PartnershipType.COMMERCIAL]: w('经销合作', 'Vertriebsvereinbarungen', 'distribution agreements'),
  [PartnershipType.SUPPLIER]: w('供货合作', 'Liefervereinbarungen', 'supply agreements'),
  [PartnershipType.OUTSOURCING]: w('外包合作', 'Auftragsfertigung', 'outsourcing agreements'),
  [PartnershipType.INVESTMENT_JV]: w('合资或投资合作', 'Joint Ventures oder Beteiligungen', 'joint ventures or investment'),
  [PartnershipType.LICENSING]: w('技术许可', 'Lizenzvereinbarungen', 'licence agreements'),
  [PartnershipType.RD_COOPERATION]: w('联合研发', 'Forschungskooperationen', 'research cooperation'),
  [PartnershipType.SITE_LOCALISATION]: w('落地建厂合作', 'Unterstützung bei der Standortansiedlung', 'support for setting up a local site'),
};

/** The fields of an opportunity before it is put into the author's languages. */
interface Draft {
  type: OpportunityType;
  partnershipTypes: PartnershipType[];
  title: Trilingual;
  description: Trilingual;
  technologyKeywords: readonly string[];
  marketKeywords: readonly string[];
  targetCountries: readonly string[];
  partnerSizes?: readonly SizeBand[];
}

function localized(text: Trilingual, languages: ReadonlySet<Language>): Localized {
  return { zh: languages.has('zh') ? text.zh : null, de: languages.has('de') ? text.de : null, en: languages.has('en') ? text.en : null };
}

function distinct(values: readonly string[], max: number): string[] {
  return [...new Set(values.map((v) => v.trim()))].filter((v) => v.length > 0 && v.length <= 80).slice(0, max);
}

function finish(random: Random, ctx: CompanyContext, d: Draft): OpportunityContent {
  const technologyOffer = d.type === OpportunityType.TECHNOLOGY_OFFER;
  return {
    type: d.type,
    title: localized(d.title, ctx.languages),
    description: localized(d.description, ctx.languages),
    partnershipTypes: [...new Set(d.partnershipTypes)],
    technologyKeywords: distinct(d.technologyKeywords, MAX_TECHNOLOGY_KEYWORDS),
    marketKeywords: distinct(d.marketKeywords, MAX_MARKET_KEYWORDS),
    targetCountries: [...new Set(d.targetCountries)],
    partnerSizes: [...new Set(d.partnerSizes ?? [])],
    stage: technologyOffer ? pick(random, [DevelopmentStage.ON_MARKET, DevelopmentStage.FIELD_TESTED, DevelopmentStage.LAB_TESTED]) : null,
    ipStatus: technologyOffer ? pick(random, [IpStatus.PATENT_GRANTED, IpStatus.PATENT_APPLIED, IpStatus.SECRET_KNOW_HOW]) : null,
  };
}

/** "China", "Germany and Austria" in each language. */
function targetsOf(countries: readonly string[]): Trilingual {
  const names = countries.map((c) => COUNTRY_NAMES[c] ?? w(c, c, c));
  return w(joinList(names.map((n) => n.zh), 'zh'), joinList(names.map((n) => n.de), 'de'), joinList(names.map((n) => n.en), 'en'));
}

/** "German manufacturer of X" in each language (German puts the product first: "X: Deutscher Hersteller"). */
function who(ctx: CompanyContext): Trilingual {
  const adj = ORIGIN_ADJECTIVES[ctx.country] ?? EUROPEAN;
  const maker = MAKERS[ctx.sector.kind];
  const own = ctx.products[0] as Trilingual;
  return w(`${adj.zh}${own.zh}${maker.zh}`, `${own.de}: ${adj.de} ${maker.de}`, `${adj.en} ${maker.en} of ${own.en}`);
}

/** "Brandt GmbH (Ulm) develops and manufactures A, B and C." */
function lead(ctx: CompanyContext): Trilingual {
  const verb = KIND_PHRASES[ctx.sector.kind].verb;
  const list = (language: Language) => joinList(ctx.products.map((p) => p[language]), language);
  return w(
    `${ctx.names.zh}（${ctx.city.zh}）主要${verb.zh}${list('zh')}。`,
    `${ctx.names.de} (${ctx.city.de}) ${verb.de} ${list('de')}.`,
    `${ctx.names.en} (${ctx.city.en}) ${verb.en} ${list('en')}.`,
  );
}

function join(...parts: Trilingual[]): Trilingual {
  const words = (language: 'de' | 'en') => parts.map((p) => p[language].trim()).filter(Boolean).join(' ');
  return w(parts.map((p) => p.zh).join(''), words('de'), words('en'));
}

function sought(partnerships: readonly PartnershipType[], targets: Trilingual): Trilingual {
  const nouns = partnerships.map((p) => PARTNERSHIP_NOUNS[p]);
  const list = (language: Language) => joinList(nouns.map((n) => n[language]), language);
  return w(`公司希望与${targets.zh}的合作伙伴开展${list('zh')}。`, `Gesucht werden ${list('de')} mit Partnern in ${targets.de}.`, `It is looking for ${list('en')} with partners in ${targets.en}.`);
}

/** The products a company names as technology keywords (English, the vocabulary's pivot, as generated companies do). */
function productKeywords(ctx: CompanyContext): string[] {
  return ctx.products.map((p) => p.en);
}

export interface SiteRequestOptions {
  /** SITE_LOCALISATION or INVESTMENT_JV. */
  main: PartnershipType;
  targetCountries: readonly string[];
  /** Where in the target country, when the company says so (a province, a German state). */
  preferredRegion: Trilingual | null;
  /** What the company needs at the site (a park's offerings), as market keywords in its language. */
  siteNeeds: readonly string[];
}

/** A business request for a production site or a joint venture abroad: the intent a park looks for. */
export function siteRequest(random: Random, ctx: CompanyContext, o: SiteRequestOptions): OpportunityContent {
  const targets = targetsOf(o.targetCountries);
  const me = who(ctx);
  const title =
    o.main === PartnershipType.INVESTMENT_JV
      ? w(`${me.zh}寻求${targets.zh}合资或投资伙伴`, `${me.de} sucht Joint-Venture- oder Investitionspartner in ${targets.de}`, `${me.en} seeks joint-venture or investment partners in ${targets.en}`)
      : ctx.sector.kind === 'manufacturing'
        ? w(`${me.zh}寻求在${targets.zh}落地建厂及本地合作伙伴`, `${me.de} sucht einen Produktionsstandort und lokale Partner in ${targets.de}`, `${me.en} seeks a production site and local partners in ${targets.en}`)
        : w(`${me.zh}寻求在${targets.zh}设立分支机构及本地合作伙伴`, `${me.de} sucht einen Standort und lokale Partner in ${targets.de}`, `${me.en} seeks a local office and partners in ${targets.en}`);
  const partnerships = o.main === PartnershipType.SITE_LOCALISATION ? [o.main, PartnershipType.INVESTMENT_JV] : [o.main, PartnershipType.SITE_LOCALISATION];
  const region = o.preferredRegion
    ? w(`优先考虑${o.preferredRegion.zh}。`, `Bevorzugt wird ein Standort in ${o.preferredRegion.de}.`, `A location in ${o.preferredRegion.en} is preferred.`)
    : w('', '', '');
  return finish(random, ctx, {
    type: OpportunityType.BUSINESS_REQUEST,
    partnershipTypes: random() < 0.5 ? partnerships : [o.main],
    title,
    description: join(lead(ctx), sought(partnerships, targets), region),
    technologyKeywords: productKeywords(ctx),
    marketKeywords: [...o.siteNeeds, ctx.sector.label.en, ctx.niche.en],
    targetCountries: o.targetCountries,
  });
}

/** A domestic company looking for room to grow near home: a site request in its own country and region. */
export function expansionRequest(random: Random, ctx: CompanyContext, siteNeeds: readonly string[]): OpportunityContent {
  const own = ctx.products[0] as Trilingual;
  // Near home: the city, in the company's province or state.
  const where = ctx.region
    ? w(`${ctx.region.zh}${ctx.city.zh}周边`, `der Nähe von ${ctx.city.de} (${ctx.region.de})`, `the ${ctx.city.en} area (${ctx.region.en})`)
    : w(`${ctx.city.zh}周边`, `der Nähe von ${ctx.city.de}`, `the ${ctx.city.en} area`);
  const maker = MAKERS[ctx.sector.kind];
  return finish(random, ctx, {
    type: OpportunityType.BUSINESS_REQUEST,
    partnershipTypes: [PartnershipType.SITE_LOCALISATION],
    title: w(`${ctx.names.zh}寻求在${where.zh}扩建${own.zh}生产基地`, `${own.de}: ${maker.de} sucht Erweiterungsstandort in ${where.de}`, `${capitalise(maker.en)} of ${own.en} seeks an expansion site in ${where.en}`),
    description: join(
      lead(ctx),
      w(`为扩大产能，公司计划在${where.zh}新建生产基地。`, `Für den Ausbau der Kapazitäten sucht das Unternehmen einen zusätzlichen Standort in ${where.de}.`, `To expand capacity, the company is looking for an additional site in ${where.en}.`),
    ),
    technologyKeywords: productKeywords(ctx),
    marketKeywords: [...siteNeeds, ctx.sector.label.en],
    targetCountries: [ctx.country],
  });
}

/** A business offer of the company's own products to buyers or distributors abroad (export, not a site). */
export function exportOffer(random: Random, ctx: CompanyContext, targetCountries: readonly string[]): OpportunityContent {
  const targets = targetsOf(targetCountries);
  const adj = ORIGIN_ADJECTIVES[ctx.country] ?? EUROPEAN;
  const maker = MAKERS[ctx.sector.kind];
  const own = ctx.products[0] as Trilingual;
  return finish(random, ctx, {
    type: OpportunityType.BUSINESS_OFFER,
    partnershipTypes: [PartnershipType.COMMERCIAL, PartnershipType.SUPPLIER],
    title: w(`${adj.zh}${own.zh}${maker.zh}寻求${targets.zh}经销商`, `${own.de}: ${adj.de} ${maker.de} sucht Vertriebspartner in ${targets.de}`, `${adj.en} ${maker.en} of ${own.en} seeks distributors in ${targets.en}`),
    description: join(lead(ctx), w(`公司面向${targets.zh}寻求经销合作。`, `Angeboten werden Vertriebsvereinbarungen mit Partnern in ${targets.de}.`, `It offers distribution agreements to partners in ${targets.en}.`)),
    technologyKeywords: productKeywords(ctx),
    marketKeywords: [ctx.niche.en, ctx.sector.label.en],
    targetCountries,
  });
}

/** The subject of a pair opportunity: a technology or component, named in each language, and the keywords the author writes. */
export interface Topic {
  name: Trilingual;
  /** Keywords as the author writes them (its language; sometimes a second one). */
  keywords: readonly string[];
}

export interface PairOpportunityOptions {
  topic: Topic;
  targetCountries: readonly string[];
  partnerSizes: readonly SizeBand[];
  /** Market keywords (the partner's field). */
  market: readonly string[];
}

/** A technology offered for licensing and/or joint development. */
export function technologyOffer(random: Random, ctx: CompanyContext, partnerships: readonly PartnershipType[], o: PairOpportunityOptions): OpportunityContent {
  const t = o.topic.name;
  const licensing = partnerships.includes(PartnershipType.LICENSING);
  const development = partnerships.includes(PartnershipType.RD_COOPERATION);
  const how =
    licensing && development
      ? w('技术许可与联合开发', 'Lizenzierung und gemeinsamen Weiterentwicklung', 'licensing and joint development')
      : licensing
        ? w('技术许可', 'Lizenzierung', 'licensing')
        : w('联合开发', 'gemeinsamen Weiterentwicklung', 'joint development');
  return finish(random, ctx, {
    type: OpportunityType.TECHNOLOGY_OFFER,
    partnershipTypes: [...partnerships],
    title: w(`${t.zh}技术寻求${how.zh}合作`, `${capitalise(t.de)}: Technologie zur ${how.de}`, `${capitalise(t.en)}: technology offered for ${how.en}`),
    description: join(lead(ctx), w(`公司提供${t.zh}技术，面向${targetsOf(o.targetCountries).zh}寻求${how.zh}合作伙伴。`, ` Angeboten wird Technologie für ${t.de} zur ${how.de} mit Partnern in ${targetsOf(o.targetCountries).de}.`, ` It offers its ${t.en} technology for ${how.en} to partners in ${targetsOf(o.targetCountries).en}.`)),
    technologyKeywords: o.topic.keywords,
    marketKeywords: o.market,
    targetCountries: o.targetCountries,
    partnerSizes: o.partnerSizes,
  });
}

/** A technology sought, to license or to develop with a partner. */
export function technologyRequest(random: Random, ctx: CompanyContext, partnerships: readonly PartnershipType[], o: PairOpportunityOptions): OpportunityContent {
  const t = o.topic.name;
  const me = who(ctx);
  return finish(random, ctx, {
    type: OpportunityType.TECHNOLOGY_REQUEST,
    partnershipTypes: [...partnerships],
    title: w(`${me.zh}寻求${t.zh}相关技术`, `${me.de} sucht Technologie für ${t.de}`, `${me.en} seeks technology for ${t.en}`),
    description: join(lead(ctx), sought(partnerships, targetsOf(o.targetCountries)), w(`重点：${t.zh}。`, ` Schwerpunkt: ${t.de}.`, ` Focus: ${t.en}.`)),
    technologyKeywords: o.topic.keywords,
    marketKeywords: o.market,
    targetCountries: o.targetCountries,
    partnerSizes: o.partnerSizes,
  });
}

/** Partners sought for joint research and development. */
export function rdRequest(random: Random, ctx: CompanyContext, o: PairOpportunityOptions): OpportunityContent {
  const t = o.topic.name;
  return finish(random, ctx, {
    type: OpportunityType.RD_COOPERATION_REQUEST,
    partnershipTypes: [PartnershipType.RD_COOPERATION],
    title: w(`寻求${t.zh}联合研发合作伙伴`, `Partner für gemeinsame Forschung und Entwicklung für ${t.de} gesucht`, `Partners sought for joint R&D on ${t.en}`),
    description: join(lead(ctx), sought([PartnershipType.RD_COOPERATION], targetsOf(o.targetCountries)), w(`重点：${t.zh}。`, ` Schwerpunkt: ${t.de}.`, ` Focus: ${t.en}.`)),
    technologyKeywords: o.topic.keywords,
    marketKeywords: o.market,
    targetCountries: o.targetCountries,
    partnerSizes: o.partnerSizes,
  });
}

/** Distributors sought abroad for the company's products (a business request, COMMERCIAL). */
export function distributorRequest(random: Random, ctx: CompanyContext, o: PairOpportunityOptions): OpportunityContent {
  const targets = targetsOf(o.targetCountries);
  const me = who(ctx);
  return finish(random, ctx, {
    type: OpportunityType.BUSINESS_REQUEST,
    partnershipTypes: [PartnershipType.COMMERCIAL],
    title: w(`${me.zh}寻求${targets.zh}经销合作伙伴`, `${me.de} sucht Vertriebspartner in ${targets.de}`, `${me.en} seeks distributors in ${targets.en}`),
    description: join(lead(ctx), sought([PartnershipType.COMMERCIAL], targets)),
    technologyKeywords: o.topic.keywords,
    marketKeywords: o.market,
    targetCountries: o.targetCountries,
    partnerSizes: o.partnerSizes,
  });
}

/** A sales network offered to foreign makers (a business offer, COMMERCIAL): the distributor side. */
export function distributionOffer(random: Random, ctx: CompanyContext, o: PairOpportunityOptions): OpportunityContent {
  const home = COUNTRY_NAMES[ctx.country] ?? w(ctx.country, ctx.country, ctx.country);
  const t = o.topic.name;
  return finish(random, ctx, {
    type: OpportunityType.BUSINESS_OFFER,
    partnershipTypes: [PartnershipType.COMMERCIAL],
    title: w(`${ctx.names.zh}提供${home.zh}市场销售网络，寻求${t.zh}产品经销合作`, `Vertriebsnetz in ${home.de} für ${t.de} angeboten`, `Sales network in ${home.en} offered for ${t.en}`),
    description: join(
      lead(ctx),
      w(`公司在${home.zh}拥有覆盖主要工业区的销售和服务网络，可为${targetsOf(o.targetCountries).zh}企业提供经销与售后服务。`, ` Das Unternehmen bietet Herstellern aus ${targetsOf(o.targetCountries).de} Vertrieb und Service in ${home.de}.`, ` The company offers makers from ${targetsOf(o.targetCountries).en} sales and service across ${home.en}.`),
    ),
    technologyKeywords: o.topic.keywords,
    marketKeywords: o.market,
    targetCountries: o.targetCountries,
    partnerSizes: o.partnerSizes,
  });
}

/** Supply of a component offered to makers abroad (a business offer, SUPPLIER). */
export function supplyOffer(random: Random, ctx: CompanyContext, o: PairOpportunityOptions): OpportunityContent {
  const targets = targetsOf(o.targetCountries);
  const adj = ORIGIN_ADJECTIVES[ctx.country] ?? EUROPEAN;
  const maker = MAKERS[ctx.sector.kind];
  const t = o.topic.name;
  return finish(random, ctx, {
    type: OpportunityType.BUSINESS_OFFER,
    partnershipTypes: [PartnershipType.SUPPLIER],
    title: w(`${adj.zh}${t.zh}${maker.zh}寻求${targets.zh}供货客户`, `${capitalise(t.de)}: ${adj.de} ${maker.de} sucht Abnehmer in ${targets.de}`, `${adj.en} ${maker.en} of ${t.en} seeks customers in ${targets.en}`),
    description: join(lead(ctx), w(`公司面向${targets.zh}提供${t.zh}批量供货。`, ` Angeboten werden Liefervereinbarungen für ${t.de} mit Partnern in ${targets.de}.`, ` It offers supply agreements for ${t.en} to partners in ${targets.en}.`)),
    technologyKeywords: o.topic.keywords,
    marketKeywords: o.market,
    targetCountries: o.targetCountries,
    partnerSizes: o.partnerSizes,
  });
}

/** Suppliers of a component sought abroad (a business request, SUPPLIER). */
export function supplierRequest(random: Random, ctx: CompanyContext, o: PairOpportunityOptions): OpportunityContent {
  const targets = targetsOf(o.targetCountries);
  const me = who(ctx);
  const t = o.topic.name;
  return finish(random, ctx, {
    type: OpportunityType.BUSINESS_REQUEST,
    partnershipTypes: [PartnershipType.SUPPLIER],
    title: w(`${me.zh}寻求${t.zh}供应商`, `${me.de} sucht Lieferanten für ${t.de}`, `${me.en} seeks suppliers of ${t.en}`),
    description: join(lead(ctx), sought([PartnershipType.SUPPLIER], targets), w(`重点：${t.zh}。`, ` Schwerpunkt: ${t.de}.`, ` Focus: ${t.en}.`)),
    technologyKeywords: o.topic.keywords,
    marketKeywords: o.market,
    targetCountries: o.targetCountries,
    partnerSizes: o.partnerSizes,
  });
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
