import { createTestDatabase, gql, makeCompanyInput, postGraphQL, TestDatabase } from '@hc/testing';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildClientSchema, getIntrospectionQuery, IntrospectionQuery, lexicographicSortSchema, printSchema } from 'graphql';
import { ApiProcess, ROOT, startApi } from './api-process';
import { createAdmin, Session } from './session';
import { companyCount, createCompany, deleteCompany, searchCompanies, updateCompany, waitForSearch } from './operations';

const DEMO_COMPANIES = 400;

describe('the api over HTTP, on a real PostgreSQL with the demo data', () => {
  let db: TestDatabase;
  let api: ApiProcess;

  let admin: Session;

  beforeAll(async () => {
    db = await createTestDatabase();
    api = await startApi({ DATABASE_URL: db.url, SEED_DEMO: 'true', DEMO_COMPANIES: String(DEMO_COMPANIES), OUTBOX_POLL_MS: '200' });
    admin = await createAdmin(api.url, db.url);
  });
  afterAll(async () => {
    await api?.stop();
    await db?.drop();
  });

  it('reports database, search engine, outbox, the matching index and job queue as healthy', async () => {
    const response = await fetch(`${api.url}/healthz`);
    const body = (await response.json()) as { status: string; info: Record<string, { status: string; documents?: number; enabled?: boolean; queued?: number }> };
    expect(response.status).toBe(200);
    expect(body.status).toBe('ok');
    expect(Object.keys(body.info).sort()).toEqual(['database', 'jobs', 'matchIndex', 'outbox', 'search']);
    expect(body.info.search.documents).toBe(DEMO_COMPANIES);
    expect(body.info.matchIndex).toEqual(expect.objectContaining({ status: 'up', companies: DEMO_COMPANIES }));
    expect(body.info.jobs).toEqual(expect.objectContaining({ status: 'up', enabled: true, queued: expect.any(Number) }));
  });

  it('serves the committed schema.gql, so the file cannot drift from the running api', async () => {
    const introspection = await gql<IntrospectionQuery>(api.url, getIntrospectionQuery());
    const served = `${printSchema(lexicographicSortSchema(buildClientSchema(introspection)))}\n`;
    expect(served).toBe(readFileSync(join(ROOT, 'schema.gql'), 'utf8'));
  });

  it('serves GraphiQL and its assets from the app itself (no CDN)', async () => {
    const page = await fetch(`${api.url}/graphiql`);
    const html = await page.text();
    expect(page.status).toBe(200);
    expect(html).not.toMatch(/https?:\/\/(?!localhost)[a-z0-9.-]+\.(com|net|org|io)/);
    for (const asset of ['react.js', 'react-dom.js', 'graphiql.js', 'graphiql.css']) {
      expect(html).toContain(`/graphiql/assets/${asset}`);
      expect((await fetch(`${api.url}/graphiql/assets/${asset}`)).status).toBe(200);
    }
  });

  it('finds a new German company by "Werkzeugmaschinen" and a new Chinese one by "新能源汽车", each within a second', async () => {
    const german = await createCompany(api.url, makeCompanyInput({
      name: { de: 'Neckar Präzision GmbH' },
      description: { de: 'Wir bauen Werkzeugmaschinen für die Luftfahrtindustrie.' },
    }), admin.token);
    const chinese = await createCompany(api.url, makeCompanyInput({
      name: { zh: '合肥驰远科技有限公司' },
      description: { zh: '专注于新能源汽车电驱动系统的研发与制造。' },
      country: 'CN',
      region: 'CN-AH',
      city: '合肥市',
      location: { latitude: 31.8206, longitude: 117.2272 },
      activityCodes: [{ scheme: 'GBT4754', code: '36' }],
    }), admin.token);
    const germanId = german.body.data?.createCompany.id;
    const chineseId = chinese.body.data?.createCompany.id;
    expect(germanId && chineseId).toBeTruthy();
    await waitForSearch(api.url, { query: 'Werkzeugmaschinen', hitsPerPage: 100 }, (r) => r.hits.some((h) => h.company.id === germanId), 1000);
    await waitForSearch(api.url, { query: '新能源汽车', hitsPerPage: 100 }, (r) => r.hits.some((h) => h.company.id === chineseId), 1000);
    const german2 = await searchCompanies(api.url, { query: 'Werkzeugmaschinen', hitsPerPage: 100 });
    expect(german2.hits.every((h) => h.score !== null)).toBe(true);
  });

  it('finds a Chinese-only company in German, English and traditional characters, with highlights and autocomplete', async () => {
    const created = (
      await createCompany(api.url, makeCompanyInput({
        name: { zh: '宁波远驰电动汽车部件有限公司' },
        description: { zh: '为电动汽车提供电机控制器和减速器。' },
        country: 'CN',
        region: 'CN-ZJ',
        city: '宁波市',
        location: { latitude: 29.8683, longitude: 121.544 },
        activityCodes: [{ scheme: 'GBT4754', code: '36' }],
      }), admin.token)
    ).body.data?.createCompany;
    const id = created!.id;
    await waitForSearch(api.url, { query: '電動汽車', hitsPerPage: 100 }, (r) => r.hits.some((h) => h.company.id === id), 1000);
    for (const query of ['Elektrofahrzeug', 'electric vehicle']) {
      const result = await searchCompanies(api.url, { query, hitsPerPage: 100 });
      expect(result.hits.map((h) => h.company.id)).toContain(id);
    }
    const { searchCompanies: highlighted } = await gql<{ searchCompanies: { hits: { company: { id: string }; highlights: { field: string; snippet: string }[] }[] } }>(
      api.url,
      `{ searchCompanies(query: "电动汽车", hitsPerPage: 100) { hits { company { id } highlights { field snippet } } } }`,
    );
    const mine = highlighted.hits.find((h) => h.company.id === id);
    expect(mine?.highlights.map((h) => h.field)).toEqual(expect.arrayContaining(['name_zh', 'description_zh']));
    expect(mine?.highlights.find((h) => h.field === 'description_zh')?.snippet).toContain('<mark>电动汽车</mark>');
    const { suggestCompanies } = await gql<{ suggestCompanies: { id: string; name: { zh: string } }[] }>(
      api.url,
      `{ suggestCompanies(prefix: "宁波远驰", limit: 5) { id name { zh } } }`,
    );
    expect(suggestCompanies.map((s) => s.id)).toContain(id);
  });

  it('shows an update in search within a second, and a delete removes the company', async () => {
    const created = (await createCompany(api.url, makeCompanyInput({ name: { en: 'Rhine Valley Sensorics' } }), admin.token)).body.data?.createCompany;
    expect(created).toBeDefined();
    const id = created!.id;
    await waitForSearch(api.url, { query: 'Sensorics' }, (r) => r.hits.some((h) => h.company.id === id), 1000);

    await updateCompany(api.url, id, { name: { en: 'Rhine Valley Quasarphotonics' } }, admin.token);
    await waitForSearch(api.url, { query: 'Quasarphotonics' }, (r) => r.hits.some((h) => h.company.id === id && h.company.name.en === 'Rhine Valley Quasarphotonics'), 1000);

    expect((await deleteCompany(api.url, id, admin.token)).deleteCompany).toBe(id);
    // Gone from the index itself, not only from the hydrated hits: the total drops to zero.
    await waitForSearch(api.url, { query: 'Quasarphotonics' }, (r) => r.totalHits === 0, 1000);
  });

  it('counts companies per country exactly in the country facet', async () => {
    const result = await searchCompanies(api.url, { facets: ['COUNTRY'], hitsPerPage: 1 });
    const buckets = result.facets.find((f) => f.field === 'COUNTRY')?.buckets ?? [];
    expect(buckets.length).toBeGreaterThan(1);
    expect(buckets.reduce((s, b) => s + b.count, 0)).toBe(result.totalHits);
    for (const bucket of buckets.slice(0, 3)) {
      expect(bucket.count).toBe(await companyCount(api.url, { country: [bucket.value], status: 'PUBLISHED' }));
      expect(bucket.label?.en).toBeTruthy();
    }
    const de = await searchCompanies(api.url, { filter: { country: ['DE'] }, hitsPerPage: 50 });
    expect(de.totalHits).toBe(buckets.find((b) => b.value === 'DE')?.count);
    expect(de.hits.every((h) => h.company.country === 'DE')).toBe(true);
  });

  it('filters by a bounding box', async () => {
    const box = { north: 49.8, south: 47.5, east: 10.5, west: 8.0 };
    const { searchCompanies: result } = await gql<{ searchCompanies: { totalHits: number; hits: { company: { location: { latitude: number; longitude: number } } }[] } }>(
      api.url,
      `query($box: GeoBoxInput) { searchCompanies(filter: { geoBox: $box }, hitsPerPage: 100) { totalHits hits { company { location { latitude longitude } } } } }`,
      { box },
    );
    expect(result.totalHits).toBeGreaterThan(0);
    for (const { company } of result.hits) {
      expect(company.location.latitude).toBeGreaterThanOrEqual(box.south);
      expect(company.location.latitude).toBeLessThanOrEqual(box.north);
      expect(company.location.longitude).toBeGreaterThanOrEqual(box.west);
      expect(company.location.longitude).toBeLessThanOrEqual(box.east);
    }
  });

  it('filters by a geo radius and sorts by distance', async () => {
    const stuttgart = { latitude: 48.7758, longitude: 9.1829 };
    const result = await searchCompanies(api.url, { geo: { ...stuttgart, radiusKm: 150 }, sort: { by: 'DISTANCE' }, hitsPerPage: 100 });
    expect(result.totalHits).toBeGreaterThan(0);
    const distances = result.hits.map((h) => h.distanceKm ?? Infinity);
    expect(Math.max(...distances)).toBeLessThanOrEqual(150);
    expect([...distances].sort((a, b) => a - b)).toEqual(distances);
  });

  describe('invalid input gets BAD_USER_INPUT naming the field, and nothing is written', () => {
    const cases: [string, Record<string, unknown>, string][] = [
      ['an empty name', { name: { de: '   ' } }, 'input.name'],
      ['latitude 200', { location: { latitude: 200, longitude: 9 } }, 'input.location.latitude'],
      ['an unknown WZ 2008 code', { activityCodes: [{ scheme: 'WZ2008', code: '00.00.0' }] }, 'input.activityCodes[0].code'],
      ['a self-declared EU SME badge', { badges: [{ type: 'EU_SME', evidence: 'SELF_DECLARED', awardedOn: '2024-01-01' }] }, 'input.badges[0].type'],
      ['an unknown country', { country: 'XX' }, 'input.country'],
      ['a region of another country', { region: 'CN-JS' }, 'input.region'],
    ];
    it.each(cases)('rejects %s', async (_label, overrides, field) => {
      const before = await companyCount(api.url);
      const { status, body } = await createCompany(api.url, makeCompanyInput(overrides), admin.token);
      expect(status).toBe(200);
      expect(body.data ?? null).toBeNull();
      expect(body.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
      expect(body.errors?.[0].extensions?.fields?.map((f) => f.field)).toContain(field);
      expect(body.errors?.[0].message).toContain(field);
      expect(JSON.stringify(body)).not.toMatch(/stack|at \w+ \(|SELECT|INSERT/);
      expect(await companyCount(api.url)).toBe(before);
    });

    it('rejects a page size of 10,000 in search and in lists', async () => {
      const search = await postGraphQL(api.url, `{ searchCompanies(hitsPerPage: 10000) { totalHits } }`);
      expect(search.body.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
      expect(search.body.errors?.[0].extensions?.fields?.[0].field).toBe('hitsPerPage');
      const list = await postGraphQL(api.url, `{ companies(first: 10000) { totalCount } }`);
      expect(list.body.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
      expect(list.body.errors?.[0].extensions?.fields?.[0].field).toBe('first');
    });

    it('answers an unknown id with NOT_FOUND and a malformed one with BAD_USER_INPUT', async () => {
      const missing = await postGraphQL(api.url, `{ company(id: "00000000-0000-4000-8000-000000000000") { id } }`);
      expect(missing.body.errors?.[0].extensions?.code).toBe('NOT_FOUND');
      const malformed = await postGraphQL(api.url, `{ company(id: "1; DROP TABLE companies") { id } }`);
      expect(malformed.body.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    });
  });

  it('lists sectors per scheme with labels for dashboards, and refuses GB/T sections', async () => {
    const { sectors: isic } = await gql<{ sectors: { code: string; name: string; label: { zh: string; de: string } }[] }>(
      api.url,
      `{ sectors(scheme: ISIC4, level: DIVISION, language: DE) { code name label { zh de } } }`,
    );
    expect(isic).toHaveLength(88);
    expect(isic.find((s) => s.code === '28')?.name).toContain('Maschinenbau');
    const { sectors: gbt } = await gql<{ sectors: { code: string; name: string; isic: { code: string; confidence: number }[] }[] }>(
      api.url,
      `{ sectors(scheme: GBT4754, language: ZH) { code name isic { code confidence } } }`,
    );
    expect(gbt).toHaveLength(97);
    expect(gbt.find((s) => s.code === '36')).toMatchObject({ name: '汽车制造业', isic: expect.arrayContaining([expect.objectContaining({ code: '29' })]) });
    const refused = await postGraphQL(api.url, `{ sectors(scheme: GBT4754, level: SECTION) { code } }`);
    expect(refused.body.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('lists the published demo parks, and finds parks by a word in any of their languages', async () => {
    const parks = await gql<{ parks: { totalCount: number; edges: { node: { status: string; review: unknown } }[] } }>(
      api.url,
      `{ parks(first: 50) { totalCount edges { node { status review { status } } } } }`,
    );
    expect(parks.parks.totalCount).toBeGreaterThanOrEqual(20);
    expect(parks.parks.edges.every((e) => e.node.status === 'PUBLISHED')).toBe(true);
    // The review details are for the managers and the staff.
    expect(parks.parks.edges.every((e) => e.node.review === null)).toBe(true);
    const { parks: taicang } = await gql<{ parks: { edges: { node: { name: { zh: string | null; en: string | null } } }[] } }>(
      api.url,
      `{ parks(first: 10, filter: { query: "太仓" }) { edges { node { name { zh en } } } } }`,
    );
    expect(taicang.edges.length).toBeGreaterThan(0);
    expect(taicang.edges.every((e) => `${e.node.name.zh}`.includes('太仓'))).toBe(true);
    const refused = await postGraphQL(api.url, `{ parks(first: 5, filter: { status: SUBMITTED }) { totalCount } }`);
    expect(refused.body.errors?.[0].extensions?.code).toBe('FORBIDDEN');
  });

  it('suggests companies to a park for its focus sectors and more, each with a score and readable reasons', async () => {
    const { parks } = await gql<{ parks: { edges: { node: { id: string; focusSectors: { code: string }[] } }[] } }>(
      api.url,
      `{ parks(first: 1) { edges { node { id focusSectors { code } } } } }`,
    );
    const park = parks.edges[0].node;
    const { parkSuggestions } = await gql<{
      parkSuggestions: { score: number; company: { sectors: { division: string | null; code: string }[] }; reasons: { code: string; contribution: number; text: { zh: string; de: string; en: string } }[] }[];
    }>(
      api.url,
      `query($id: ID!) { parkSuggestions(parkId: $id, first: 10) { score company { sectors { code division } } reasons { code contribution text { zh de en } } } }`,
      { id: park.id },
      admin.token,
    );
    expect(parkSuggestions).toHaveLength(10);
    const focus = new Set(park.focusSectors.map((s) => s.code));
    // Every suggestion has a substantive reason (a shared topic, sector, gap, ecosystem or intent), and the focus sectors are among them.
    // (Across the 25 demo parks, 3 to 10 of the top 10 work in a focus sector; the rest fill gaps, supply the ecosystem or want to come.)
    const substantive = new Set(['SHARED_TOPICS', 'SECTOR_FIT', 'RELATED_SECTOR', 'FILLS_GAP', 'ECOSYSTEM_SUPPLIER', 'ECOSYSTEM_CUSTOMER', 'SITE_INTENT', 'TARGETS_COUNTRY']);
    expect(parkSuggestions.some((s) => s.company.sectors.some((c) => focus.has(c.division ?? c.code)))).toBe(true);
    for (const s of parkSuggestions) {
      expect(s.reasons.some((r) => substantive.has(r.code))).toBe(true);
      expect(s.reasons[0].text.zh && s.reasons[0].text.de && s.reasons[0].text.en).toBeTruthy();
    }
    // The best fit comes first; below it, diversity may let a company from another city or sector overtake a near-equal one.
    const scores = parkSuggestions.map((s) => s.score);
    expect(scores[0]).toBe(Math.max(...scores));
    for (const s of parkSuggestions) expect(s.score).toBeCloseTo(s.reasons.reduce((sum, r) => sum + r.contribution, 0), 2);
  });

  it('serves park suggestions precomputed by the background job (computedAt), and fresh: true computes them on demand', async () => {
    const { parks } = await gql<{ parks: { edges: { node: { id: string } }[] } }>(api.url, `{ parks(first: 1) { edges { node { id } } } }`);
    type Suggestions = { parkSuggestions: { score: number; computedAt: string | null; company: { id: string } }[] };
    const query = `query($id: ID!, $fresh: Boolean) { parkSuggestions(parkId: $id, first: 10, fresh: $fresh) { score computedAt company { id } } }`;
    const ask = (fresh: boolean) => gql<Suggestions>(api.url, query, { id: parks.edges[0].node.id, fresh }, admin.token);
    // The jobs of the first planner poll run right after start; wait for this park's (bounded).
    let stored = await ask(false);
    for (const deadline = Date.now() + 20_000; stored.parkSuggestions.some((s) => s.computedAt === null) && Date.now() < deadline; ) {
      await new Promise((r) => setTimeout(r, 100));
      stored = await ask(false);
    }
    expect(stored.parkSuggestions.every((s) => s.computedAt !== null && !Number.isNaN(Date.parse(s.computedAt)))).toBe(true);
    const fresh = await ask(true);
    expect(fresh.parkSuggestions).toHaveLength(10);
    expect(fresh.parkSuggestions.every((s) => s.computedAt === null)).toBe(true);
  });

  it('suggests partners to a demo company in both directions, with reasons from both sides', async () => {
    const { companies } = await gql<{ companies: { edges: { node: { id: string; opportunities: { type: string }[] } }[] } }>(
      api.url,
      `{ companies(first: 100, filter: { country: ["DE"] }) { edges { node { id opportunities { type } } } } }`,
    );
    const withOpportunities = companies.edges.map((e) => e.node).find((c) => c.opportunities.length >= 2)!;
    const { partnerSuggestions } = await gql<{ partnerSuggestions: { score: number; fitForYou: number; fitForThem: number; reasons: { code: string; text: { en: string } }[] }[] }>(
      api.url,
      `query($id: ID!) { partnerSuggestions(companyId: $id, first: 10) { score fitForYou fitForThem reasons { code text { en } } } }`,
      { id: withOpportunities.id },
      admin.token,
    );
    expect(partnerSuggestions.length).toBeGreaterThan(0);
    for (const s of partnerSuggestions) {
      expect(s.fitForYou).toBeGreaterThan(0);
      expect(s.fitForThem).toBeGreaterThan(0);
      expect(s.reasons.length).toBeGreaterThan(0);
    }
  });

  it('a company publishes a technology offer: it is found by the offer in another language and by its type, and leaves search when withdrawn', async () => {
    const maker = (await createCompany(api.url, makeCompanyInput({ name: { de: 'Schwäbische Zykloidgetriebe GmbH' } }), admin.token)).body.data!.createCompany.id;
    const { publishOpportunity: offer } = await gql<{ publishOpportunity: { id: string; live: boolean; expiresAt: string; typeLabel: { zh: string } } }>(
      api.url,
      `mutation($input: PublishOpportunityInput!) { publishOpportunity(input: $input) { id live expiresAt typeLabel { zh } } }`,
      {
        input: {
          companyId: maker,
          type: 'TECHNOLOGY_OFFER',
          title: { de: 'Spielfreies Zykloidgetriebe für Industrieroboter', en: 'Zero-backlash cycloidal gearbox for industrial robots' },
          partnershipTypes: ['LICENSING'],
          technologyKeywords: ['Zykloidgetriebe'],
          targetCountries: ['CN'],
          stage: 'ON_MARKET',
          ipStatus: 'PATENT_GRANTED',
        },
      },
      admin.token,
    );
    expect(offer).toMatchObject({ live: true, typeLabel: { zh: '技术供给' } });
    const filter = { opportunityType: ['TECHNOLOGY_OFFER'], targetCountry: ['CN'] };
    await waitForSearch(api.url, { query: 'cycloidal gearbox', filter, hitsPerPage: 50 }, (r) => r.hits.some((h) => h.company.id === maker), 1000);

    const misplaced = await postGraphQL(api.url, `mutation { publishOpportunity(input: { companyId: "${maker}", type: BUSINESS_REQUEST, title: { en: "x" }, partnershipTypes: [SUPPLIER], stage: CONCEPT }) { id } }`, {}, admin.token);
    expect(misplaced.body.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(misplaced.body.errors?.[0].message).toContain('input.stage: is only given for technology offers');

    await gql(api.url, `mutation($id: ID!) { withdrawOpportunity(id: $id) { id } }`, { id: offer.id }, admin.token);
    await waitForSearch(api.url, { query: 'cycloidal gearbox', filter, hitsPerPage: 50 }, (r) => !r.hits.some((h) => h.company.id === maker), 1000);
  });

  it('imports a small CSV through GraphQL: one bad row stops it, the fixed file imports, and a second run changes nothing', async () => {
    const header = 'registry_id,name_de,country,region,city,latitude,longitude,activity_codes,employees,annual_turnover_eur,status';
    const good = 'Ulm HRB 777001,Donau Sensorik GmbH,DE,DE-BW,Ulm,48.4,9.99,WZ2008:26.51.0,40,8000000,published';
    const bad = 'Ulm HRB 777002,Iller Hydraulik GmbH,DE,DE-BW,Ulm,48.4,9.99,WZ2008:99.99.9,zwölf,,published';
    const mutation = `mutation($content: String!) { importCompanies(input: { content: $content, format: CSV }) { rows invalid created updated unchanged written problems { line field reason } } }`;
    const before = await companyCount(api.url);
    const { importCompanies: refused } = await gql<{ importCompanies: { invalid: number; written: boolean; problems: { line: number; field: string }[] } }>(api.url, mutation, {
      content: `${header}\n${good}\n${bad}\n`,
    }, admin.token);
    expect(refused).toMatchObject({ invalid: 1, written: false });
    expect(refused.problems.map((p) => `${p.line} ${p.field}`)).toEqual(expect.arrayContaining(['3 activityCodes[0].code', '3 employees']));
    expect(await companyCount(api.url)).toBe(before);

    const fixed = `${header}\n${good}\n${bad.replace('99.99.9', '28.12.0').replace('zwölf', '12')}\n`;
    const { importCompanies: first } = await gql<{ importCompanies: { created: number } }>(api.url, mutation, { content: fixed }, admin.token);
    expect(first.created).toBe(2);
    const { importCompanies: again } = await gql<{ importCompanies: { created: number; updated: number; unchanged: number } }>(api.url, mutation, { content: fixed }, admin.token);
    expect(again).toMatchObject({ created: 0, updated: 0, unchanged: 2 });
    expect(await companyCount(api.url)).toBe(before + 2);
    await waitForSearch(api.url, { query: 'Donau Sensorik', filter: { badge: ['EU_SME'] }, hitsPerPage: 5 }, (r) => r.hits.length === 1, 1000);
  });

  it('sends large files to the CLI: over 1,000 rows, or a body over the limit, answers BAD_USER_INPUT as JSON', async () => {
    const rows = Array.from({ length: 1001 }, (_, i) => `Ulm HRB ${900000 + i},Firma ${i} GmbH,DE,Ulm,48.4,9.99,ISIC4:2822,draft`).join('\n');
    const many = await postGraphQL(api.url, `mutation($c: String!) { importCompanies(input: { content: $c, format: CSV, dryRun: true }) { rows } }`, {
      c: `registry_id,name_de,country,city,latitude,longitude,activity_codes,status\n${rows}\n`,
    }, admin.token);
    expect(many.body.errors?.[0].message).toContain('more than 1000 rows; use the CLI');
    const huge = await fetch(`${api.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: 'mutation($c: String!) { importCompanies(input: { content: $c, format: CSV }) { rows } }', variables: { c: 'x'.repeat(3_000_000) } }),
    });
    expect(huge.status).toBe(413);
    expect(((await huge.json()) as { errors: { extensions: { code: string } }[] }).errors[0].extensions.code).toBe('BAD_USER_INPUT');
  });
});
