// Derives the compact reference geography of the demo dataset from the raw files in /work/shared/data
// (see SOURCES.md there) and writes libs/dataset/data/{cn-prefectures,de-places}.json.
// The raw files are large and stay outside the repository; the derived JSON is committed.
//
//   node libs/dataset/tools/derive-geography.mjs [path/to/shared/data]
//
// Output is sorted and rounded so that re-running on the same input gives byte-identical files.
import { readFileSync, writeFileSync } from 'node:fs';
import { join, dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const sourceDir = resolve(process.argv[2] ?? '/work/shared/data');
const outDir = join(here, '..', 'data');

/** Minimal RFC 4180 reader: the files quote fields that contain commas. */
function readCsv(path) {
  const text = readFileSync(path, 'utf8').replace(/^\uFEFF/, '');
  const rows = [];
  let row = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') {
      row.push(field);
      field = '';
    } else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && text[i + 1] === '\n') i++;
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
    } else field += ch;
  }
  if (field !== '' || row.length > 0) {
    row.push(field);
    rows.push(row);
  }
  const [header, ...body] = rows.filter((r) => r.length > 1 || r[0] !== '');
  return body.map((r) => Object.fromEntries(header.map((h, j) => [h, r[j] ?? ''])));
}

const round = (x, digits = 4) => Math.round(x * 10 ** digits) / 10 ** digits;
const mean = (xs) => xs.reduce((a, b) => a + b, 0) / xs.length;

// ---------------------------------------------------------------------------------------------
// China: prefecture-level divisions (GB/T 2260) joined with GeoNames postal rows by prefecture code.
// ---------------------------------------------------------------------------------------------

/** GB/T 2260 province code -> ISO 3166-2 (letter codes in force since 2017). */
const CN_ISO = {
  11: 'CN-BJ', 12: 'CN-TJ', 13: 'CN-HE', 14: 'CN-SX', 15: 'CN-NM', 21: 'CN-LN', 22: 'CN-JL', 23: 'CN-HL',
  31: 'CN-SH', 32: 'CN-JS', 33: 'CN-ZJ', 34: 'CN-AH', 35: 'CN-FJ', 36: 'CN-JX', 37: 'CN-SD', 41: 'CN-HA',
  42: 'CN-HB', 43: 'CN-HN', 44: 'CN-GD', 45: 'CN-GX', 46: 'CN-HI', 50: 'CN-CQ', 51: 'CN-SC', 52: 'CN-GZ',
  53: 'CN-YN', 54: 'CN-XZ', 61: 'CN-SN', 62: 'CN-GS', 63: 'CN-QH', 64: 'CN-NX', 65: 'CN-XJ',
};

/** The four municipalities appear in GeoNames under their English name, not a GB code. */
const MUNICIPALITY_STATE = { 11: 'Beijing', 12: 'Tianjin', 31: 'Shanghai', 50: 'Chongqing' };

// Manufacturing hubs get a higher draw weight so that generated companies cluster where industry is.
// Keyed by GB code because some Chinese names repeat (泰州市 in Jiangsu vs 台州市 in Zhejiang are
// distinct, but 苏州 exists in Jiangsu and as 宿州 in Anhui with the same pinyin).
const CN_HUB_WEIGHTS = {
  3205: 14, 4403: 12, 3101: 12, 4419: 10, 3302: 10, 3202: 10, 4406: 10, 3301: 10, 4401: 10, 3204: 8,
  3401: 8, 4201: 8, 3702: 8, 5101: 8, 1201: 8, 1101: 8, 3201: 8, 5001: 7, 2101: 6, 6101: 6, 4301: 6,
  4101: 6, 3304: 6, 3206: 6, 3701: 5, 3502: 5, 2102: 5, 3306: 5, 3310: 5, 3303: 5, 3402: 5, 3706: 5,
  2201: 5, 4413: 5, 3307: 4, 3210: 4, 3211: 4, 3203: 4, 3707: 4, 4302: 4, 4502: 4, 3501: 4, 3505: 4,
  4420: 4, 4404: 4, 3509: 4, 2301: 3, 4206: 3, 4203: 3, 4103: 3, 5115: 3, 6103: 3, 4452: 2,
};
/** 三沙市 governs islets in the South China Sea: kept for lookups, never drawn as a company seat. */
const CN_NOT_DRAWN = new Set(['4603']);
/** Sparsely industrialised western provinces: kept, but drawn rarely. */
const CN_REMOTE_PROVINCES = new Set(['15', '54', '62', '63', '64', '65']);

/** Prefectures that GeoNames lacks; coordinates of the city seat, hand-entered. */
const CN_MANUAL_COORDINATES = {
  2303: [45.2953, 130.9697], // 鸡西市 Jixi
  5328: [22.0094, 100.7973], // 西双版纳 (seat Jinghong)
  6504: [42.9513, 89.1895], // 吐鲁番市 Turpan
};
const CN_MANUAL_NAMES = { 2303: 'Jixi', 5328: 'Xishuangbanna', 6504: 'Turpan' };
// GeoNames' Chinese rows are coarse. Where a hub's row lies more than ~25 km from the city centre, the
// centre is hand-entered ("Chongqing Urban" even points to the middle of the municipality, ~200 km off).
const CN_COORDINATE_OVERRIDES = {
  5001: [29.563, 106.5516], // 重庆市
  3502: [24.4798, 118.0894], // 厦门市
  3706: [37.4638, 121.4479], // 烟台市
  3310: [28.6564, 121.4208], // 台州市
  3402: [31.3525, 118.4331], // 芜湖市
};

const PINYIN_EXCEPTIONS = { Yichangshi: 'Yichang' };

/** "Hefei Shi" -> "Hefei", "Yanbian Chaoxianzu Zizhizhou" -> "Yanbian", "Prefecture of Chenzhou" -> "Chenzhou". */
function pinyinName(province) {
  let name = province.replace(/’/g, "'").trim();
  name = name.replace(/^Prefecture of /, '');
  name = name.replace(/ Municipality$/, '');
  if (/Zizhizhou$|Autonomous (Prefecture|County)$/.test(name)) name = name.split(' ')[0];
  name = name.replace(/ (Shi|Diqu|Meng|Prefecture|County|Region|City)$/, '');
  return PINYIN_EXCEPTIONS[name] ?? name;
}

// Ethnic group names that autonomous prefectures carry between the place name and 自治州.
const ETHNIC_GROUPS = ['柯尔克孜', '哈萨克', '蒙古', '朝鲜', '土家', '布依', '景颇', '哈尼', '傈僳', '苗', '侗', '傣', '彝', '壮', '白', '藏', '羌', '回'];

/** The name a company would put in front of its own: 苏州市 -> 苏州, 延边朝鲜族自治州 -> 延边, 兴安盟 -> 兴安. */
function shortChineseName(name) {
  if (name.endsWith('自治州')) {
    let rest = name.slice(0, -3);
    for (let changed = true; changed; ) {
      changed = false;
      if (rest.endsWith('族')) rest = rest.slice(0, -1);
      for (const group of ETHNIC_GROUPS) {
        if (rest.endsWith(group) && rest.length > group.length + 1) {
          rest = rest.slice(0, -group.length);
          changed = true;
        }
      }
    }
    return rest;
  }
  return name.replace(/(市|地区|盟)$/, '');
}

function deriveChina() {
  const provinces = new Map(readCsv(join(sourceDir, 'china_admin_divisions_gbt2260/provinces.csv')).map((p) => [p.code, p.name]));
  const cities = readCsv(join(sourceDir, 'china_admin_divisions_gbt2260/cities.csv'));
  const postal = readCsv(join(sourceDir, 'geonames_postalcodes/zipcodes.cn.csv'));

  const byPrefecture = new Map();
  for (const row of postal) {
    const province = Object.entries(MUNICIPALITY_STATE).find(([, state]) => state === row.state)?.[0];
    const key = province ? `${province}01` : row.province_code;
    if (!/^\d{4}$/.test(key)) continue;
    if (!byPrefecture.has(key)) byPrefecture.set(key, []);
    byPrefecture.get(key).push(row);
  }

  const out = [];
  const missing = [];
  for (const city of cities) {
    const provinceCode = city.provinceCode;
    const municipality = provinceCode in MUNICIPALITY_STATE;
    // Placeholders: 市辖区 ("districts under the city") and 县 for municipalities, and
    // 省/自治区直辖县级行政区划 (county-level units directly under the province).
    if (municipality && city.code !== `${provinceCode}01`) continue;
    if (!municipality && /直辖县级行政区划$/.test(city.name)) continue;
    const zh = municipality ? provinces.get(provinceCode) : city.name;
    const rows = byPrefecture.get(city.code) ?? [];
    let en;
    let lat;
    let lon;
    if (rows.length > 0) {
      en = municipality ? MUNICIPALITY_STATE[provinceCode] : pinyinName(rows[0].province);
      const seat = rows.find((r) => r.place === en || r.place === `${en} Urban` || r.place.replace(/’/g, "'") === en);
      lat = seat ? Number(seat.latitude) : mean(rows.map((r) => Number(r.latitude)));
      lon = seat ? Number(seat.longitude) : mean(rows.map((r) => Number(r.longitude)));
    } else if (CN_MANUAL_COORDINATES[city.code]) {
      en = CN_MANUAL_NAMES[city.code];
      [lat, lon] = CN_MANUAL_COORDINATES[city.code];
    } else {
      missing.push(`${city.code} ${city.name}`);
      continue;
    }
    if (CN_COORDINATE_OVERRIDES[city.code]) [lat, lon] = CN_COORDINATE_OVERRIDES[city.code];
    const weight = CN_NOT_DRAWN.has(city.code) ? 0 : (CN_HUB_WEIGHTS[city.code] ?? (CN_REMOTE_PROVINCES.has(provinceCode) ? 0.3 : 1));
    out.push({ gb: city.code, zh, short: shortChineseName(zh), en, province: provinceCode, region: CN_ISO[provinceCode], lat: round(lat), lon: round(lon), weight });
  }
  for (const code of Object.keys(CN_HUB_WEIGHTS)) {
    if (!out.some((c) => c.gb === code)) throw new Error(`hub ${code} not found among prefectures`);
  }
  return { prefectures: out.sort((a, b) => a.gb.localeCompare(b.gb)), missing };
}

// ---------------------------------------------------------------------------------------------
// Germany: places from the GeoNames postcode file, ranked by how many postcodes they have.
// ---------------------------------------------------------------------------------------------

/** The state column mixes German and English names. */
const DE_ISO = {
  'Baden-Württemberg': 'DE-BW', Bayern: 'DE-BY', Bavaria: 'DE-BY', Berlin: 'DE-BE', 'Land Berlin': 'DE-BE',
  Brandenburg: 'DE-BB', Bremen: 'DE-HB', Hamburg: 'DE-HH', Hessen: 'DE-HE', Hesse: 'DE-HE',
  'Mecklenburg-Vorpommern': 'DE-MV', 'Mecklenburg-Western Pomerania': 'DE-MV', Niedersachsen: 'DE-NI',
  'Lower Saxony': 'DE-NI', 'Nordrhein-Westfalen': 'DE-NW', 'North Rhine-Westphalia': 'DE-NW',
  'Rheinland-Pfalz': 'DE-RP', 'Rhineland-Palatinate': 'DE-RP', Saarland: 'DE-SL', Sachsen: 'DE-SN',
  Saxony: 'DE-SN', 'Sachsen-Anhalt': 'DE-ST', 'Saxony-Anhalt': 'DE-ST', 'Schleswig-Holstein': 'DE-SH',
  Thüringen: 'DE-TH', Thuringia: 'DE-TH',
};

/** Chinese names in common use for the larger German cities. */
const DE_ZH = {
  Berlin: '柏林', Hamburg: '汉堡', München: '慕尼黑', Köln: '科隆', 'Frankfurt am Main': '法兰克福',
  Stuttgart: '斯图加特', Düsseldorf: '杜塞尔多夫', Dortmund: '多特蒙德', Essen: '埃森', Leipzig: '莱比锡',
  Bremen: '不来梅', Dresden: '德累斯顿', Hannover: '汉诺威', Nürnberg: '纽伦堡', Duisburg: '杜伊斯堡',
  Bochum: '波鸿', Wuppertal: '伍珀塔尔', Bielefeld: '比勒费尔德', Bonn: '波恩', Münster: '明斯特',
  Karlsruhe: '卡尔斯鲁厄', Mannheim: '曼海姆', Augsburg: '奥格斯堡', Wiesbaden: '威斯巴登',
  Mönchengladbach: '门兴格拉德巴赫', Gelsenkirchen: '盖尔森基兴', Braunschweig: '不伦瑞克', Aachen: '亚琛',
  Kiel: '基尔', Chemnitz: '开姆尼茨', Halle: '哈雷', Magdeburg: '马格德堡', 'Freiburg im Breisgau': '弗莱堡',
  Krefeld: '克雷费尔德', Mainz: '美因茨', Lübeck: '吕贝克', Erfurt: '爱尔福特', Oberhausen: '奥伯豪森',
  Rostock: '罗斯托克', Kassel: '卡塞尔', Hagen: '哈根', Potsdam: '波茨坦', Saarbrücken: '萨尔布吕肯',
  Hamm: '哈姆', Ludwigshafen: '路德维希港', 'Ludwigshafen am Rhein': '路德维希港', Oldenburg: '奥尔登堡',
  'Mülheim an der Ruhr': '鲁尔河畔米尔海姆', Osnabrück: '奥斯纳布吕克', Leverkusen: '勒沃库森',
  Heidelberg: '海德堡', Darmstadt: '达姆施塔特', Solingen: '索林根', Regensburg: '雷根斯堡', Herne: '黑尔讷',
  Paderborn: '帕德博恩', Neuss: '诺伊斯', Ingolstadt: '英戈尔施塔特', Offenbach: '奥芬巴赫', Fürth: '菲尔特',
  Würzburg: '维尔茨堡', Ulm: '乌尔姆', Heilbronn: '海尔布隆', Pforzheim: '普福尔茨海姆', Wolfsburg: '沃尔夫斯堡',
  Göttingen: '哥廷根', Bottrop: '博特罗普', Reutlingen: '罗伊特林根', Koblenz: '科布伦茨', Bremerhaven: '不来梅港',
  Erlangen: '埃尔朗根', Trier: '特里尔', Jena: '耶拿', Remscheid: '雷姆沙伊德', Siegen: '锡根',
  Salzgitter: '萨尔茨吉特', Hildesheim: '希尔德斯海姆', Cottbus: '科特布斯', Kaiserslautern: '凯泽斯劳滕',
  Gütersloh: '居特斯洛', Schwerin: '什未林', Zwickau: '茨维考', Gera: '格拉', Wetzlar: '韦茨拉尔',
  Hanau: '哈瑙', Ludwigsburg: '路德维希堡', 'Esslingen am Neckar': '埃斯林根', Sindelfingen: '辛德尔芬根',
  Aalen: '阿伦', Friedrichshafen: '腓特烈港', Tübingen: '图宾根', Konstanz: '康斯坦茨',
  'Villingen-Schwenningen': '菲林根-施文宁根', Bamberg: '班贝格', Bayreuth: '拜罗伊特', Schweinfurt: '施韦因富特',
  Landshut: '兰茨胡特', Passau: '帕绍', Rosenheim: '罗森海姆', 'Heidenheim an der Brenz': '海登海姆',
  Flensburg: '弗伦斯堡', Lüdenscheid: '吕登沙伊德', Iserlohn: '伊瑟隆', Marl: '马尔', Dormagen: '多尔马根',
};

/** Places where much of the German Mittelstand in machinery, automotive and optics sits. */
const DE_HUB_BOOST = {
  Stuttgart: 20, München: 10, Nürnberg: 6, Sindelfingen: 6, Aalen: 5, 'Heidenheim an der Brenz': 5,
  'Schwäbisch Gmünd': 4, Göppingen: 4, Reutlingen: 5, Tübingen: 3, 'Villingen-Schwenningen': 5, Ulm: 5,
  Friedrichshafen: 5, Ingolstadt: 4, Wolfsburg: 4, Bielefeld: 5, Gütersloh: 5, Siegen: 5, Lüdenscheid: 4,
  Iserlohn: 3, Remscheid: 4, Solingen: 3, Wetzlar: 5, Jena: 5, Chemnitz: 6, Zwickau: 4, Dresden: 5,
  Karlsruhe: 4, Mannheim: 4, Heilbronn: 4, Pforzheim: 3, Esslingen: 4, 'Esslingen am Neckar': 4,
  Ludwigsburg: 4, Waiblingen: 3, Augsburg: 5, Regensburg: 4, Erlangen: 4, Schweinfurt: 4, Paderborn: 3,
  Leverkusen: 3, Ludwigshafen: 3, 'Ludwigshafen am Rhein': 3, Darmstadt: 3, Hanau: 3, Braunschweig: 3,
  Salzgitter: 2, Aachen: 3, Dortmund: 2, Essen: 2, Duisburg: 2, Hannover: 3, Leipzig: 3, Magdeburg: 2,
};

const DE_TOP = 300;

function deriveGermany() {
  const rows = readCsv(join(sourceDir, 'geonames_postalcodes/zipcodes.de.csv'));
  // Rows whose state code is numeric are organisation postcodes (companies, authorities, banks);
  // the regex catches the few that slip through with a letter code.
  const organisation = /\b(GmbH|AG|KG|SE|OHG|mbH|e\.V\.|eG|Bank|Sparkasse|Versicherung|Finanzamt|Amtsgericht|Stadtverwaltung)\b/;
  const cityStates = { Berlin: 'DE-BE', Hamburg: 'DE-HH', Bremen: 'DE-HB' };
  const places = rows.filter(
    (r) =>
      /^[A-Z]{2}$/.test(r.state_code) &&
      r.state in DE_ISO &&
      !organisation.test(r.place) &&
      // A few city-state postcodes reach into the neighbouring state; they belong to the city.
      !(r.place in cityStates && cityStates[r.place] !== DE_ISO[r.state]),
  );

  const namesByState = new Map();
  for (const r of places) {
    if (!namesByState.has(r.state)) namesByState.set(r.state, new Set());
    namesByState.get(r.state).add(r.place);
  }
  // "Hamburg Eimsbüttel", "Stuttgart Stuttgart-Mitte", "Chemnitz, Sachsen" -> the town itself.
  const normalise = (place, state) => {
    const clean = place.replace(new RegExp(`,\\s*${state}$`), '');
    const words = clean.split(' ');
    for (let k = words.length - 1; k > 0; k--) {
      const prefix = words.slice(0, k).join(' ');
      if (namesByState.get(state).has(prefix)) return prefix;
    }
    return clean;
  };

  // Grouped by district too, so that homonymous villages of one state stay apart.
  const groups = new Map();
  for (const r of places) {
    const name = normalise(r.place, r.state);
    const key = `${name}\u0000${r.state}\u0000${r.community}`;
    if (!groups.has(key)) groups.set(key, { name, state: r.state, district: r.community, postcodes: new Set(), rows: [] });
    const g = groups.get(key);
    g.postcodes.add(r.zipcode);
    g.rows.push(r);
  }
  const ranked = [...groups.values()]
    .filter((g) => g.postcodes.size >= 2)
    .sort((a, b) => b.postcodes.size - a.postcodes.size || b.rows.length - a.rows.length || a.name.localeCompare(b.name, 'de'))
    .slice(0, DE_TOP);

  return ranked
    .map((g) => ({
      name: g.name,
      zh: DE_ZH[g.name] ?? null,
      region: DE_ISO[g.state],
      district: g.district,
      lat: round(mean(g.rows.map((r) => Number(r.latitude)))),
      lon: round(mean(g.rows.map((r) => Number(r.longitude)))),
      postcodes: g.postcodes.size,
      // Sub-linear in the postcode count so that the big cities do not swamp the Mittelstand towns.
      weight: round(g.postcodes.size ** 0.75 + (DE_HUB_BOOST[g.name] ?? 0), 2),
    }))
    .sort((a, b) => a.region.localeCompare(b.region) || a.name.localeCompare(b.name, 'de') || a.district.localeCompare(b.district, 'de'));
}

const china = deriveChina();
const germany = deriveGermany();
writeFileSync(join(outDir, 'cn-prefectures.json'), `${JSON.stringify(china.prefectures, null, 0).replace(/\},\{/g, '},\n{')}\n`);
writeFileSync(join(outDir, 'de-places.json'), `${JSON.stringify(germany, null, 0).replace(/\},\{/g, '},\n{')}\n`);
process.stdout.write(
  `cn-prefectures.json: ${china.prefectures.length} prefectures` +
    (china.missing.length ? ` (no coordinates, skipped: ${china.missing.join(', ')})` : '') +
    `\nde-places.json: ${germany.length} places, ${germany.filter((p) => p.zh).length} with a Chinese name\n`,
);
