// Matching quality against planted answers: 40 planted parks with 10 right companies each (and
// decoys that share their sectors), 100 planted reciprocal company pairs, mixed into N generated
// companies in a throw-away embedded PostgreSQL. Prints precision@10 / recall@10 for parks and the
// share of pairs found in both sides' top 10, for the matcher and for a baseline of sector overlap
// alone (same run, same data), and the latency of the matcher calls: in this process, right after its
// import, and in a serving process of its own as the api runs (matching-serve.ts).
//   npm run build && node dist/bench/matching-quality.bench.js [companies=100000] [seed=20240528]
//   MATCHING_BENCH_DUMP=/tmp/top10.json … also writes every top 10 with the planted role of each suggestion.
import { execFile } from 'node:child_process';
import { chmodSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { DynamicModule, INestApplicationContext, Module } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { TypeOrmModule } from '@nestjs/typeorm';
import { CompanyImporter, CompanyImportModule, ImportItem, toCompanyFileRecord } from '@hc/company-import';
import { AppConfig, AppLogger, CoreModule, createLogger, loadConfig, NestPinoLogger } from '@hc/core';
// The planted scenarios are exported from the dataset's planted folder (see its index.ts).
import { generateCompanies, hashInts, PairArchetype, plantedScenarios, PlantedScenarios } from '@hc/dataset';
import type { Actor } from '@hc/identity';
import * as matching from '@hc/matching';
import { MatchingModule } from '@hc/matching';
import { ParksModule, ParksService } from '@hc/parks';
import { createDataSourceOptions, startEmbeddedPostgres } from '@hc/persistence';
import { ENTITIES } from '@hc/platform';
import { DataSource } from 'typeorm';
import { ms, percentiles } from './stats';

// ---------------------------------------------------------------------------------------------
// Matcher adapter: the only code that touches libs/matching's services. It looks them up by name
// at run time, so the bench compiles while the matcher is being built; a missing one is reported.
// Contract: suggest(id, first, actor) -> [{ company: { id }, score }], best first.
// ---------------------------------------------------------------------------------------------
interface Suggestion {
  company: { id: string };
  score: number;
  /** Present on the matcher's suggestions: what made the score (written to the dump). */
  reasons?: { code: string; contribution: number }[];
}
type Suggest = (id: string, first: number) => Promise<Suggestion[]>;
interface SuggestionService {
  suggest(id: string, first: number, actor: Actor | null): Promise<Suggestion[]>;
}

function matchers(app: INestApplicationContext): { park: Suggest | string; partner: Suggest | string } {
  const exported = matching as unknown as Record<string, unknown>;
  const resolve = (name: string): Suggest | string => {
    const type = exported[name];
    if (typeof type !== 'function') return `${name} is not exported by @hc/matching yet`;
    try {
      const service = app.get<SuggestionService>(type as new (...args: never[]) => SuggestionService, { strict: false });
      if (typeof service.suggest !== 'function') return `${name} has no suggest(id, first, actor)`;
      return (id, first) => service.suggest(id, first, null);
    } catch (error) {
      return `${name} is not provided by MatchingModule (${(error as Error).message})`;
    }
  };
  return { park: resolve('ParkSuggestionsService'), partner: resolve('PartnerSuggestionsService') };
}
// ---------------------------------------------------------------------------------------------

const count = Number(process.argv[2] ?? 100_000);
const SEED = Number(process.argv[3] ?? 20240528);
const PLANTED = { parks: 40, pairs: 100 } as const;
const K = 10;

@Module({})
class MatchingBenchModule {
  static forRoot(config: AppConfig, logger: AppLogger, databaseUrl: string): DynamicModule {
    return {
      module: MatchingBenchModule,
      imports: [
        CoreModule.forRoot(config, logger),
        TypeOrmModule.forRoot({ ...createDataSourceOptions(databaseUrl, ENTITIES), migrationsRun: true, retryAttempts: 0 }),
        MatchingModule,
        ParksModule,
        CompanyImportModule,
      ],
    };
  }
}

/** Deterministic uuids (v4 layout), so ties in the baseline's ORDER BY id break the same way every run. */
function uuidOf(kind: number, index: number): string {
  const hex = [1, 2, 3, 4].map((k) => hashInts(SEED, 90 + kind, index, k).toString(16).padStart(8, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-8${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

interface Timed {
  ids: string[];
  scores: number[];
  reasons: string[][];
  ms: number;
}

async function timed(suggest: Suggest, id: string): Promise<Timed> {
  const started = performance.now();
  const result = await suggest(id, K);
  const took = performance.now() - started;
  const top = result.slice(0, K);
  return { ids: top.map((s) => s.company.id), scores: top.map((s) => s.score), reasons: top.map((s) => (s.reasons ?? []).map((r) => `${r.code} ${r.contribution}`)), ms: took };
}

const pct = (x: number) => `${(100 * x).toFixed(1)} %`;
const mean = (xs: readonly number[]) => (xs.length ? xs.reduce((s, x) => s + x, 0) / xs.length : 0);

async function main(): Promise<void> {
  if (!Number.isInteger(count) || count < 0) throw new Error(`companies must be a non-negative integer, got ${process.argv[2]}`);
  const dir = mkdtempSync(join(tmpdir(), 'hc-matching-bench-'));
  chmodSync(dir, 0o755); // PostgreSQL may run as the postgres system user
  const pg = await startEmbeddedPostgres({ dataDir: join(dir, 'pg'), port: 0, database: 'bench', persistent: false });
  const logger = createLogger('warn');
  // A fixed secret only silences the warning about a random one; the bench signs no tokens.
  const config = loadConfig({ ...process.env, JWT_SECRET: process.env.JWT_SECRET ?? 'matching-quality-bench-does-not-sign-tokens-0123456789' });
  let app: INestApplicationContext | undefined;
  try {
    let started = Date.now();
    app = await NestFactory.createApplicationContext(MatchingBenchModule.forRoot(config, logger, pg.url), { logger: new NestPinoLogger(logger), abortOnError: false });
    const dataSource = app.get(DataSource);
    const importer = app.get(CompanyImporter, { strict: false });
    const parksService = app.get(ParksService, { strict: false });
    console.log(`embedded PostgreSQL started and migrated in ${Date.now() - started} ms`);

    // The dataset: generated companies, then the planted ones (validated like any import row).
    started = Date.now();
    const planted = plantedScenarios({ seed: SEED, ...PLANTED });
    const items: ImportItem[] = [];
    let line = 0;
    for (const { opportunities, ...record } of generateCompanies({ seed: SEED, count })) items.push({ line: ++line, id: uuidOf(1, line), record, opportunities });
    const plantedIds = planted.companies.map((_, i) => uuidOf(2, i));
    const firstPlantedLine = line + 1;
    planted.companies.forEach(({ opportunities, ...record }, i) => {
      const checked = importer.validate({ line: ++line, record: toCompanyFileRecord(plantedIds[i] as string, record, opportunities) });
      if ('problems' in checked) throw new Error(`planted company ${i} is invalid: ${JSON.stringify(checked.problems)}`);
      items.push(checked);
    });
    console.log(`generated ${count} companies and ${planted.companies.length} planted ones (${planted.parks.length} parks, ${planted.pairAnswers.length} pairs) in ${Date.now() - started} ms`);

    started = Date.now();
    const report = await importer.importValid(items, { rows: items.length, invalid: 0, problems: [], readMs: 0 });
    const touched = report.mergedInFile.filter((m) => m.line >= firstPlantedLine || (typeof m.into === 'number' && m.into >= firstPlantedLine));
    if (touched.length) throw new Error(`the importer merged planted companies with others: ${JSON.stringify(touched.slice(0, 3))}`);
    // The rows are in the database now: keep the bench's heap close to an api process's for the latencies below.
    items.length = 0;
    // Parks one by one: each id belongs to its record without relying on the order of RETURNING rows.
    const parkIds: string[] = [];
    for (const park of planted.parks) parkIds.push(...(await parksService.insertMany([park])));
    await dataSource.query('ANALYZE');
    console.log(`loaded ${report.created} companies (${report.mergedInFile.length} generated rows merged by the importer) and ${parkIds.length} parks in ${Date.now() - started} ms`);

    const { park, partner } = matchers(app);
    const parkResults = typeof park === 'string' ? park : await runParks(park, planted, parkIds);
    const steady = typeof park === 'string' ? [] : await steadyLatencies(park, parkIds, 3);
    const served = typeof park === 'string' ? null : await servingLatencies(pg.url, parkIds, 3, dir);
    const pairResults = typeof partner === 'string' ? partner : await runPairs(partner, planted, plantedIds);
    const baselineParks = await runParks((id) => sectorOverlapForPark(dataSource, id), planted, parkIds);
    const baselinePairs = await runPairs((id) => sectorOverlapForCompany(dataSource, id), planted, plantedIds);

    console.log(`\nmatching quality at ${count.toLocaleString('en')} generated + ${planted.companies.length} planted companies (seed ${SEED}), top ${K}:`);
    printParks('matcher  ', parkResults);
    if (steady.length) {
      const p = percentiles(steady);
      console.log(`parks    matcher   steady state (every park ${steady.length / parkIds.length} more times): latency p50 ${ms(p.p50)}  p95 ${ms(p.p95)}  p99 ${ms(p.p99)}  (${steady.length} calls)`);
    }
    if (served) {
      const f = percentiles(served.first);
      const p = percentiles(served.steady);
      console.log(
        `parks    matcher   in a serving process (as the api: index loaded from PostgreSQL in ${(served.loadMs / 1000).toFixed(1)} s, no import in its heap): ` +
          `first call per park p50 ${ms(f.p50)}  p95 ${ms(f.p95)}  p99 ${ms(f.p99)}; steady state p50 ${ms(p.p50)}  p95 ${ms(p.p95)}  p99 ${ms(p.p99)}  (${served.steady.length} calls)`,
      );
    }
    printParks('baseline ', baselineParks);
    printPairs('matcher  ', pairResults);
    printPairs('baseline ', baselinePairs);
    const dumpTo = process.env.MATCHING_BENCH_DUMP;
    if (dumpTo) {
      writeFileSync(dumpTo, JSON.stringify(explain(planted, parkResults, pairResults), null, 1));
      console.log(`top 10 of every planted park and pair, with each suggestion's planted role, written to ${dumpTo}`);
    }
    console.log('precision@10 = the park\'s planted right companies among the suggestions returned (at most 10), recall@10 = among its 10 planted; both are means over the planted parks');
    console.log('targets: park precision@10 >= 0.80; pairs found in both top 10 >= 90 %; on-demand parkSuggestions p95 <= 10 ms (steady state in a serving process)');
    console.log('baseline = sector overlap alone: parks rank companies by how many of their ISIC divisions are focus sectors; a company ranks others by shared divisions; ties by id');
  } finally {
    await app?.close();
    await pg.stop();
    rmSync(dir, { recursive: true, force: true });
  }
}

interface ParkResults {
  precision: number;
  recall: number;
  /** Per kind of right company, the share found in the top 10. */
  recallDomestic: number;
  recallForeign: number;
  /** Mean per park's top 10: its decoys, and right companies of other planted parks. */
  decoys: number;
  otherParksRights: number;
  /** Of those, right companies that are neighbours of their own park (domestic). */
  otherParksNeighbours: number;
  latencies: number[];
  /** Per park, the suggested companies (planted index, or null for a generated one) with scores. */
  tops: { index: number | null; score: number; reasons: string[] }[][];
}

async function runParks(suggest: Suggest, planted: PlantedScenarios, parkIds: readonly string[]): Promise<ParkResults> {
  const indexOf = new Map<string, number>();
  planted.companies.forEach((_, i) => indexOf.set(uuidOf(2, i), i));
  await suggest(parkIds[0] as string, K); // warm-up (caches, plans), not measured
  const precision: number[] = [];
  const recall: number[] = [];
  const decoys: number[] = [];
  const others: number[] = [];
  const neighbours: number[] = [];
  const latencies: number[] = [];
  const tops: { index: number | null; score: number; reasons: string[] }[][] = [];
  let domesticFound = 0;
  let domesticAll = 0;
  let foreignFound = 0;
  let foreignAll = 0;
  for (const [p, parkId] of parkIds.entries()) {
    const { ids, scores, reasons, ms: took } = await timed(suggest, parkId);
    latencies.push(took);
    const found = ids.map((id) => indexOf.get(id));
    tops.push(found.map((index, n) => ({ index: index ?? null, score: scores[n] ?? 0, reasons: reasons[n] ?? [] })));
    const answers = new Set(planted.parkAnswers[p]);
    const hits = found.filter((i) => i !== undefined && answers.has(i)).length;
    precision.push(ids.length ? hits / ids.length : 0);
    recall.push(hits / answers.size);
    decoys.push(found.filter((i) => i !== undefined && planted.parkDecoys[p]?.includes(i)).length);
    const otherRights = found.filter((i) => i !== undefined && !answers.has(i) && planted.roles[i]?.kind === 'park_right');
    others.push(otherRights.length);
    neighbours.push(otherRights.filter((i) => i !== undefined && (planted.roles[i] as { domestic?: boolean }).domestic === true).length);
    for (const i of answers) {
      const role = planted.roles[i];
      if (role?.kind !== 'park_right') continue;
      if (role.domestic) {
        domesticAll++;
        if (found.includes(i)) domesticFound++;
      } else {
        foreignAll++;
        if (found.includes(i)) foreignFound++;
      }
    }
  }
  return {
    precision: mean(precision),
    recall: mean(recall),
    recallDomestic: domesticFound / Math.max(1, domesticAll),
    recallForeign: foreignFound / Math.max(1, foreignAll),
    decoys: mean(decoys),
    otherParksRights: mean(others),
    otherParksNeighbours: mean(neighbours),
    latencies,
    tops,
  };
}

interface PairResults {
  both: number;
  aFindsB: number;
  bFindsA: number;
  byArchetype: Map<PairArchetype, { both: number; all: number }>;
  latencies: number[];
  /** Per pair, the rank (1-based) of the partner in A's and in B's top 10, or null. */
  ranks: { aFindsB: number | null; bFindsA: number | null }[];
}

async function runPairs(suggest: Suggest, planted: PlantedScenarios, plantedIds: readonly string[]): Promise<PairResults> {
  const first = planted.pairAnswers[0];
  if (first) await suggest(plantedIds[first.a] as string, K); // warm-up, not measured
  const latencies: number[] = [];
  let both = 0;
  let aFindsB = 0;
  let bFindsA = 0;
  const byArchetype = new Map<PairArchetype, { both: number; all: number }>();
  const ranks: PairResults['ranks'] = [];
  for (const pair of planted.pairAnswers) {
    const [idA, idB] = [plantedIds[pair.a] as string, plantedIds[pair.b] as string];
    const fromA = await timed(suggest, idA);
    const fromB = await timed(suggest, idB);
    latencies.push(fromA.ms, fromB.ms);
    const ab = fromA.ids.includes(idB);
    const ba = fromB.ids.includes(idA);
    ranks.push({ aFindsB: ab ? fromA.ids.indexOf(idB) + 1 : null, bFindsA: ba ? fromB.ids.indexOf(idA) + 1 : null });
    if (ab) aFindsB++;
    if (ba) bFindsA++;
    if (ab && ba) both++;
    const entry = byArchetype.get(pair.archetype) ?? { both: 0, all: 0 };
    entry.all++;
    if (ab && ba) entry.both++;
    byArchetype.set(pair.archetype, entry);
  }
  const n = Math.max(1, planted.pairAnswers.length);
  return { both: both / n, aFindsB: aFindsB / n, bFindsA: bFindsA / n, byArchetype, latencies, ranks };
}

/** Baseline for a park: companies whose ISIC divisions overlap its focus sectors, by overlap count, then id. */
async function sectorOverlapForPark(dataSource: DataSource, parkId: string): Promise<Suggestion[]> {
  const rows: { id: string; shared: number }[] = await dataSource.query(
    `SELECT c.id, cardinality(ARRAY(SELECT unnest(c.isic_divisions) INTERSECT SELECT unnest(p.focus_sectors))) AS shared
       FROM parks p JOIN companies c ON c.isic_divisions && p.focus_sectors
      WHERE p.id = $1 AND c.status = 'published'
      ORDER BY shared DESC, c.id
      LIMIT $2`,
    [parkId, K],
  );
  return rows.map((r) => ({ company: { id: r.id }, score: Number(r.shared) }));
}

/** Baseline for a company: other companies sharing the most ISIC divisions with it, then by id. */
async function sectorOverlapForCompany(dataSource: DataSource, companyId: string): Promise<Suggestion[]> {
  const rows: { id: string; shared: number }[] = await dataSource.query(
    `SELECT c.id, cardinality(ARRAY(SELECT unnest(c.isic_divisions) INTERSECT SELECT unnest(s.isic_divisions))) AS shared
       FROM companies s JOIN companies c ON c.isic_divisions && s.isic_divisions AND c.id <> s.id
      WHERE s.id = $1 AND c.status = 'published'
      ORDER BY shared DESC, c.id
      LIMIT $2`,
    [companyId, K],
  );
  return rows.map((r) => ({ company: { id: r.id }, score: Number(r.shared) }));
}

/** Every planted park's and pair's top 10, with the planted role of each suggestion (for finding out why). */
function explain(planted: PlantedScenarios, parks: ParkResults | string, pairs: PairResults | string): object {
  const role = (index: number | null) => (index === null ? 'generated' : planted.roles[index]);
  return {
    parks:
      typeof parks === 'string'
        ? parks
        : planted.parks.map((park, p) => ({
            park: { name: park.nameEn, country: park.country, focusSectors: park.focusSectors, gapSectors: park.gapSectors, offerings: park.offerings },
            top: (parks.tops[p] ?? []).map((t) => ({ score: t.score, reasons: t.reasons, company: t.index, role: role(t.index), profile: t.index === null ? null : summary(planted, t.index) })),
            missed: (planted.parkAnswers[p] ?? []).filter((i) => !(parks.tops[p] ?? []).some((t) => t.index === i)).map((i) => ({ company: i, role: role(i), profile: summary(planted, i) })),
          })),
    pairs: typeof pairs === 'string' ? pairs : planted.pairAnswers.map((pair, k) => ({ ...pair, ...pairs.ranks[k], a: summary(planted, pair.a), b: summary(planted, pair.b) })),
  };
}

function summary(planted: PlantedScenarios, index: number): object {
  const c = planted.companies[index];
  if (!c) return {};
  return {
    name: c.nameEn,
    country: c.country,
    city: c.city,
    activityCodes: c.activityCodes.map((a) => `${a.scheme} ${a.code}`),
    employees: c.employees,
    member: c.initiativeMember,
    badges: c.badges.map((b) => b.type),
    needs: c.needs,
    opportunities: c.opportunities.map((o) => ({ type: o.type, partnershipTypes: o.partnershipTypes, keywords: o.technologyKeywords, market: o.marketKeywords, targetCountries: o.targetCountries, partnerSizes: o.partnerSizes })),
  };
}

function latency(samples: readonly number[]): string {
  if (samples.length === 0) return 'no calls';
  const p = percentiles([...samples]);
  return `p50 ${ms(p.p50)}  p95 ${ms(p.p95)}  p99 ${ms(p.p99)}  (${samples.length} calls)`;
}

/** Latency once the first request of every park has run: what a park's later requests cost. */
/**
 * The same calls in a process of its own (matching-serve.ts), as the api serves them: the importing
 * process above holds the import's garbage in its heap, which the api never does (bulk imports go
 * through the CLI), and its young-generation collections are slower for it.
 */
async function servingLatencies(databaseUrl: string, parkIds: readonly string[], rounds: number, dir: string): Promise<{ loadMs: number; first: number[]; steady: number[] }> {
  const idsFile = join(dir, 'park-ids.json');
  writeFileSync(idsFile, JSON.stringify(parkIds));
  const { stdout } = await promisify(execFile)(process.execPath, [join(__dirname, 'matching-serve.js'), databaseUrl, idsFile, String(rounds)], { maxBuffer: 16 * 1024 * 1024 });
  const line = stdout.trim().split('\n').pop() ?? '';
  return JSON.parse(line) as { loadMs: number; first: number[]; steady: number[] };
}

async function steadyLatencies(suggest: Suggest, parkIds: readonly string[], rounds: number): Promise<number[]> {
  const samples: number[] = [];
  for (let r = 0; r < rounds; r++) for (const id of parkIds) samples.push((await timed(suggest, id)).ms);
  return samples;
}

function printParks(label: string, r: ParkResults | string): void {
  if (typeof r === 'string') {
    console.log(`parks    ${label} not measured: ${r}`);
    return;
  }
  console.log(
    `parks    ${label} precision@10 ${r.precision.toFixed(3)}  recall@10 ${r.recall.toFixed(3)}  ` +
      `(found: domestic ${pct(r.recallDomestic)}, foreign ${pct(r.recallForeign)}; per top 10: ${r.decoys.toFixed(2)} decoys, ` +
      `${r.otherParksRights.toFixed(2)} rights of other parks, of which ${r.otherParksNeighbours.toFixed(2)} their neighbours)  ` +
      `latency ${latency(r.latencies)}`,
  );
}

function printPairs(label: string, r: PairResults | string): void {
  if (typeof r === 'string') {
    console.log(`pairs    ${label} not measured: ${r}`);
    return;
  }
  const archetypes = [...r.byArchetype].map(([a, x]) => `${a} ${x.both}/${x.all}`).join(', ');
  console.log(
    `pairs    ${label} found in both top 10: ${pct(r.both)}  (A finds B ${pct(r.aFindsB)}, B finds A ${pct(r.bFindsA)}; ${archetypes})  latency ${latency(r.latencies)}`,
  );
}

void main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
