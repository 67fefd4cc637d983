import { ParkOffering } from '@hc/parks';
import type { NamePart } from '../vocabulary/names.vocabulary';
import type { Trilingual } from '../vocabulary/vocabulary.model';

const n = (local: string, zh: string, latin: string = local): NamePart => ({ local, zh, latin });
const w = (zh: string, de: string, en: string): Trilingual => ({ zh, de, en });

/*
 * Name parts used only by planted companies. They are disjoint from the generator's lists (the spec
 * checks it), so a planted company never shares a name key with a generated one and the importer
 * never merges the two.
 */

/** German surnames with their usual Chinese transliterations; none is in GERMAN_SURNAMES. */
export const PLANTED_GERMAN_SURNAMES: readonly NamePart[] = [
  n('Brandt', '布兰特'), n('Graf', '格拉夫'), n('Kühn', '屈恩'), n('Pohl', '波尔'), n('Sauer', '绍尔'),
  n('Voigt', '福格特'), n('Ludwig', '路德维希'), n('Haas', '哈斯'), n('Schuster', '舒斯特'), n('Arnold', '阿诺德'),
  n('Roth', '罗特'), n('Dietrich', '迪特里希'), n('Busch', '布施'), n('Horn', '霍恩'), n('Bergmann', '贝格曼'),
  n('Pfeiffer', '普法伊费尔'), n('Voss', '福斯'), n('Sommer', '佐默'), n('Böhm', '伯姆'), n('Ernst', '恩斯特'),
  n('Winter', '温特'), n('Stein', '施泰因'), n('Jäger', '耶格尔'), n('Schreiber', '施赖伯'), n('Schulte', '舒尔特'),
  n('Thiele', '蒂勒'), n('Heinrich', '海因里希'), n('Haase', '哈泽'), n('Schubert', '舒伯特'), n('Dietz', '迪茨'),
  n('Kramer', '克雷默'), n('Ritter', '里特尔'), n('Martens', '马滕斯'), n('Beyer', '拜尔'), n('Reuter', '罗伊特'),
  n('Seifert', '赛费特'), n('Lindner', '林德纳'), n('Ebert', '埃伯特'), n('Gerlach', '格拉赫'), n('Stahl', '施塔尔'),
];

/** Two-character brand names with pinyin; neither the characters nor the pinyin occur in CHINESE_BRANDS. */
export const PLANTED_CHINESE_BRANDS: readonly NamePart[] = [
  n('蓝海', '蓝海', 'Lanhai'), n('天瑞', '天瑞', 'Tianrui'), n('永达', '永达', 'Yongda'), n('华拓', '华拓', 'Huatuo'),
  n('鼎新', '鼎新', 'Dingxin'), n('恒泰', '恒泰', 'Hengtai'), n('嘉盛', '嘉盛', 'Jiasheng'), n('瑞光', '瑞光', 'Ruiguang'),
  n('华远', '华远', 'Huayuan'), n('天宇', '天宇', 'Tianyu'), n('宏远', '宏远', 'Hongyuan'), n('金泰', '金泰', 'Jintai'),
  n('新航', '新航', 'Xinhang'), n('瑞达', '瑞达', 'Ruida'), n('博达', '博达', 'Boda'), n('联拓', '联拓', 'Liantuo'),
  n('汇能', '汇能', 'Huineng'), n('明泰', '明泰', 'Mingtai'), n('恒远', '恒远', 'Hengyuan'), n('润达', '润达', 'Runda'),
  n('诚达', '诚达', 'Chengda'), n('海川', '海川', 'Haichuan'), n('青松', '青松', 'Qingsong'), n('德泰', '德泰', 'Detai'),
  n('凯盛', '凯盛', 'Kaisheng'), n('华锋', '华锋', 'Huafeng'), n('卓达', '卓达', 'Zhuoda'), n('思创', '思创', 'Sichuang'),
  n('晟通', '晟通', 'Shengtong'), n('瀚海', '瀚海', 'Hanhai'), n('新程', '新程', 'Xincheng'), n('启航', '启航', 'Qihang'),
  n('宏昌', '宏昌', 'Hongchang'), n('奥瑞', '奥瑞', 'Aorui'), n('恒信', '恒信', 'Hengxin'), n('汇智', '汇智', 'Huizhi'),
  n('天信', '天信', 'Tianxin'), n('博力', '博力', 'Boli'), n('明辉', '明辉', 'Minghui'), n('鼎力', '鼎力', 'Dingli'),
  n('华信', '华信', 'Huaxin'), n('永泰', '永泰', 'Yongtai'), n('嘉瑞', '嘉瑞', 'Jiarui'), n('凯瑞', '凯瑞', 'Kairui'),
  n('瑞泰', '瑞泰', 'Ruitai'), n('金鹏', '金鹏', 'Jinpeng'), n('宇航', '宇航', 'Yuhang'), n('海德', '海德', 'Haide'),
];

/** Surnames of the other European countries; none is in EUROPEAN_SURNAMES. */
export const PLANTED_EUROPEAN_SURNAMES: Readonly<Record<string, readonly NamePart[]>> = {
  AT: [n('Hofer', '霍费尔'), n('Eder', '埃德尔'), n('Leitner', '莱特纳'), n('Mayr', '迈尔'), n('Aigner', '艾格纳')],
  IT: [n('Esposito', '埃斯波西托'), n('Romano', '罗马诺'), n('Gallo', '加洛'), n('Conti', '孔蒂'), n('Greco', '格雷科')],
  FR: [n('Petit', '珀蒂'), n('Durand', '迪朗'), n('Leroy', '勒鲁瓦'), n('Roux', '鲁'), n('Fournier', '富尼耶')],
  NL: [n('van Dijk', '范戴克'), n('Bos', '博斯'), n('Meijer', '迈耶尔'), n('de Boer', '德博尔'), n('Vermeulen', '费尔默伦')],
  PL: [n('Zieliński', '济林斯基'), n('Szymański', '希曼斯基'), n('Woźniak', '沃兹尼亚克'), n('Dąbrowski', '东布罗夫斯基')],
  CZ: [n('Veselý', '韦塞利'), n('Horák', '霍拉克'), n('Němec', '涅梅茨'), n('Marek', '马雷克')],
  SE: [n('Persson', '佩尔松'), n('Svensson', '斯文松'), n('Gustafsson', '古斯塔夫松'), n('Olsson', '奥尔松')],
};

/**
 * What a company writes among its needs when it looks for what a park offers. Glossary terms where the
 * glossary has one (test labs, training centre, skilled workers, bonded zone, logistics park, incubator),
 * so a matcher can meet them across languages.
 */
export const OFFERING_NEEDS: Readonly<Record<ParkOffering, Trilingual>> = {
  [ParkOffering.TAX_INCENTIVES]: w('税收优惠', 'Steuervergünstigungen', 'tax incentives'),
  [ParkOffering.INDUSTRIAL_LAND]: w('工业用地', 'Gewerbeflächen', 'industrial land'),
  [ParkOffering.STANDARD_FACTORIES]: w('标准厂房', 'Produktionshallen', 'standard factory buildings'),
  [ParkOffering.OFFICE_SPACE]: w('办公场地', 'Büroflächen', 'office space'),
  [ParkOffering.TEST_LABS]: w('检验检测', 'Prüflabor', 'testing and inspection'),
  [ParkOffering.PILOT_LINES]: w('中试线', 'Pilotlinie', 'pilot production line'),
  [ParkOffering.TRAINING_CENTRE]: w('实训基地', 'Ausbildungszentrum', 'training centre'),
  [ParkOffering.TALENT_SERVICES]: w('技能人才', 'Fachkräfte', 'skilled workers'),
  [ParkOffering.BONDED_ZONE]: w('综合保税区', 'Zollfreizone', 'bonded zone'),
  [ParkOffering.LOGISTICS_HUB]: w('物流园区', 'Logistikpark', 'logistics park'),
  [ParkOffering.GREEN_ENERGY]: w('可再生能源', 'erneuerbare Energien', 'renewable energy'),
  [ParkOffering.INCUBATOR]: w('孵化器', 'Gründerzentrum', 'incubator'),
  [ParkOffering.INVESTMENT_FUND]: w('产业投资基金', 'Beteiligungskapital', 'investment capital'),
  [ParkOffering.GERMAN_SERVICE_DESK]: w('对德服务窗口', 'deutschsprachige Ansiedlungsbetreuung', 'German-speaking service desk'),
  [ParkOffering.CHINA_SERVICE_DESK]: w('中文服务窗口', 'China-Desk', 'Chinese-speaking service desk'),
};

/** Country names as they stand after "in" (German dative: "den Niederlanden"). */
export const COUNTRY_NAMES: Readonly<Record<string, Trilingual>> = {
  CN: w('中国', 'China', 'China'),
  DE: w('德国', 'Deutschland', 'Germany'),
  AT: w('奥地利', 'Österreich', 'Austria'),
  IT: w('意大利', 'Italien', 'Italy'),
  FR: w('法国', 'Frankreich', 'France'),
  NL: w('荷兰', 'den Niederlanden', 'the Netherlands'),
  PL: w('波兰', 'Polen', 'Poland'),
  CZ: w('捷克', 'Tschechien', 'Czechia'),
  SE: w('瑞典', 'Schweden', 'Sweden'),
  HU: w('匈牙利', 'Ungarn', 'Hungary'),
  ES: w('西班牙', 'Spanien', 'Spain'),
  PT: w('葡萄牙', 'Portugal', 'Portugal'),
  SK: w('斯洛伐克', 'der Slowakei', 'Slovakia'),
  RO: w('罗马尼亚', 'Rumänien', 'Romania'),
  BE: w('比利时', 'Belgien', 'Belgium'),
  GB: w('英国', 'dem Vereinigten Königreich', 'the United Kingdom'),
};

/** "German manufacturer": adjectives with the strong ending a German title starts with. */
export const ORIGIN_ADJECTIVES: Readonly<Record<string, Trilingual>> = {
  CN: w('中国', 'Chinesischer', 'Chinese'),
  DE: w('德国', 'Deutscher', 'German'),
  AT: w('奥地利', 'Österreichischer', 'Austrian'),
  IT: w('意大利', 'Italienischer', 'Italian'),
  FR: w('法国', 'Französischer', 'French'),
  NL: w('荷兰', 'Niederländischer', 'Dutch'),
  PL: w('波兰', 'Polnischer', 'Polish'),
  CZ: w('捷克', 'Tschechischer', 'Czech'),
  SE: w('瑞典', 'Schwedischer', 'Swedish'),
};

/** Where Chinese firms look for sites in Europe other than Germany: a decoy of a German park targets only these. */
export const CHINESE_OTHER_TARGETS: readonly (readonly string[])[] = [['HU'], ['FR', 'ES'], ['PL', 'CZ'], ['IT'], ['GB'], ['NL', 'BE'], ['SK', 'RO']];

/**
 * Where European firms move production when not to China (nearshoring within Europe; the platform
 * knows China and European countries only): a decoy of a Chinese park targets only these.
 */
export const EUROPEAN_OTHER_TARGETS: readonly (readonly string[])[] = [['PL'], ['CZ', 'SK'], ['HU'], ['PT', 'ES'], ['RO']];

/** The theme of a planted park: the sectors it wants to grow, and how it is called. */
export interface ParkTheme extends Trilingual {
  /** ISIC divisions, all with sector vocabulary. */
  focus: readonly string[];
}

const theme = (zh: string, de: string, en: string, ...focus: string[]): ParkTheme => ({ zh, de, en, focus });

/**
 * Themes of planted parks; `de` fits "Industriepark <Ort> für …". Parks of one country never share a
 * theme, so a foreign company's fit to its park is not matched by another planted park of that country.
 */
export const PARK_THEMES: readonly ParkTheme[] = [
  theme('智能制造', 'intelligente Fertigung', 'Smart Manufacturing', '28', '26', '62'),
  theme('新能源汽车', 'Elektromobilität', 'New Energy Vehicle', '29', '27'),
  theme('高端装备', 'High-End-Anlagenbau', 'Advanced Equipment', '28', '25', '33'),
  theme('生物医药', 'Biomedizin', 'Biomedicine', '21', '72'),
  theme('数字经济', 'Digitalwirtschaft', 'Digital Economy', '62', '63'),
  theme('新材料', 'neue Werkstoffe', 'Advanced Materials', '20', '24'),
  theme('绿色能源', 'grüne Energie', 'Green Energy', '35', '27'),
  theme('轨道交通装备', 'Bahntechnik', 'Rail Equipment', '30', '25'),
  theme('医疗器械', 'Medizintechnik', 'Medical Technology', '32', '26'),
  theme('锂电池', 'Batterietechnik', 'Battery', '27', '20'),
  theme('汽车零部件', 'Fahrzeugkomponenten', 'Automotive Components', '29', '22', '25'),
  theme('循环经济', 'Kreislaufwirtschaft', 'Circular Economy', '38', '24'),
  theme('工业软件', 'Industriesoftware', 'Industrial Software', '62', '28'),
  theme('精密机械', 'Präzisionsmaschinenbau', 'Precision Machinery', '28', '25'),
  theme('电子信息', 'Elektronik', 'Electronics', '26', '27'),
  theme('现代物流', 'Logistik', 'Logistics', '52', '29'),
  theme('工程技术服务', 'Ingenieurdienstleistungen', 'Engineering Services', '71', '72'),
  theme('精细化工', 'Feinchemie', 'Fine Chemicals', '20', '21'),
  theme('金属加工', 'Metallverarbeitung', 'Metalworking', '24', '25'),
  theme('职业教育', 'Berufsbildung', 'Vocational Training', '85', '62'),
  theme('文化创意', 'Kreativwirtschaft', 'Creative Industries', '90', '63'),
  theme('塑料制品', 'Kunststofftechnik', 'Plastics', '22', '20'),
  theme('机器人', 'Robotik', 'Robotics', '28', '27', '26'),
  theme('节能环保', 'Umwelttechnik', 'Environmental Technology', '38', '35', '28'),
  theme('装备维修服务', 'Instandhaltung', 'Equipment Services', '33', '71'),
  theme('氢能', 'Wasserstofftechnik', 'Hydrogen', '27', '35', '20'),
  theme('智能网联汽车', 'vernetzte Fahrzeuge', 'Connected Vehicle', '29', '26', '62'),
  theme('半导体', 'Halbleitertechnik', 'Semiconductor', '26', '20', '28'),
];
