import type { Random } from '../random/prng.util';

const KM_PER_DEGREE_LATITUDE = 111.32;

/**
 * A point uniformly distributed within `maxKm` of (lat, lon), rounded to 5 decimals (~1 m).
 * Reference points are city centres; the offset keeps thousands of companies of one city apart on a map.
 */
export function jitter(random: Random, lat: number, lon: number, maxKm: number): [number, number] {
  // sqrt keeps the density uniform over the disc instead of crowding the centre.
  const distance = maxKm * Math.sqrt(random());
  const bearing = 2 * Math.PI * random();
  const dLat = (distance * Math.cos(bearing)) / KM_PER_DEGREE_LATITUDE;
  const dLon = (distance * Math.sin(bearing)) / (KM_PER_DEGREE_LATITUDE * Math.cos((lat * Math.PI) / 180));
  return [round5(lat + dLat), round5(lon + dLon)];
}

function round5(x: number): number {
  return Math.round(x * 1e5) / 1e5;
}
