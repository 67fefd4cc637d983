/** A surname or brand with its rendering in Chinese characters or Latin letters. */
export interface NamePart {
  /** As written locally: "Müller", "Rossi" (or the Chinese characters for a Chinese brand). */
  local: string;
  /** Chinese transliteration (or the characters themselves). */
  zh: string;
  /** Latin rendering (the local spelling, or pinyin for a Chinese brand). */
  latin: string;
}

export interface LegalForm {
  /** As written in the company name: "GmbH", "S.r.l.", "有限公司". */
  local: string;
  /** As written in an English name: "GmbH" stays "GmbH"; 有限公司 becomes "Co., Ltd.". */
  en: string;
  /** Chinese rendering used in the company's Chinese name. */
  zh: string;
  /** Relative frequency among companies of that country. */
  weight: number;
}

const n = (local: string, zh: string, latin: string = local): NamePart => ({ local, zh, latin });

/** Common German surnames with their usual Chinese transliterations; family names carry most Mittelstand firms. */
export const GERMAN_SURNAMES: readonly NamePart[] = [
  n('Müller', '穆勒'), n('Schmidt', '施密特'), n('Schneider', '施耐德'), n('Fischer', '菲舍尔'), n('Weber', '韦伯'),
  n('Meyer', '迈耶'), n('Wagner', '瓦格纳'), n('Becker', '贝克尔'), n('Schulz', '舒尔茨'), n('Hoffmann', '霍夫曼'),
  n('Schäfer', '舍费尔'), n('Koch', '科赫'), n('Bauer', '鲍尔'), n('Richter', '里希特'), n('Klein', '克莱因'),
  n('Wolf', '沃尔夫'), n('Schröder', '施罗德'), n('Neumann', '诺伊曼'), n('Schwarz', '施瓦茨'), n('Zimmermann', '齐默尔曼'),
  n('Braun', '布劳恩'), n('Krüger', '克吕格'), n('Hartmann', '哈特曼'), n('Lange', '朗格'), n('Schmitt', '施米特'),
  n('Werner', '维尔纳'), n('Schmitz', '施米茨'), n('Krause', '克劳泽'), n('Lehmann', '莱曼'), n('Schulze', '舒尔策'),
  n('Köhler', '克勒'), n('Herrmann', '赫尔曼'), n('König', '柯尼希'), n('Walter', '瓦尔特'), n('Huber', '胡贝尔'),
  n('Kaiser', '凯泽'), n('Fuchs', '福克斯'), n('Peters', '彼得斯'), n('Scholz', '肖尔茨'), n('Möller', '默勒'),
  n('Weiß', '魏斯'), n('Jung', '容格'), n('Hahn', '哈恩'), n('Vogel', '福格尔'), n('Friedrich', '弗里德里希'),
  n('Keller', '凯勒'), n('Günther', '京特'), n('Berger', '贝格尔'), n('Winkler', '温克勒'), n('Lorenz', '洛伦茨'),
  n('Baumann', '鲍曼'), n('Albrecht', '阿尔布雷希特'), n('Ziegler', '齐格勒'), n('Seidel', '赛德尔'), n('Engel', '恩格尔'),
];

/** Initials for names like "H. Becker Messtechnik GmbH". */
export const GERMAN_INITIALS: readonly string[] = ['A.', 'C.', 'E.', 'F.', 'G.', 'H.', 'J.', 'K.', 'L.', 'M.', 'O.', 'P.', 'R.', 'W.'];

/**
 * Two-character brand names of the kind Chinese SMEs register, with pinyin. Deliberately generic
 * words (prosperity, precision, innovation) rather than the names of well-known groups.
 */
export const CHINESE_BRANDS: readonly NamePart[] = [
  n('恒力', '恒力', 'Hengli'), n('华锐', '华锐', 'Huarui'), n('博远', '博远', 'Boyuan'), n('凯达', '凯达', 'Kaida'),
  n('瑞丰', '瑞丰', 'Ruifeng'), n('天成', '天成', 'Tiancheng'), n('鼎盛', '鼎盛', 'Dingsheng'), n('宏达', '宏达', 'Hongda'),
  n('永信', '永信', 'Yongxin'), n('金诚', '金诚', 'Jincheng'), n('星辰', '星辰', 'Xingchen'), n('嘉禾', '嘉禾', 'Jiahe'),
  n('联创', '联创', 'Lianchuang'), n('精诚', '精诚', 'Jingcheng'), n('华盛', '华盛', 'Huasheng'), n('东升', '东升', 'Dongsheng'),
  n('中瑞', '中瑞', 'Zhongrui'), n('新锐', '新锐', 'Xinrui'), n('远航', '远航', 'Yuanhang'), n('正和', '正和', 'Zhenghe'),
  n('德鑫', '德鑫', 'Dexin'), n('信达', '信达', 'Xinda'), n('安泰', '安泰', 'Antai'), n('宇辰', '宇辰', 'Yuchen'),
  n('昊天', '昊天', 'Haotian'), n('泰和', '泰和', 'Taihe'), n('盛华', '盛华', 'Shenghua'), n('鸿运', '鸿运', 'Hongyun'),
  n('华英', '华英', 'Huaying'), n('众诚', '众诚', 'Zhongcheng'), n('科瑞', '科瑞', 'Kerui'), n('思远', '思远', 'Siyuan'),
  n('日升', '日升', 'Risheng'), n('卓越', '卓越', 'Zhuoyue'), n('启明', '启明', 'Qiming'), n('辰光', '辰光', 'Chenguang'),
  n('润泽', '润泽', 'Runze'), n('海诺', '海诺', 'Hainuo'), n('瀚宇', '瀚宇', 'Hanyu'), n('立信', '立信', 'Lixin'),
  n('诺德', '诺德', 'Nuode'), n('同创', '同创', 'Tongchuang'), n('明达', '明达', 'Mingda'), n('博瑞', '博瑞', 'Borui'),
  n('天工', '天工', 'Tiangong'), n('华科', '华科', 'Huake'), n('金石', '金石', 'Jinshi'), n('长青', '长青', 'Changqing'),
  n('凌云', '凌云', 'Lingyun'), n('巨力', '巨力', 'Juli'), n('天润', '天润', 'Tianrun'), n('鑫源', '鑫源', 'Xinyuan'),
  n('弘毅', '弘毅', 'Hongyi'), n('晨阳', '晨阳', 'Chenyang'), n('德润', '德润', 'Derun'), n('奥特', '奥特', 'Aote'),
  n('佳讯', '佳讯', 'Jiaxun'), n('驰远', '驰远', 'Chiyuan'), n('腾飞', '腾飞', 'Tengfei'), n('智远', '智远', 'Zhiyuan'),
  n('和利', '和利', 'Heli'), n('盛达', '盛达', 'Shengda'), n('华创', '华创', 'Huachuang'), n('宏图', '宏图', 'Hongtu'),
  n('锐思', '锐思', 'Ruisi'), n('精工', '精工', 'Jinggong'),
];

/** Surnames for the other European countries, keyed by ISO 3166-1 alpha-2. */
export const EUROPEAN_SURNAMES: Readonly<Record<string, readonly NamePart[]>> = {
  AT: [n('Gruber', '格鲁伯'), n('Huber', '胡贝尔'), n('Wagner', '瓦格纳'), n('Pichler', '皮希勒'), n('Steiner', '施泰纳'), n('Moser', '莫泽')],
  IT: [n('Rossi', '罗西'), n('Bianchi', '比安基'), n('Colombo', '科隆博'), n('Ricci', '里奇'), n('Marino', '马里诺'), n('Galli', '加利')],
  FR: [n('Martin', '马丁'), n('Bernard', '贝尔纳'), n('Dubois', '杜布瓦'), n('Moreau', '莫罗'), n('Laurent', '洛朗'), n('Lefebvre', '勒费弗尔')],
  NL: [n('de Vries', '德弗里斯'), n('Jansen', '扬森'), n('Bakker', '巴克'), n('Visser', '菲瑟'), n('Smit', '斯密特'), n('Mulder', '穆尔德')],
  PL: [n('Nowak', '诺瓦克'), n('Kowalski', '科瓦尔斯基'), n('Wiśniewski', '维希涅夫斯基'), n('Wójcik', '武伊奇克'), n('Kamiński', '卡明斯基'), n('Lewandowski', '莱万多夫斯基')],
  CZ: [n('Novák', '诺瓦克'), n('Svoboda', '斯沃博达'), n('Dvořák', '德沃夏克'), n('Černý', '切尔尼'), n('Procházka', '普罗哈兹卡'), n('Kučera', '库切拉')],
  SE: [n('Andersson', '安德松'), n('Johansson', '约翰松'), n('Karlsson', '卡尔松'), n('Nilsson', '尼尔松'), n('Eriksson', '埃里克松'), n('Larsson', '拉松')],
};

const lf = (local: string, en: string, zh: string, weight: number): LegalForm => ({ local, en, zh, weight });

/** German legal forms (ISO 20275 list, GLEIF) with Chinese renderings in common use. */
export const GERMAN_LEGAL_FORMS: readonly LegalForm[] = [
  lf('GmbH', 'GmbH', '有限公司', 55),
  lf('GmbH & Co. KG', 'GmbH & Co. KG', '有限两合公司', 30),
  lf('AG', 'AG', '股份公司', 11),
  lf('SE', 'SE', '欧洲股份公司', 4),
];

/** Chinese legal forms; both are rendered "Co., Ltd." in English, as the companies themselves do. */
export const CHINESE_LEGAL_FORMS: readonly LegalForm[] = [
  lf('有限公司', 'Co., Ltd.', '有限公司', 75),
  lf('股份有限公司', 'Co., Ltd.', '股份有限公司', 25),
];

/** Legal forms of the other European countries. */
export const EUROPEAN_LEGAL_FORMS: Readonly<Record<string, readonly LegalForm[]>> = {
  AT: [lf('GmbH', 'GmbH', '有限公司', 80), lf('AG', 'AG', '股份公司', 20)],
  IT: [lf('S.r.l.', 'S.r.l.', '有限责任公司', 75), lf('S.p.A.', 'S.p.A.', '股份公司', 25)],
  FR: [lf('SAS', 'SAS', '简化股份公司', 70), lf('SA', 'SA', '股份公司', 30)],
  NL: [lf('B.V.', 'B.V.', '私人有限公司', 90), lf('N.V.', 'N.V.', '股份公司', 10)],
  PL: [lf('sp. z o.o.', 'sp. z o.o.', '有限责任公司', 85), lf('S.A.', 'S.A.', '股份公司', 15)],
  CZ: [lf('s.r.o.', 's.r.o.', '有限责任公司', 85), lf('a.s.', 'a.s.', '股份公司', 15)],
  SE: [lf('AB', 'AB', '股份公司', 100)],
};
