import { createTestDatabase, gql, postGraphQL, TestDatabase } from '@hc/testing';
import { ApiProcess, startApi } from './api-process';
import { createAdmin, createUser, Session } from './session';

const PARK_FIELDS = `id status version name { zh de en } review { status rejectionReason expiresAt renewalDue pendingChanges { status changedFields } }`;

interface ParkNode {
  id: string;
  status: string;
  version: number;
  name: { zh: string | null; de: string | null; en: string | null };
  review: { status: string; rejectionReason: string | null; expiresAt: string | null; renewalDue: boolean; pendingChanges: { status: string; changedFields: string[] } | null } | null;
}

const parkInput = {
  name: { zh: '青岛中德生态园测试园区', de: 'Deutsch-Chinesischer Ökopark Qingdao (Test)', en: 'Sino-German Ecopark Qingdao (test)' },
  description: { de: 'Standort für Wasserstofftechnik und Fahrzeugbau.', en: 'A site for hydrogen technology and vehicle making.' },
  country: 'CN',
  region: 'CN-SD',
  city: '青岛市',
  location: { latitude: 36.0671, longitude: 120.3826 },
  focusSectors: ['28', '2930'],
  offerings: ['STANDARD_FACTORIES', 'TEST_LABS', 'GERMAN_SERVICE_DESK'],
};

describe('a park goes through the review and joins the initiative, as its manager and the secretariat would do it over HTTP', () => {
  let db: TestDatabase;
  let api: ApiProcess;
  let admin: Session;
  let manager: Session;
  let reviewer: Session;
  let otherManager: Session;

  const call = <T>(query: string, variables: Record<string, unknown>, who?: Session) => gql<T>(api.url, query, variables, who?.token);
  const attempt = (query: string, variables: Record<string, unknown>, who?: Session) => postGraphQL(api.url, query, variables, who?.token);
  const parkAs = (id: string, who?: Session) => attempt(`query($id: ID!) { park(id: $id) { ${PARK_FIELDS} } }`, { id }, who);
  const searchParks = async (query: string) =>
    (await call<{ parks: { edges: { node: { id: string; name: { en: string } } }[] } }>(`query($q: String) { parks(first: 20, filter: { query: $q }) { edges { node { id name { en } } } } }`, { q: query })).parks.edges.map(
      (e) => e.node,
    );

  beforeAll(async () => {
    db = await createTestDatabase();
    api = await startApi({ DATABASE_URL: db.url, SEED_DEMO: 'false', OUTBOX_POLL_MS: '200' });
    admin = await createAdmin(api.url, db.url);
    reviewer = await createUser(api.url, 'REVIEWER', admin);
    manager = await createUser(api.url, 'PARK_MANAGER');
    otherManager = await createUser(api.url, 'PARK_MANAGER');
  });
  afterAll(async () => {
    await api?.stop();
    await db?.drop();
  });

  it('draft -> submitted -> rejected with a reason -> fixed and resubmitted -> published and found -> member of the initiative; edits wait for approval while the published version stays', async () => {
    // The manager drafts the profile: it is theirs, and nobody else sees it.
    const { createPark: draft } = await call<{ createPark: ParkNode }>(`mutation($input: ParkProfileInput!) { createPark(input: $input) { ${PARK_FIELDS} } }`, { input: parkInput }, manager);
    expect(draft.status).toBe('DRAFT');
    expect(draft.review?.status).toBe('DRAFT');
    for (const who of [undefined, otherManager]) {
      expect((await parkAs(draft.id, who)).body.errors?.[0].extensions?.code).toBe('NOT_FOUND');
    }
    expect(await searchParks('Ecopark Qingdao')).toEqual([]);
    const me = await call<{ me: { parkIds: string[] } }>(`{ me { parkIds } }`, {}, manager);
    expect(me.me.parkIds).toEqual([draft.id]);

    // Approving a draft that was never submitted is refused with a sentence, and changes nothing.
    const early = await attempt(`mutation($id: ID!) { approvePark(id: $id) { id } }`, { id: draft.id }, reviewer);
    expect(early.body.errors?.[0].extensions?.code).toBe('INVALID_TRANSITION');
    expect(early.body.errors?.[0].message).toContain('cannot approve park');
    expect(early.body.errors?.[0].message).toContain('a draft that was never submitted');

    // Submitted, taken into review, rejected with a reason.
    await call(`mutation($id: ID!) { submitPark(id: $id) { id } }`, { id: draft.id }, manager);
    expect((await parkAs(draft.id)).body.errors?.[0].extensions?.code).toBe('NOT_FOUND');
    const queue = await call<{ parks: { edges: { node: { id: string } }[] } }>(`{ parks(first: 50, filter: { status: SUBMITTED }) { edges { node { id } } } }`, {}, reviewer);
    expect(queue.parks.edges.map((e) => e.node.id)).toContain(draft.id);
    const frozen = await attempt(`mutation($id: ID!) { updatePark(id: $id, input: { city: "Jimo" }) { id } }`, { id: draft.id }, manager);
    expect(frozen.body.errors?.[0].extensions?.code).toBe('INVALID_TRANSITION');
    await call(`mutation($id: ID!) { startParkReview(id: $id) { id } }`, { id: draft.id }, reviewer);
    const noReason = await attempt(`mutation($id: ID!) { rejectPark(id: $id, reason: "") { id } }`, { id: draft.id }, reviewer);
    expect(noReason.body.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    const reason = 'Please add a German name without "(Test)" and the service desk contact.';
    const { rejectPark } = await call<{ rejectPark: ParkNode }>(`mutation($id: ID!, $r: String!) { rejectPark(id: $id, reason: $r) { ${PARK_FIELDS} } }`, { id: draft.id, r: reason }, reviewer);
    expect(rejectPark.status).toBe('REJECTED');
    // The reason reaches the manager, not the public.
    const seen = (await parkAs(draft.id, manager)).body.data as { park: ParkNode };
    expect(seen.park.review).toMatchObject({ status: 'REJECTED', rejectionReason: reason });
    expect((await parkAs(draft.id)).body.errors?.[0].extensions?.code).toBe('NOT_FOUND');

    // Fixed and resubmitted; the reviewer publishes it and it is found.
    await call(`mutation($id: ID!) { updatePark(id: $id, input: { name: { de: "Deutsch-Chinesischer Ökopark Qingdao" } }) { id } }`, { id: draft.id }, manager);
    await call(`mutation($id: ID!) { submitPark(id: $id) { id } }`, { id: draft.id }, manager);
    const { approvePark } = await call<{ approvePark: ParkNode }>(`mutation($id: ID!) { approvePark(id: $id) { ${PARK_FIELDS} } }`, { id: draft.id }, reviewer);
    expect(approvePark.status).toBe('PUBLISHED');
    expect(new Date(approvePark.review!.expiresAt!).getTime()).toBeGreaterThan(Date.now() + 300 * 86_400_000);
    expect(approvePark.review!.renewalDue).toBe(false);
    expect((await parkAs(draft.id)).body.data).toMatchObject({ park: { id: draft.id, status: 'PUBLISHED', review: null } });
    for (const words of ['Ecopark Qingdao', '生态园', 'Ökopark']) {
      expect((await searchParks(words)).map((p) => p.id)).toContain(draft.id);
    }

    // An edit of the published park waits for approval; the public keeps seeing the published version.
    const { updatePark } = await call<{ updatePark: ParkNode }>(
      `mutation($id: ID!) { updatePark(id: $id, input: { name: { en: "Sino-German Ecopark Qingdao Phase II" } }) { ${PARK_FIELDS} } }`,
      { id: draft.id },
      manager,
    );
    expect(updatePark.review?.pendingChanges).toEqual({ status: 'DRAFT', changedFields: ['nameEn'] });
    const publicView = (await parkAs(draft.id)).body.data as { park: ParkNode };
    expect(publicView.park.name.en).toBe('Sino-German Ecopark Qingdao (test)');
    const preview = await call<{ park: { pendingVersion: { name: { en: string } } } }>(`query($id: ID!) { park(id: $id) { pendingVersion { name { en } } } }`, { id: draft.id }, reviewer);
    expect(preview.park.pendingVersion.name.en).toBe('Sino-German Ecopark Qingdao Phase II');
    await call(`mutation($id: ID!) { submitPark(id: $id) { id } }`, { id: draft.id }, manager);
    await call(`mutation($id: ID!) { approvePark(id: $id) { id } }`, { id: draft.id }, reviewer);
    expect(((await parkAs(draft.id)).body.data as { park: ParkNode }).park.name.en).toBe('Sino-German Ecopark Qingdao Phase II');

    // The published park joins the new-ecology initiative: it applies, the secretariat accepts, and it is flagged as a member.
    const { applyForMembership } = await call<{ applyForMembership: { id: string; status: string } }>(
      `mutation($input: ApplyForMembershipInput!) { applyForMembership(input: $input) { id status } }`,
      { input: { memberKind: 'PARK', memberId: draft.id, motivation: 'Hydrogen and vehicle suppliers from Germany are our focus.' } },
      manager,
    );
    expect(applyForMembership.status).toBe('APPLIED');
    const notMine = await attempt(`mutation($id: ID!) { acceptMembership(id: $id) { id } }`, { id: applyForMembership.id }, manager);
    expect(notMine.body.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const { acceptMembership } = await call<{ acceptMembership: { status: string } }>(`mutation($id: ID!) { acceptMembership(id: $id) { status } }`, { id: applyForMembership.id }, reviewer);
    expect(acceptMembership.status).toBe('ACCEPTED');
    const members = await call<{ parks: { edges: { node: { id: string; initiativeMember: boolean } }[] } }>(
      `{ parks(first: 20, filter: { initiativeMember: true, query: "Qingdao" }) { edges { node { id initiativeMember } } } }`,
      {},
    );
    expect(members.parks.edges.map((e) => e.node)).toEqual([{ id: draft.id, initiativeMember: true }]);
    const listed = await call<{ initiativeMembers: { edges: { node: { memberId: string } }[] } }>(`{ initiativeMembers(first: 50) { edges { node { memberId } } } }`, {});
    expect(listed.initiativeMembers.edges.map((e) => e.node.memberId)).toContain(draft.id);

    // Every step is in the audit log, readable by the manager and by admins, not by another manager.
    const audit = await call<{ auditLog: { edges: { node: { action: string; actorRole: string; toStatus: string | null; reason: string | null } }[] } }>(
      `query($id: ID!) { auditLog(kind: PARK, profileId: $id, first: 50) { edges { node { action actorRole toStatus reason } } } }`,
      { id: draft.id },
      manager,
    );
    expect(audit.auditLog.edges.map((e) => e.node.action).reverse()).toEqual([
      'created', 'submit', 'start_review', 'reject', 'updated', 'submit', 'approve', 'changes_proposed', 'changes_submit', 'changes_approve', 'join_initiative',
    ]);
    expect(audit.auditLog.edges.find((e) => e.node.action === 'reject')?.node).toMatchObject({ actorRole: 'REVIEWER', reason });
    const denied = await attempt(`query($id: ID!) { auditLog(kind: PARK, profileId: $id) { totalCount } }`, { id: draft.id }, otherManager);
    expect(denied.body.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const asAdmin = await call<{ auditLog: { totalCount: number } }>(`query($id: ID!) { auditLog(kind: PARK, profileId: $id) { totalCount } }`, { id: draft.id }, admin);
    expect(asAdmin.auditLog.totalCount).toBe(11);
  });

  it('refuses sign-in with a wrong password, operations with a forged token, and `me` without one', async () => {
    const wrong = await attempt(`mutation($input: SignInInput!) { signIn(input: $input) { token } }`, { input: { email: manager.email, password: 'not-the-password' } });
    expect(wrong.body.errors?.[0]).toMatchObject({ message: 'wrong e-mail or password', extensions: { code: 'UNAUTHENTICATED' } });
    const forged = await postGraphQL(api.url, `{ me { user { id } } }`, {}, `${manager.token.slice(0, -4)}AAAA`);
    expect(forged.body.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    const anonymous = await postGraphQL(api.url, `{ me { user { id } } }`);
    expect(anonymous.body.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('gives dashboards a read-only API key that reads, cannot write, and stops working when revoked', async () => {
    const { createApiKey } = await call<{ createApiKey: { key: string; apiKey: { id: string; prefix: string } } }>(
      `mutation { createApiKey(input: { name: "Qingdao dashboard" }) { key apiKey { id prefix } } }`,
      {},
      manager,
    );
    expect(createApiKey.key.startsWith(createApiKey.apiKey.prefix)).toBe(true);
    const read = await fetch(`${api.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-api-key': createApiKey.key },
      body: JSON.stringify({ query: '{ me { readOnly user { id } } }' }),
    });
    expect(((await read.json()) as { data: { me: { readOnly: boolean } } }).data.me.readOnly).toBe(true);
    const write = await postGraphQL(api.url, `mutation($input: ParkProfileInput!) { createPark(input: $input) { id } }`, { input: parkInput }, createApiKey.key);
    expect(write.body.errors?.[0]).toMatchObject({ extensions: { code: 'FORBIDDEN' } });
    expect(write.body.errors?.[0].message).toContain('read-only');
    await call(`mutation($id: ID!) { revokeApiKey(id: $id) { revokedAt } }`, { id: createApiKey.apiKey.id }, manager);
    const revoked = await postGraphQL(api.url, `{ me { user { id } } }`, {}, createApiKey.key);
    expect(revoked.body.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
  });
});
