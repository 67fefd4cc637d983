import { createTestDatabase, gql, postGraphQL, TestDatabase } from '@hc/testing';
import { Client } from 'pg';
import {
  ACTOR_IDS,
  ACTOR_LABELS,
  ActorId,
  credentialOf,
  fingerprint,
  fingerprintSql,
  MATRIX,
  MatrixActors,
  MatrixCase,
  newAccountInput,
  PUBLIC_MUTATIONS,
} from './access-matrix.cases';
import { ApiProcess, startApi } from './api-process';
import { createAdmin, createUser } from './session';

/**
 * The ownership rule, mutation by mutation and role by role: a park manager edits only their parks, a company
 * representative only their companies, reviewers review but do not edit, API keys only read. Every allowed
 * attempt succeeds; every denied one answers FORBIDDEN (UNAUTHENTICATED without a token) and changes nothing.
 */
describe('access matrix: every mutation as every role, over HTTP', () => {
  let db: TestDatabase;
  let api: ApiProcess;
  let pg: Client;
  let sql: string;
  let actors: MatrixActors;

  const snapshot = () => fingerprint(pg, sql);

  beforeAll(async () => {
    db = await createTestDatabase();
    api = await startApi({ DATABASE_URL: db.url, SEED_DEMO: 'false', OUTBOX_POLL_MS: '200' });
    const admin = await createAdmin(api.url, db.url);
    const [reviewer, parkOwner, otherManager, companyOwner, otherRep, viewer] = await Promise.all([
      createUser(api.url, 'REVIEWER', admin),
      createUser(api.url, 'PARK_MANAGER'),
      createUser(api.url, 'PARK_MANAGER'),
      createUser(api.url, 'COMPANY_REP'),
      createUser(api.url, 'COMPANY_REP'),
      createUser(api.url, 'VIEWER'),
    ]);
    const { createApiKey } = await gql<{ createApiKey: { key: string } }>(api.url, `mutation { createApiKey(input: { name: "matrix dashboard" }) { key } }`, {}, parkOwner.token);
    actors = { admin, reviewer, parkOwner, otherManager, companyOwner, otherRep, viewer, apiKey: createApiKey.key };
    pg = new Client({ connectionString: db.url });
    await pg.connect();
    sql = await fingerprintSql(pg);
  });
  afterAll(async () => {
    await pg?.end();
    await api?.stop();
    await db?.drop();
  });

  const rows = MATRIX.flatMap((c) => ACTOR_IDS.map((actor) => ({ c, actor })));

  const titleOf = (c: MatrixCase, actor: ActorId) => {
    const outcome = c.allowed.includes(actor) ? 'is allowed' : actor === 'anonymous' ? 'is UNAUTHENTICATED and changes nothing' : 'is FORBIDDEN and changes nothing';
    return `${c.name} as ${ACTOR_LABELS[actor]} ${outcome}`;
  };

  it.each(rows.map((r) => [titleOf(r.c, r.actor), r] as const))('%s', async (_title, { c, actor }) => {
    const variables = await c.prepare({ url: api.url, actors }, actor);
    const before = await snapshot();
    const { body } = await postGraphQL(api.url, c.query, variables, credentialOf(actors, actor));
    const after = await snapshot();
    if (c.allowed.includes(actor)) {
      expect(body.errors ?? []).toEqual([]);
      // Every allowed attempt changes something, and the fingerprint sees it: its "changes nothing" is not vacuous.
      expect(after).not.toEqual(before);
    } else {
      expect(body.errors?.map((e) => ({ code: e.extensions?.code, message: e.message }))).toEqual([
        { code: actor === 'anonymous' ? 'UNAUTHENTICATED' : 'FORBIDDEN', message: expect.any(String) },
      ]);
      expect(body.data?.[c.mutation] ?? null).toBeNull();
      expect(after).toEqual(before);
    }
  });

  it('has a case for every mutation of the running api (signUp and signIn are public and tested below)', async () => {
    const { __schema } = await gql<{ __schema: { mutationType: { fields: { name: string }[] } } }>(api.url, `{ __schema { mutationType { fields { name } } } }`);
    const inSchema = __schema.mutationType.fields.map((f) => f.name).sort();
    const covered = new Set([...MATRIX.map((c) => c.mutation), ...PUBLIC_MUTATIONS]);
    expect({ mutationsWithoutACase: inSchema.filter((name) => !covered.has(name)) }).toEqual({ mutationsWithoutACase: [] });
    expect({ casesForMissingMutations: [...covered].filter((name) => !inSchema.includes(name)) }).toEqual({ casesForMissingMutations: [] });
  });

  it('lets anyone sign up as PARK_MANAGER, COMPANY_REP or VIEWER and sign in; signing up as ADMIN or REVIEWER is BAD_USER_INPUT and creates no user', async () => {
    const SIGN_UP = `mutation($input: SignUpInput!) { signUp(input: $input) { token user { id role } } }`;
    for (const role of ['PARK_MANAGER', 'COMPANY_REP', 'VIEWER']) {
      const input = newAccountInput(role);
      const { body } = await postGraphQL<{ signUp: { token: string; user: { role: string } } }>(api.url, SIGN_UP, { input });
      expect(body.errors ?? []).toEqual([]);
      expect(body.data?.signUp.user.role).toBe(role);
      const signIn = await postGraphQL(api.url, `mutation($input: SignInInput!) { signIn(input: $input) { token } }`, { input: { email: input.email, password: input.password } });
      expect(signIn.body.errors ?? []).toEqual([]);
    }
    for (const role of ['ADMIN', 'REVIEWER']) {
      const input = newAccountInput(role);
      const before = await snapshot();
      const { body } = await postGraphQL(api.url, SIGN_UP, { input });
      expect(body.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
      expect(await snapshot()).toEqual(before);
      // Nobody by that e-mail exists: signing in with it fails like any unknown account.
      const signIn = await postGraphQL(api.url, `mutation($input: SignInInput!) { signIn(input: $input) { token } }`, { input: { email: input.email, password: input.password } });
      expect(signIn.body.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    }
  });
});
