// Matching quality against an adversarial planted benchmark (libs/dataset/src/planted, docs/matching-benchmark.md).
// Two sets, tuning and held-out, with different seeds, disjoint halves of the glossary's topic concepts and
// different phrasing. Each set is loaded with N generated demo companies into a throw-away embedded
// PostgreSQL of its own. For each set the bench prints park precision@10 and recall@10, the share of
// planted pairs found in both sides' top 10, decoys kept out, planted noise in the top 10, the share of
// suggestions with a reason, and the same for a baseline of sector overlap alone (same run, same data);
// then the demo companies in the parks' top 10 (pooled judging: not in the answer key, judged by a
// human from the dump); then, unless --no-latency, the latency of parkSuggestions in this process and in
// a serving process of its own (matching-serve.ts). A summary table ends the run.
//   npm run build && node dist/bench/matching-quality.bench.js [companies=2000] [--set tuning|heldout|both] [--no-latency] [--parks 40] [--pairs 60]
//   MATCHING_BENCH_DUMP=/tmp/top10.json … also writes every top 10 with the planted role of each suggestion,
//   and the pooled demo companies with their profiles and reasons.
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
import { DecoyReason, generateCompanies, hashInts, PairArchetype, PLANTED_SEEDS, PLANTED_VOCABULARIES, plantedScenarios, PlantedScenarios, PlantedVocabulary } from '@hc/dataset';
import type { Actor } from '@hc/identity';
import * as matching from '@hc/matching';
import { MatchingModule } from '@hc/matching';
import { OpportunitiesService } from '@hc/opportunities';
import { ParksModule, ParksService } from '@hc/parks';
import { createDataSourceOptions, startEmbeddedPostgres } from '@hc/persistence';
import { ENTITIES } from '@hc/platform';
import { DataSource } from 'typeorm';
import { ms, percentiles } from './stats';

// ---------------------------------------------------------------------------------------------
// Matcher adapter: the only code that touches libs/matching's services. It looks them up by name
// at run time, so the bench compiles while the matcher is being built; a missing one is reported.
// Contract: suggest(id, first, actor) -> [{ company: { id }, score, reasons? }], best first.
// ---------------------------------------------------------------------------------------------
interface Suggestion {
  company: { id: string };
  score: number;
  /** Present on the matcher's suggestions: what made the score (written to the dump). */
  reasons?: { code: string; contribution?: number; text?: { en: string | null } }[];
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

const K = 10;
/** Demo companies shown per set for pooled judging (all of them go to the dump). */
const POOLED_SAMPLE = 3;

interface Options {
  count: number;
  sets: PlantedVocabulary[];
  latency: boolean;
  parks: number;
  pairs: number;
}

function parseArgs(argv: readonly string[]): Options {
  const options: Options = { count: 2000, sets: [...PLANTED_VOCABULARIES], latency: true, parks: 40, pairs: 60 };
  const positional: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] as string;
    const [flag, inline] = arg.includes('=') ? (arg.split('=', 2) as [string, string]) : [arg, undefined];
    const value = () => inline ?? argv[++i] ?? '';
    if (flag === '--no-latency') options.latency = false;
    else if (flag === '--set') {
      const set = value();
      if (set === 'both') options.sets = [...PLANTED_VOCABULARIES];
      else if ((PLANTED_VOCABULARIES as readonly string[]).includes(set)) options.sets = [set as PlantedVocabulary];
      else throw new Error(`--set takes tuning, heldout or both, got '${set}'`);
    } else if (flag === '--parks') options.parks = Number(value());
    else if (flag === '--pairs') options.pairs = Number(value());
    else if (flag.startsWith('--')) throw new Error(`unknown option ${flag}`);
    else positional.push(arg);
  }
  if (positional[0] !== undefined) options.count = Number(positional[0]);
  for (const [name, n] of [
    ['companies', options.count],
    ['--parks', options.parks],
    ['--pairs', options.pairs],
  ] as const) {
    if (!Number.isInteger(n) || n < 0) throw new Error(`${name} must be a non-negative integer, got ${n}`);
  }
  return options;
}

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
function uuidOf(seed: number, kind: number, index: number): string {
  const hex = [1, 2, 3, 4].map((k) => hashInts(seed, 90 + kind, index, k).toString(16).padStart(8, '0')).join('');
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
  return {
    ids: top.map((s) => s.company.id),
    scores: top.map((s) => s.score),
    reasons: top.map((s) => (s.reasons ?? []).map((r) => (r.contribution === undefined ? r.code : `${r.code} ${Number(r.contribution.toFixed(4))}${r.text?.en ? ` ${r.text.en}` : ''}`))),
    ms: took,
  };
}

const pct = (x: number) => `${(100 * x).toFixed(1)} %`;
const mean = (xs: readonly number[]) => (xs.length ? xs.reduce((s, x) => s + x, 0) / xs.length : 0);

/** One suggestion in a top 10: the planted company's index, or null for a demo company (then its id). */
interface Entry {
  index: number | null;
  id: string;
  score: number;
  reasons: string[];
}

interface ParkResults {
  precision: number;
  recall: number;
  /** Per kind of fit, the share found in the top 10. */
  recallDomestic: number;
  recallForeign: number;
  /** Share of the decoys kept out of their park's top 10, overall and per reason. */
  decoysOut: number;
  decoysOutByReason: Map<DecoyReason, { out: number; all: number }>;
  /** Mean per park's top 10: its own noise, fits of other parks, other planted companies, demo companies. */
  noise: number;
  otherFits: number;
  otherPlanted: number;
  demo: number;
  /** Share of suggestions with at least one reason. */
  withReason: number;
  latencies: number[];
  tops: Entry[][];
}

/** Where a missed partner stands in the top 50, and its reasons. */
interface Missed {
  rank: number | null;
  score: number | null;
  reasons: string[];
}

interface PairResults {
  both: number;
  aFindsB: number;
  bFindsA: number;
  /** Mean per side's top 10: its planted noise partners. */
  noise: number;
  withReason: number;
  byArchetype: Map<PairArchetype, { both: number; all: number }>;
  byKind: { european: { both: number; all: number }; sinoEuropean: { both: number; all: number } };
  latencies: number[];
  /** Per pair, the rank (1-based) of the partner in A's and in B's top 10, or null; and both tops. */
  ranks: { aFindsB: number | null; bFindsA: number | null; aMissesB?: Missed; bMissesA?: Missed }[];
  tops: { a: Entry[]; b: Entry[] }[];
}

interface SetResult {
  set: PlantedVocabulary;
  seed: number;
  planted: number;
  parks: ParkResults | string;
  pairs: PairResults | string;
  baselineParks: ParkResults;
  baselinePairs: PairResults;
  pooled: PooledEntry[];
  latency: { steady: number[]; served: { loadMs: number; first: number[]; steady: number[] } | null } | null;
  dump: object | null;
}

interface PooledEntry {
  park: number;
  rank: number;
  id: string;
  score: number;
  reasons: string[];
  profile: Record<string, unknown> | null;
}

async function main(): Promise<void> {
  const options = parseArgs(process.argv.slice(2));
  const results: SetResult[] = [];
  for (const set of options.sets) results.push(await runSet(set, options));
  printSummary(options, results);
  const dumpTo = process.env.MATCHING_BENCH_DUMP;
  if (dumpTo) {
    writeFileSync(dumpTo, JSON.stringify(Object.fromEntries(results.map((r) => [r.set, r.dump])), null, 1));
    console.log(`\ntop 10 of every planted park and pair (with each suggestion's planted role) and the pooled demo companies, per set, written to ${dumpTo}`);
  }
}

/** One set: a fresh database with N demo companies and the set's planted ones, then every measurement. */
async function runSet(set: PlantedVocabulary, options: Options): Promise<SetResult> {
  const seed = PLANTED_SEEDS[set];
  const dir = mkdtempSync(join(tmpdir(), `hc-matching-bench-${set}-`));
  chmodSync(dir, 0o755); // PostgreSQL may run as the postgres system user
  const pg = await startEmbeddedPostgres({ dataDir: join(dir, 'pg'), port: 0, database: 'bench', persistent: false });
  const logger = createLogger('warn');
  // A fixed secret only silences the warning about a random one; the bench signs no tokens.
  const config = loadConfig({ ...process.env, JWT_SECRET: process.env.JWT_SECRET ?? 'matching-quality-bench-does-not-sign-tokens-0123456789' });
  let app: INestApplicationContext | undefined;
  try {
    console.log(`\n=== ${set} set (seed ${seed}, ${set} half of the glossary) ===`);
    let started = Date.now();
    app = await NestFactory.createApplicationContext(MatchingBenchModule.forRoot(config, logger, pg.url), { logger: new NestPinoLogger(logger), abortOnError: false });
    const dataSource = app.get(DataSource);
    const importer = app.get(CompanyImporter, { strict: false });
    const parksService = app.get(ParksService, { strict: false });
    const opportunities = app.get(OpportunitiesService, { strict: false });
    console.log(`embedded PostgreSQL started and migrated in ${Date.now() - started} ms`);

    // The dataset: generated companies, then the planted ones (validated like any import row).
    started = Date.now();
    const planted = plantedScenarios({ seed, parks: options.parks, pairs: options.pairs, vocabulary: set });
    const items: ImportItem[] = [];
    let line = 0;
    for (const { opportunities: opps, ...record } of generateCompanies({ seed, count: options.count })) items.push({ line: ++line, id: uuidOf(seed, 1, line), record, opportunities: opps });
    const plantedIds = planted.companies.map((_, i) => uuidOf(seed, 2, i));
    const firstPlantedLine = line + 1;
    planted.companies.forEach(({ opportunities: opps, ...record }, i) => {
      const checked = importer.validate({ line: ++line, record: toCompanyFileRecord(plantedIds[i] as string, record, opps) });
      if ('problems' in checked) throw new Error(`planted company ${i} is invalid: ${JSON.stringify(checked.problems)}`);
      items.push(checked);
    });
    console.log(`generated ${options.count} companies and ${planted.companies.length} planted ones (${planted.parks.length} parks, ${planted.pairAnswers.length} pairs) in ${Date.now() - started} ms`);

    started = Date.now();
    const report = await importer.importValid(items, { rows: items.length, invalid: 0, problems: [], readMs: 0 });
    const touched = report.mergedInFile.filter((m) => m.line >= firstPlantedLine || (typeof m.into === 'number' && m.into >= firstPlantedLine));
    if (touched.length) throw new Error(`the importer merged planted companies with others: ${JSON.stringify(touched.slice(0, 3))}`);
    // The rows are in the database now: keep the bench's heap close to an api process's for the latencies below.
    items.length = 0;
    // Parks one by one: each id belongs to its record without relying on the order of RETURNING rows.
    const parkIds: string[] = [];
    for (const park of planted.parks) parkIds.push(...(await parksService.insertMany([park])));
    // Lapsed requests: an import cannot publish an expired opportunity, so they are withdrawn now (through the service: the matching index hears of it).
    const lapsed: { id: string }[] = await dataSource.query(`SELECT id FROM opportunities WHERE company_id = ANY($1::uuid[])`, [planted.withdrawAfterImport.map((i) => plantedIds[i])]);
    for (const { id } of lapsed) await opportunities.withdraw(id, null);
    await dataSource.query('ANALYZE');
    console.log(`loaded ${report.created} companies (${report.mergedInFile.length} generated rows merged by the importer), ${parkIds.length} parks, withdrew ${lapsed.length} lapsed requests in ${Date.now() - started} ms`);

    const { park, partner } = matchers(app);
    const parkResults = typeof park === 'string' ? park : await runParks(park, planted, parkIds, plantedIds);
    const pairResults = typeof partner === 'string' ? partner : await runPairs(partner, planted, plantedIds);
    const baselineParks = await runParks((id) => sectorOverlapForPark(dataSource, id), planted, parkIds, plantedIds);
    const baselinePairs = await runPairs((id) => sectorOverlapForCompany(dataSource, id), planted, plantedIds);
    const pooled = typeof parkResults === 'string' ? [] : await pooledEntries(dataSource, parkResults);

    let latency: SetResult['latency'] = null;
    if (options.latency && typeof park !== 'string') {
      const steady = await steadyLatencies(park, parkIds, 3);
      const served = await servingLatencies(pg.url, parkIds, 3, dir);
      latency = { steady, served };
    }

    const result: SetResult = { set, seed, planted: planted.companies.length, parks: parkResults, pairs: pairResults, baselineParks, baselinePairs, pooled, latency, dump: null };
    printSet(options, planted, result);
    if (process.env.MATCHING_BENCH_DUMP) result.dump = explain(planted, result);
    return result;
  } finally {
    await app?.close();
    await pg.stop();
    rmSync(dir, { recursive: true, force: true });
  }
}

async function runParks(suggest: Suggest, planted: PlantedScenarios, parkIds: readonly string[], plantedIds: readonly string[]): Promise<ParkResults> {
  const indexOf = new Map<string, number>(plantedIds.map((id, i) => [id, i]));
  if (parkIds[0]) await suggest(parkIds[0], K); // warm-up (caches, plans), not measured
  const precision: number[] = [];
  const recall: number[] = [];
  const noise: number[] = [];
  const others: number[] = [];
  const otherPlanted: number[] = [];
  const demo: number[] = [];
  const latencies: number[] = [];
  const tops: Entry[][] = [];
  const decoysByReason = new Map<DecoyReason, { out: number; all: number }>();
  let suggestions = 0;
  let withReason = 0;
  let domesticFound = 0;
  let domesticAll = 0;
  let foreignFound = 0;
  let foreignAll = 0;
  for (const [p, parkId] of parkIds.entries()) {
    const { ids, scores, reasons, ms: took } = await timed(suggest, parkId);
    latencies.push(took);
    const top = ids.map((id, n): Entry => ({ index: indexOf.get(id) ?? null, id, score: scores[n] ?? 0, reasons: reasons[n] ?? [] }));
    tops.push(top);
    suggestions += top.length;
    withReason += top.filter((t) => t.reasons.length > 0).length;
    const found = new Set(top.flatMap((t) => (t.index === null ? [] : [t.index])));
    const answers = new Set(planted.parkAnswers[p]);
    const hits = [...found].filter((i) => answers.has(i)).length;
    precision.push(top.length ? hits / top.length : 0);
    recall.push(hits / Math.max(1, answers.size));
    const ownNoise = new Set(planted.parkNoise[p]);
    noise.push([...found].filter((i) => ownNoise.has(i)).length);
    others.push([...found].filter((i) => !answers.has(i) && planted.roles[i]?.kind === 'park_right').length);
    otherPlanted.push([...found].filter((i) => !answers.has(i) && !ownNoise.has(i) && planted.roles[i]?.kind !== 'park_right').length);
    demo.push(top.filter((t) => t.index === null).length);
    for (const i of planted.parkDecoys[p] ?? []) {
      const role = planted.roles[i];
      if (role?.kind !== 'park_decoy') continue;
      const entry = decoysByReason.get(role.reason) ?? { out: 0, all: 0 };
      entry.all++;
      if (!found.has(i)) entry.out++;
      decoysByReason.set(role.reason, entry);
    }
    for (const i of answers) {
      const role = planted.roles[i];
      if (role?.kind !== 'park_right') continue;
      if (role.domestic) {
        domesticAll++;
        if (found.has(i)) domesticFound++;
      } else {
        foreignAll++;
        if (found.has(i)) foreignFound++;
      }
    }
  }
  const decoys = [...decoysByReason.values()].reduce((s, x) => ({ out: s.out + x.out, all: s.all + x.all }), { out: 0, all: 0 });
  return {
    precision: mean(precision),
    recall: mean(recall),
    recallDomestic: domesticFound / Math.max(1, domesticAll),
    recallForeign: foreignFound / Math.max(1, foreignAll),
    decoysOut: decoys.out / Math.max(1, decoys.all),
    decoysOutByReason: decoysByReason,
    noise: mean(noise),
    otherFits: mean(others),
    otherPlanted: mean(otherPlanted),
    demo: mean(demo),
    withReason: withReason / Math.max(1, suggestions),
    latencies,
    tops,
  };
}

async function runPairs(suggest: Suggest, planted: PlantedScenarios, plantedIds: readonly string[]): Promise<PairResults> {
  const indexOf = new Map<string, number>(plantedIds.map((id, i) => [id, i]));
  const first = planted.pairAnswers[0];
  if (first) await suggest(plantedIds[first.a] as string, K); // warm-up, not measured
  const latencies: number[] = [];
  let both = 0;
  let aFindsB = 0;
  let bFindsA = 0;
  let suggestions = 0;
  let withReason = 0;
  const noise: number[] = [];
  const byArchetype = new Map<PairArchetype, { both: number; all: number }>();
  const byKind = { european: { both: 0, all: 0 }, sinoEuropean: { both: 0, all: 0 } };
  const ranks: PairResults['ranks'] = [];
  const tops: PairResults['tops'] = [];
  const entries = (t: Timed): Entry[] => t.ids.map((id, n) => ({ index: indexOf.get(id) ?? null, id, score: t.scores[n] ?? 0, reasons: t.reasons[n] ?? [] }));
  for (const [k, pair] of planted.pairAnswers.entries()) {
    const [idA, idB] = [plantedIds[pair.a] as string, plantedIds[pair.b] as string];
    const fromA = await timed(suggest, idA);
    const fromB = await timed(suggest, idB);
    latencies.push(fromA.ms, fromB.ms);
    const [topA, topB] = [entries(fromA), entries(fromB)];
    tops.push({ a: topA, b: topB });
    for (const top of [topA, topB]) {
      suggestions += top.length;
      withReason += top.filter((t) => t.reasons.length > 0).length;
    }
    const ownNoise = new Set(planted.pairNoise[k]);
    noise.push(topA.filter((t) => t.index !== null && ownNoise.has(t.index)).length, topB.filter((t) => t.index !== null && ownNoise.has(t.index)).length);
    const ab = fromA.ids.includes(idB);
    const ba = fromB.ids.includes(idA);
    // A missed partner: where it stands in the top 50 and why (for the dump).
    const missed = async (from: string, partner: string) => {
      const deep = await suggest(from, 50);
      const at = deep.findIndex((s) => s.company.id === partner);
      const found = deep[at];
      return found ? { rank: at + 1, score: found.score, reasons: (found.reasons ?? []).map((r) => `${r.code} ${Number((r.contribution ?? 0).toFixed(4))} ${r.text?.en ?? ''}`) } : { rank: null, score: null, reasons: [] };
    };
    ranks.push({
      aFindsB: ab ? fromA.ids.indexOf(idB) + 1 : null,
      bFindsA: ba ? fromB.ids.indexOf(idA) + 1 : null,
      ...(ab ? {} : { aMissesB: await missed(idA, idB) }),
      ...(ba ? {} : { bMissesA: await missed(idB, idA) }),
    });
    if (ab) aFindsB++;
    if (ba) bFindsA++;
    if (ab && ba) both++;
    const entry = byArchetype.get(pair.archetype) ?? { both: 0, all: 0 };
    entry.all++;
    if (ab && ba) entry.both++;
    byArchetype.set(pair.archetype, entry);
    const kind = pair.european ? byKind.european : byKind.sinoEuropean;
    kind.all++;
    if (ab && ba) kind.both++;
  }
  const n = Math.max(1, planted.pairAnswers.length);
  return { both: both / n, aFindsB: aFindsB / n, bFindsA: bFindsA / n, noise: mean(noise), withReason: withReason / Math.max(1, suggestions), byArchetype, byKind, latencies, ranks, tops };
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

/**
 * Pooled judging: the demo companies in the parks' top 10s. They are in no answer key (neither fits nor
 * noise), so precision counts them as wrong; a human reads them (profiles and reasons) to judge whether
 * they are plausibly good. All go to the dump; a sample is printed.
 */
async function pooledEntries(dataSource: DataSource, parks: ParkResults): Promise<PooledEntry[]> {
  const entries: PooledEntry[] = [];
  parks.tops.forEach((top, p) => top.forEach((t, rank) => t.index === null && entries.push({ park: p, rank: rank + 1, id: t.id, score: t.score, reasons: t.reasons, profile: null })));
  if (entries.length === 0) return entries;
  const ids = [...new Set(entries.map((e) => e.id))];
  const rows: Record<string, unknown>[] = await dataSource.query(
    `SELECT c.id, c.name_en AS "name", c.country, c.city, c.isic_divisions AS "divisions", c.offers, c.needs, c.initiative_member AS "member",
            (SELECT array_agg(b->>'type') FROM jsonb_array_elements(c.badges) b) AS "badges", c.description_en AS "description",
            (SELECT json_agg(json_build_object('type', o.type, 'title', coalesce(o.title_en, o.title_de, o.title_zh), 'targetCountries', o.target_countries,
                     'keywords', o.technology_keywords, 'market', o.market_keywords))
               FROM opportunities o WHERE o.company_id = c.id AND o.status = 'active') AS "opportunities"
       FROM companies c WHERE c.id = ANY($1::uuid[])`,
    [ids],
  );
  const byId = new Map(rows.map((r) => [r.id as string, r]));
  for (const e of entries) e.profile = byId.get(e.id) ?? null;
  return entries;
}

/** Every planted park's and pair's top 10, with the planted role of each suggestion (for finding out why), and the pooled demo companies. */
function explain(planted: PlantedScenarios, r: SetResult): object {
  const role = (index: number | null) => (index === null ? 'demo' : planted.roles[index]);
  const top = (entries: Entry[]) => entries.map((t) => ({ score: t.score, reasons: t.reasons, company: t.index, role: role(t.index), profile: t.index === null ? null : summary(planted, t.index) }));
  const parks = r.parks;
  const pairs = r.pairs;
  return {
    seed: r.seed,
    parks:
      typeof parks === 'string'
        ? parks
        : planted.parks.map((park, p) => ({
            park: { name: park.nameEn, country: park.country, region: park.region, topics: planted.parkTopics[p], focusSectors: park.focusSectors, gapSectors: park.gapSectors, offerings: park.offerings, description: park.descriptionEn ?? park.descriptionDe ?? park.descriptionZh },
            top: top(parks.tops[p] ?? []),
            missed: (planted.parkAnswers[p] ?? []).filter((i) => !(parks.tops[p] ?? []).some((t) => t.index === i)).map((i) => ({ company: i, role: role(i), profile: summary(planted, i) })),
          })),
    pairs: typeof pairs === 'string' ? pairs : planted.pairAnswers.map((pair, k) => ({ ...pair, ...pairs.ranks[k], a: summary(planted, pair.a), b: summary(planted, pair.b), topOfA: top(pairs.tops[k]?.a ?? []), topOfB: top(pairs.tops[k]?.b ?? []) })),
    pooled: r.pooled.map((e) => ({ ...e, parkName: planted.parks[e.park]?.nameEn, parkTopics: planted.parkTopics[e.park] })),
  };
}

function summary(planted: PlantedScenarios, index: number): object {
  const c = planted.companies[index];
  if (!c) return {};
  return {
    name: c.nameEn,
    country: c.country,
    city: c.city,
    status: c.status,
    activityCodes: c.activityCodes.map((a) => `${a.scheme} ${a.code}`),
    employees: c.employees,
    member: c.initiativeMember,
    badges: c.badges.map((b) => b.type),
    offers: c.offers,
    needs: c.needs,
    description: c.descriptionEn,
    opportunities: c.opportunities.map((o) => ({ type: o.type, title: o.title.en ?? o.title.de ?? o.title.zh, partnershipTypes: o.partnershipTypes, keywords: o.technologyKeywords, market: o.marketKeywords, targetCountries: o.targetCountries, partnerSizes: o.partnerSizes })),
  };
}

function latency(samples: readonly number[]): string {
  if (samples.length === 0) return 'no calls';
  const p = percentiles([...samples]);
  return `p50 ${ms(p.p50)}  p95 ${ms(p.p95)}  p99 ${ms(p.p99)}  (${samples.length} calls)`;
}

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

/** Latency once the first request of every park has run: what a park's later requests cost. */
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
  const reasons = [...r.decoysOutByReason].map(([reason, x]) => `${reason} ${x.out}/${x.all}`).join(', ');
  console.log(
    `parks    ${label} precision@10 ${r.precision.toFixed(3)}  recall@10 ${r.recall.toFixed(3)}  (found: domestic ${pct(r.recallDomestic)}, foreign ${pct(r.recallForeign)})\n` +
      `                   decoys kept out ${pct(r.decoysOut)} (${reasons}); per top 10: ${r.noise.toFixed(2)} own noise, ${r.otherFits.toFixed(2)} fits of other parks, ` +
      `${r.otherPlanted.toFixed(2)} other planted, ${r.demo.toFixed(2)} demo companies; with a reason ${pct(r.withReason)}; latency ${latency(r.latencies)}`,
  );
}

function printPairs(label: string, r: PairResults | string): void {
  if (typeof r === 'string') {
    console.log(`pairs    ${label} not measured: ${r}`);
    return;
  }
  const archetypes = [...r.byArchetype].map(([a, x]) => `${a} ${x.both}/${x.all}`).join(', ');
  console.log(
    `pairs    ${label} found in both top 10: ${pct(r.both)}  (A finds B ${pct(r.aFindsB)}, B finds A ${pct(r.bFindsA)}; ${archetypes}; ` +
      `China-Europe ${r.byKind.sinoEuropean.both}/${r.byKind.sinoEuropean.all}, within Europe ${r.byKind.european.both}/${r.byKind.european.all})\n` +
      `                   per top 10: ${r.noise.toFixed(2)} planted noise partners; with a reason ${pct(r.withReason)}; latency ${latency(r.latencies)}`,
  );
}

function printSet(options: Options, planted: PlantedScenarios, r: SetResult): void {
  console.log(`\nmatching quality, ${r.set} set, at ${options.count.toLocaleString('en')} demo + ${r.planted.toLocaleString('en')} planted companies (seed ${r.seed}), top ${K}:`);
  printParks('matcher  ', r.parks);
  printParks('baseline ', r.baselineParks);
  printPairs('matcher  ', r.pairs);
  printPairs('baseline ', r.baselinePairs);
  if (typeof r.parks !== 'string') {
    const parks = new Set(r.pooled.map((e) => e.park)).size;
    console.log(`\npooled judging (${r.set}): ${r.pooled.length} of the matcher's ${r.parks.tops.flat().length} park suggestions are demo companies (in ${parks} of ${planted.parks.length} parks' top 10); not in the answer key, so judge whether they are plausibly good:`);
    const step = r.pooled.length / POOLED_SAMPLE;
    const sample = r.pooled.length <= POOLED_SAMPLE ? r.pooled : Array.from({ length: POOLED_SAMPLE }, (_, n) => r.pooled[Math.floor(n * step)] as PooledEntry);
    for (const e of sample) {
      const park = planted.parks[e.park];
      const p = e.profile ?? {};
      console.log(`  park ${e.park} "${park?.nameEn}" (${park?.country}, topics ${(planted.parkTopics[e.park] ?? []).join(', ')}; focus ${park?.focusSectors.join(',')}) rank ${e.rank}, score ${e.score.toFixed(4)}:`);
      console.log(`    ${String(p.name)} (${String(p.country)}, ${String(p.city)}; divisions ${String(p.divisions)}; badges ${String(p.badges ?? '-')}; member ${String(p.member)})`);
      console.log(`    offers ${JSON.stringify(p.offers)}; needs ${JSON.stringify(p.needs)}`);
      for (const o of (p.opportunities as { type: string; title: string; targetCountries: string[] }[] | null) ?? []) console.log(`    ${o.type} -> ${o.targetCountries.join(',') || 'any'}: ${o.title}`);
      console.log(`    reasons: ${e.reasons.join('; ') || '(none)'}`);
    }
  }
  if (r.latency) {
    const p = percentiles(r.latency.steady);
    console.log(`\nparks    matcher   steady state (every park 3 more times): latency p50 ${ms(p.p50)}  p95 ${ms(p.p95)}  p99 ${ms(p.p99)}  (${r.latency.steady.length} calls)`);
    const served = r.latency.served;
    if (served) {
      const f = percentiles(served.first);
      const s = percentiles(served.steady);
      console.log(
        `parks    matcher   in a serving process (as the api: index loaded from PostgreSQL in ${(served.loadMs / 1000).toFixed(1)} s, no import in its heap): ` +
          `first call per park p50 ${ms(f.p50)}  p95 ${ms(f.p95)}  p99 ${ms(f.p99)}; steady state p50 ${ms(s.p50)}  p95 ${ms(s.p95)}  p99 ${ms(s.p99)}  (${served.steady.length} calls)`,
      );
    }
  }
}

function printSummary(options: Options, results: readonly SetResult[]): void {
  const cell = (x: number | undefined, digits = 3) => (x === undefined ? 'n/a' : x.toFixed(digits));
  const parks = (r: ParkResults | string) => (typeof r === 'string' ? undefined : r);
  const pairs = (r: PairResults | string) => (typeof r === 'string' ? undefined : r);
  console.log(`\nsummary at ${options.count.toLocaleString('en')} demo companies (${options.parks} parks, ${options.pairs} pairs per set), top ${K}:`);
  console.log('set      | park P@10 | park R@10 | pairs both top 10 | decoys out | noise/top 10 | with reason | baseline P@10 | baseline pairs');
  console.log('---------|-----------|-----------|-------------------|------------|--------------|-------------|---------------|---------------');
  for (const r of results) {
    const m = parks(r.parks);
    const q = pairs(r.pairs);
    console.log(
      `${r.set.padEnd(8)} | ${cell(m?.precision).padStart(9)} | ${cell(m?.recall).padStart(9)} | ${(q ? pct(q.both) : 'n/a').padStart(17)} | ${(m ? pct(m.decoysOut) : 'n/a').padStart(10)} | ` +
        `${cell(m?.noise, 2).padStart(12)} | ${(m ? pct(m.withReason) : 'n/a').padStart(11)} | ${cell(r.baselineParks.precision).padStart(13)} | ${pct(r.baselinePairs.both).padStart(14)}`,
    );
  }
  const [a, b] = results.map((r) => parks(r.parks)?.precision);
  if (results.length === 2 && a !== undefined && b !== undefined) console.log(`tuning − held-out park precision@10: ${(a - b).toFixed(3)} (done when within 0.05)`);
  console.log('precision@10 = the park\'s planted fits among the suggestions returned (at most 10), recall@10 = among its 10 fits; means over the planted parks');
  console.log('targets (held-out, at 2,000, 20,000 and 100,000): park precision@10 >= 0.85; pairs in both top 10 >= 90 %; no drop > 0.05 from 2,000 to 100,000; tuning and held-out within 0.05');
  console.log('baseline = sector overlap alone: parks rank companies by how many of their ISIC divisions are focus sectors; a company ranks others by shared divisions; ties by id');
}

void main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
