// Accounts for the e2e suites, made the way an operator and users make them: the first admin by the CLI, the rest over GraphQL.
import { randomBytes } from 'node:crypto';
import { gql } from '@hc/testing';
import { runCli } from './cli-process';

export type RoleName = 'ADMIN' | 'REVIEWER' | 'PARK_MANAGER' | 'COMPANY_REP' | 'VIEWER';

export interface Session {
  userId: string;
  email: string;
  password: string;
  token: string;
}

const SIGN_IN = `mutation($input: SignInInput!) { signIn(input: $input) { token user { id } } }`;

export async function signIn(url: string, email: string, password: string): Promise<Session> {
  const { signIn } = await gql<{ signIn: { token: string; user: { id: string } } }>(url, SIGN_IN, { input: { email, password } });
  return { userId: signIn.user.id, email, password, token: signIn.token };
}

const uniqueEmail = (prefix: string) => `${prefix}-${randomBytes(4).toString('hex')}@e2e.example.org`;

/** `npm run cli -- create-admin` with the password piped in, then signIn. */
export async function createAdmin(url: string, databaseUrl: string): Promise<Session> {
  const email = uniqueEmail('admin');
  const password = `admin-${randomBytes(8).toString('hex')}`;
  const run = await runCli(['create-admin', email, '--name', 'E2E Admin'], { DATABASE_URL: databaseUrl }, password);
  if (run.code !== 0) throw new Error(`create-admin failed (${run.code}): ${run.stderr}`);
  return signIn(url, email, password);
}

/** Self-service roles sign up; ADMIN and REVIEWER accounts are created by an admin. */
export async function createUser(url: string, role: RoleName, admin?: Session): Promise<Session> {
  const email = uniqueEmail(role.toLowerCase());
  const password = `pw-${randomBytes(8).toString('hex')}`;
  const input = { email, password, displayName: `E2E ${role}`, role };
  if (role === 'ADMIN' || role === 'REVIEWER') {
    if (!admin) throw new Error(`${role} accounts need an admin`);
    await gql(url, `mutation($input: SignUpInput!) { createUser(input: $input) { id } }`, { input }, admin.token);
    return signIn(url, email, password);
  }
  const { signUp } = await gql<{ signUp: { token: string; user: { id: string } } }>(
    url,
    `mutation($input: SignUpInput!) { signUp(input: $input) { token user { id } } }`,
    { input },
  );
  return { userId: signUp.user.id, email, password, token: signUp.token };
}
