import type { EuropeanCity } from './geography.data';

/**
 * Hand-written: no open postcode file for these countries is in the repository, and the demo only
 * needs a few well-known industrial cities per country. Coordinates are city centres.
 */
export const EUROPEAN_CITIES: readonly EuropeanCity[] = Object.freeze([
  { country: 'AT', region: 'AT-9', name: 'Wien', de: 'Wien', en: 'Vienna', zh: '维也纳', lat: 48.2082, lon: 16.3738, weight: 4 },
  { country: 'AT', region: 'AT-4', name: 'Linz', de: 'Linz', en: 'Linz', zh: '林茨', lat: 48.3069, lon: 14.2858, weight: 3 },
  { country: 'AT', region: 'AT-6', name: 'Graz', de: 'Graz', en: 'Graz', zh: '格拉茨', lat: 47.0707, lon: 15.4395, weight: 3 },
  { country: 'AT', region: 'AT-4', name: 'Steyr', de: 'Steyr', en: 'Steyr', zh: '斯太尔', lat: 48.0427, lon: 14.4213, weight: 1 },
  { country: 'IT', region: 'IT-25', name: 'Milano', de: 'Mailand', en: 'Milan', zh: '米兰', lat: 45.4642, lon: 9.19, weight: 4 },
  { country: 'IT', region: 'IT-21', name: 'Torino', de: 'Turin', en: 'Turin', zh: '都灵', lat: 45.0703, lon: 7.6869, weight: 3 },
  { country: 'IT', region: 'IT-45', name: 'Bologna', de: 'Bologna', en: 'Bologna', zh: '博洛尼亚', lat: 44.4949, lon: 11.3426, weight: 3 },
  { country: 'IT', region: 'IT-25', name: 'Brescia', de: 'Brescia', en: 'Brescia', zh: '布雷西亚', lat: 45.5416, lon: 10.2118, weight: 2 },
  { country: 'IT', region: 'IT-34', name: 'Vicenza', de: 'Vicenza', en: 'Vicenza', zh: '维琴察', lat: 45.5455, lon: 11.5354, weight: 2 },
  { country: 'FR', region: 'FR-ARA', name: 'Lyon', de: 'Lyon', en: 'Lyon', zh: '里昂', lat: 45.764, lon: 4.8357, weight: 3 },
  { country: 'FR', region: 'FR-ARA', name: 'Grenoble', de: 'Grenoble', en: 'Grenoble', zh: '格勒诺布尔', lat: 45.1885, lon: 5.7245, weight: 2 },
  { country: 'FR', region: 'FR-GES', name: 'Strasbourg', de: 'Straßburg', en: 'Strasbourg', zh: '斯特拉斯堡', lat: 48.5734, lon: 7.7521, weight: 2 },
  { country: 'FR', region: 'FR-OCC', name: 'Toulouse', de: 'Toulouse', en: 'Toulouse', zh: '图卢兹', lat: 43.6047, lon: 1.4442, weight: 2 },
  { country: 'FR', region: 'FR-IDF', name: 'Paris', de: 'Paris', en: 'Paris', zh: '巴黎', lat: 48.8566, lon: 2.3522, weight: 3 },
  { country: 'NL', region: 'NL-NB', name: 'Eindhoven', de: 'Eindhoven', en: 'Eindhoven', zh: '埃因霍温', lat: 51.4416, lon: 5.4697, weight: 3 },
  { country: 'NL', region: 'NL-ZH', name: 'Rotterdam', de: 'Rotterdam', en: 'Rotterdam', zh: '鹿特丹', lat: 51.9244, lon: 4.4777, weight: 3 },
  { country: 'NL', region: 'NL-NH', name: 'Amsterdam', de: 'Amsterdam', en: 'Amsterdam', zh: '阿姆斯特丹', lat: 52.3676, lon: 4.9041, weight: 2 },
  { country: 'NL', region: 'NL-OV', name: 'Enschede', de: 'Enschede', en: 'Enschede', zh: '恩斯赫德', lat: 52.2215, lon: 6.8937, weight: 1 },
  { country: 'PL', region: 'PL-02', name: 'Wrocław', de: 'Breslau', en: 'Wrocław', zh: '弗罗茨瓦夫', lat: 51.1079, lon: 17.0385, weight: 3 },
  { country: 'PL', region: 'PL-30', name: 'Poznań', de: 'Posen', en: 'Poznań', zh: '波兹南', lat: 52.4064, lon: 16.9252, weight: 2 },
  { country: 'PL', region: 'PL-24', name: 'Katowice', de: 'Kattowitz', en: 'Katowice', zh: '卡托维兹', lat: 50.2649, lon: 19.0238, weight: 2 },
  { country: 'PL', region: 'PL-14', name: 'Warszawa', de: 'Warschau', en: 'Warsaw', zh: '华沙', lat: 52.2297, lon: 21.0122, weight: 3 },
  { country: 'CZ', region: 'CZ-10', name: 'Praha', de: 'Prag', en: 'Prague', zh: '布拉格', lat: 50.0755, lon: 14.4378, weight: 3 },
  { country: 'CZ', region: 'CZ-64', name: 'Brno', de: 'Brünn', en: 'Brno', zh: '布尔诺', lat: 49.1951, lon: 16.6068, weight: 2 },
  { country: 'CZ', region: 'CZ-32', name: 'Plzeň', de: 'Pilsen', en: 'Pilsen', zh: '比尔森', lat: 49.7384, lon: 13.3736, weight: 2 },
  { country: 'CZ', region: 'CZ-80', name: 'Ostrava', de: 'Ostrau', en: 'Ostrava', zh: '俄斯特拉发', lat: 49.8209, lon: 18.2625, weight: 1 },
  { country: 'SE', region: 'SE-O', name: 'Göteborg', de: 'Göteborg', en: 'Gothenburg', zh: '哥德堡', lat: 57.7089, lon: 11.9746, weight: 3 },
  { country: 'SE', region: 'SE-AB', name: 'Stockholm', de: 'Stockholm', en: 'Stockholm', zh: '斯德哥尔摩', lat: 59.3293, lon: 18.0686, weight: 3 },
  { country: 'SE', region: 'SE-M', name: 'Malmö', de: 'Malmö', en: 'Malmö', zh: '马尔默', lat: 55.605, lon: 13.0038, weight: 2 },
  { country: 'SE', region: 'SE-U', name: 'Västerås', de: 'Västerås', en: 'Västerås', zh: '韦斯特罗斯', lat: 59.6099, lon: 16.5448, weight: 1 },
].map((city) => Object.freeze(city)));
