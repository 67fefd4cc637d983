// Embedded engine: index build time, memory, and per-query latency (p50/p95/p99) for a mixed
// zh/de/en workload with filters, facets and geo, against a naive full scan in the same run.
//   npm run build && node dist/bench/search.bench.js [companies=20000] [queries=300]
import { CompanyEntity, CompanyRecord, deriveCompanyColumns, isoDay } from '@hc/companies';
import { generateCompanies } from '@hc/dataset';
import { CompanySearchDocument, EmbeddedSearchEngine, FilterNode, SearchRequest, toCompanySearchDocument } from '@hc/search';
import { Jieba } from '@node-rs/jieba';
import { dict } from '@node-rs/jieba/dict';
import { randomUUID } from 'node:crypto';
import { ms, percentiles } from './stats';

const count = Number(process.argv[2] ?? 20_000);
const queries = Number(process.argv[3] ?? 300);

function toEntity(record: CompanyRecord): CompanyEntity {
  const now = new Date();
  return { ...record, ...deriveCompanyColumns(record, isoDay(now)), id: randomUUID(), version: 1, createdAt: now, updatedAt: now, revision: null, rejectionReason: null, submittedAt: null, publishedAt: now, expiresAt: null };
}

const TEXTS = ['Werkzeugmaschinen', 'Antriebstechnik', '新能源汽车', '机床', 'sensors', 'hydraulic pumps', '动力电池', 'Messtechnik', 'software', '医疗器械'];
const STUTTGART = { lat: 48.7758, lng: 9.1829 };

function workload(i: number): SearchRequest {
  const text = TEXTS[i % TEXTS.length];
  const filter: FilterNode = {
    kind: 'and',
    nodes: [
      { kind: 'in', field: 'country', values: i % 2 ? ['DE', 'AT'] : ['CN', 'DE'] },
      { kind: 'range', field: 'employees', gte: 20, lte: 5000 },
      ...(i % 3 === 0 ? [{ kind: 'geoRadius', lat: STUTTGART.lat, lng: STUTTGART.lng, radiusKm: 400 } as FilterNode] : []),
    ],
  };
  return { text, filter, facets: ['country', 'sector_divisions', 'badges'], origin: STUTTGART, page: 1, hitsPerPage: 10 };
}

/** Baseline: what a plain scan over the same documents costs (substring match, filter, facets, sort). */
function naiveSearch(docs: CompanySearchDocument[], request: SearchRequest): number {
  const needle = (request.text ?? '').toLowerCase();
  const countries = new Set(['DE', 'AT', 'CN']);
  const facets = new Map<string, number>();
  const hits: { id: string; score: number }[] = [];
  for (const d of docs) {
    const text = `${d.name_zh} ${d.name_de} ${d.name_en} ${d.description_zh} ${d.description_de} ${d.description_en}`.toLowerCase();
    const at = text.indexOf(needle);
    if (at < 0 || !countries.has(d.country) || d.employees === null || d.employees < 20 || d.employees > 5000) continue;
    hits.push({ id: d.id, score: 1 / (1 + at) });
    facets.set(d.country, (facets.get(d.country) ?? 0) + 1);
  }
  hits.sort((a, b) => b.score - a.score);
  return hits.length;
}

async function time(run: (i: number) => Promise<unknown> | unknown): Promise<number[]> {
  for (let i = 0; i < 20; i++) await run(i);
  const samples: number[] = [];
  for (let i = 0; i < queries; i++) {
    const t = performance.now();
    await run(i);
    samples.push(performance.now() - t);
  }
  return samples;
}

async function main() {
  const docs: CompanySearchDocument[] = [];
  for (const record of generateCompanies({ seed: 20240528, count })) docs.push(toCompanySearchDocument(toEntity(record)));
  const engine = new EmbeddedSearchEngine(process.env.BENCH_NO_GLOSSARY ? { synonyms: [] } : {});
  const heapBefore = process.memoryUsage().rss;
  const built = performance.now();
  async function* batches() {
    for (let i = 0; i < docs.length; i += 5000) yield docs.slice(i, i + 5000);
  }
  await engine.replaceAll(batches());
  const buildMs = performance.now() - built;
  const rssMb = (process.memoryUsage().rss - heapBefore) / 1024 / 1024;

  const engineSamples = percentiles(await time((i) => engine.search(workload(i))));
  const naiveSamples = percentiles(await time((i) => naiveSearch(docs, workload(i))));

  console.log(`embedded engine, ${count} companies, ${queries} queries (text + 2-3 filters + 3 facets, geo on every third)`);
  console.log(`  index build: ${ms(buildMs)}   resident memory added: ~${rssMb.toFixed(0)} MB`);
  console.log(`  engine:   p50 ${ms(engineSamples.p50)}  p95 ${ms(engineSamples.p95)}  p99 ${ms(engineSamples.p99)}`);
  console.log(`  baseline: p50 ${ms(naiveSamples.p50)}  p95 ${ms(naiveSamples.p95)}  p99 ${ms(naiveSamples.p99)}  (naive scan, substring match)`);
  console.log(`  ratio engine/baseline p95: ${(engineSamples.p95 / naiveSamples.p95).toFixed(2)}`);

  // Chinese tokenizer throughput: jieba search mode over every Chinese name and description.
  const chinese = docs.map((d) => `${d.name_zh ?? ''}。${d.description_zh ?? ''}`).join('\n');
  const jieba = Jieba.withDict(dict);
  const t = performance.now();
  let tokens = 0;
  for (const line of chinese.split('\n')) tokens += jieba.cutForSearch(line, true).length;
  const seconds = (performance.now() - t) / 1000;
  console.log(`  Chinese tokenizer (jieba cutForSearch): ${(chinese.length / seconds / 1e6).toFixed(2)} M chars/s, ${(tokens / seconds / 1e6).toFixed(2)} M tokens/s`);
}

main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
