import { distanceKm } from '@hc/core';
import { isKnownRegion } from '@hc/taxonomy';
import type { Origin } from '../generator/origin';
import { chinesePrefectures, europeanCities, germanPlaces } from '../geography/geography.data';
import { pick, Random } from '../random/prng.util';
import type { Trilingual } from '../vocabulary/vocabulary.model';

/** A city a planted park or company is in, with its names and reference point. */
export interface Place {
  country: string;
  /** ISO 3166-2 code the taxonomy knows (China and Germany), else null. */
  region: string | null;
  /** ISO 3166-2 code of its first-level subdivision, also where the taxonomy does not know it (AT-4, IT-25 …). */
  subdivision: string | null;
  city: string;
  cityName: Trilingual;
  /** Short city name in front of a Chinese company name (苏州), and its Latin form (Suzhou). */
  prefix: { zh: string; latin: string };
  latitude: number;
  longitude: number;
  /** The generator's draw weight: how many generated companies crowd the city. */
  weight: number;
}

export interface Point {
  latitude: number;
  longitude: number;
}

/** English exonyms of German cities. */
const ENGLISH_CITY_NAMES: Readonly<Record<string, string>> = {
  München: 'Munich',
  Köln: 'Cologne',
  Nürnberg: 'Nuremberg',
  'Frankfurt am Main': 'Frankfurt',
  Hannover: 'Hanover',
};

let places: Record<Origin, readonly Place[]> | undefined;

/** Every city of the generator's geography, per origin (read once). */
export function placesOf(origin: Origin): readonly Place[] {
  places ??= {
    CN: chinesePrefectures().map((p) => ({
      country: 'CN',
      region: p.region,
      subdivision: p.region,
      city: p.en,
      cityName: { zh: p.zh, de: p.en, en: p.en },
      prefix: { zh: p.short, latin: p.en },
      latitude: p.lat,
      longitude: p.lon,
      weight: p.weight,
    })),
    DE: germanPlaces().map((p) => {
      const zh = p.zh ?? p.name;
      return {
        country: 'DE',
        region: p.region,
        subdivision: p.region,
        city: p.name,
        cityName: { zh, de: p.name, en: ENGLISH_CITY_NAMES[p.name] ?? p.name },
        prefix: { zh, latin: p.name },
        latitude: p.lat,
        longitude: p.lon,
        weight: p.weight,
      };
    }),
    EU: europeanCities().map((c) => ({
      country: c.country,
      region: isKnownRegion(c.region) ? c.region : null,
      subdivision: c.region,
      city: c.name,
      cityName: { zh: c.zh, de: c.de, en: c.en },
      prefix: { zh: c.zh, latin: c.name },
      latitude: c.lat,
      longitude: c.lon,
      weight: c.weight,
    })),
  };
  return places[origin];
}

export function kmBetween(a: Point, b: Point): number {
  return distanceKm(a, b);
}

/**
 * A city of `origin` that satisfies `accept`, drawn in proportion to the generator's weights (so
 * foreign partners come from the usual industrial hubs). Deterministic for a given random.
 * Throws when no city qualifies: the constraints of the scenario are then impossible.
 */
export function drawPlace(random: Random, origin: Origin, accept: (place: Place) => boolean): Place {
  const candidates = placesOf(origin).filter(accept);
  if (candidates.length === 0) throw new Error(`no ${origin} city satisfies the planted scenario's constraints`);
  const total = candidates.reduce((sum, p) => sum + Math.max(p.weight, 0.5), 0);
  let target = random() * total;
  for (const place of candidates) {
    target -= Math.max(place.weight, 0.5);
    if (target < 0) return place;
  }
  return candidates[candidates.length - 1] as Place;
}

/** A city drawn uniformly among those that satisfy `accept` (parks: small towns as likely as any). */
export function drawPlaceUniform(random: Random, origin: Origin, accept: (place: Place) => boolean): Place | undefined {
  const candidates = placesOf(origin).filter(accept);
  return candidates.length > 0 ? pick(random, candidates) : undefined;
}

const KM_PER_DEGREE = 111.32;

/** A point `km` away from `origin` in direction `bearing` (radians), rounded to 5 decimals (~1 m). */
export function offsetPoint(origin: Point, km: number, bearing: number): Point {
  const dLat = (km * Math.cos(bearing)) / KM_PER_DEGREE;
  const dLon = (km * Math.sin(bearing)) / (KM_PER_DEGREE * Math.cos((origin.latitude * Math.PI) / 180));
  return { latitude: round5(origin.latitude + dLat), longitude: round5(origin.longitude + dLon) };
}

/** A point between `minKm` and `maxKm` from `origin`, uniformly over the ring. */
export function pointNear(random: Random, origin: Point, minKm: number, maxKm: number): Point {
  const km = Math.sqrt(minKm * minKm + random() * (maxKm * maxKm - minKm * minKm));
  return offsetPoint(origin, km, 2 * Math.PI * random());
}

function round5(x: number): number {
  return Math.round(x * 1e5) / 1e5;
}
