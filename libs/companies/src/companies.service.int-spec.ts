import { Actor, IDENTITY_ENTITIES, profileServiceParts, Role } from '@hc/identity';
import { BadUserInputException, ConflictException, ForbiddenException, InvalidTransitionException, loadConfig, NotFoundException, ReviewAction } from '@hc/core';
import { createDataSourceOptions, OutboxEventEntity } from '@hc/persistence';
import { createTestDatabase, TestDatabase } from '@hc/testing';
import { plainToInstance } from 'class-transformer';
import { validate } from 'class-validator';
import { DataSource } from 'typeorm';
import { CompaniesService } from './companies.service';
import { CompanyEntity } from './company.entity';
import { CompanyStatus } from './company.model';
import { CreateCompanyInput } from './dto/company.input';
import { toCompanyRecord } from './company-record';

function input(overrides: Partial<CreateCompanyInput> = {}): CreateCompanyInput {
  return plainToInstance(CreateCompanyInput, {
    name: { de: 'Schwarzwald Präzisionswerkzeuge GmbH', en: 'Black Forest Precision Tools GmbH' },
    description: { de: 'Werkzeugmaschinen und Spannmittel für die Luftfahrt.' },
    country: 'DE',
    region: 'DE-BW',
    city: 'Freiburg im Breisgau',
    location: { latitude: 47.999, longitude: 7.842 },
    activityCodes: [{ scheme: 'WZ2008', code: '28.22.0' }, { scheme: 'ISIC4', code: '2593' }],
    status: CompanyStatus.PUBLISHED,
    ...overrides,
  });
}

const RULES = { hiddenChampionMaxRevenueEur: 5e9 };

describe('CompaniesService (real PostgreSQL)', () => {
  let db: TestDatabase;
  let dataSource: DataSource;
  let service: CompaniesService;
  const outboxRows = () => dataSource.getRepository(OutboxEventEntity).find({ order: { id: 'ASC' } });

  beforeAll(async () => {
    db = await createTestDatabase();
    dataSource = await new DataSource(createDataSourceOptions(db.url, [CompanyEntity, OutboxEventEntity, ...IDENTITY_ENTITIES])).initialize();
    service = new CompaniesService(dataSource, loadConfig({}), ...profileServiceParts(dataSource, loadConfig({})));
  });
  afterAll(async () => {
    await dataSource.destroy();
    await db.drop();
  });
  beforeEach(async () => {
    await dataSource.query('TRUNCATE companies, outbox_events, audit_events, profile_grants, users CASCADE');
  });

  it('writes the company and its outbox event in one go, with ISIC divisions derived', async () => {
    const company = await service.create(input(), null);
    expect(company.isicDivisions.sort()).toEqual(['25', '28']);
    expect(company.version).toBe(1);
    const events = await outboxRows();
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({ aggregateType: 'company', aggregateId: company.id, aggregateVersion: 1, processedAt: null });
  });

  it('rejects a region of another country and writes nothing', async () => {
    await expect(service.create(input({ region: 'CN-JS' }), null)).rejects.toThrow(BadUserInputException);
    expect(await dataSource.getRepository(CompanyEntity).count()).toBe(0);
    expect(await outboxRows()).toHaveLength(0);
  });

  it('updates only the given fields, keeps other languages, and emits the new version', async () => {
    const created = await service.create(input(), null);
    const updated = await service.update(created.id, { name: { zh: '黑森林精密工具有限公司' }, employees: 420 }, null);
    expect(updated).toMatchObject({
      nameZh: '黑森林精密工具有限公司',
      nameDe: 'Schwarzwald Präzisionswerkzeuge GmbH',
      employees: 420,
      city: 'Freiburg im Breisgau',
      version: 2,
    });
    expect((await outboxRows()).map((e) => e.aggregateVersion)).toEqual([1, 2]);
  });

  it('refuses a stale expectedVersion with CONFLICT and changes nothing', async () => {
    const created = await service.create(input(), null);
    await service.update(created.id, { employees: 10 }, null);
    await expect(service.update(created.id, { employees: 99 }, null, 1)).rejects.toThrow(ConflictException);
    expect((await service.findById(created.id)).employees).toBe(10);
  });

  it('refuses to clear a required field', async () => {
    const created = await service.create(input(), null);
    await expect(service.update(created.id, { city: null as unknown as string }, null)).rejects.toThrow(/input.city/);
  });

  it('deletes the row and emits an event newer than the last version', async () => {
    const created = await service.create(input(), null);
    await service.delete(created.id, null);
    await expect(service.findById(created.id)).rejects.toThrow(NotFoundException);
    expect((await outboxRows()).map((e) => e.aggregateVersion)).toEqual([1, 2]);
  });

  it('bulk-inserts all rows with their events, or none when one row is bad', async () => {
    const good = { ...(await toRecord()), nameEn: 'Good One' };
    expect(await service.insertMany([good, { ...good, nameEn: 'Good Two' }])).toHaveLength(2);
    expect(await outboxRows()).toHaveLength(2);
    const bad = { ...good, country: 'DEU' }; // violates character(2)
    await expect(service.insertMany([{ ...good, nameEn: 'Three' }, bad])).rejects.toThrow();
    expect(await dataSource.getRepository(CompanyEntity).count()).toBe(2);
    expect(await outboxRows()).toHaveLength(2);
  });

  it('pages through companies with cursors, without gaps or repeats', async () => {
    const record = await toRecord();
    await service.insertMany(Array.from({ length: 25 }, (_, i) => ({ ...record, nameEn: `Company ${i}` })));
    const seen: string[] = [];
    let after: string | undefined;
    let pages = 0;
    for (;;) {
      const page = await service.list({ first: 10, ...(after ? { after } : {}) }, null);
      expect(page.totalCount).toBe(25);
      seen.push(...page.edges.map((e) => e.node.id));
      pages += 1;
      if (!page.pageInfo.hasNextPage) break;
      after = page.pageInfo.endCursor ?? undefined;
    }
    expect(pages).toBe(3);
    expect(new Set(seen).size).toBe(25);
    await expect(service.list({ first: 10, after: 'not-a-cursor' }, null)).rejects.toThrow(BadUserInputException);
  });

  function toRecord() {
    return toCompanyRecord(input(), RULES);
  }

  it('derives ISIC codes from WZ 2008 and GB/T 4754 codes, primary first', async () => {
    const company = await service.create(
      input({ country: 'CN', region: 'CN-JS', city: '苏州', activityCodes: [{ scheme: 'ISIC4', code: '2930' }, { scheme: 'GBT4754', code: '38', primary: true }] } as never), null);
    expect(company.activityCodes[0]).toMatchObject({ scheme: 'GBT4754', code: '38', primary: true, confidence: 1, source: 'self_declared' });
    expect(company.isicDivisions).toEqual(expect.arrayContaining(['27', '29']));
  });

  it('names an unknown activity code in its scheme', async () => {
    const problems = await validate(plainToInstance(CreateCompanyInput, { ...input(), activityCodes: [{ scheme: 'WZ2008', code: '99.99.9' }] }));
    expect(JSON.stringify(problems)).toContain("'99.99.9' is not a known WZ2008 code");
  });

  it('refuses to publish a profile without any activity code, but keeps a draft without one', async () => {
    await expect(service.create(input({ activityCodes: [] }), null)).rejects.toThrow(/activityCodes: a published profile needs at least one activity code/);
    await expect(service.create(input({ activityCodes: [], status: CompanyStatus.DRAFT }), null)).resolves.toMatchObject({ isicCodes: [] });
  });

  it('computes the EU SME badge from the figures and recomputes it when they change', async () => {
    const small = await service.create(input({ employees: 40, annualTurnoverEur: 8e6 }), null);
    expect(small).toMatchObject({ euSmeCategory: 'small', revenueBand: '2m_10m' });
    const grown = await service.update(small.id, { employees: 300 }, null);
    expect(grown.euSmeCategory).toBeNull();
    const medium = await service.update(small.id, { employees: 120, annualTurnoverEur: 60e6, balanceSheetTotalEur: 30e6 }, null);
    expect(medium).toMatchObject({ euSmeCategory: 'medium', revenueBand: '50m_250m' });
  });

  it('reads companies by id in the order asked, exactly as the ORM loads them (dates, arrays, JSON, nulls), skipping unknown ids', async () => {
    const full = await service.create(input({ employees: 40, annualTurnoverEur: 8e6, website: 'https://example.de', offers: ['Spannmittel'], needs: ['Prüflabor'] }), null);
    const sparse = await service.create(input({ name: { zh: '苏州精密' }, description: undefined, country: 'CN', region: undefined, city: 'Suzhou', status: CompanyStatus.DRAFT }), null);
    const read = await service.findByIds([sparse.id, '00000000-0000-4000-8000-000000000000', full.id]);
    expect(read.map((c) => c.id)).toEqual([sparse.id, full.id]);
    const orm = await dataSource.getRepository(CompanyEntity).findBy({});
    for (const company of read) expect(company).toEqual(orm.find((o) => o.id === company.id));
    expect(read[1]).toBeInstanceOf(CompanyEntity);
    expect(read[1]?.euSmeAssessedOn).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(await service.findByIds([])).toEqual([]);
  });

  it('refuses a hidden-champion badge above the revenue ceiling, and a self-declared EU SME badge', async () => {
    const champion = { type: 'hidden_champion', evidence: 'list', reference: 'Simon 2021', awardedOn: '2021-01-01' };
    await expect(service.create(input({ annualTurnoverEur: 7e9, badges: [champion] } as never), null)).rejects.toThrow(/HIDDEN_CHAMPION_MAX_REVENUE_EUR/);
    const problems = await validate(plainToInstance(CreateCompanyInput, { ...input(), badges: [{ ...champion, type: 'eu_sme' }] }));
    expect(JSON.stringify(problems)).toContain('eu_sme cannot be entered');
  });

  describe('review lifecycle and ownership', () => {
    let userSeq = 0;
    async function actor(role: Role, companies: string[] = []): Promise<Actor> {
      const [{ id }] = await dataSource.query(
        `INSERT INTO users (email, email_key, display_name, password_hash, role) VALUES ($1, $1, 'Test', 'x', $2) RETURNING id`,
        [`user${++userSeq}@example.org`, role],
      );
      return { userId: id, role, readOnly: false, via: 'token', parks: new Set(), companies: new Set(companies) };
    }
    const draftInput = () => input({ status: undefined });
    const auditActions = async (id: string) =>
      ((await dataSource.query(`SELECT action FROM audit_events WHERE subject_id = $1 ORDER BY id`, [id])) as { action: string }[]).map((r) => r.action);

    it('a company representative drafts a profile, owns it, and nobody else sees it until it is approved', async () => {
      const rep = await actor(Role.COMPANY_REP);
      const other = await actor(Role.COMPANY_REP);
      const reviewer = await actor(Role.REVIEWER);
      const draft = await service.create(draftInput(), rep);
      expect(draft.status).toBe(CompanyStatus.DRAFT);
      expect(rep.companies.has(draft.id)).toBe(true);
      await expect(service.findVisible(draft.id, null)).rejects.toThrow(NotFoundException);
      await expect(service.findVisible(draft.id, other)).rejects.toThrow(NotFoundException);
      await expect(service.findVisible(draft.id, rep)).resolves.toMatchObject({ id: draft.id });
      expect((await service.list({ first: 10 }, null)).totalCount).toBe(0);
      expect((await service.list({ first: 10, filter: { mine: true } }, rep)).totalCount).toBe(1);

      await expect(service.review(draft.id, ReviewAction.SUBMIT, other)).rejects.toThrow(ForbiddenException);
      await expect(service.review(draft.id, ReviewAction.APPROVE, reviewer)).rejects.toThrow(/cannot approve company .*: it is a draft that was never submitted/);
      expect((await service.findById(draft.id)).status).toBe(CompanyStatus.DRAFT);

      await service.review(draft.id, ReviewAction.SUBMIT, rep);
      await expect(service.review(draft.id, ReviewAction.SUBMIT, rep)).rejects.toThrow(InvalidTransitionException);
      const published = await service.review(draft.id, ReviewAction.APPROVE, reviewer);
      expect(published.status).toBe(CompanyStatus.PUBLISHED);
      expect(published.expiresAt!.getTime()).toBeGreaterThan(Date.now() + 364 * 86_400_000);
      await expect(service.findVisible(draft.id, null)).resolves.toMatchObject({ id: draft.id });
      // Only publication reaches the index; the draft's own writes before it did too, harmlessly (a non-published row is deleted from the index).
      expect((await outboxRows()).at(-1)).toMatchObject({ aggregateId: draft.id, aggregateVersion: published.version });
      expect(await auditActions(draft.id)).toEqual(['created', 'submit', 'approve']);
    });

    it('refuses a representative who sets PUBLISHED or initiativeMember, and a reviewer who edits content; nothing changes', async () => {
      const rep = await actor(Role.COMPANY_REP);
      const reviewer = await actor(Role.REVIEWER);
      await expect(service.create(input({ status: CompanyStatus.PUBLISHED }), rep)).rejects.toThrow(/only admins set status/);
      await expect(service.create(input({ status: undefined, initiativeMember: true }), rep)).rejects.toThrow(ForbiddenException);
      expect(await dataSource.getRepository(CompanyEntity).count()).toBe(0);
      const draft = await service.create(draftInput(), rep);
      await expect(service.update(draft.id, { employees: 12 }, reviewer)).rejects.toThrow(ForbiddenException);
      expect((await service.findById(draft.id)).version).toBe(draft.version);
    });

    it('keeps the published version visible while changes wait for review, and applies them on approval', async () => {
      const admin = await actor(Role.ADMIN);
      const reviewer = await actor(Role.REVIEWER);
      const live = await service.create(input({ name: { en: 'Harz Valves GmbH' } }), admin);
      const rep = await actor(Role.COMPANY_REP, [live.id]);
      const eventsBefore = (await outboxRows()).length;

      const proposed = await service.update(live.id, { name: { en: 'Harz Valves & Pumps GmbH' }, employees: 210 }, rep);
      expect(proposed.nameEn).toBe('Harz Valves GmbH');
      expect(proposed.revision).toMatchObject({ status: CompanyStatus.DRAFT, changedFields: ['nameEn', 'employees'] });
      expect((await outboxRows()).length).toBe(eventsBefore);
      // Further edits add to the same pending changes.
      await service.update(live.id, { city: 'Goslar' }, rep);
      expect((await service.findById(live.id)).revision?.changedFields).toEqual(['nameEn', 'city', 'employees']);

      await service.review(live.id, ReviewAction.SUBMIT, rep);
      await expect(service.update(live.id, { employees: 5 }, rep)).rejects.toThrow(/wait for the review decision/);
      const rejected = await service.review(live.id, ReviewAction.REJECT, reviewer, 'The register shows 180 employees.');
      expect(rejected.revision).toMatchObject({ status: CompanyStatus.REJECTED, rejectionReason: 'The register shows 180 employees.' });
      expect(rejected.status).toBe(CompanyStatus.PUBLISHED);

      await service.update(live.id, { employees: 180 }, rep);
      await service.review(live.id, ReviewAction.SUBMIT, rep);
      const approved = await service.review(live.id, ReviewAction.APPROVE, reviewer);
      expect(approved).toMatchObject({ nameEn: 'Harz Valves & Pumps GmbH', city: 'Goslar', employees: 180, revision: null, status: CompanyStatus.PUBLISHED });
      expect((await outboxRows()).at(-1)).toMatchObject({ aggregateId: live.id, aggregateVersion: approved.version });
      expect(await auditActions(live.id)).toEqual([
        'created', 'changes_proposed', 'changes_proposed', 'changes_submit', 'changes_reject', 'changes_proposed', 'changes_submit', 'changes_approve',
      ]);
    });

    it('hides a company whose term has ended, and renewal brings it back', async () => {
      const admin = await actor(Role.ADMIN);
      const live = await service.create(input(), admin);
      const rep = await actor(Role.COMPANY_REP, [live.id]);
      await dataSource.query(`UPDATE companies SET expires_at = now() - interval '1 day' WHERE id = $1`, [live.id]);
      await expect(service.findVisible(live.id, null)).rejects.toThrow(NotFoundException);
      expect((await service.list({ first: 5 }, null)).totalCount).toBe(0);
      const renewed = await service.renew(live.id, rep);
      expect(renewed.expiresAt!.getTime()).toBeGreaterThan(Date.now() + 364 * 86_400_000);
      await expect(service.findVisible(live.id, null)).resolves.toMatchObject({ id: live.id });
      const draft = await service.create(draftInput(), await actor(Role.COMPANY_REP));
      await expect(service.renew(draft.id, admin)).rejects.toThrow(/cannot renew company .*only published profiles have a term/);
    });
  });
});
