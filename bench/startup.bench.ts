// How long `npm start` takes from a warm install to a healthy api with the demo data.
// Cold = empty DATA_DIR (initdb + migrations + 2,000 demo companies); warm = restart on that data.
//   npm run build && node dist/bench/startup.bench.js [runs]
import { spawn } from 'node:child_process';
import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { ms, percentiles } from './stats';

const root = resolve(__dirname, '../..');
const runs = Number(process.argv[2] ?? 3);

async function startOnce(dataDir: string, port: number): Promise<number> {
  const started = performance.now();
  const child = spawn(process.execPath, [join(root, 'dist/apps/api/src/main.js')], {
    cwd: root,
    env: { PATH: process.env.PATH ?? '', DATA_DIR: dataDir, PORT: String(port), EMBEDDED_PG_PORT: String(port + 1), LOG_LEVEL: 'warn' },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let errors = '';
  child.stderr?.on('data', (c: Buffer) => (errors += c.toString()));
  const exited = new Promise((done) => child.once('exit', done));
  for (;;) {
    try {
      const r = await fetch(`http://127.0.0.1:${port}/healthz`);
      if (r.ok) {
        // Healthy with the demo data indexed: documents there and nothing left in the outbox.
        // (Fewer than 2,000: generated companies with the same name in the same city are merged.)
        const body = (await r.json()) as { info: { search: { documents: number }; outbox: { pending: number } } };
        if (body.info.search.documents > 1900 && body.info.outbox.pending === 0) break;
      }
    } catch {
      // not up yet
    }
    if (child.exitCode !== null) throw new Error(`api exited during start:\n${errors}`);
    await new Promise((r) => setTimeout(r, 20));
  }
  const elapsed = performance.now() - started;
  child.kill('SIGTERM');
  await exited;
  return elapsed;
}

async function main() {
  const cold: number[] = [];
  const warm: number[] = [];
  for (let i = 0; i < runs; i++) {
    const dir = mkdtempSync(join(tmpdir(), 'hc-startup-'));
    chmodSync(dir, 0o755);
    try {
      cold.push(await startOnce(join(dir, 'data'), 39100 + i * 2));
      warm.push(await startOnce(join(dir, 'data'), 39100 + i * 2));
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }
  const c = percentiles(cold);
  const w = percentiles(warm);
  console.log(`startup to healthy api with 2,000 demo companies, ${runs} runs`);
  console.log(`  first start (initdb + migrate + seed + index): p50 ${ms(c.p50)}  max ${ms(Math.max(...cold))}`);
  console.log(`  restart (data kept, index rebuilt):            p50 ${ms(w.p50)}  max ${ms(Math.max(...warm))}`);
  console.log(`  ratio first start / restart: ${(c.p50 / w.p50).toFixed(2)}  (target: first start <= 20 s)`);
}

main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
