import { generateCompanies } from '../generator/company.generator';
import { demoReferenceDate, isExpired } from '../generator/badges';

it('scratch', () => {
  const seed = 20240528;
  const sample = [...generateCompanies({ seed, count: 2000 })];
  const out: string[] = [];
  const n = sample.length;
  const pct = (x: number) => `${((100 * x) / n).toFixed(1)} %`;
  out.push(`turnover ${pct(sample.filter((c) => c.annualTurnoverEur !== null).length)}, balance ${pct(sample.filter((c) => c.balanceSheetTotalEur !== null).length)}`);
  const bandMax: Record<string, number> = { under_2m: 2e6, '2m_10m': 1e7, '10m_50m': 5e7, '50m_250m': 2.5e8, '250m_1b': 1e9, '1b_5b': 5e9, over_5b: Infinity };
  const cat = (c: (typeof sample)[number]) => {
    const t = c.annualTurnoverEur ?? bandMax[c.revenueBand!]!;
    for (const [k, s, tm, bm] of [['micro', 10, 2e6, 2e6], ['small', 50, 1e7, 1e7], ['medium', 250, 5e7, 4.3e7]] as const) {
      if (c.employees! < s && (t <= tm || (c.balanceSheetTotalEur !== null && c.balanceSheetTotalEur <= bm))) return k;
    }
    return 'none';
  };
  const cats: Record<string, number> = {};
  for (const c of sample) cats[cat(c)] = (cats[cat(c)] ?? 0) + 1;
  out.push(`EU SME (own calc, band upper bound when no turnover): ${JSON.stringify(cats)}`);
  const catsExact: Record<string, number> = {};
  for (const c of sample.filter((x) => x.annualTurnoverEur !== null || x.balanceSheetTotalEur !== null)) {
    const k = cat({ ...c, revenueBand: 'over_5b' as never, annualTurnoverEur: c.annualTurnoverEur });
    catsExact[k] = (catsExact[k] ?? 0) + 1;
  }
  out.push(`EU SME on exact figures only (${sample.filter((x) => x.annualTurnoverEur !== null || x.balanceSheetTotalEur !== null).length} with a figure): ${JSON.stringify(catsExact)}`);
  const hc = sample.filter((c) => c.badges.some((b) => b.type === 'hidden_champion'));
  out.push(`hidden champions ${hc.length}, of which EU SME ${hc.filter((c) => cat(c) !== 'none').length}`);
  const badges: Record<string, number> = {};
  for (const c of sample) for (const b of c.badges) badges[b.type + (b.variant ? `/${b.variant}` : '')] = (badges[b.type + (b.variant ? `/${b.variant}` : '')] ?? 0) + 1;
  out.push(`badges ${JSON.stringify(badges)}`);
  const ref = demoReferenceDate(seed);
  const dated = sample.flatMap((c) => c.badges).filter((b) => b.expiresOn !== null);
  out.push(`reference ${ref}; dated ${dated.length}, expired ${dated.filter((b) => isExpired(b, ref)).length}`);
  const opp: Record<string, number> = {};
  for (const c of sample) for (const o of c.opportunities) opp[o.type] = (opp[o.type] ?? 0) + 1;
  out.push(`opportunities ${JSON.stringify(opp)}; companies with >=1: ${pct(sample.filter((c) => c.opportunities.length > 0).length)}`);
  const bands: Record<string, number> = {};
  for (const c of sample) bands[c.revenueBand!] = (bands[c.revenueBand!] ?? 0) + 1;
  out.push(`bands ${JSON.stringify(bands)}`);
  const schemes: Record<string, number> = {};
  for (const c of sample) for (const a of c.activityCodes) schemes[`${a.scheme}/${a.source}/${a.primary ? 'P' : 's'}`] = (schemes[`${a.scheme}/${a.source}/${a.primary ? 'P' : 's'}`] ?? 0) + 1;
  out.push(`codes ${JSON.stringify(schemes)}`);
  for (const i of [0, 1, 2, 3, 5, 8]) out.push(JSON.stringify(sample[i], null, 1));
  let started = performance.now();
  let k = 0;
  for (const c of generateCompanies({ seed: 7, count: 100_000 })) k += c.opportunities.length;
  const ms = performance.now() - started;
  out.push(`100k in ${ms.toFixed(0)} ms = ${(100_000 / (ms / 1000)).toFixed(0)} companies/s (${k})`);
  started = performance.now();
  require('node:fs').writeFileSync('/tmp/scratch.out', out.join('\n'));
}, 300_000);
