import type { Localized } from '@hc/core';
import type { SizeBand } from '@hc/companies';
import { DevelopmentStage, IpStatus, MAX_MARKET_KEYWORDS, MAX_TECHNOLOGY_KEYWORDS, OpportunityContent, OpportunityType, PartnershipType } from '@hc/opportunities';
import { pick, Random } from '../random/prng.util';
import { joinList, KIND_PHRASES, Language } from '../vocabulary/phrases.vocabulary';
import type { Trilingual } from '../vocabulary/vocabulary.model';
import type { CompanyContext } from './planted.company';
import type { How } from './planted.phrasing';
import type { AreaName } from './planted.regions';
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

/** The subject of an opportunity: named in each language for sentences, and the keywords the author writes. */
export interface Topic {
  name: Trilingual;
  /** Keywords as the author writes them (its language; sometimes a second one). */
  keywords: readonly string[];
}

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
export function targetsOf(countries: readonly string[]): Trilingual {
  const names = countries.map((c) => COUNTRY_NAMES[c] ?? w(c, c, c));
  return w(joinList(names.map((n) => n.zh), 'zh'), joinList(names.map((n) => n.de), 'de'), joinList(names.map((n) => n.en), 'en'));
}

/** "German manufacturer" in each language. */
function who(ctx: CompanyContext): Trilingual {
  const adj = ORIGIN_ADJECTIVES[ctx.country] ?? EUROPEAN;
  const maker = MAKERS[ctx.sector.kind];
  return w(`${adj.zh}${maker.zh}`, `${adj.de} ${maker.de}`, `${adj.en} ${maker.en}`);
}

/** "Brandt GmbH (Ulm) develops and manufactures A, B and C." */
function lead(ctx: CompanyContext): Trilingual {
  const verb = KIND_PHRASES[ctx.sector.kind].verb;
  const list = (language: Language) => joinList(ctx.products.map((p) => p[language]), language);
  return w(`${ctx.names.zh}（${ctx.city.zh}）主要${verb.zh}${list('zh')}。`, `${ctx.names.de} (${ctx.city.de}) ${verb.de} ${list('de')}.`, `${ctx.names.en} (${ctx.city.en}) ${verb.en} ${list('en')}.`);
}

function join(...parts: Trilingual[]): Trilingual {
  const words = (language: 'de' | 'en') =>
    parts
      .map((p) => p[language].trim())
      .filter(Boolean)
      .join(' ');
  return w(parts.map((p) => p.zh).join(''), words('de'), words('en'));
}

function sought(partnerships: readonly PartnershipType[], targets: Trilingual): Trilingual {
  const nouns = partnerships.map((p) => PARTNERSHIP_NOUNS[p]);
  const list = (language: Language) => joinList(nouns.map((n) => n[language]), language);
  return w(`公司希望与${targets.zh}的合作伙伴开展${list('zh')}。`, `Gesucht werden ${list('de')} mit Partnern in ${targets.de}.`, `It is looking for ${list('en')} with partners in ${targets.en}.`);
}

/** The products a company names as keywords (English, the vocabulary's pivot, as generated companies do). */
function productKeywords(ctx: CompanyContext): string[] {
  return ctx.products.map((p) => p.en);
}

export interface SiteRequestOptions {
  /** A joint venture or investment (INVESTMENT_JV first) rather than a site of its own (SITE_LOCALISATION first). */
  jv: boolean;
  /** Both partnership types, or the main one only. */
  bothPartnerships: boolean;
  targetCountries: readonly string[];
  /** The region it prefers (a cluster, a province or state), when it says so. */
  area: AreaName | null;
  /** What it makes or does there: the topic. */
  topic: Topic;
  /** What it needs at the site (a park's offerings), as market keywords in its language. */
  siteNeeds: readonly string[];
}

/** A business request for a production site or a joint venture abroad: the intent a park looks for. */
export function siteRequest(random: Random, ctx: CompanyContext, o: SiteRequestOptions): OpportunityContent {
  const targets = targetsOf(o.targetCountries);
  const main = o.jv ? PartnershipType.INVESTMENT_JV : PartnershipType.SITE_LOCALISATION;
  const partnerships = o.jv ? [main, PartnershipType.SITE_LOCALISATION] : [main, PartnershipType.INVESTMENT_JV];
  return finish(random, ctx, {
    type: OpportunityType.BUSINESS_REQUEST,
    partnershipTypes: o.bothPartnerships ? partnerships : [main],
    title: ctx.phrasing.siteTitle(o.jv, who(ctx), o.topic.name, targets),
    description: join(lead(ctx), ctx.phrasing.companyTopic(o.topic.name), sought(partnerships, targets), o.area ? ctx.phrasing.preferredArea(o.area) : w('', '', '')),
    technologyKeywords: [...o.topic.keywords, ...productKeywords(ctx)],
    marketKeywords: [...o.siteNeeds, ctx.sector.label.en, ctx.niche.en],
    targetCountries: o.targetCountries,
  });
}

/** A company looking for a site in a region of its own country (near home, or where the park is). */
export function expansionRequest(random: Random, ctx: CompanyContext, area: AreaName, topic: Topic, siteNeeds: readonly string[]): OpportunityContent {
  return finish(random, ctx, {
    type: OpportunityType.BUSINESS_REQUEST,
    partnershipTypes: [PartnershipType.SITE_LOCALISATION],
    title: ctx.phrasing.expansionTitle(ctx.names, topic.name, area),
    description: join(lead(ctx), ctx.phrasing.companyTopic(topic.name), ctx.phrasing.expansionBody(area)),
    technologyKeywords: [...topic.keywords, ...productKeywords(ctx)],
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

export interface PairOpportunityOptions {
  topic: Topic;
  targetCountries: readonly string[];
  partnerSizes: readonly SizeBand[];
  /** Market keywords (the partner's field). */
  market: readonly string[];
}

/** A technology offered for licensing and/or joint development. */
export function technologyOffer(random: Random, ctx: CompanyContext, partnerships: readonly PartnershipType[], o: PairOpportunityOptions): OpportunityContent {
  const licensing = partnerships.includes(PartnershipType.LICENSING);
  const development = partnerships.includes(PartnershipType.RD_COOPERATION);
  const how: How = licensing && development ? 'both' : licensing ? 'licensing' : 'development';
  const t = o.topic.name;
  return finish(random, ctx, {
    type: OpportunityType.TECHNOLOGY_OFFER,
    partnershipTypes: [...partnerships],
    title: ctx.phrasing.technologyOfferTitle(t, how),
    description: join(lead(ctx), ctx.phrasing.technologyOfferBody(t, how, targetsOf(o.targetCountries))),
    technologyKeywords: o.topic.keywords,
    marketKeywords: o.market,
    targetCountries: o.targetCountries,
    partnerSizes: o.partnerSizes,
  });
}

/** A technology sought, to license or to develop with a partner. */
export function technologyRequest(random: Random, ctx: CompanyContext, partnerships: readonly PartnershipType[], o: PairOpportunityOptions): OpportunityContent {
  const t = o.topic.name;
  return finish(random, ctx, {
    type: OpportunityType.TECHNOLOGY_REQUEST,
    partnershipTypes: [...partnerships],
    title: ctx.phrasing.technologyRequestTitle(who(ctx), t),
    description: join(lead(ctx), sought(partnerships, targetsOf(o.targetCountries)), ctx.phrasing.focusLine(t)),
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
    title: ctx.phrasing.rdRequestTitle(t),
    description: join(lead(ctx), sought([PartnershipType.RD_COOPERATION], targetsOf(o.targetCountries)), ctx.phrasing.focusLine(t)),
    technologyKeywords: o.topic.keywords,
    marketKeywords: o.market,
    targetCountries: o.targetCountries,
    partnerSizes: o.partnerSizes,
  });
}

/** Distributors sought abroad for the company's products (a business request, COMMERCIAL). */
export function distributorRequest(random: Random, ctx: CompanyContext, o: PairOpportunityOptions): OpportunityContent {
  const targets = targetsOf(o.targetCountries);
  return finish(random, ctx, {
    type: OpportunityType.BUSINESS_REQUEST,
    partnershipTypes: [PartnershipType.COMMERCIAL],
    title: ctx.phrasing.distributorRequestTitle(who(ctx), o.topic.name, targets),
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
  const targets = targetsOf(o.targetCountries);
  return finish(random, ctx, {
    type: OpportunityType.BUSINESS_OFFER,
    partnershipTypes: [PartnershipType.COMMERCIAL],
    title: ctx.phrasing.distributionOfferTitle(ctx.names, home, o.topic.name),
    description: join(
      lead(ctx),
      w(`公司在${home.zh}拥有覆盖主要工业区的销售和服务网络，可为${targets.zh}企业提供经销与售后服务。`, ` Das Unternehmen bietet Herstellern aus ${targets.de} Vertrieb und Service in ${home.de}.`, ` The company offers makers from ${targets.en} sales and service across ${home.en}.`),
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
  const t = o.topic.name;
  return finish(random, ctx, {
    type: OpportunityType.BUSINESS_OFFER,
    partnershipTypes: [PartnershipType.SUPPLIER],
    title: ctx.phrasing.supplyOfferTitle(who(ctx), t, targets),
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
  const t = o.topic.name;
  return finish(random, ctx, {
    type: OpportunityType.BUSINESS_REQUEST,
    partnershipTypes: [PartnershipType.SUPPLIER],
    title: ctx.phrasing.supplierRequestTitle(who(ctx), t),
    description: join(lead(ctx), sought([PartnershipType.SUPPLIER], targets), ctx.phrasing.focusLine(t)),
    technologyKeywords: o.topic.keywords,
    marketKeywords: o.market,
    targetCountries: o.targetCountries,
    partnerSizes: o.partnerSizes,
  });
}
