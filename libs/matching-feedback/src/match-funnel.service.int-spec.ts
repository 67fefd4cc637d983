import { Role, SubjectKind } from '@hc/identity';
import { createTestDatabase } from '@hc/testing';
import { DataSource } from 'typeorm';
import { toMatchFunnelObject } from './feedback.mapper';
import { FunnelStage } from './feedback.model';
import { company, failureOf, feedbackDatabase, FeedbackServices, insertAgreement, insertCompany, insertPark, park, signedIn } from './test-support/feedback.fixtures';

describe('MatchFunnelService (real PostgreSQL)', () => {
  let dataSource: DataSource;
  let s: FeedbackServices;
  const database = feedbackDatabase(createTestDatabase);
  beforeAll(() => ({ dataSource, services: s } = database));

  const counts = (f: ReturnType<typeof toMatchFunnelObject>) => [f.suggested, f.shortlisted, f.interestsSent, f.accepted, f.meetings, f.agreements];

  /** 10 companies suggested to a park; 3 shortlisted; interests to 2 of them; 1 accepted, met and agreed. */
  async function parkFunnel() {
    const parkId = await insertPark(dataSource);
    const manager = await signedIn(dataSource, Role.PARK_MANAGER, { parks: [parkId] });
    const companies: string[] = [];
    for (let i = 0; i < 10; i += 1) companies.push(await insertCompany(dataSource, { nameEn: `Candidate ${i}` }));
    const reps = await Promise.all(companies.slice(0, 2).map((id) => signedIn(dataSource, Role.COMPANY_REP, { companies: [id] })));
    s.feedback.recordSuggested(park(parkId), companies);
    s.feedback.recordSuggested(park(parkId), companies.slice(0, 5));
    for (const id of companies.slice(0, 3)) await s.feedback.shortlist(manager, { subjectKind: SubjectKind.PARK, subjectId: parkId, candidateId: id });
    await s.feedback.dismiss(manager, { subjectKind: SubjectKind.PARK, subjectId: parkId, candidateId: companies[9]! });
    const interests = [];
    for (const id of companies.slice(0, 2)) interests.push(await s.interests.express(manager, { subjectKind: SubjectKind.PARK, subjectId: parkId, candidateId: id, message: 'Visit us?' }));
    await s.interests.decline(reps[1]!, interests[1]!.interest.id, 'Not now.');
    const won = interests[0]!.interest.id;
    await s.interests.accept(reps[0]!, won);
    await s.interests.scheduleMeeting(reps[0]!, { interestId: won, at: new Date('2025-09-01T08:00:00Z'), place: 'Taicang' });
    await s.interests.linkAgreement(manager, { interestId: won, agreementId: await insertAgreement(dataSource, [park(parkId), company(companies[0]!)]) });
    return { parkId, manager, companies };
  }

  it('the funnel of a park counts 10 suggested, 3 shortlisted, 2 interests, 1 accepted, 1 agreement', async () => {
    const { parkId, manager } = await parkFunnel();
    const funnel = toMatchFunnelObject(await s.funnel.funnel(manager, { subjectKind: SubjectKind.PARK, subjectId: parkId }));
    expect(funnel).toMatchObject({ subjectKind: SubjectKind.PARK, subjectId: parkId, suggested: 10, shortlisted: 3, interestsSent: 2, accepted: 1, meetings: 1, agreements: 1, dismissed: 1 });
    expect(funnel.stages.map((st) => [st.stage, st.count, st.rateFromPrevious, st.rateFromSuggested])).toEqual([
      [FunnelStage.SUGGESTED, 10, null, 1],
      [FunnelStage.SHORTLISTED, 3, 0.3, 0.3],
      [FunnelStage.INTEREST_SENT, 2, 0.6667, 0.2],
      [FunnelStage.ACCEPTED, 1, 0.5, 0.1],
      [FunnelStage.MEETING, 1, 1, 0.1],
      [FunnelStage.AGREEMENT, 1, 1, 0.1],
    ]);
    expect(funnel.stages[3]!.label).toEqual({ zh: '意向已接受', de: 'Interesse angenommen', en: 'Interest accepted' });
    // Taking a company off the shortlist does not undo history.
    await s.feedback.unshortlist(manager, { subjectKind: SubjectKind.PARK, subjectId: parkId, candidateId: (await s.feedback.listShortlist(manager, park(parkId)))[0]!.entry.candidateId });
    expect((await s.funnel.funnel(manager, { subjectKind: SubjectKind.PARK, subjectId: parkId })).stages[1]!.count).toBe(3);
  });

  it('counts a pair in every stage before the furthest it reached, per company and overall', async () => {
    const { parkId } = await parkFunnel();
    // A company writes to another it found through search: never suggested, never shortlisted.
    const seller = await insertCompany(dataSource);
    const buyer = await insertCompany(dataSource);
    const rep = await signedIn(dataSource, Role.COMPANY_REP, { companies: [seller] });
    await s.interests.express(rep, { subjectKind: SubjectKind.COMPANY, subjectId: seller, candidateId: buyer, message: 'Our gearboxes for your robots?' });
    const viewer = await signedIn(dataSource, Role.VIEWER);

    expect(counts(toMatchFunnelObject(await s.funnel.funnel(rep, { subjectKind: SubjectKind.COMPANY, subjectId: seller })))).toEqual([1, 1, 1, 0, 0, 0]);
    expect(counts(toMatchFunnelObject(await s.funnel.funnel(viewer, { subjectKind: SubjectKind.COMPANY })))).toEqual([1, 1, 1, 0, 0, 0]);
    expect(counts(toMatchFunnelObject(await s.funnel.funnel(viewer, { subjectKind: SubjectKind.PARK })))).toEqual([10, 3, 2, 1, 1, 1]);
    const overall = toMatchFunnelObject(await s.funnel.funnel(viewer, {}));
    expect(counts(overall)).toEqual([11, 4, 3, 1, 1, 1]);
    expect(overall).toMatchObject({ subjectKind: null, subjectId: null });
    // Another park without activity: zeros and no rates.
    const quiet = await insertPark(dataSource);
    const empty = toMatchFunnelObject(await s.funnel.funnel(viewer, { subjectKind: SubjectKind.PARK, subjectId: quiet }));
    expect(counts(empty)).toEqual([0, 0, 0, 0, 0, 0]);
    expect(empty.stages.map((st) => st.rateFromSuggested)).toEqual([null, null, null, null, null, null]);
    expect(parkId).not.toBe(quiet);
  });

  it("a park's funnel is for its managers and the staff and viewers; the overall one only for the staff and viewers", async () => {
    const parkId = await insertPark(dataSource);
    const manager = await signedIn(dataSource, Role.PARK_MANAGER, { parks: [parkId] });
    const otherManager = await signedIn(dataSource, Role.PARK_MANAGER, { parks: [await insertPark(dataSource)] });
    const one = { subjectKind: SubjectKind.PARK, subjectId: parkId };
    await expect(s.funnel.funnel(manager, one)).resolves.toBeDefined();
    for (const role of [Role.ADMIN, Role.REVIEWER, Role.VIEWER]) await expect(s.funnel.funnel(await signedIn(dataSource, role), one)).resolves.toBeDefined();
    expect(await failureOf(s.funnel.funnel(otherManager, one))).toMatchObject({ code: 'FORBIDDEN' });
    expect(await failureOf(s.funnel.funnel(manager, {}))).toMatchObject({ code: 'FORBIDDEN' });
    expect(await failureOf(s.funnel.funnel(manager, { subjectKind: SubjectKind.PARK }))).toMatchObject({ code: 'FORBIDDEN' });
    expect(await failureOf(s.funnel.funnel(manager, { subjectId: parkId }))).toMatchObject({ code: 'BAD_USER_INPUT' });
    const admin = await signedIn(dataSource, Role.ADMIN);
    expect(await failureOf(s.funnel.funnel(admin, { subjectKind: SubjectKind.COMPANY, subjectId: parkId }))).toMatchObject({ code: 'NOT_FOUND' });
  });
});
