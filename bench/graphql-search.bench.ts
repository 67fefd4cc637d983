// GraphQL round trip of searchCompanies (text + 2 filters + 3 facets + geo radius) against the api
// started on the embedded default with N generated companies, the api pinned to one core.
// Prints p50/p95/p99 for the round trip and, in the same run, for the engine alone
// (processingTimeMs), plus the index build time and the api's resident memory.
//   npm run build && node dist/bench/graphql-search.bench.js [companies=100000] [queries=500]
import { execFileSync, spawn } from 'node:child_process';
import { chmodSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { ms, percentiles } from './stats';

const root = resolve(__dirname, '../..');
const companies = Number(process.argv[2] ?? 100_000);
const queries = Number(process.argv[3] ?? 500);
const port = 39400;

const TEXTS = ['Werkzeugmaschinen', 'Antriebstechnik', '新能源汽车', '机床', 'sensors', 'hydraulic pumps', '动力电池', 'Messtechnik', 'software', '医疗器械'];
const QUERY = `query($q: String, $f: CompanySearchFilter, $geo: GeoRadiusInput) {
  searchCompanies(query: $q, filter: $f, geo: $geo, facets: [COUNTRY, SECTOR_DIVISION, BADGE], hitsPerPage: 10) {
    totalHits processingTimeMs hits { score company { id name { zh de en } city } }
    facets { field buckets { value count } }
  }
}`;

function variables(i: number) {
  return {
    q: TEXTS[i % TEXTS.length],
    f: { country: i % 2 ? ['DE', 'AT'] : ['CN', 'DE'], employees: { min: 20, max: 5000 } },
    geo: i % 2 ? { latitude: 48.7758, longitude: 9.1829, radiusKm: 800 } : { latitude: 31.23, longitude: 121.47, radiusKm: 1500 },
  };
}

function rssMb(pid: number): number {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  return Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0) / 1024;
}

async function main() {
  const dir = mkdtempSync(join(tmpdir(), 'hc-bench-'));
  chmodSync(dir, 0o755);
  const pinned = existsSync('/usr/bin/taskset');
  const main = join(root, 'dist/apps/api/src/main.js');
  const child = spawn(pinned ? 'taskset' : process.execPath, pinned ? ['-c', '0', process.execPath, main] : [main], {
    cwd: root,
    env: { PATH: process.env.PATH ?? '', DATA_DIR: join(dir, 'data'), PORT: String(port), EMBEDDED_PG_PORT: String(port + 1), DEMO_COMPANIES: String(companies), LOG_LEVEL: 'info' },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  let log = '';
  child.stdout?.on('data', (c: Buffer) => (log += c.toString()));
  try {
    const url = `http://127.0.0.1:${port}`;
    for (;;) {
      if (child.exitCode !== null) throw new Error(`api exited:\n${log.slice(-2000)}`);
      try {
        const r = await fetch(`${url}/healthz`);
        if (r.ok && ((await r.json()) as { info: { search: { documents: number } } }).info.search.documents >= companies) break;
      } catch {
        // starting
      }
      await new Promise((r) => setTimeout(r, 500));
    }
    const rebuilt = /"documents":(\d+),"ms":(\d+)[^\n]*search index rebuilt/.exec(log) ?? /search index rebuilt[^\n]*/.exec(log);
    const post = async (i: number) => {
      const r = await fetch(`${url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: QUERY, variables: variables(i) }) });
      const body = (await r.json()) as { data?: { searchCompanies: { processingTimeMs: number } }; errors?: unknown };
      if (!body.data) throw new Error(JSON.stringify(body.errors));
      return body.data.searchCompanies.processingTimeMs;
    };
    for (let i = 0; i < 50; i++) await post(i);
    const roundTrips: number[] = [];
    const engine: number[] = [];
    for (let i = 0; i < queries; i++) {
      const t = performance.now();
      engine.push(await post(i));
      roundTrips.push(performance.now() - t);
    }
    const rt = percentiles(roundTrips);
    const en = percentiles(engine);
    console.log(`GraphQL searchCompanies over ${companies} companies, ${queries} queries, api ${pinned ? 'pinned to one core (taskset -c 0)' : 'not pinned'}`);
    console.log(`  index build at start: ${rebuilt ? rebuilt[0].slice(0, 120) : 'see api log'}`);
    console.log(`  api resident memory: ${rssMb(child.pid ?? 0).toFixed(0)} MB`);
    console.log(`  round trip: p50 ${ms(rt.p50)}  p95 ${ms(rt.p95)}  p99 ${ms(rt.p99)}   (target p95 <= 20 ms)`);
    console.log(`  engine:     p50 ${ms(en.p50)}  p95 ${ms(en.p95)}  p99 ${ms(en.p99)}`);
    console.log(`  ratio round trip / engine at p95: ${(rt.p95 / en.p95).toFixed(1)}`);
  } finally {
    child.kill('SIGTERM');
    await new Promise((r) => child.once('exit', r));
    try {
      execFileSync('pkill', ['-f', join(dir, 'data')]);
    } catch {
      // nothing left running
    }
    rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
