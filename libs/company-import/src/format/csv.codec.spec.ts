import { Readable } from 'node:stream';
import type { CompanyFileRecord, LocatedRecord, RowProblem } from './company-file.record';
import { COMPANY_CSV_COLUMNS, HEADER_FIELD, csvHeader, readCsv, writeCsvRow } from './csv.codec';
import { NOT_UTF8_REASON, ROW_FIELD } from './jsonl.codec';

type Item = LocatedRecord | RowProblem;

async function collect(items: AsyncIterable<Item>): Promise<Item[]> {
  const out: Item[] = [];
  for await (const item of items) out.push(item);
  return out;
}

function bytes(text: string, chunkSize = Number.POSITIVE_INFINITY): Readable {
  const all = Buffer.from(text, 'utf8');
  const chunks: Buffer[] = [];
  for (let i = 0; i < all.length; i += Math.min(chunkSize, all.length)) chunks.push(all.subarray(i, i + chunkSize));
  return Readable.from(chunks);
}

function read(text: string, chunkSize?: number): Promise<Item[]> {
  return collect(readCsv(bytes(text, chunkSize)));
}

function csv(...records: CompanyFileRecord[]): string {
  return csvHeader() + records.map(writeCsvRow).join('');
}

/** Every column set, with the values that are hard for CSV. */
const tricky: CompanyFileRecord = {
  id: '6f1c2b9e-3a4d-4c5e-8f70-1a2b3c4d5e6f',
  registryId: '91320505MA1Q2EXA10',
  name: { zh: '苏州示例精密机械有限公司', de: 'Suzhou "Beispiel" Präzision, GmbH', en: ' leading and trailing ' },
  description: {
    zh: '第一行\n第二行，逗号；分号',
    de: 'Zeile 1\r\nZeile 2, mit "Zitat"\n\nZeile 4;',
    en: '"quoted at the start"',
  },
  country: 'CN',
  region: 'CN-JS',
  city: '苏州',
  location: { latitude: 31.299, longitude: -120.5853 },
  activityCodes: [
    { scheme: 'GBT4754', code: '3421', primary: true },
    { scheme: 'ISIC4', code: '2822', primary: false },
  ],
  employees: 310,
  annualTurnoverEur: 58000000.5,
  balanceSheetTotalEur: 0,
  revenueBand: '50m_250m',
  foundedYear: 2006,
  website: 'https://www.example.com/a,b?c=1;d=2',
  badges: [
    { type: 'srdi_sme', evidence: 'list', reference: '名单; "2024", Liste', awardedOn: '2024-09-30', expiresOn: '2027-09-29' },
    { type: 'single_champion', variant: 'champion_product', evidence: 'document', reference: 'https://example.com/x.pdf', awardedOn: '2024-01-01' },
  ],
  offers: ['五轴加工中心', 'OEM 代工', 'Retrofit, Service'],
  needs: ['Wartung; Ersatzteile', 'b'],
  opportunities: [
    {
      type: 'technology_offer',
      title: { zh: '焊缝传感器', de: 'Sensor; "neu"', en: 'Sensor,\nnew' },
      description: { de: 'a;b' },
      partnershipTypes: ['licensing', 'rd_cooperation'],
      technologyKeywords: ['laser'],
      targetCountries: ['DE'],
      stage: 'field_tested',
      ipStatus: 'patent_granted',
    },
  ],
  initiativeMember: true,
  status: 'published',
};

describe('writeCsvRow / csvHeader', () => {
  it('writes the header in COMPANY_CSV_COLUMNS order', () => {
    expect(csvHeader()).toBe(`${COMPANY_CSV_COLUMNS.join(',')}\n`);
    expect(COMPANY_CSV_COLUMNS).toHaveLength(26);
  });

  it('quotes only cells that need it and ends rows with \\n', () => {
    const row = writeCsvRow({ name: { de: 'Beispiel GmbH', en: 'A, B', zh: ' 空格' }, city: 'Ulm', description: { de: 'say "hi"' } });
    expect(row).toBe(',,"\u0020空格",Beispiel GmbH,"A, B",,"say ""hi""",,,,Ulm,,,,,,,,,,,,,,,\n');
  });

  it('uses the simple activity-code form only when it says everything', () => {
    const cell = (activityCodes: unknown): string => {
      const line = writeCsvRow({ activityCodes });
      return [...readCsvCells(line)][COMPANY_CSV_COLUMNS.indexOf('activity_codes')];
    };
    expect(cell([{ scheme: 'WZ2008', code: '28.41.0', primary: true }, { scheme: 'ISIC4', code: '2822' }])).toBe('WZ2008:28.41.0; ISIC4:2822');
    expect(cell([{ scheme: 'WZ2008', code: '28.41.0', primary: true, confidence: 1, source: 'self_declared' }])).toBe('WZ2008:28.41.0');
    // Not the first primary, a second primary, a confidence or source other than the defaults, extra keys: JSON.
    expect(cell([{ scheme: 'WZ2008', code: '28.41.0' }])).toBe('[{"scheme":"WZ2008","code":"28.41.0"}]');
    expect(cell([{ scheme: 'WZ2008', code: '1', primary: true }, { scheme: 'ISIC4', code: '2', primary: true }])).toMatch(/^\[/);
    expect(cell([{ scheme: 'WZ2008', code: '1', primary: true, confidence: 0.8 }])).toMatch(/^\[/);
    expect(cell([{ scheme: 'WZ2008', code: '1', primary: true, source: 'registry' }])).toMatch(/^\[/);
    expect(cell([{ scheme: 'WZ2008', code: '1', primary: true, note: 'x' }])).toMatch(/^\[/);
    expect(cell([{ scheme: 'WZ2008', code: 'a;b', primary: true }])).toMatch(/^\[/);
    expect(cell([])).toBe('[]');
  });

  it('writes numbers without exponents, so that they read back as numbers', async () => {
    const record: CompanyFileRecord = { location: { latitude: 1.5e-7, longitude: -2e-9 }, annualTurnoverEur: 1e21, employees: 3 };
    const [item] = await read(csv(record));
    expect(item).toEqual({ line: 2, record });
  });
});

/** The cells of one written row, via the reader's tokenizer (a header of 26 columns is prepended). */
function* readCsvCells(row: string): Generator<string> {
  // Reading the row back and mapping the record to cells again would hide the raw text; parse it here.
  let cell = '';
  let quoted = false;
  for (let i = 0; i < row.length; i++) {
    const c = row[i];
    if (quoted) {
      if (c === '"' && row[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ',' || c === '\n') {
      yield cell;
      cell = '';
    } else cell += c;
  }
}

describe('readCsv', () => {
  it('reads back what writeCsvRow wrote (Chinese, quotes, commas, newlines, semicolons in JSON cells)', async () => {
    const plain: CompanyFileRecord = { name: { de: 'Zweite GmbH' }, country: 'DE', city: 'Ulm' };
    const items = await read(csv(tricky, plain));
    expect(items).toEqual([
      { line: 2, record: tricky },
      // tricky's descriptions hold 4 newlines (the one in the opportunity title is escaped in its JSON cell).
      { line: 7, record: plain },
    ]);
  });

  it('gives the same result however the bytes are split into chunks', async () => {
    const text = `\uFEFF${csv(tricky, { city: 'Ulm' }, tricky).replace(/\n/g, '\r\n')}`;
    const whole = await read(text);
    expect(whole.filter((i) => 'record' in i)).toHaveLength(3);
    for (const size of [1, 2, 3, 7, 64, 4096]) {
      expect(await read(text, size)).toEqual(whole);
    }
  });

  it('numbers the record by the line where it starts when quoted cells hold newlines', async () => {
    const text = ['name_de,description_de,city', 'A,"one', 'two', 'three",Ulm', 'B,"x""', '""y",Hof', 'C,,Köln'].join('\n');
    expect(await read(text)).toEqual([
      { line: 2, record: { name: { de: 'A' }, description: { de: 'one\ntwo\nthree' }, city: 'Ulm' } },
      { line: 5, record: { name: { de: 'B' }, description: { de: 'x"\n"y' }, city: 'Hof' } },
      { line: 7, record: { name: { de: 'C' }, city: 'Köln' } },
    ]);
  });

  it('reads a semicolon-delimited German Excel file (BOM, CRLF, decimal comma, ja/nein)', async () => {
    const text =
      '\uFEFFname_de;city;region;latitude;longitude;employees;initiative_member;offers;description_de\r\n' +
      'Beispiel Präzisionstechnik GmbH;Nürtingen;DE-BW;48,6267;9,3353;420;ja;Dreh-Fräs-Zentren; Retrofit;"Komplettbearbeitung; Losgröße 1, Serie"\r\n' +
      'Musterfluss Sensorik AG;Regensburg;DE-BY;49,0134;12,1016;180;Nein;;\r\n';
    expect(await read(text)).toEqual([
      { line: 2, field: ROW_FIELD, reason: 'expected 9 cells as in the header, found 10' },
      {
        line: 3,
        record: {
          name: { de: 'Musterfluss Sensorik AG' },
          city: 'Regensburg',
          region: 'DE-BY',
          location: { latitude: 49.0134, longitude: 12.1016 },
          employees: 180,
          initiativeMember: false,
        },
      },
    ]);
    const fixed = text.replace('Dreh-Fräs-Zentren; Retrofit', '"Dreh-Fräs-Zentren; Retrofit"');
    expect((await read(fixed))[0]).toEqual({
      line: 2,
      record: {
        name: { de: 'Beispiel Präzisionstechnik GmbH' },
        city: 'Nürtingen',
        region: 'DE-BW',
        location: { latitude: 48.6267, longitude: 9.3353 },
        employees: 420,
        initiativeMember: true,
        offers: ['Dreh-Fräs-Zentren', 'Retrofit'],
        description: { de: 'Komplettbearbeitung; Losgröße 1, Serie' },
      },
    });
  });

  it('skips blank lines and rows of empty cells, and reads a last row without a line end', async () => {
    const text = '\n\ncity,country\r\n\r\nUlm,DE\n,\n , \n  \nHof,DE';
    expect(await read(text)).toEqual([
      { line: 5, record: { city: 'Ulm', country: 'DE' } },
      { line: 9, record: { city: 'Hof', country: 'DE' } },
    ]);
  });

  it('reports unknown and duplicate columns on the header line and ignores their cells', async () => {
    const text = 'name_de,Mitarbeiter,city,CITY,country\nA,12,Ulm,Hof,DE\n';
    expect(await read(text)).toEqual([
      { line: 1, field: 'Mitarbeiter', reason: expect.stringContaining('unknown column') },
      { line: 1, field: 'CITY', reason: 'duplicate column' },
      { line: 2, record: { name: { de: 'A' }, city: 'Ulm', country: 'DE' } },
    ]);
  });

  it('accepts column names in any case and any order', async () => {
    expect(await read(' City , NAME_DE\nUlm,A\n')).toEqual([{ line: 2, record: { city: 'Ulm', name: { de: 'A' } } }]);
  });

  it('reports a row with the wrong number of cells and goes on reading', async () => {
    const text = 'name_de,city\nA,Ulm\nB\nC,Hof,extra\nD,Köln\n';
    expect(await read(text)).toEqual([
      { line: 2, record: { name: { de: 'A' }, city: 'Ulm' } },
      { line: 3, field: ROW_FIELD, reason: 'expected 2 cells as in the header, found 1' },
      { line: 4, field: ROW_FIELD, reason: 'expected 2 cells as in the header, found 3' },
      { line: 5, record: { name: { de: 'D' }, city: 'Köln' } },
    ]);
  });

  it('reads activity codes in the simple form (first primary) and as JSON', async () => {
    const text =
      'activity_codes\n' +
      'WZ2008:28.41.0; ISIC4:2822;GBT4754:3421 ;\n' +
      '"[{""scheme"":""WZ2008"",""code"":""28.41.0"",""primary"":true,""confidence"":0.9,""source"":""self_declared""}]"\n' +
      'WZ2008:28.41.0; 2822\n' +
      '[{"scheme":\n' +
      'ISIC4:\n';
    expect(await read(text)).toEqual([
      {
        line: 2,
        record: {
          activityCodes: [
            { scheme: 'WZ2008', code: '28.41.0', primary: true },
            { scheme: 'ISIC4', code: '2822', primary: false },
            { scheme: 'GBT4754', code: '3421', primary: false },
          ],
        },
      },
      { line: 3, record: { activityCodes: [{ scheme: 'WZ2008', code: '28.41.0', primary: true, confidence: 0.9, source: 'self_declared' }] } },
      { line: 4, field: 'activity_codes', reason: '"2822" is not SCHEME:CODE (for example WZ2008:28.41.0 or GBT4754:3421)' },
      { line: 5, field: 'activity_codes', reason: expect.stringMatching(/^invalid JSON: /) },
      { line: 6, field: 'activity_codes', reason: expect.stringContaining('"ISIC4:" is not SCHEME:CODE') },
    ]);
  });

  it('reports badges and opportunities that are not JSON arrays, with every problem of the row', async () => {
    const text = 'name_de,badges,opportunities\nA,"[{""type"":""srdi_sme""}",{}\nB,[],"[{""type"":""business_offer""}]"\n';
    expect(await read(text)).toEqual([
      { line: 2, field: 'badges', reason: expect.stringMatching(/^invalid JSON: /) },
      { line: 2, field: 'opportunities', reason: 'expected a JSON array ([...])' },
      { line: 3, record: { name: { de: 'B' }, badges: [], opportunities: [{ type: 'business_offer' }] } },
    ]);
  });

  it('converts plain numbers and booleans and leaves anything else as text for validation', async () => {
    const text =
      'employees,founded_year,annual_turnover_eur,balance_sheet_total_eur,latitude,longitude,initiative_member\n' +
      '12, 1998 ,1500000.50,-3,"48,7758",9.18,YES\n' +
      '"1,5",ca. 1990,1.500,1.500.000,north,1e3,vielleicht\n' +
      '012,2001,1234.567,0,0,-0.5,0\n';
    expect(await read(text)).toEqual([
      {
        line: 2,
        record: {
          employees: 12,
          foundedYear: 1998,
          annualTurnoverEur: 1500000.5,
          balanceSheetTotalEur: -3,
          location: { latitude: 48.7758, longitude: 9.18 },
          initiativeMember: true,
        },
      },
      {
        line: 3,
        record: {
          employees: '1,5',
          foundedYear: 'ca. 1990',
          annualTurnoverEur: '1.500',
          balanceSheetTotalEur: '1.500.000',
          location: { latitude: 'north', longitude: '1e3' },
          initiativeMember: 'vielleicht',
        },
      },
      {
        line: 4,
        record: {
          employees: 12,
          foundedYear: 2001,
          annualTurnoverEur: 1234.567,
          balanceSheetTotalEur: 0,
          location: { latitude: 0, longitude: -0.5 },
          initiativeMember: false,
        },
      },
    ]);
  });

  it('does not take object keys for booleans', async () => {
    expect(await read('initiative_member\nconstructor\n')).toEqual([{ line: 2, record: { initiativeMember: 'constructor' } }]);
  });

  it('keeps text cells as written, trims code cells, and reads lists as trimmed items without empties or as JSON', async () => {
    const text = 'name_de,country,offers,needs\n" Beispiel GmbH ", DE ," a ;; b ; ","[""x; y"", ""z""]"\n';
    expect(await read(text)).toEqual([
      { line: 2, record: { name: { de: ' Beispiel GmbH ' }, country: 'DE', offers: ['a', 'b'], needs: ['x; y', 'z'] } },
    ]);
  });

  it('reports an unterminated quote at the line where its record starts and stops reading', async () => {
    const text = 'name_de,description_de\nA,ok\nB,"never closed\nC,more\n';
    expect(await read(text)).toEqual([
      { line: 2, record: { name: { de: 'A' }, description: { de: 'ok' } } },
      { line: 3, field: 'description_de', reason: expect.stringContaining('unterminated quoted cell') },
    ]);
  });

  it('reports text after a closing quote', async () => {
    expect(await read('name_de,city\n"A"B,Ulm\n')).toEqual([
      { line: 2, field: 'name_de', reason: 'text after the closing quote of a quoted cell' },
    ]);
  });

  it('reports cells with bytes that are not UTF-8 (a Windows-1252 file)', async () => {
    const latin1 = Buffer.concat([Buffer.from('name_de,city\nM'), Buffer.from([0xfc]), Buffer.from('ller GmbH,Ulm\nB,Hof\n')]);
    expect(await collect(readCsv(Readable.from([latin1])))).toEqual([
      { line: 2, field: 'name_de', reason: NOT_UTF8_REASON },
      { line: 3, record: { name: { de: 'B' }, city: 'Hof' } },
    ]);
  });

  it('reports a file without a header', async () => {
    expect(await read('')).toEqual([{ line: 1, field: HEADER_FIELD, reason: expect.stringContaining('no header line') }]);
    expect(await read('\r\n\r\n')).toEqual([{ line: 1, field: HEADER_FIELD, reason: expect.stringContaining('no header line') }]);
  });

  it('reports values under a header cell without a name', async () => {
    expect(await read('city,\nUlm,\nHof,x\n')).toEqual([
      { line: 2, record: { city: 'Ulm' } },
      { line: 3, field: 'column 2', reason: 'a value in a column without a name in the header' },
    ]);
  });

  it('streams a large input generated lazily (200,000 rows)', async () => {
    const rows = 200_000;
    function* generate(): Generator<Buffer> {
      yield Buffer.from(csvHeader());
      for (let i = 0; i < rows; i += 1000) {
        let chunk = '';
        for (let j = i; j < i + 1000; j++) {
          chunk += writeCsvRow({ registryId: `HRB ${j}`, name: { de: `Firma ${j} GmbH`, zh: `公司${j}` }, description: { de: 'a,\nb' }, employees: j });
        }
        yield Buffer.from(chunk);
      }
    }
    let records = 0;
    let lastLine = 0;
    for await (const item of readCsv(Readable.from(generate()))) {
      if ('record' in item) {
        records++;
        lastLine = item.line;
      }
    }
    expect(records).toBe(rows);
    // Header, then two physical lines per row.
    expect(lastLine).toBe(2 * rows);
  });
});
