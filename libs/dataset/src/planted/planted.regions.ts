import { regions } from '@hc/taxonomy';
import { kmBetween, Place, placesOf, Point } from './planted.places';

/**
 * A region as a request names it: "在长三角地区", "im Rhein-Main-Gebiet", "in the Yangtze River Delta".
 * `en` and `deIn` follow the preposition the templates write ("in …"); `de` stands alone.
 */
export interface AreaName {
  zh: string;
  de: string;
  deIn: string;
  en: string;
}

/** A city cluster, a province or state, or (elsewhere in Europe) a city's surroundings. */
export interface Area {
  id: string;
  country: string;
  kind: 'cluster' | 'province' | 'city';
  name: AreaName;
  center: Point;
  contains(place: AreaPlace): boolean;
}

/** What deciding whether a place lies in an area needs. */
export interface AreaPlace {
  region: string | null;
  subdivision?: string | null;
  latitude: number;
  longitude: number;
}

interface ClusterDef {
  id: string;
  country: 'CN' | 'DE';
  regions: readonly string[];
  /** A radius around a centre, for clusters that cover part of their regions only. */
  around?: { latitude: number; longitude: number; km: number };
  name: AreaName;
}

const n = (zh: string, de: string, deIn: string, en: string): AreaName => ({ zh, de, deIn, en });

/**
 * The city clusters (城市群, Metropolregionen) requests name. The matcher is expected to recognise these
 * names (and the provinces and states) as naming the place; docs/matching-benchmark.md lists them.
 */
const CLUSTERS: readonly ClusterDef[] = [
  { id: 'jing-jin-ji', country: 'CN', regions: ['CN-BJ', 'CN-TJ', 'CN-HE'], name: n('京津冀地区', 'Region Jing-Jin-Ji (Peking, Tianjin, Hebei)', 'in der Region Jing-Jin-Ji (Peking, Tianjin, Hebei)', 'the Beijing-Tianjin-Hebei (Jing-Jin-Ji) region') },
  { id: 'yangtze-river-delta', country: 'CN', regions: ['CN-SH', 'CN-JS', 'CN-ZJ', 'CN-AH'], name: n('长三角地区', 'Jangtse-Delta', 'im Jangtse-Delta', 'the Yangtze River Delta') },
  { id: 'pearl-river-delta', country: 'CN', regions: ['CN-GD'], around: { latitude: 23.13, longitude: 113.26, km: 130 }, name: n('珠三角地区', 'Perlflussdelta', 'im Perlflussdelta', 'the Pearl River Delta') },
  { id: 'chengdu-chongqing', country: 'CN', regions: ['CN-SC', 'CN-CQ'], name: n('成渝地区', 'Wirtschaftsraum Chengdu-Chongqing', 'im Wirtschaftsraum Chengdu-Chongqing', 'the Chengdu-Chongqing economic circle') },
  { id: 'middle-yangtze', country: 'CN', regions: ['CN-HB', 'CN-HN', 'CN-JX'], name: n('长江中游城市群', 'Städteregion am Mittellauf des Jangtse', 'in der Städteregion am Mittellauf des Jangtse', 'the Middle Yangtze River city cluster') },
  { id: 'northeast-china', country: 'CN', regions: ['CN-LN', 'CN-JL', 'CN-HL'], name: n('东北地区', 'Nordostchina', 'in Nordostchina', 'Northeast China') },
  { id: 'rhein-main', country: 'DE', regions: ['DE-HE', 'DE-RP', 'DE-BY'], around: { latitude: 50.11, longitude: 8.68, km: 55 }, name: n('莱茵-美因地区', 'Rhein-Main-Gebiet', 'im Rhein-Main-Gebiet', 'the Rhine-Main region') },
  { id: 'rhein-neckar', country: 'DE', regions: ['DE-BW', 'DE-HE', 'DE-RP'], around: { latitude: 49.49, longitude: 8.47, km: 35 }, name: n('莱茵-内卡地区', 'Metropolregion Rhein-Neckar', 'in der Metropolregion Rhein-Neckar', 'the Rhine-Neckar region') },
  { id: 'rhein-ruhr', country: 'DE', regions: ['DE-NW'], around: { latitude: 51.35, longitude: 7.0, km: 55 }, name: n('莱茵-鲁尔区', 'Metropolregion Rhein-Ruhr', 'in der Metropolregion Rhein-Ruhr', 'the Rhine-Ruhr region') },
  { id: 'stuttgart', country: 'DE', regions: ['DE-BW'], around: { latitude: 48.78, longitude: 9.18, km: 45 }, name: n('斯图加特地区', 'Region Stuttgart', 'in der Region Stuttgart', 'the Stuttgart region') },
  { id: 'munich', country: 'DE', regions: ['DE-BY'], around: { latitude: 48.14, longitude: 11.58, km: 60 }, name: n('慕尼黑都市区', 'Metropolregion München', 'in der Metropolregion München', 'the Munich metropolitan region') },
  { id: 'nuremberg', country: 'DE', regions: ['DE-BY'], around: { latitude: 49.45, longitude: 11.08, km: 55 }, name: n('纽伦堡都市区', 'Metropolregion Nürnberg', 'in der Metropolregion Nürnberg', 'the Nuremberg metropolitan region') },
  { id: 'hamburg', country: 'DE', regions: ['DE-HH', 'DE-SH', 'DE-NI'], around: { latitude: 53.55, longitude: 10.0, km: 60 }, name: n('汉堡都市区', 'Metropolregion Hamburg', 'in der Metropolregion Hamburg', 'the Hamburg metropolitan region') },
  { id: 'berlin-brandenburg', country: 'DE', regions: ['DE-BE', 'DE-BB'], name: n('柏林-勃兰登堡地区', 'Hauptstadtregion Berlin-Brandenburg', 'in der Hauptstadtregion Berlin-Brandenburg', 'the Berlin-Brandenburg capital region') },
  { id: 'mitteldeutschland', country: 'DE', regions: ['DE-SN', 'DE-ST', 'DE-TH'], name: n('德国中部地区', 'Mitteldeutschland', 'in Mitteldeutschland', 'Central Germany') },
];

/** First-level subdivisions of the other European countries planted parks are in (the taxonomy's region list covers China and Germany only). */
const EUROPEAN_SUBDIVISIONS: Readonly<Record<string, AreaName>> = {
  'AT-4': n('上奥地利州', 'Oberösterreich', 'in Oberösterreich', 'Upper Austria'),
  'AT-6': n('施蒂利亚州', 'Steiermark', 'in der Steiermark', 'Styria'),
  'AT-9': n('维也纳', 'Wien', 'in Wien', 'Vienna'),
  'IT-21': n('皮埃蒙特大区', 'Piemont', 'im Piemont', 'Piedmont'),
  'IT-25': n('伦巴第大区', 'Lombardei', 'in der Lombardei', 'Lombardy'),
  'IT-34': n('威尼托大区', 'Venetien', 'in Venetien', 'Veneto'),
  'IT-45': n('艾米利亚-罗马涅大区', 'Emilia-Romagna', 'in der Emilia-Romagna', 'Emilia-Romagna'),
  'FR-ARA': n('奥弗涅-罗讷-阿尔卑斯大区', 'Auvergne-Rhône-Alpes', 'in der Region Auvergne-Rhône-Alpes', 'the Auvergne-Rhône-Alpes region'),
  'FR-GES': n('大东部大区', 'Grand Est', 'in der Region Grand Est', 'the Grand Est region'),
  'FR-OCC': n('奥克西塔尼大区', 'Okzitanien', 'in Okzitanien', 'Occitania'),
  'FR-IDF': n('法兰西岛大区', 'Île-de-France', 'in der Île-de-France', 'the Île-de-France region'),
};

/** The European countries (besides Germany) whose subdivisions requests can name. */
export const EUROPEAN_AREA_COUNTRIES: readonly string[] = [...new Set(Object.keys(EUROPEAN_SUBDIVISIONS).map((code) => code.slice(0, 2)))];

function centerOf(country: 'CN' | 'DE', accept: (p: Place) => boolean): Point {
  const inside = placesOf(country).filter(accept);
  const count = Math.max(1, inside.length);
  return { latitude: inside.reduce((s, p) => s + p.latitude, 0) / count, longitude: inside.reduce((s, p) => s + p.longitude, 0) / count };
}

function provinceName(code: string): AreaName {
  const region = regions().find((r) => r.code === code);
  const zh = region?.label.zh ?? code;
  const de = region?.label.de ?? code;
  const en = region?.label.en ?? code;
  if (code.startsWith('CN-')) {
    if (zh.endsWith('省')) return n(zh, `Provinz ${de}`, `in der Provinz ${de}`, `${en} Province`);
    return n(zh, de, `in ${de}`, en);
  }
  return n(zh, de, de === 'Saarland' ? 'im Saarland' : `in ${de}`, en);
}

let areas: readonly Area[] | undefined;

/** The clusters, provinces and states of China and Germany (built once). */
export function namedAreas(): readonly Area[] {
  if (areas) return areas;
  const list: Area[] = [];
  for (const def of CLUSTERS) {
    const contains = (p: { region: string | null; latitude: number; longitude: number }) =>
      p.region !== null && def.regions.includes(p.region) && (!def.around || kmBetween(p, def.around) <= def.around.km);
    list.push({ id: def.id, country: def.country, kind: 'cluster', name: def.name, center: def.around ?? centerOf(def.country, contains), contains });
  }
  for (const country of ['CN', 'DE'] as const) {
    for (const region of regions(country)) {
      const contains = (p: { region: string | null }) => p.region === region.code;
      list.push({ id: region.code, country, kind: 'province', name: provinceName(region.code), center: centerOf(country, contains), contains });
    }
  }
  areas = list;
  return areas;
}

/** A city's surroundings as an area ("Raum Linz", "the Linz area"): for parks outside China and Germany. */
export function cityArea(place: Place): Area {
  return {
    id: `city:${place.country}:${place.city}`,
    country: place.country,
    kind: 'city',
    name: n(`${place.cityName.zh}地区`, `Raum ${place.cityName.de}`, `im Raum ${place.cityName.de}`, `the ${place.cityName.en} area`),
    center: { latitude: place.latitude, longitude: place.longitude },
    contains: (p) => kmBetween(p, place) <= 40,
  };
}

/** A subdivision of another European country as an area, when requests can name it. */
function europeanSubdivision(place: Place): Area | null {
  const code = place.subdivision;
  const name = code ? EUROPEAN_SUBDIVISIONS[code] : undefined;
  if (!code || !name) return null;
  return { id: code, country: place.country, kind: 'province', name, center: { latitude: place.latitude, longitude: place.longitude }, contains: (p) => p.subdivision === code };
}

/** The areas a park or company at `place` (and `point`) lies in: its cluster first, then its province or state; elsewhere its subdivision and its city. */
export function areasAt(place: Place, point: Point): Area[] {
  if (place.country !== 'CN' && place.country !== 'DE') return [europeanSubdivision(place), cityArea(place)].filter((a): a is Area => a !== null);
  const at = { region: place.region, latitude: point.latitude, longitude: point.longitude };
  return namedAreas().filter((a) => a.country === place.country && a.contains(at));
}

/** Every name an area can have: the planted concepts must not occur in them. */
export const AREA_BACKGROUND: readonly string[] = [...CLUSTERS.map((c) => c.name), ...Object.values(EUROPEAN_SUBDIVISIONS)]
  .flatMap((name) => [name.zh, name.de, name.deIn, name.en])
  .concat(['地区', 'Raum', 'area', 'Provinz', 'Province']);
