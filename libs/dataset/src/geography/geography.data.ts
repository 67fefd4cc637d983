import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { EUROPEAN_CITIES } from './european-cities.data';

/** A Chinese prefecture-level division (GB/T 2260), from data/cn-prefectures.json. */
export interface ChinesePrefecture {
  /** Four-digit GB/T 2260 code; for the municipalities the code of their urban districts (1101, 3101, ...). */
  gb: string;
  /** Official name, e.g. 苏州市. */
  zh: string;
  /** The name as used in front of a company name, e.g. 苏州. */
  short: string;
  /** Pinyin / English name, e.g. Suzhou. */
  en: string;
  /** Two-digit GB/T 2260 province code. */
  province: string;
  /** ISO 3166-2, e.g. CN-JS. */
  region: string;
  lat: number;
  lon: number;
  /** Relative draw weight; manufacturing hubs weigh more. */
  weight: number;
}

/** A German place from the GeoNames postcode file, from data/de-places.json. */
export interface GermanPlace {
  name: string;
  /** Chinese name for the larger cities; null elsewhere. */
  zh: string | null;
  /** ISO 3166-2, e.g. DE-BW. */
  region: string;
  /** Landkreis or kreisfreie Stadt. */
  district: string;
  lat: number;
  lon: number;
  postcodes: number;
  weight: number;
}

/** A hand-picked industrial city elsewhere in Europe. */
export interface EuropeanCity {
  /** ISO 3166-1 alpha-2. */
  country: string;
  /** ISO 3166-2 subdivision. */
  region: string;
  /** Local name, used as the company's city. */
  name: string;
  de: string;
  en: string;
  zh: string;
  lat: number;
  lon: number;
  weight: number;
}

function readDataFile<T>(file: string): T {
  return JSON.parse(readFileSync(join(__dirname, '../../data', file), 'utf8')) as T;
}

let prefectures: readonly ChinesePrefecture[] | undefined;
let places: readonly GermanPlace[] | undefined;

/** All 337 Chinese prefecture-level divisions with coordinates (read once, then cached). */
export function chinesePrefectures(): readonly ChinesePrefecture[] {
  return (prefectures ??= Object.freeze(readDataFile<ChinesePrefecture[]>('cn-prefectures.json').map((p) => Object.freeze(p))));
}

/** The 300 German places with the most postcodes (read once, then cached). */
export function germanPlaces(): readonly GermanPlace[] {
  return (places ??= Object.freeze(readDataFile<GermanPlace[]>('de-places.json').map((p) => Object.freeze(p))));
}

/** Industrial cities in other European countries (AT, IT, FR, NL, PL, CZ, SE). */
export function europeanCities(): readonly EuropeanCity[] {
  return EUROPEAN_CITIES;
}
