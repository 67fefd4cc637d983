// Converts the OffeneRegister sample (100 real German register entries) into the platform's JSONL import
// format: libs/dataset/data/offeneregister-de.jsonl. See libs/dataset/data/OFFENEREGISTER_SOURCE.md.
//   node tools/build.mjs && node dist/tools/reference-data/offeneregister-to-import.js [shared-data-dir] [output.jsonl]
// Defaults: the project's shared reference data (DEFAULT_DATA_DIR) and OUTPUT below the repository root.
//
// Each currently registered entry becomes a DRAFT company: the register has name, register number, seat
// and address, but no sector, staff or revenue, so a company representative completes the profile before
// it is published. Seats are geocoded through the GeoNames postcode file. Only node: modules are imported,
// so the script runs without the application code.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';

const DEFAULT_DATA_DIR = '/work/shared/data';
const REGISTER_FILE = 'offeneregister_de/companies_de_100.jsonl';
const POSTCODE_FILE = 'geonames_postalcodes/zipcodes.de.csv';
const OUTPUT = 'libs/dataset/data/offeneregister-de.jsonl';

/** The register's status of a company that still exists; every other status is skipped. */
const CURRENTLY_REGISTERED = 'currently registered';

/** Federal states as OffeneRegister and GeoNames write them (German or English) -> ISO 3166-2. */
const FEDERAL_STATES: Readonly<Record<string, string>> = {
  'Baden-Württemberg': 'DE-BW',
  Bayern: 'DE-BY',
  Bavaria: 'DE-BY',
  Berlin: 'DE-BE',
  'Land Berlin': 'DE-BE',
  Brandenburg: 'DE-BB',
  Bremen: 'DE-HB',
  Hamburg: 'DE-HH',
  Hessen: 'DE-HE',
  Hesse: 'DE-HE',
  'Mecklenburg-Vorpommern': 'DE-MV',
  'Mecklenburg-Western Pomerania': 'DE-MV',
  Niedersachsen: 'DE-NI',
  'Lower Saxony': 'DE-NI',
  'Nordrhein-Westfalen': 'DE-NW',
  'North Rhine-Westphalia': 'DE-NW',
  'Rheinland-Pfalz': 'DE-RP',
  'Rhineland-Palatinate': 'DE-RP',
  Saarland: 'DE-SL',
  Sachsen: 'DE-SN',
  Saxony: 'DE-SN',
  'Sachsen-Anhalt': 'DE-ST',
  'Saxony-Anhalt': 'DE-ST',
  'Schleswig-Holstein': 'DE-SH',
  Thüringen: 'DE-TH',
  Thuringia: 'DE-TH',
};

/** One line of the OffeneRegister file (only the fields used here). */
interface RegisterEntry {
  name?: string;
  current_status?: string;
  registered_address?: string | null;
  all_attributes?: { native_company_number?: string; federal_state?: string; registered_office?: string };
}

/** One company in the import format (CompanyFileRecord of @hc/company-import). */
interface ImportRecord {
  registryId: string;
  name: { de: string };
  country: 'DE';
  region: string;
  city: string;
  location: { latitude: number; longitude: number };
  status: 'draft';
  activityCodes: [];
}

interface PostcodeRow {
  postcode: string;
  place: string;
  region: string | undefined;
  latitude: number;
  longitude: number;
}

/** The repository root: the first directory upwards that holds nx.json (also from dist/), else the working directory. */
function repositoryRoot(): string {
  for (let dir = __dirname; dir !== dirname(dir); dir = dirname(dir)) {
    if (existsSync(join(dir, 'nx.json'))) return dir;
  }
  return process.cwd();
}

/** RFC 4180 CSV: quoted fields may hold commas, doubled quotes and line breaks. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i] as string;
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
  return rows;
}

function readPostcodes(file: string): PostcodeRow[] {
  const [header, ...rows] = parseCsv(readFileSync(file, 'utf8'));
  if (!header) throw new Error(`${file} is empty`);
  const column = (name: string): number => {
    const index = header.indexOf(name);
    if (index < 0) throw new Error(`${file} has no column '${name}'`);
    return index;
  };
  const [zip, place, state, lat, lon] = ['zipcode', 'place', 'state', 'latitude', 'longitude'].map(column) as [number, number, number, number, number];
  return rows
    .filter((r) => r.length === header.length)
    .map((r) => ({
      postcode: r[zip] as string,
      place: (r[place] as string).trim(),
      region: FEDERAL_STATES[(r[state] as string).trim()],
      latitude: Number(r[lat]),
      longitude: Number(r[lon]),
    }))
    .filter((r) => Number.isFinite(r.latitude) && Number.isFinite(r.longitude));
}

/** "Waidmannstraße 1, 22769 Hamburg." -> { postcode: '22769', city: 'Hamburg' }; the postcode line is the last one that has one. */
function postcodeLine(address: string | null | undefined): { postcode: string; city: string } | undefined {
  if (!address) return undefined;
  const segments = address.split(',').map((s) => s.trim()).reverse();
  for (const segment of segments) {
    const m = /^(\d{5})\s+(.+?)[.\s]*$/.exec(segment);
    if (m) return { postcode: m[1] as string, city: m[2] as string };
  }
  return undefined;
}

function mean(rows: readonly PostcodeRow[]): { latitude: number; longitude: number } {
  const round = (x: number) => Math.round(x * 1e5) / 1e5;
  return {
    latitude: round(rows.reduce((sum, r) => sum + r.latitude, 0) / rows.length),
    longitude: round(rows.reduce((sum, r) => sum + r.longitude, 0) / rows.length),
  };
}

function main(): void {
  const root = repositoryRoot();
  const dataDir = resolve(process.argv[2] ?? DEFAULT_DATA_DIR);
  const output = resolve(root, process.argv[3] ?? OUTPUT);

  const postcodes = readPostcodes(join(dataDir, POSTCODE_FILE));
  const byPostcode = new Map<string, PostcodeRow[]>();
  const byPlace = new Map<string, PostcodeRow[]>();
  const add = (map: Map<string, PostcodeRow[]>, key: string, row: PostcodeRow) => {
    const list = map.get(key);
    if (list) list.push(row);
    else map.set(key, [row]);
  };
  for (const row of postcodes) {
    add(byPostcode, row.postcode, row);
    add(byPlace, `${row.region}|${row.place.toLowerCase()}`, row);
  }

  const lines = readFileSync(join(dataDir, REGISTER_FILE), 'utf8').split('\n').filter((l) => l.trim() !== '');
  const records: ImportRecord[] = [];
  const skipped = new Map<string, string[]>();
  const skip = (reason: string, what: string) => skipped.set(reason, [...(skipped.get(reason) ?? []), what]);
  let byPostcodeCount = 0;
  let byPlaceCount = 0;

  for (const [i, line] of lines.entries()) {
    const entry = JSON.parse(line) as RegisterEntry;
    const attributes = entry.all_attributes ?? {};
    const label = `line ${i + 1} (${attributes.native_company_number ?? entry.name ?? '?'})`;
    if (entry.current_status !== CURRENTLY_REGISTERED) {
      skip(`status is '${entry.current_status ?? 'missing'}', not '${CURRENTLY_REGISTERED}'`, label);
      continue;
    }
    const name = entry.name?.trim();
    const registryId = attributes.native_company_number?.trim();
    if (!name || !registryId) {
      skip('no name or register number', label);
      continue;
    }
    const region = attributes.federal_state ? FEDERAL_STATES[attributes.federal_state.trim()] : undefined;
    if (!region) {
      skip(`unknown federal state '${attributes.federal_state ?? ''}'`, label);
      continue;
    }
    const postal = postcodeLine(entry.registered_address);
    const city = postal?.city ?? attributes.registered_office?.trim();
    if (!city) {
      skip('neither a postcode line nor a registered office', label);
      continue;
    }
    // The postcode's rows first (all places sharing it, averaged), else the place name within the state.
    const postcodeRows = postal ? byPostcode.get(postal.postcode) : undefined;
    const placeRows = byPlace.get(`${region}|${city.toLowerCase()}`);
    const rows = postcodeRows ?? placeRows;
    if (!rows?.length) {
      skip(`cannot geocode postcode ${postal?.postcode ?? '-'} / place '${city}'`, label);
      continue;
    }
    if (postcodeRows) byPostcodeCount++;
    else byPlaceCount++;
    records.push({ registryId, name: { de: name }, country: 'DE', region, city, location: mean(rows), status: 'draft', activityCodes: [] });
  }

  writeFileSync(output, records.map((r) => JSON.stringify(r)).join('\n') + '\n');
  const skippedCount = [...skipped.values()].reduce((sum, list) => sum + list.length, 0);
  console.log(`read ${lines.length} register entries from ${join(dataDir, REGISTER_FILE)}`);
  console.log(`converted ${records.length} (geocoded by postcode: ${byPostcodeCount}, by place name: ${byPlaceCount}) -> ${output}`);
  console.log(`skipped ${skippedCount}`);
  for (const [reason, what] of skipped) console.log(`  ${what.length} x ${reason}: ${what.join(', ')}`);
}

main();
