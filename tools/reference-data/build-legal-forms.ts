// Builds libs/companies/data/legal-forms.json, the legal-form designations that company-name
// normalisation strips from the end of names (libs/companies/src/identity/name-key.ts), from the
// GLEIF ISO 20275 Entity Legal Form (ELF) list. See libs/companies/data/LEGAL_FORMS_SOURCE.md.
//   node tools/build.mjs && node dist/tools/reference-data/build-legal-forms.js [path/to/iso20275_elf_YYYY-MM-DD.csv]
// Without an argument it reads the project's shared copy (DEFAULT_CSV). It only writes the JSON file.
//
// What goes in, per ISO 3166-1 country code: the local names, transliterated names and abbreviations
// (';'-separated in the CSV) of every ACTIVE legal form, deduplicated by their folded spelling, minus
// strings that can never be a name suffix or that would merge different organisations (see keep()).
// A small hand-written list of designations GLEIF lacks (English company suffixes, 有限公司, ...) goes into
// the separate "supplementary" section: it is NOT GLEIF data.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';

const DEFAULT_CSV = '/work/shared/data/gleif_elf_iso20275/iso20275_elf_2026-02-19.csv';
const OUTPUT = 'libs/companies/data/legal-forms.json';
const GLEIF_SOURCE =
  'ISO 20275 Entity Legal Form list © GLEIF, published free of charge (https://www.gleif.org/en/about-lei/code-lists/iso-20275-entity-legal-forms-code-list)';

/** Longer strings are category descriptions ("Autre personne morale de droit privé ...") or prose, never a name suffix. */
const MAX_WORDS = 6;

/**
 * Words that name a kind of organisation rather than a legal-form designation. GLEIF lists many of them as a
 * form's name or even abbreviation (CH "Stiftung", "Gemeinde", "Bund"; AT "Sparkasse"; CN 基金会 is handled by
 * CJK_DESIGNATION below), but in a company name they are part of what distinguishes it: stripping "Stiftung"
 * would merge "Bertelsmann Stiftung" with "Bertelsmann SE & Co. KGaA" and "Robert Bosch Stiftung GmbH" with
 * "Robert Bosch GmbH" (same cities). A GLEIF string containing one of these words is left out. Written as
 * they appear; compared folded (lower case, umlauts as ae/oe/ue, other accents removed).
 */
const ORGANISATION_WORDS = [
  // Foundations, trusts and funds.
  'Stiftung', 'Privatstiftung', 'Stiftelse', 'Stichting', 'Säätiö', 'Eläkesäätiö', 'Pensionsstiftelse', 'Fondation', 'Fondazione',
  'Foundation', 'Foundations', 'Fundación', 'Fundação', 'Fundacja', 'Fundacija', 'Fondatsia', 'Nadace', 'Nadácia', 'Zaklada',
  'Sihtasutus', 'Yayasan', 'Vakif', 'Trust', 'Trustee', 'Fideicomiso', 'Fiducie', 'fiduciaire', 'Treuhänderschaft',
  'Kollektivtreuhänderschaft', 'Fund', 'Fonds', 'Fond', 'Fondo', 'Fundo', 'Fondy', 'Fondlar', 'Fonlar', 'Sklad', 'Verdipapirfond',
  'Pensjonskasse', 'Фондация', 'Фонды', 'Հիմնադրամ', 'Himnadram',
  // Associations, clubs, unions, parties, churches.
  'Verein', 'Vereniging', 'Association', 'Associazione', 'Asociación', 'Associação', 'Asociacijos', 'Bendrijos', 'Forening',
  'Udruga', 'Spolek', 'Zrzeszenie', 'Dernek', 'Birlik', 'Erakond', 'Ametiühing', 'Loomeliit', 'Mittetulundusühing', 'Pertubuhan',
  'Sindicato', 'Sindicatul', 'Federatja', 'Society', 'Union', 'Syndicates', 'Congregation', 'Congrégation', 'Congregación',
  'Kerkgenootschap', 'Parish', 'Paroisse', 'religious', 'religieuse',
  // Cooperatives and mutuals ("eG", "e.G.", "Gen." stay: they are designations).
  'Genossenschaft', 'Cooperative', 'Coopérative', 'Cooperativa', 'Cooperativas', 'Coöperatie', 'Cooperatie', 'Coop', 'Coöp', 'op',
  'operative', 'opérative', 'Kooperatif', 'Kooperatsia', 'Koperasi', 'Kooperativlər', 'Družstvo', 'Spółdzielnia', 'Zadruga',
  'Zadruge', 'Osuuskunta', 'Andelslag', 'Samvirkeforetak', 'Synetairismos', 'Sinetairismos', 'Mutua', 'Mutuelle', 'Consorzio',
  'Consorcio', 'Kinopraxia', 'Задруга', 'Кооперация', 'Συνεταιρισμός', 'Κοινοπραξία', 'populaire',
  // Savings banks.
  'Sparkasse', 'Sparbank', 'Sparebank', 'Säästöpankki', 'Sporiteľna', 'Andelsbank', 'Medlemsbank', 'Osuuspankki',
  // Public bodies and administrative units.
  'Gemeinde', 'Gemeinderschaft', 'Kanton', 'Bezirk', 'Bund', 'Canton', 'Cantone', 'Commune', 'Comune', 'District', 'Distretto',
  'Confédération', 'Confederazione', 'Kommun', 'Kommune', 'Fylkeskommune', 'Primærkommune', 'Samkommun', 'Kunta', 'Kuntayhtymä',
  'Region', 'Région', 'Département', 'Métropole', 'Municipal', 'Municipality', 'Municipalidad', 'Municipio', 'Estado', 'Obec',
  'Kraj', 'Önkormányzat', 'Ministére', 'Lokalsamfund', 'Paikallisyhteisö', 'Administration', 'Institution', 'Organisation',
  'Organization', 'Org', 'Ente', 'Uchrezhdeniya', 'Uchrezhdeniye', 'Ustanova', 'Ústav', 'Uczelnia', 'Установа', 'Учреждение',
  'Учреждения', 'Նախարարություն', 'Handelskammare', 'Kauppakamari', 'chihokokyoudantai', 'kuninokikan',
  // Estates, branches, powers of attorney and other things that are not an organisation's form.
  'Dödsbo', 'Konkursbo', 'Kuolinpesä', 'Konkurssipesä', 'Undivided', 'Indivisions', 'Indivisioni', 'Prokura', 'Procura',
  'Procuration', 'Podružnica', 'Reprezentanta', 'Comunidad', 'Condominio', 'Condominium', 'Condominiums', 'Ejido', 'Railroad',
  'Series', 'Pool', 'Loan', 'prêt', 'Franchise', 'Cemetery', 'Fair', 'Provider', 'Designation', 'Politic', 'Firms',
  'Ecclesiastical', 'Government', 'Authority', 'Agency', 'Hospital',
  // Lines of business: "Foo Insurance Company" or "First National Bank" must not shrink to "Foo" or "First".
  'Bank', 'Savings', 'Insurance', 'Assurance', 'Investment', 'Development', 'Financial', 'Mutual', 'Farm', 'Ranch', 'Trusts',
];

/**
 * Whole strings left out although none of their words is in ORGANISATION_WORDS: ordinary words or brand
 * endings ("Next Gen", "Amazon EU", "Standard Chartered", "Brands Unlimited", "John Lewis Partnership",
 * "Foo EV GmbH": punctuation does not count, so "e.V." would also strip the EV of electric-vehicle makers;
 * it is the Verein's designation, and Verein is left out too). "Limited Partnership", "LP" and the like stay.
 */
const EXCLUDED_STRINGS = [
  'Partnership', 'Partnerships', 'Business', 'Firma', 'Unlimited', 'Chartered', 'Gen', 'Gen.', 'EU', 'E.U', 'E.U.', 'e.V.', 'Public corporation',
  'Indigenous corporation', 'electric membership corporation', 'District Improvement Company', '合夥',
];

/**
 * East Asian scripts have no word boundaries, so name-key matches these designations as plain string
 * suffixes. Only company and partnership designations are safe there: GLEIF's CN list is mostly categories
 * of organisations (企业 "enterprise", 基金会 "foundation", 事业单位, 机关, 社会团体, ...) that end real
 * names and distinguish them. Single-character abbreviations (JP 株, 有) are left out too.
 */
const CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u;
const CJK_DESIGNATION = /(公司|会社|會社|회사|合伙企业|合夥)$/u;

/** Hand-written designations GLEIF lacks. NOT GLEIF data; written to the "supplementary" section. */
const SUPPLEMENTARY_NOTE =
  'Hand-written by the project, NOT from GLEIF: designations that GLEIF lacks but company names use, in particular ' +
  'the English renderings of Chinese legal forms and the Chinese company forms themselves (GLEIF\'s CN list only has ' +
  'categories of organisations). "Group", "Holding(s)", 集团 and 控股 are not legal forms and are deliberately absent.';
const SUPPLEMENTARY_ALWAYS = [
  'Co., Ltd.', 'Co. Ltd', 'Co., Limited', 'Company Limited', 'Company Ltd', 'Limited', 'Ltd', 'Ltd.', 'Company', 'Inc', 'Inc.',
  'Incorporated', 'Corporation', 'Corp', 'Corp.', 'LLC', 'L.L.C.', 'PLC', 'Limited Liability Company', 'Joint Stock Company',
  'Joint Stock Co., Ltd.', 'Joint-Stock Co., Ltd.', 'Joint Stock Company Limited', 'Stock Co., Ltd.', 'Shares Co., Ltd.',
];
const SUPPLEMENTARY_BY_COUNTRY: Record<string, string[]> = {
  CN: ['有限公司', '有限责任公司', '股份有限公司', '股份公司', '公司', '有限合伙', '普通合伙', '特殊普通合伙', '有限責任公司'],
  DE: [
    'Gesellschaft mbH', 'Gesellschaft m.b.H.', 'mbH', 'Partnerschaft mbB', 'Partnerschaft mit beschränkter Berufshaftung',
    'eingetragene Partnerschaft mit beschränkter Berufshaftung', 'mbB',
  ],
};

interface LegalFormsFile {
  source: string;
  generatedFrom: string;
  generatedBy: string;
  note: string;
  countries: Record<string, string[]>;
  supplementary: { note: string; always: string[]; countries: Record<string, string[]> };
}

/** RFC 4180: comma-separated, fields optionally quoted, "" inside quotes is a quote, line breaks inside quotes kept. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  let i = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  for (; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(field);
      field = '';
    } else if (c === '\n' || c === '\r') {
      if (c === '\r' && text[i + 1] === '\n') i++;
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
    } else field += c;
  }
  if (field !== '' || row.length > 0) {
    row.push(field);
    rows.push(row);
  }
  return rows;
}

/**
 * The words of a designation as name-key compares them: NFKC, lower case, ä/ö/ü/ß as ae/oe/ue/ss, accents of
 * Latin letters removed, '&' as "und", split at everything that is not a letter or digit. Only used here to
 * deduplicate and filter; name-key folds the strings again with its own rules when it loads them.
 */
function words(text: string): string[] {
  const folded = text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/ä/g, 'ae')
    .replace(/ö/g, 'oe')
    .replace(/ü/g, 'ue')
    .replace(/ß/g, 'ss')
    .normalize('NFD')
    .replace(/(?<=\p{Script=Latin})\p{M}+/gu, '')
    .normalize('NFC')
    .replace(/&/g, ' und ');
  return folded.match(/[\p{L}\p{M}\p{N}]+/gu) ?? [];
}

const organisationWords = new Set(ORGANISATION_WORDS.flatMap(words));
const excludedStrings = new Set(EXCLUDED_STRINGS.map((s) => words(s).join('')));

/** Whether a GLEIF string is used as a designation to strip. */
function keep(text: string): boolean {
  const w = words(text);
  const joined = w.join('');
  if (w.length === 0 || w.length > MAX_WORDS || joined.length < 2) return false;
  if (CJK.test(text)) return w.length === 1 && CJK_DESIGNATION.test(joined) && !excludedStrings.has(joined);
  return !excludedStrings.has(joined) && !w.some((word) => organisationWords.has(word));
}

/** The strings of one country, deduplicated by folded spelling (the first spelling wins), in folded order. */
function dedupe(strings: Iterable<string>): string[] {
  const byKey = new Map<string, string>();
  for (const s of strings) {
    const key = words(s).join(' ');
    if (!byKey.has(key)) byKey.set(key, s);
  }
  return [...byKey.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([, s]) => s);
}

function clean(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

function buildLegalForms(csvText: string, csvName: string): { file: LegalFormsFile; skipped: number } {
  const [header, ...rows] = parseCsv(csvText);
  const column = (name: string): number => {
    const index = header.findIndex((h) => h.startsWith(name));
    if (index < 0) throw new Error(`column "${name}" not found; the CSV header is ${JSON.stringify(header)}`);
    return index;
  };
  const country = column('Country Code (ISO 3166-1)');
  const localName = column('Entity Legal Form name Local name');
  const transliteratedName = column('Entity Legal Form name Transliterated name');
  const localAbbreviations = column('Abbreviations Local language');
  const transliteratedAbbreviations = column('Abbreviations transliterated');
  const status = column('ELF Status ACTV/INAC');

  const candidates = new Map<string, string[]>();
  let skipped = 0;
  for (const row of rows) {
    if (row.length < header.length || row[status] !== 'ACTV' || !row[country]) continue;
    const local = clean(row[localName]);
    // The transliteration of a name that is left out (企业 -> "qi ye") is left out with it.
    const transliterated = clean(row[transliteratedName]);
    const names = [local];
    if (!local || keep(local)) names.push(transliterated);
    else if (transliterated) skipped++;
    const abbreviations = [...row[localAbbreviations].split(';'), ...row[transliteratedAbbreviations].split(';')].map(clean);
    const list = candidates.get(row[country]) ?? [];
    for (const s of [...names, ...abbreviations].filter(Boolean)) {
      if (keep(s)) list.push(s);
      else skipped++;
    }
    candidates.set(row[country], list);
  }
  const countries: Record<string, string[]> = {};
  for (const code of [...candidates.keys()].sort()) {
    const list = dedupe(candidates.get(code) ?? []);
    if (list.length) countries[code] = list;
  }
  return {
    file: {
      source: GLEIF_SOURCE,
      generatedFrom: csvName,
      generatedBy: 'tools/reference-data/build-legal-forms.ts',
      note:
        'countries: per ISO 3166-1 code, the local names, transliterated names and abbreviations of the ACTIVE ISO 20275 legal forms, ' +
        'deduplicated, without category names longer than six words, without strings naming a kind of organisation (Stiftung, Verein, ' +
        'Trust, Gemeinde, 基金会, ...) and without East Asian strings other than company and partnership designations. See LEGAL_FORMS_SOURCE.md.',
      countries,
      supplementary: {
        note: SUPPLEMENTARY_NOTE,
        always: dedupe(SUPPLEMENTARY_ALWAYS),
        countries: Object.fromEntries(Object.entries(SUPPLEMENTARY_BY_COUNTRY).map(([code, list]) => [code, dedupe(list)])),
      },
    },
    skipped,
  };
}

/** JSON with one line per country: small, and a regenerated file diffs by country. */
function formatJson(file: LegalFormsFile): string {
  const lines = (record: Record<string, string[]>, indent: string): string =>
    Object.entries(record)
      .map(([code, list]) => `${indent}${JSON.stringify(code)}: ${JSON.stringify(list)}`)
      .join(',\n');
  return [
    '{',
    `  "source": ${JSON.stringify(file.source)},`,
    `  "generatedFrom": ${JSON.stringify(file.generatedFrom)},`,
    `  "generatedBy": ${JSON.stringify(file.generatedBy)},`,
    `  "note": ${JSON.stringify(file.note)},`,
    '  "countries": {',
    lines(file.countries, '    '),
    '  },',
    '  "supplementary": {',
    `    "note": ${JSON.stringify(file.supplementary.note)},`,
    `    "always": ${JSON.stringify(file.supplementary.always)},`,
    '    "countries": {',
    lines(file.supplementary.countries, '      '),
    '    }',
    '  }',
    '}',
    '',
  ].join('\n');
}

/** The repository root: the first directory upwards that holds nx.json (works from tools/ and from dist/tools/). */
function workspaceRoot(): string {
  for (const start of [__dirname, process.cwd()]) {
    for (let dir = resolve(start); ; dir = dirname(dir)) {
      if (existsSync(join(dir, 'nx.json'))) return dir;
      if (dirname(dir) === dir) break;
    }
  }
  throw new Error('cannot find the repository root (a directory with nx.json); run the script from inside the repository');
}

function main(): void {
  const csvPath = resolve(process.argv[2] ?? DEFAULT_CSV);
  const { file, skipped } = buildLegalForms(readFileSync(csvPath, 'utf8'), basename(csvPath));
  const target = join(workspaceRoot(), OUTPUT);
  const json = formatJson(file);
  writeFileSync(target, json);
  const kept = Object.values(file.countries).reduce((n, list) => n + list.length, 0);
  process.stdout.write(
    `wrote ${target}: ${kept} designations for ${Object.keys(file.countries).length} countries from ${basename(csvPath)} ` +
      `(${skipped} strings left out), ${(json.length / 1024).toFixed(0)} KiB\n`,
  );
}

main();
