import { ParkOffering } from '@hc/parks';
import { topicTerms } from '../topics/topic-analysis';

/**
 * How companies write what they need from a park, per offering, in zh, de and en: a small curated
 * thesaurus (labels, common synonyms, compounds). A need keyword meets an offering when they share a
 * glossary concept or one contains the other's term ("Prüflaborkapazität" contains "prüflabor").
 */
export const OFFERING_TERMS: Record<ParkOffering, readonly string[]> = {
  [ParkOffering.TAX_INCENTIVES]: ['税收优惠', '税收减免', '减税', 'Steuervergünstigung', 'Steueranreiz', 'Steuererleichterung', 'tax incentive', 'tax relief', 'tax break'],
  [ParkOffering.INDUSTRIAL_LAND]: ['工业用地', '土地', '用地', 'Gewerbefläche', 'Industriefläche', 'Grundstück', 'Bauland', 'industrial land', 'land plot', 'building land'],
  [ParkOffering.STANDARD_FACTORIES]: ['标准厂房', '厂房', '生产车间', 'Produktionshalle', 'Fabrikhalle', 'Werkhalle', 'Fertigungshalle', 'standard factory', 'factory building', 'production hall', 'plant site'],
  [ParkOffering.OFFICE_SPACE]: ['办公场地', '办公室', '写字楼', 'Bürofläche', 'Büroraum', 'Büros', 'office space', 'offices'],
  [ParkOffering.TEST_LABS]: ['检验检测', '测试实验室', '检测中心', '实验室', 'Prüflabor', 'Testlabor', 'Prüfzentrum', 'Prüfstand', 'Labor', 'test lab', 'testing', 'inspection', 'laboratory'],
  [ParkOffering.PILOT_LINES]: ['中试线', '中试', '试生产线', 'Pilotlinie', 'Pilotanlage', 'Versuchsanlage', 'pilot line', 'pilot production', 'pilot plant'],
  [ParkOffering.TRAINING_CENTRE]: ['实训基地', '培训中心', '职业培训', 'Ausbildungszentrum', 'Schulungszentrum', 'Ausbildung', 'training centre', 'training center', 'vocational training'],
  [ParkOffering.TALENT_SERVICES]: ['技能人才', '人才服务', '招聘', 'Fachkräfte', 'Personalgewinnung', 'Rekrutierung', 'skilled workers', 'skilled staff', 'recruitment', 'talent'],
  [ParkOffering.BONDED_ZONE]: ['综合保税区', '保税区', '保税', 'Zollfreizone', 'Zolllager', 'Freihandelszone', 'bonded zone', 'bonded warehouse', 'free trade zone'],
  [ParkOffering.LOGISTICS_HUB]: ['物流园区', '物流枢纽', '物流', 'Logistikpark', 'Logistikzentrum', 'Logistik', 'logistics park', 'logistics hub', 'logistics'],
  [ParkOffering.GREEN_ENERGY]: ['可再生能源', '绿色能源', '绿电', 'erneuerbare Energien', 'Ökostrom', 'grüne Energie', 'renewable energy', 'green energy', 'green power'],
  [ParkOffering.INCUBATOR]: ['孵化器', '孵化', '众创空间', 'Gründerzentrum', 'Inkubator', 'Technologiezentrum', 'incubator', 'start-up centre', 'accelerator'],
  [ParkOffering.INVESTMENT_FUND]: ['产业投资基金', '投资基金', '股权投资', '融资', 'Beteiligungskapital', 'Investitionsfonds', 'Wagniskapital', 'Finanzierung', 'investment capital', 'investment fund', 'venture capital', 'equity'],
  [ParkOffering.GERMAN_SERVICE_DESK]: ['对德服务窗口', '德企服务', '德语服务', 'deutschsprachige Ansiedlungsbetreuung', 'deutschsprachig', 'German-speaking service', 'German desk', 'German service desk'],
  [ParkOffering.CHINA_SERVICE_DESK]: ['中文服务窗口', '中文服务', '中企服务', 'China-Desk', 'chinesischsprachig', 'Chinese-speaking service', 'China desk', 'China service desk'],
};

const fold = (text: string) => text.normalize('NFKC').toLowerCase().trim();

interface OfferingMatchers {
  /** The offerings each glossary concept of the thesaurus stands for. */
  byConcept: Map<string, ParkOffering[]>;
  terms: { offering: ParkOffering; terms: string[] }[];
}

let matchers: OfferingMatchers | undefined;

function offeringMatchers(): OfferingMatchers {
  if (matchers) return matchers;
  const byConcept = new Map<string, ParkOffering[]>();
  const terms = (Object.keys(OFFERING_TERMS) as ParkOffering[]).map((offering) => {
    // Only glossary concepts: the `w:` keys of the terms themselves are covered by the substring test.
    for (const concept of topicTerms(OFFERING_TERMS[offering])) {
      if (concept.startsWith('g:')) byConcept.set(concept, [...(byConcept.get(concept) ?? []), offering]);
    }
    return { offering, terms: OFFERING_TERMS[offering].map(fold) };
  });
  return (matchers = { byConcept, terms });
}

/** Need keywords repeat across thousands of profiles: the offerings of each are found once. */
const byWord = new Map<string, readonly ParkOffering[]>();
const WORD_CACHE_LIMIT = 50_000;

function offeringsOfWord(word: string): readonly ParkOffering[] {
  let found = byWord.get(word);
  if (!found) {
    found = offeringMatchers()
      .terms.filter((m) => m.terms.some((t) => word.includes(t) || (word.length >= 4 && t.includes(word))))
      .map((m) => m.offering);
    if (byWord.size >= WORD_CACHE_LIMIT) byWord.clear();
    byWord.set(word, found);
  }
  return found;
}

/** The park offerings a company's need keywords ask for: a shared glossary concept, or one term inside the other. */
export function offeringsNeeded(keywords: Iterable<string>): Set<ParkOffering> {
  const { byConcept } = offeringMatchers();
  const found = new Set<ParkOffering>();
  for (const keyword of keywords) {
    for (const offering of offeringsOfWord(fold(keyword))) found.add(offering);
    for (const concept of topicTerms([keyword])) if (concept.startsWith('g:')) for (const offering of byConcept.get(concept) ?? []) found.add(offering);
  }
  // In the thesaurus' order, so reasons list them the same way every time.
  return new Set((Object.keys(OFFERING_TERMS) as ParkOffering[]).filter((o) => found.has(o)));
}
