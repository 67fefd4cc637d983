import { Role, SubjectKind } from '@hc/identity';
import { createTestDatabase } from '@hc/testing';
import { DataSource } from 'typeorm';
import { feedbackAdjustment } from './feedback-adjustment';
import { failureOf, feedbackDatabase, FeedbackServices, insertCompany, insertPark, park, signedIn, snapshot } from './test-support/feedback.fixtures';

describe('FeedbackService (real PostgreSQL)', () => {
  let dataSource: DataSource;
  let s: FeedbackServices;
  const database = feedbackDatabase(createTestDatabase);
  beforeAll(() => ({ dataSource, services: s } = database));

  const pair = (subjectId: string, candidateId: string, kind = SubjectKind.PARK) => ({ subjectKind: kind, subjectId, candidateId });

  /** What a suggestion list shows a user: the candidates minus their dismissals, ranked by base score × feedback factor. */
  async function shownTo(userId: string | null, parkId: string, candidates: { id: string; score: number }[]) {
    const adjustments = await s.feedback.adjustmentsFor(userId, park(parkId));
    const traits = await dataSource.query<{ id: string; divisions: string[]; country: string }[]>(
      `SELECT id, isic_divisions AS divisions, country FROM companies WHERE id = ANY($1::uuid[])`,
      [candidates.map((c) => c.id)],
    );
    const byId = new Map(traits.map((t) => [t.id, t]));
    return candidates
      .filter((c) => !adjustments.excluded.has(c.id))
      .map((c) => ({ id: c.id, score: c.score * feedbackAdjustment(byId.get(c.id)!, adjustments).factor }))
      .sort((a, b) => b.score - a.score)
      .map((c) => c.id);
  }

  it('a dismissed company never comes back for that user, but still does for a colleague', async () => {
    const parkId = await insertPark(dataSource);
    const gearboxes = await insertCompany(dataSource, { nameEn: 'Neckar Gearboxes', sectors: ['28'], country: 'DE' });
    const robots = await insertCompany(dataSource, { nameEn: 'Suzhou Robotics', sectors: ['28', '26'] });
    const li = await signedIn(dataSource, Role.PARK_MANAGER, { parks: [parkId] }, 'Li Wei');
    const wang = await signedIn(dataSource, Role.PARK_MANAGER, { parks: [parkId] }, 'Wang Fang');
    const candidates = [
      { id: gearboxes, score: 0.9 },
      { id: robots, score: 0.8 },
    ];
    s.feedback.recordSuggested(park(parkId), [gearboxes, robots]);

    const dismissed = await s.feedback.dismiss(li, { ...pair(parkId, gearboxes), reason: ' We already have two gearbox makers. ' });
    expect(dismissed.dismissal.reason).toBe('We already have two gearbox makers.');
    expect(dismissed.candidateName.en).toBe('Neckar Gearboxes');

    expect(await shownTo(li.userId, parkId, candidates)).toEqual([robots]);
    expect(await shownTo(wang.userId, parkId, candidates)).toEqual([gearboxes, robots]);
    expect(await shownTo(null, parkId, candidates)).toEqual([gearboxes, robots]);
    // Dismissing again changes the reason only.
    await s.feedback.dismiss(li, { ...pair(parkId, gearboxes), reason: null });
    expect(await dataSource.query(`SELECT reason FROM match_dismissals`)).toEqual([{ reason: null }]);

    expect(await s.feedback.undismiss(li, pair(parkId, gearboxes))).toBe(true);
    expect(await s.feedback.undismiss(li, pair(parkId, gearboxes))).toBe(false);
    expect(await shownTo(li.userId, parkId, candidates)).toEqual([gearboxes, robots]);
  });

  it("after dismissing two battery makers, a third battery maker's factor drops below 1 while a software firm's stays 1", async () => {
    const parkId = await insertPark(dataSource, { sectors: ['27', '62'] });
    const manager = await signedIn(dataSource, Role.PARK_MANAGER, { parks: [parkId] });
    const battery = (nameEn: string) => insertCompany(dataSource, { nameEn, sectors: ['27'] });
    const [first, second, third] = [await battery('Hefei Cells'), await battery('Ningde Packs'), await battery('Changzhou Batteries')];
    const software = await insertCompany(dataSource, { nameEn: 'Shanghai Software', sectors: ['62'] });
    await s.feedback.dismiss(manager, pair(parkId, first));
    await s.feedback.dismiss(manager, pair(parkId, second));

    const adjustments = await s.feedback.adjustmentsFor(manager.userId, park(parkId));
    expect([...adjustments.excluded].sort()).toEqual([first, second].sort());
    const batteryFactor = feedbackAdjustment({ id: third, divisions: ['27'], country: 'CN' }, adjustments);
    expect(batteryFactor.factor).toBeLessThan(1);
    expect(batteryFactor.reason).toBe('SIMILAR_TO_DISMISSED');
    expect(feedbackAdjustment({ id: software, divisions: ['62'], country: 'CN' }, adjustments).factor).toBe(1);
    // Ranked with equal base scores, the software firm now comes first.
    expect(await shownTo(manager.userId, parkId, [{ id: third, score: 0.5 }, { id: software, score: 0.5 }])).toEqual([software, third]);
  });

  it('an accepted interest raises similar candidates for everyone who manages the park', async () => {
    const parkId = await insertPark(dataSource);
    const manager = await signedIn(dataSource, Role.PARK_MANAGER, { parks: [parkId] });
    const colleague = await signedIn(dataSource, Role.PARK_MANAGER, { parks: [parkId] });
    const drives = await insertCompany(dataSource, { nameEn: 'Stuttgart Drives', sectors: ['28'], country: 'DE' });
    const rep = await signedIn(dataSource, Role.COMPANY_REP, { companies: [drives] });
    const interest = await s.interests.express(manager, { subjectKind: SubjectKind.PARK, subjectId: parkId, candidateId: drives, message: 'Would you open a plant in Taicang?' });
    expect((await s.feedback.adjustmentsFor(colleague.userId, park(parkId))).accepted).toEqual([]);
    await s.interests.accept(rep, interest.interest.id);

    const adjustments = await s.feedback.adjustmentsFor(colleague.userId, park(parkId));
    expect(adjustments.accepted).toEqual([{ id: drives, divisions: ['28'], country: 'DE' }]);
    expect(adjustments.excluded.size).toBe(0);
    const lookalike = feedbackAdjustment({ id: 'another', divisions: ['28'], country: 'DE' }, adjustments);
    expect(lookalike).toMatchObject({ reason: 'SIMILAR_TO_ACCEPTED', similarTo: drives });
    expect(lookalike.factor).toBeGreaterThan(1);
  });

  it('records each suggested pair once, counting how often it was shown; unknown companies are skipped', async () => {
    const parkId = await insertPark(dataSource);
    const a = await insertCompany(dataSource);
    const b = await insertCompany(dataSource);
    s.feedback.recordSuggested(park(parkId), [a, b, a]);
    // Noted, not written yet: no suggestion waits for the log.
    expect(await dataSource.query(`SELECT 1 FROM match_suggestions_log`)).toEqual([]);
    await s.feedback.flushSuggested();
    s.feedback.recordSuggested(park(parkId), [a, '00000000-0000-4000-8000-000000000999']);
    s.feedback.recordSuggested(park(parkId), []);
    // A company is never its own candidate.
    s.feedback.recordSuggested({ kind: SubjectKind.COMPANY, id: a }, [a, b]);
    await s.feedback.flushSuggested();
    const rows = await dataSource.query<{ subject_park_id: string | null; subject_company_id: string | null; candidate_id: string; times_shown: number }[]>(
      `SELECT subject_park_id, subject_company_id, candidate_id, times_shown
         FROM match_suggestions_log ORDER BY times_shown DESC, subject_company_id NULLS FIRST, candidate_id`,
    );
    expect(rows).toEqual([
      { subject_park_id: parkId, subject_company_id: null, candidate_id: a, times_shown: 2 },
      { subject_park_id: parkId, subject_company_id: null, candidate_id: b, times_shown: 1 },
      { subject_park_id: null, subject_company_id: a, candidate_id: b, times_shown: 1 },
    ]);
  });

  it('a shortlist is shared by the managers of a park; removing and adding again keeps one entry', async () => {
    const parkId = await insertPark(dataSource);
    const candidate = await insertCompany(dataSource, { nameDe: 'Schwäbische Präzision GmbH' });
    const li = await signedIn(dataSource, Role.PARK_MANAGER, { parks: [parkId] });
    const wang = await signedIn(dataSource, Role.PARK_MANAGER, { parks: [parkId] });
    const entry = await s.feedback.shortlist(li, pair(parkId, candidate));
    expect(entry.entry.shortlistedBy).toBe(li.userId);
    // Shortlisting again changes nothing.
    expect((await s.feedback.shortlist(wang, pair(parkId, candidate))).entry.shortlistedBy).toBe(li.userId);

    const seen = await s.feedback.listShortlist(wang, park(parkId));
    expect(seen.map((e) => [e.entry.candidateId, e.candidateName.de])).toEqual([[candidate, 'Schwäbische Präzision GmbH']]);
    expect(await s.feedback.unshortlist(wang, pair(parkId, candidate))).toBe(true);
    expect(await s.feedback.unshortlist(wang, pair(parkId, candidate))).toBe(false);
    expect(await s.feedback.listShortlist(li, park(parkId))).toEqual([]);
    await s.feedback.shortlist(wang, pair(parkId, candidate));
    expect((await s.feedback.listShortlist(await signedIn(dataSource, Role.REVIEWER), park(parkId))).map((e) => e.entry.shortlistedBy)).toEqual([wang.userId]);
    expect(await dataSource.query(`SELECT count(*)::int AS n FROM match_shortlist_entries`)).toEqual([{ n: 1 }]);

    expect(await failureOf(s.feedback.listShortlist(await signedIn(dataSource, Role.VIEWER), park(parkId)))).toMatchObject({ code: 'FORBIDDEN' });
  });

  it("only a park's managers (and admins) give feedback for it, and only on published companies", async () => {
    const parkId = await insertPark(dataSource);
    const otherPark = await insertPark(dataSource);
    const candidate = await insertCompany(dataSource);
    const draft = await insertCompany(dataSource, { status: 'draft' });
    const expired = await insertCompany(dataSource, { expiresAt: new Date(Date.now() - 86_400_000) });
    const draftPark = await insertPark(dataSource, { status: 'draft' });
    const stranger = await signedIn(dataSource, Role.PARK_MANAGER, { parks: [otherPark, draftPark] });
    const before = await snapshot(dataSource);

    expect(await failureOf(s.feedback.dismiss(stranger, pair(parkId, candidate)))).toMatchObject({ code: 'FORBIDDEN' });
    expect(await failureOf(s.feedback.shortlist(stranger, pair(parkId, candidate)))).toMatchObject({ code: 'FORBIDDEN' });
    expect(await failureOf(s.feedback.dismiss(stranger, pair(otherPark, draft)))).toMatchObject({ code: 'NOT_FOUND', message: `Company ${draft} was not found` });
    expect(await failureOf(s.feedback.shortlist(stranger, pair(otherPark, expired)))).toMatchObject({ code: 'NOT_FOUND' });
    expect(await failureOf(s.feedback.shortlist(stranger, pair(draftPark, candidate)))).toMatchObject({
      code: 'INVALID_TRANSITION',
      message: `cannot shortlist company ${candidate} for park ${draftPark}: park ${draftPark} is draft, not published`,
    });
    expect(await failureOf(s.feedback.dismiss(stranger, pair(candidate, candidate, SubjectKind.COMPANY)))).toMatchObject({ code: 'FORBIDDEN' });
    expect(await snapshot(dataSource)).toBe(before);

    const admin = await signedIn(dataSource, Role.ADMIN);
    await s.feedback.dismiss(admin, pair(parkId, candidate));
    expect((await s.feedback.adjustmentsFor(admin.userId, park(parkId))).excluded).toEqual(new Set([candidate]));
  });
});
