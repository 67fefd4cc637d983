// Derives data/region-anchors.json: extra points inside each German state and Chinese provincial
// division, used by subdivisionOf() (nearest point wins) for places that carry no region code.
//
//   node libs/taxonomy/tools/derive-region-anchors.mjs
//
// The points are the demo dataset's reference geography (libs/dataset/data/cn-prefectures.json and
// de-places.json, derived from GeoNames postal codes, CC BY 4.0 "Postal code data © GeoNames.org"),
// rounded to 0.01° (about 1 km). Only files are read; taxonomy code never imports libs/dataset.
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const dataset = join(here, '../../dataset/data');
const output = join(here, '../data/region-anchors.json');

const rows = ['cn-prefectures.json', 'de-places.json'].flatMap((file) => JSON.parse(readFileSync(join(dataset, file), 'utf8')));
const byRegion = new Map();
for (const row of rows) {
  if (!/^(CN|DE)-[A-Z]{2}$/.test(row.region) || !Number.isFinite(row.lat) || !Number.isFinite(row.lon)) {
    throw new Error(`unexpected row ${JSON.stringify(row)}`);
  }
  const point = [Math.round(row.lat * 100) / 100, Math.round(row.lon * 100) / 100];
  const points = byRegion.get(row.region) ?? new Map();
  points.set(point.join(','), point);
  byRegion.set(row.region, points);
}

const codes = [...byRegion.keys()].sort();
const lines = codes.map((code) => {
  const points = [...byRegion.get(code).values()].sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  return `    ${JSON.stringify(code)}: ${JSON.stringify(points)}`;
});
const source =
  'Derived by libs/taxonomy/tools/derive-region-anchors.mjs from libs/dataset/data/cn-prefectures.json and de-places.json ' +
  '(GeoNames postal codes, CC BY 4.0: Postal code data © GeoNames.org); see REGIONS.md.';
writeFileSync(output, `{\n  "source": ${JSON.stringify(source)},\n  "anchors": {\n${lines.join(',\n')}\n  }\n}\n`);
process.stdout.write(`${codes.length} regions, ${codes.reduce((n, c) => n + byRegion.get(c).size, 0)} points -> ${output}\n`);
