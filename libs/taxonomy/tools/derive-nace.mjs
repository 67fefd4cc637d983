// Derives data/nace2-isic4.json (NACE Rev.2 class -> ISIC Rev.4 classes) from the ENCORE crosswalk:
//   node libs/taxonomy/tools/derive-nace.mjs <path>/nace2_isic4_isic5_crosswalk.csv
// The source is Windows-1252 encoded and its NACE codes lost trailing zeros ("69.2" is 69.20).
// Licence: CC BY-SA 4.0 (ENCORE, UNEP-WCMC, UNEP FI, Global Canopy); the derived file stays CC BY-SA.
import { readFileSync, writeFileSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const source = process.argv[2];
if (!source) throw new Error('usage: node derive-nace.mjs <crosswalk.csv>');
const text = new TextDecoder('windows-1252').decode(readFileSync(source));
function parseCsv(s) {
  const rows = [];
  let row = [], field = '', quoted = false;
  for (let i = 0; i < s.length; i++) {
    const c = s[i];
    if (quoted) {
      if (c === '"' && s[i + 1] === '"') (field += '"'), i++;
      else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') row.push(field), (field = '');
    else if (c === '\n') row.push(field), rows.push(row), (row = []), (field = '');
    else if (c !== '\r') field += c;
  }
  if (field || row.length) row.push(field), rows.push(row);
  return rows;
}
const [header, ...rows] = parseCsv(text);
const nace = header.indexOf('NACE Rev 2. Code');
const isic = header.indexOf('ISIC Rev. 4 Unique Code');
const map = {};
for (const r of rows) {
  if (!r[nace] || !r[isic]) continue;
  const [div, cls = ''] = r[nace].split('.');
  const code = `${div.padStart(2, '0')}.${cls.padEnd(2, '0')}`;
  const isicClass = r[isic].split('_').pop();
  if (!/^\d{4}$/.test(isicClass)) continue;
  (map[code] ??= new Set()).add(isicClass);
}
const out = Object.fromEntries(Object.entries(map).sort().map(([k, v]) => [k, [...v].sort()]));
writeFileSync(join(dirname(fileURLToPath(import.meta.url)), '../data/nace2-isic4.json'), `${JSON.stringify(out, null, 0)}\n`);
process.stdout.write(`${Object.keys(out).length} NACE classes\n`);
