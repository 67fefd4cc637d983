import { Readable } from 'node:stream';
import type { CompanyFileRecord, LocatedRecord, RowProblem } from './company-file.record';
import { MAX_RECORD_CHARS, NOT_UTF8_REASON, ROW_FIELD, readJsonl, writeJsonl } from './jsonl.codec';

async function collect(items: AsyncIterable<LocatedRecord | RowProblem>): Promise<(LocatedRecord | RowProblem)[]> {
  const out: (LocatedRecord | RowProblem)[] = [];
  for await (const item of items) out.push(item);
  return out;
}

function bytes(text: string, chunkSize = Number.POSITIVE_INFINITY): Readable {
  const all = Buffer.from(text, 'utf8');
  const chunks: Buffer[] = [];
  for (let i = 0; i < all.length; i += Math.min(chunkSize, all.length)) chunks.push(all.subarray(i, i + chunkSize));
  return Readable.from(chunks);
}

const tricky: CompanyFileRecord = {
  id: '6f1c2b9e-3a4d-4c5e-8f70-1a2b3c4d5e6f',
  registryId: '91320505MA1Q2EXA10',
  name: { zh: '苏州示例精密机械有限公司', de: 'Suzhou "Beispiel" Präzision, GmbH', en: 'Line\nbreak; semi' },
  description: { zh: '第一行\r\n第二行\u2028第三行', de: 'Tab\tund \\ Backslash', en: ' leading and trailing ' },
  country: 'CN',
  region: 'CN-JS',
  city: '苏州',
  location: { latitude: 31.299, longitude: 120.5853 },
  activityCodes: [{ scheme: 'GBT4754', code: '3421', primary: true, confidence: 0.8, source: 'self_declared' }],
  employees: 310,
  annualTurnoverEur: 58000000.5,
  foundedYear: 2006,
  badges: [{ type: 'srdi_sme', evidence: 'list', reference: '名单; "2024"', awardedOn: '2024-09-30' }],
  offers: ['五轴加工中心', 'a; b'],
  needs: [],
  opportunities: [{ type: 'business_offer', title: { zh: '代工' }, partnershipTypes: ['outsourcing'] }],
  initiativeMember: false,
  status: 'published',
};

describe('writeJsonl', () => {
  it('writes one line with the keys in record order whatever order they were set in, without undefined', () => {
    const shuffled: CompanyFileRecord = {
      status: 'draft',
      location: { longitude: 9.18, latitude: 48.78 },
      name: { en: 'Example', de: 'Beispiel', zh: undefined },
      country: 'DE',
      employees: undefined,
      activityCodes: [{ source: 'self_declared', primary: true, code: '28.41.0', scheme: 'WZ2008', zeta: 1, alpha: 2 }],
    };
    expect(writeJsonl(shuffled)).toBe(
      '{"name":{"de":"Beispiel","en":"Example"},"country":"DE","location":{"latitude":48.78,"longitude":9.18},' +
        '"activityCodes":[{"scheme":"WZ2008","code":"28.41.0","primary":true,"source":"self_declared","alpha":2,"zeta":1}],"status":"draft"}\n',
    );
  });

  it('keeps every line on one physical line, whatever the texts hold', () => {
    const line = writeJsonl(tricky);
    expect(line.endsWith('\n')).toBe(true);
    expect(line.slice(0, -1)).not.toMatch(/[\r\n]/);
  });
});

describe('readJsonl', () => {
  it('reads back what writeJsonl wrote (Chinese, quotes, newlines, separators)', async () => {
    const other: CompanyFileRecord = { name: { de: 'Zweite GmbH' }, country: 'DE', city: 'Ulm' };
    const items = await collect(readJsonl(bytes(writeJsonl(tricky) + writeJsonl(other))));
    expect(items).toEqual([
      { line: 1, record: tricky },
      { line: 2, record: other },
    ]);
  });

  it('gives the same result however the bytes are split into chunks (multi-byte characters across chunks)', async () => {
    const text = writeJsonl(tricky) + '\n' + writeJsonl({ name: { zh: '深圳演示智能传感有限公司' } });
    const whole = await collect(readJsonl(bytes(text)));
    for (const size of [1, 2, 3, 5, 64]) {
      expect(await collect(readJsonl(bytes(text, size)))).toEqual(whole);
    }
    expect(whole).toHaveLength(2);
  });

  it('accepts a BOM, CRLF line ends, blank lines and a last line without a line end, counting physical lines', async () => {
    const text = '\uFEFF{"city":"Ulm"}\r\n\r\n   \r\n{"city":"苏州"}\r\n\n{"city":"Hof"}';
    expect(await collect(readJsonl(bytes(text)))).toEqual([
      { line: 1, record: { city: 'Ulm' } },
      { line: 4, record: { city: '苏州' } },
      { line: 6, record: { city: 'Hof' } },
    ]);
  });

  it('accepts a string stream', async () => {
    expect(await collect(readJsonl(Readable.from(['{"city":', '"Ulm"}\n'])))).toEqual([{ line: 1, record: { city: 'Ulm' } }]);
  });

  it('reports a line that is not JSON or not an object, and goes on reading', async () => {
    const text = ['{"city":"Ulm"}', '{"city": "Hof",}', '[{"city":"Ulm"}]', '42', 'null', '"text"', '{"city":"Köln"}'].join('\n');
    const items = await collect(readJsonl(bytes(text)));
    expect(items).toEqual([
      { line: 1, record: { city: 'Ulm' } },
      { line: 2, field: ROW_FIELD, reason: expect.stringMatching(/^invalid JSON: /) },
      { line: 3, field: ROW_FIELD, reason: 'expected a JSON object, found an array' },
      { line: 4, field: ROW_FIELD, reason: 'expected a JSON object, found a number' },
      { line: 5, field: ROW_FIELD, reason: 'expected a JSON object, found null' },
      { line: 6, field: ROW_FIELD, reason: 'expected a JSON object, found a string' },
      { line: 7, record: { city: 'Köln' } },
    ]);
  });

  it('reports a line with bytes that are not UTF-8 (a Latin-1 file)', async () => {
    const latin1 = Buffer.concat([Buffer.from('{"city":"K'), Buffer.from([0xf6]), Buffer.from('ln"}\n{"city":"Ulm"}\n')]);
    expect(await collect(readJsonl(Readable.from([latin1])))).toEqual([
      { line: 1, field: ROW_FIELD, reason: NOT_UTF8_REASON },
      { line: 2, record: { city: 'Ulm' } },
    ]);
  });

  it('reports an over-long line without holding it, and goes on with the next line', async () => {
    const long = `{"description":{"de":"${'x'.repeat(MAX_RECORD_CHARS + 10)}"}}`;
    const items = await collect(readJsonl(bytes(`${long}\n{"city":"Ulm"}\n`, 64 * 1024)));
    expect(items).toEqual([
      { line: 1, field: ROW_FIELD, reason: expect.stringContaining('longer than') },
      { line: 2, record: { city: 'Ulm' } },
    ]);
  });

  it('streams a large input generated lazily (200,000 rows)', async () => {
    const rows = 200_000;
    function* generate(): Generator<Buffer> {
      for (let i = 0; i < rows; i += 1000) {
        let chunk = '';
        for (let j = i; j < i + 1000; j++) chunk += writeJsonl({ registryId: `HRB ${j}`, name: { de: `Firma ${j} GmbH`, zh: `公司${j}` }, employees: j });
        yield Buffer.from(chunk);
      }
    }
    let records = 0;
    let lastLine = 0;
    for await (const item of readJsonl(Readable.from(generate()))) {
      if ('record' in item) {
        records++;
        lastLine = item.line;
      }
    }
    expect(records).toBe(rows);
    expect(lastLine).toBe(rows);
  });
});
