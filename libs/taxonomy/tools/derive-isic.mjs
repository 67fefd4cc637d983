// Derives libs/taxonomy/data/isic4.json from the UNSD ISIC Rev.4 structure file
// (insongkim/concordance @ 201c812, data-raw/ISIC_Rev_4_english_structure.txt).
//
//   node libs/taxonomy/tools/derive-isic.mjs <path/to/ISIC_Rev_4_english_structure.txt>
//
// The source has no parent column: a section letter is followed by its divisions, so the
// hierarchy comes from file order. Sections and divisions are checked against the known
// counts so a truncated or reordered source fails loudly instead of producing bad data.
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const input = process.argv[2];
if (!input) {
  process.stderr.write('usage: node libs/taxonomy/tools/derive-isic.mjs <ISIC_Rev_4_english_structure.txt>\n');
  process.exit(2);
}
const output = join(dirname(fileURLToPath(import.meta.url)), '../data/isic4.json');

/** Parses one CSV line of quoted fields (the source never escapes quotes inside a field). */
function parseLine(line) {
  const fields = [];
  const re = /"([^"]*)"(?:,|$)/gy;
  let m;
  while ((m = re.exec(line)) !== null) {
    fields.push(m[1]);
    if (re.lastIndex >= line.length) break;
  }
  if (fields.length !== 2) throw new Error(`unexpected line: ${line}`);
  return fields;
}

const LEVEL_BY_LENGTH = { 2: 'division', 3: 'group', 4: 'class' };
const lines = readFileSync(input, 'utf8').split(/\r?\n/).filter((l) => l.trim() !== '');
const [header, ...rows] = lines;
if (header !== '"Code","Description"') throw new Error(`unexpected header: ${header}`);

const entries = [];
let section = null;
let division = null;
let group = null;
for (const row of rows) {
  const [code, rawTitle] = parseLine(row);
  const title = rawTitle.trim();
  if (/^[A-U]$/.test(code)) {
    section = code;
    division = group = null;
    entries.push({ code, level: 'section', section, division: null, title });
    continue;
  }
  if (!/^\d{2,4}$/.test(code)) throw new Error(`malformed code: ${code}`);
  if (!section) throw new Error(`code ${code} before any section`);
  const level = LEVEL_BY_LENGTH[code.length];
  if (level === 'division') {
    division = code;
    group = null;
  } else if (level === 'group') {
    if (code.slice(0, 2) !== division) throw new Error(`group ${code} outside division ${division}`);
    group = code;
  } else if (code.slice(0, 3) !== group) {
    throw new Error(`class ${code} outside group ${group}`);
  }
  entries.push({ code, level, section, division, title });
}

const count = (level) => entries.filter((e) => e.level === level).length;
const expected = { section: 21, division: 88 };
for (const [level, n] of Object.entries(expected)) {
  if (count(level) !== n) throw new Error(`expected ${n} ${level}s, found ${count(level)}`);
}
if (new Set(entries.map((e) => e.code)).size !== entries.length) throw new Error('duplicate codes');

// One entry per line keeps diffs of the committed file readable.
writeFileSync(output, `[\n${entries.map((e) => `  ${JSON.stringify(e)}`).join(',\n')}\n]\n`);
process.stdout.write(
  `wrote ${entries.length} codes (${count('section')} sections, ${count('division')} divisions, ` +
    `${count('group')} groups, ${count('class')} classes) to ${output}\n`,
);
