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
  AT: [
    n('Hofer', '霍费尔'), n('Eder', '埃德尔'), n('Leitner', '莱特纳'), n('Mayr', '迈尔'), n('Aigner', '艾格纳'), n('Wimmer', '维默'),
    n('Pirker', '皮尔克'), n('Lechner', '莱希纳'), n('Auer', '奥尔'), n('Holzer', '霍尔策'),
  ],
  IT: [
    n('Esposito', '埃斯波西托'), n('Romano', '罗马诺'), n('Gallo', '加洛'), n('Conti', '孔蒂'), n('Greco', '格雷科'), n('Russo', '鲁索'),
    n('Bruno', '布鲁诺'), n('Costa', '科斯塔'), n('Fontana', '丰塔纳'), n('Mancini', '曼奇尼'), n('Rizzo', '里佐'), n('Lombardi', '隆巴尔迪'),
  ],
  FR: [
    n('Petit', '珀蒂'), n('Durand', '迪朗'), n('Leroy', '勒鲁瓦'), n('Roux', '鲁'), n('Fournier', '富尼耶'), n('Girard', '吉拉尔'),
    n('Bonnet', '博内'), n('Dupont', '杜邦'), n('Lambert', '朗贝尔'), n('Fontaine', '方丹'), n('Mercier', '梅西耶'), n('Vincent', '樊尚'),
  ],
  NL: [
    n('van Dijk', '范戴克'), n('Bos', '博斯'), n('Meijer', '迈耶尔'), n('de Boer', '德博尔'), n('Vermeulen', '费尔默伦'), n('Dekker', '德克尔'),
    n('Brouwer', '布劳沃'), n('de Wit', '德维特'), n('Dijkstra', '戴克斯特拉'), n('de Graaf', '德赫拉夫'), n('Kok', '科克'),
  ],
  PL: [
    n('Zieliński', '济林斯基'), n('Szymański', '希曼斯基'), n('Woźniak', '沃兹尼亚克'), n('Dąbrowski', '东布罗夫斯基'), n('Kwiatkowski', '克维亚特科夫斯基'),
    n('Kaczmarek', '卡奇马雷克'), n('Mazur', '马祖尔'), n('Krawczyk', '克拉夫奇克'), n('Piotrowski', '彼得罗夫斯基'), n('Grabowski', '格拉博夫斯基'),
  ],
  CZ: [
    n('Veselý', '韦塞利'), n('Horák', '霍拉克'), n('Němec', '涅梅茨'), n('Marek', '马雷克'), n('Pokorný', '波科尔尼'), n('Král', '克拉尔'),
    n('Jelínek', '耶利内克'), n('Růžička', '鲁日奇卡'), n('Beneš', '贝奈斯'), n('Fiala', '菲亚拉'), n('Sedláček', '塞德拉切克'), n('Doležal', '多莱扎尔'),
  ],
  SE: [
    n('Persson', '佩尔松'), n('Svensson', '斯文松'), n('Gustafsson', '古斯塔夫松'), n('Olsson', '奥尔松'), n('Pettersson', '彼得松'),
    n('Jonsson', '永松'), n('Hansson', '汉松'), n('Bengtsson', '本特松'), n('Lindberg', '林德贝里'), n('Lindström', '林德斯特伦'),
  ],
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

/** What a planted park is called, by country ("{city} …"); the tuning and held-out sets use the same kinds. */
export const PARK_KINDS: Readonly<Record<'CN' | 'DE' | 'EU', readonly Trilingual[]>> = {
  CN: [
    w('高新技术产业开发区', 'Hightech-Zone', 'Hi-Tech Industrial Development Zone'),
    w('经济技术开发区', 'Wirtschafts- und Technologieentwicklungszone', 'Economic and Technological Development Zone'),
    w('国际合作产业园', 'Internationaler Kooperationspark', 'International Cooperation Park'),
    w('先进制造业园区', 'Park für fortschrittliche Fertigung', 'Advanced Manufacturing Park'),
  ],
  DE: [w('工业园', 'Gewerbepark', 'business park'), w('科技园', 'Technologiepark', 'technology park'), w('工业园区', 'Industriepark', 'industrial park')],
  EU: [w('工业园', 'Industriepark', 'industrial park'), w('科技园', 'Technologiepark', 'technology park')],
};

/** What a park's description says about where its companies come from. */
export const PARK_WELCOME: Readonly<Record<'CN' | 'EUROPE', Trilingual>> = {
  CN: w('欢迎德国及欧洲企业入驻。', 'Offen für deutsche und europäische Unternehmen.', 'German and European companies are welcome.'),
  EUROPE: w('欢迎中国企业入驻。', 'Offen für Ansiedlungen chinesischer Unternehmen.', 'Companies from China are welcome.'),
};
