import { joinList, Language } from '../vocabulary/phrases.vocabulary';
import type { Trilingual } from '../vocabulary/vocabulary.model';
import type { PlantedVocabulary } from './planted.model';
import type { AreaName } from './planted.regions';

const w = (zh: string, de: string, en: string): Trilingual => ({ zh, de, en });

/** What a park's description is written from (already localised pieces). */
export interface ParkText {
  name: Trilingual;
  /** "Technologiepark", "industrial park", 高新区 … */
  kind: Trilingual;
  city: Trilingual;
  region: AreaName | null;
  country: Trilingual;
  /** The park's topics, as the park writes them (one term per language each). */
  topics: readonly Trilingual[];
  /** Sector labels of the focus and gap sectors. */
  focus: readonly Trilingual[];
  gaps: readonly Trilingual[];
  welcome: Trilingual;
}

/** How a technology is offered: licensing, joint development, or both. */
export type How = 'licensing' | 'development' | 'both';

/**
 * The sentences of one planted set. The tuning and held-out sets phrase parks, topics and requests
 * differently, so a matcher tuned on one set's wording meets other wording in the other.
 */
export interface Phrasing {
  parkDescription(p: ParkText): Trilingual;
  /** The sentence that names a company's topic at the end of its description. */
  companyTopic(topic: Trilingual): Trilingual;
  /** A supplier's topic: what it supplies to ("components for traction batteries"), used in place of the topic in its texts. */
  supplyFor(topic: Trilingual): Trilingual;
  /** Title of a request for a site (or a joint venture) abroad. `who` is "German manufacturer", 德国制造商 … */
  siteTitle(jv: boolean, who: Trilingual, topic: Trilingual, targets: Trilingual): Trilingual;
  /** The sentence naming the preferred region of a site request. */
  preferredArea(area: AreaName): Trilingual;
  /** Title and body sentence of a request for a site in a region of the company's own country. */
  expansionTitle(names: Trilingual, topic: Trilingual, area: AreaName): Trilingual;
  expansionBody(area: AreaName): Trilingual;
  technologyOfferTitle(topic: Trilingual, how: How): Trilingual;
  technologyOfferBody(topic: Trilingual, how: How, targets: Trilingual): Trilingual;
  technologyRequestTitle(who: Trilingual, topic: Trilingual): Trilingual;
  rdRequestTitle(topic: Trilingual): Trilingual;
  distributorRequestTitle(who: Trilingual, topic: Trilingual, targets: Trilingual): Trilingual;
  distributionOfferTitle(names: Trilingual, home: Trilingual, topic: Trilingual): Trilingual;
  supplyOfferTitle(who: Trilingual, topic: Trilingual, targets: Trilingual): Trilingual;
  supplierRequestTitle(who: Trilingual, topic: Trilingual): Trilingual;
  /** The line that names what a request is about. */
  focusLine(topic: Trilingual): Trilingual;
}

const list = (items: readonly Trilingual[], language: Language) => joinList(items.map((i) => i[language]), language);
const capitalise = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

const TUNING_HOW: Readonly<Record<How, Trilingual>> = {
  licensing: w('技术许可', 'Lizenzierung', 'licensing'),
  development: w('联合开发', 'gemeinsamen Weiterentwicklung', 'joint development'),
  both: w('技术许可与联合开发', 'Lizenzierung und gemeinsamen Weiterentwicklung', 'licensing and joint development'),
};

const HELDOUT_HOW: Readonly<Record<How, Trilingual>> = {
  licensing: w('授权使用', 'Lizenznahme', 'a licence'),
  development: w('共同研发', 'Co-Entwicklung', 'co-development'),
  both: w('授权使用或共同研发', 'Lizenznahme oder Co-Entwicklung', 'a licence or co-development'),
};

/** The tuning set's wording (close to the demo generator's). */
const TUNING: Phrasing = {
  parkDescription: (p) => {
    const region = p.region ? p.region : null;
    return w(
      `${p.name.zh}位于${region?.zh ?? ''}${p.city.zh}，园区聚焦${list(p.topics, 'zh')}等方向，重点发展${list(p.focus, 'zh')}产业${p.gaps.length ? `，诚邀${list(p.gaps, 'zh')}领域的配套企业入驻` : ''}。${p.welcome.zh}`,
      `${p.kind.de} in ${p.city.de}${region ? ` (${region.de}, ${p.country.de})` : ` (${p.country.de})`}. Schwerpunkte: ${list(p.topics, 'de')}. Branchen: ${list(p.focus, 'de')}${p.gaps.length ? `; gesucht werden Zulieferer aus den Bereichen ${list(p.gaps, 'de')}` : ''}. ${p.welcome.de}`,
      `${capitalise(p.kind.en)} in ${p.city.en}${region ? `, ${region.en.replace(/^the /, '')}` : ''}, ${p.country.en}. Focus: ${list(p.topics, 'en')}. Sectors: ${list(p.focus, 'en')}${p.gaps.length ? `; suppliers in ${list(p.gaps, 'en')} are sought` : ''}. ${p.welcome.en}`,
    );
  },
  companyTopic: (t) => w(`公司专注于${t.zh}。`, `Kernkompetenz: ${t.de}.`, `Core competence: ${t.en}.`),
  supplyFor: (t) => w(`${t.zh}配套产品`, `Komponenten für ${t.de}`, `components for ${t.en}`),
  siteTitle: (jv, who, t, targets) =>
    jv
      ? w(`${who.zh}（${t.zh}）寻求${targets.zh}合资或投资伙伴`, `${capitalise(t.de)}: ${who.de} sucht Joint-Venture- oder Investitionspartner in ${targets.de}`, `${who.en} of ${t.en} seeks joint-venture or investment partners in ${targets.en}`)
      : w(`${who.zh}（${t.zh}）寻求在${targets.zh}落地建厂及本地合作伙伴`, `${capitalise(t.de)}: ${who.de} sucht einen Standort und lokale Partner in ${targets.de}`, `${who.en} of ${t.en} seeks a site and local partners in ${targets.en}`),
  preferredArea: (a) => w(`优先考虑${a.zh}。`, ` Bevorzugt wird ein Standort ${a.deIn}.`, ` A location in ${a.en} is preferred.`),
  expansionTitle: (names, t, a) => w(`${names.zh}寻求在${a.zh}扩建${t.zh}产能`, `${capitalise(t.de)}: Erweiterungsstandort ${a.deIn} gesucht`, `Expansion site for ${t.en} sought in ${a.en}`),
  expansionBody: (a) => w(`为扩大产能，公司计划在${a.zh}新建生产基地。`, ` Für den Ausbau der Kapazitäten sucht das Unternehmen einen zusätzlichen Standort ${a.deIn}.`, ` To expand capacity, the company is looking for an additional site in ${a.en}.`),
  technologyOfferTitle: (t, how) => w(`${t.zh}技术寻求${TUNING_HOW[how].zh}合作`, `${capitalise(t.de)}: Technologie zur ${TUNING_HOW[how].de}`, `${capitalise(t.en)}: technology offered for ${TUNING_HOW[how].en}`),
  technologyOfferBody: (t, how, targets) =>
    w(`公司提供${t.zh}技术，面向${targets.zh}寻求${TUNING_HOW[how].zh}合作伙伴。`, ` Angeboten wird Technologie für ${t.de} zur ${TUNING_HOW[how].de} mit Partnern in ${targets.de}.`, ` It offers its ${t.en} technology for ${TUNING_HOW[how].en} to partners in ${targets.en}.`),
  technologyRequestTitle: (who, t) => w(`${who.zh}寻求${t.zh}相关技术`, `${who.de} sucht Technologie für ${t.de}`, `${who.en} seeks technology for ${t.en}`),
  rdRequestTitle: (t) => w(`寻求${t.zh}联合研发合作伙伴`, `Partner für gemeinsame Forschung und Entwicklung für ${t.de} gesucht`, `Partners sought for joint R&D on ${t.en}`),
  distributorRequestTitle: (who, t, targets) => w(`${who.zh}寻求${targets.zh}${t.zh}经销合作伙伴`, `${who.de} sucht Vertriebspartner für ${t.de} in ${targets.de}`, `${who.en} seeks distributors for ${t.en} in ${targets.en}`),
  distributionOfferTitle: (names, home, t) => w(`${names.zh}提供${home.zh}市场销售网络，寻求${t.zh}产品经销合作`, `Vertriebsnetz in ${home.de} für ${t.de} angeboten`, `Sales network in ${home.en} offered for ${t.en}`),
  supplyOfferTitle: (who, t, targets) => w(`${who.zh}（${t.zh}）寻求${targets.zh}供货客户`, `${capitalise(t.de)}: ${who.de} sucht Abnehmer in ${targets.de}`, `${who.en} of ${t.en} seeks customers in ${targets.en}`),
  supplierRequestTitle: (who, t) => w(`${who.zh}寻求${t.zh}供应商`, `${who.de} sucht Lieferanten für ${t.de}`, `${who.en} seeks suppliers of ${t.en}`),
  focusLine: (t) => w(`重点：${t.zh}。`, ` Schwerpunkt: ${t.de}.`, ` Focus: ${t.en}.`),
};

/** The held-out set's wording: other sentence patterns throughout. */
const HELDOUT: Phrasing = {
  parkDescription: (p) => {
    const region = p.region;
    return w(
      `${p.name.zh}地处${region?.zh ?? p.country.zh}，重点引进${list(p.topics, 'zh')}项目，产业方向为${list(p.focus, 'zh')}${p.gaps.length ? `，并面向${list(p.gaps, 'zh')}企业开展招商` : ''}。${p.welcome.zh}`,
      `Der Standort bei ${p.city.de}${region ? ` (${region.de})` : ''} baut Cluster für ${list(p.topics, 'de')} auf (Branchen: ${list(p.focus, 'de')}).${p.gaps.length ? ` Ansiedlungen aus den Bereichen ${list(p.gaps, 'de')} sind willkommen.` : ''} ${p.welcome.de}`,
      `Located near ${p.city.en}${region ? ` in ${region.en}` : ''}, ${p.country.en}, the park is building clusters around ${list(p.topics, 'en')} within ${list(p.focus, 'en')}${p.gaps.length ? ` and invites companies from ${list(p.gaps, 'en')}` : ''}. ${p.welcome.en}`,
    );
  },
  companyTopic: (t) => w(`主营业务涵盖${t.zh}。`, `Spezialgebiet: ${t.de}.`, `Its speciality: ${t.en}.`),
  supplyFor: (t) => w(`${t.zh}上游材料与部件`, `Zulieferteile für ${t.de}`, `supplies for ${t.en}`),
  siteTitle: (jv, _who, t, targets) =>
    jv
      ? w(`${t.zh}业务寻求在${targets.zh}设立合资公司`, `Joint Venture in ${targets.de} für ${t.de} gesucht`, `Joint venture sought in ${targets.en} for ${t.en}`)
      : w(`${t.zh}项目拟在${targets.zh}投资设厂`, `Standortsuche in ${targets.de}: Fertigung für ${t.de}`, `Plant location wanted in ${targets.en} for ${t.en}`),
  preferredArea: (a) => w(`意向选址：${a.zh}。`, ` Wunschregion: ${a.de}.`, ` Preferred region: ${a.en}.`),
  expansionTitle: (_names, t, a) => w(`拟在${a.zh}新建${t.zh}生产基地`, `Neues Werk für ${t.de} ${a.deIn} geplant`, `New plant for ${t.en} planned in ${a.en}`),
  expansionBody: (a) => w(`公司计划三年内在${a.zh}落地新项目。`, ` Das Unternehmen plant innerhalb von drei Jahren ein neues Werk ${a.deIn}.`, ` The company plans a new plant in ${a.en} within three years.`),
  technologyOfferTitle: (t, how) => w(`${HELDOUT_HOW[how].zh}：${t.zh}技术`, `Technologieangebot ${t.de} (${HELDOUT_HOW[how].de})`, `Available for ${HELDOUT_HOW[how].en}: ${t.en} technology`),
  technologyOfferBody: (t, how, targets) =>
    w(`可向${targets.zh}企业提供${t.zh}的${HELDOUT_HOW[how].zh}。`, ` Für Unternehmen in ${targets.de} ist ${t.de} zur ${HELDOUT_HOW[how].de} verfügbar.`, ` Companies in ${targets.en} can obtain ${t.en} through ${HELDOUT_HOW[how].en}.`),
  technologyRequestTitle: (_who, t) => w(`求购${t.zh}技术`, `Gesucht: Technologie für ${t.de}`, `Wanted: ${t.en} technology`),
  rdRequestTitle: (t) => w(`${t.zh}方向招募研发伙伴`, `F&E-Partner für ${t.de}`, `R&D partner wanted: ${t.en}`),
  distributorRequestTitle: (_who, t, targets) => w(`${t.zh}产品招募${targets.zh}代理商`, `Händler für ${t.de} in ${targets.de} gesucht`, `Resellers wanted in ${targets.en} for ${t.en}`),
  distributionOfferTitle: (_names, home, t) => w(`${home.zh}渠道代理：${t.zh}`, `Vertrieb in ${home.de}: ${t.de}`, `Distribution in ${home.en}: ${t.en}`),
  supplyOfferTitle: (_who, t, targets) => w(`${t.zh}批量供货至${targets.zh}`, `Serienlieferung von ${t.de} nach ${targets.de}`, `Volume supply of ${t.en} to ${targets.en}`),
  supplierRequestTitle: (_who, t) => w(`采购${t.zh}`, `Bezugsquelle für ${t.de} gesucht`, `Sourcing ${t.en}`),
  focusLine: (t) => w(`需求方向：${t.zh}。`, ` Gesucht: ${t.de}.`, ` Wanted: ${t.en}.`),
};

export const PHRASINGS: Readonly<Record<PlantedVocabulary, Phrasing>> = { tuning: TUNING, heldout: HELDOUT };

/** Every fixed word of both phrasings (rendered with blank pieces): the planted concepts must not occur in them. */
export const PHRASING_BACKGROUND: readonly string[] = (() => {
  const b = w('', '', '');
  const area: AreaName = { zh: '', de: '', deIn: '', en: '' };
  const texts: Trilingual[] = [];
  for (const ph of [TUNING, HELDOUT]) {
    const park: ParkText = { name: b, kind: b, city: b, region: area, country: b, topics: [b], focus: [b], gaps: [b], welcome: b };
    texts.push(ph.parkDescription(park), ph.companyTopic(b), ph.supplyFor(b), ph.siteTitle(true, b, b, b), ph.siteTitle(false, b, b, b), ph.preferredArea(area));
    texts.push(ph.expansionTitle(b, b, area), ph.expansionBody(area), ph.technologyRequestTitle(b, b), ph.rdRequestTitle(b), ph.distributorRequestTitle(b, b, b));
    texts.push(ph.distributionOfferTitle(b, b, b), ph.supplyOfferTitle(b, b, b), ph.supplierRequestTitle(b, b), ph.focusLine(b));
    for (const how of ['licensing', 'development', 'both'] as const) texts.push(ph.technologyOfferTitle(b, how), ph.technologyOfferBody(b, how, b));
  }
  return texts.flatMap((t) => [t.zh, t.de, t.en]);
})();
