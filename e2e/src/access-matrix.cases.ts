// The mutation × role matrix of access-matrix.e2e-spec.ts: who calls, one case per mutation (with fixtures
// made over GraphQL), and a fingerprint of the whole database that tells whether a call changed anything.
import { randomBytes } from 'node:crypto';
import { gql, makeCompanyInput } from '@hc/testing';
import type { Client } from 'pg';
import type { Session } from './session';

/** Everyone the matrix calls a mutation as. */
export const ACTOR_IDS = ['anonymous', 'admin', 'reviewer', 'parkOwner', 'otherManager', 'companyOwner', 'otherRep', 'viewer', 'apiKey'] as const;
export type ActorId = (typeof ACTOR_IDS)[number];

export const ACTOR_LABELS: Readonly<Record<ActorId, string>> = {
  anonymous: 'anonymous (no token)',
  admin: 'ADMIN',
  reviewer: 'REVIEWER',
  parkOwner: 'PARK_MANAGER (owner)',
  otherManager: 'PARK_MANAGER (other)',
  companyOwner: 'COMPANY_REP (owner)',
  otherRep: 'COMPANY_REP (other)',
  viewer: 'VIEWER',
  apiKey: 'API key of the park owner',
};

/** The signed-in actors (signed in once per suite) and the read-only API key of the park owner. */
export interface MatrixActors {
  admin: Session;
  reviewer: Session;
  parkOwner: Session;
  otherManager: Session;
  companyOwner: Session;
  otherRep: Session;
  viewer: Session;
  apiKey: string;
}

export interface MatrixContext {
  url: string;
  actors: MatrixActors;
}

/** The credential an actor sends: a token, the API key, or nothing. */
export function credentialOf(actors: MatrixActors, actor: ActorId): string | undefined {
  if (actor === 'anonymous') return undefined;
  if (actor === 'apiKey') return actors.apiKey;
  return actors[actor].token;
}

export interface MatrixCase {
  /** Shown in the test titles: the mutation, and what is special about this case when a mutation has several. */
  name: string;
  /** The Mutation field the case exercises (the completeness check compares these with the schema). */
  mutation: string;
  query: string;
  /** Everyone else must be refused: UNAUTHENTICATED without a token, FORBIDDEN otherwise. */
  allowed: readonly ActorId[];
  /** Makes a fresh fixture (as the admin or the owner) and returns the variables for `query` called as `actor`. */
  prepare(ctx: MatrixContext, actor: ActorId): Promise<Record<string, unknown>>;
}

// ---------------------------------------------------------------------------------------------
// Fixtures

const unique = () => randomBytes(4).toString('hex');

export const PARK_INPUT = {
  name: { zh: '太仓德国中小企业合作园（矩阵测试）', de: 'Deutsch-Chinesischer Mittelstandspark Taicang (Matrix)', en: 'Sino-German SME Park Taicang (matrix)' },
  description: { de: 'Standort für Maschinenbau und Automatisierung.', en: 'A site for machine building and automation.' },
  country: 'CN',
  region: 'CN-JS',
  city: '太仓市',
  location: { latitude: 31.4577, longitude: 121.1003 },
  focusSectors: ['28', '27'],
  offerings: ['STANDARD_FACTORIES', 'GERMAN_SERVICE_DESK'],
};

/** Company input a representative may send: no status (a DRAFT, published by review). */
export const repCompanyInput = () => makeCompanyInput({ name: { de: `Matrix Antriebe ${unique()} GmbH` }, status: undefined });

export type ProfileState = 'DRAFT' | 'SUBMITTED' | 'PUBLISHED';

/** A park created by the park owner (so they manage it), brought to `state` by the owner and the admin. */
export async function ownedPark({ url, actors }: MatrixContext, state: ProfileState): Promise<string> {
  const { createPark } = await gql<{ createPark: { id: string } }>(
    url,
    `mutation($input: ParkProfileInput!) { createPark(input: $input) { id } }`,
    { input: PARK_INPUT },
    actors.parkOwner.token,
  );
  const id = createPark.id;
  if (state !== 'DRAFT') await gql(url, `mutation($id: ID!) { submitPark(id: $id) { id } }`, { id }, actors.parkOwner.token);
  if (state === 'PUBLISHED') await gql(url, `mutation($id: ID!) { approvePark(id: $id) { id } }`, { id }, actors.admin.token);
  return id;
}

/** A company created by the company owner (so they represent it), brought to `state` by the owner and the admin. */
export async function ownedCompany({ url, actors }: MatrixContext, state: ProfileState): Promise<string> {
  const { createCompany } = await gql<{ createCompany: { id: string } }>(
    url,
    `mutation($input: CreateCompanyInput!) { createCompany(input: $input) { id } }`,
    { input: repCompanyInput() },
    actors.companyOwner.token,
  );
  const id = createCompany.id;
  if (state !== 'DRAFT') await gql(url, `mutation($id: ID!) { submitCompany(id: $id) { id } }`, { id }, actors.companyOwner.token);
  if (state === 'PUBLISHED') await gql(url, `mutation($id: ID!) { approveCompany(id: $id) { id } }`, { id }, actors.admin.token);
  return id;
}

export type OpportunityOwner = 'company' | 'park';

const opportunityContent = { type: 'BUSINESS_REQUEST', title: { en: 'Looking for a gearbox supplier' }, partnershipTypes: ['SUPPLIER'] };

/** The publishOpportunity input for a fresh company of the company owner, or a fresh park of the park owner. */
export async function opportunityInput(ctx: MatrixContext, owner: OpportunityOwner): Promise<Record<string, unknown>> {
  return owner === 'company' ? { ...opportunityContent, companyId: await ownedCompany(ctx, 'DRAFT') } : { ...opportunityContent, parkId: await ownedPark(ctx, 'DRAFT') };
}

/** An active opportunity published by the owner of a fresh company or park. */
export async function ownedOpportunity(ctx: MatrixContext, owner: OpportunityOwner): Promise<string> {
  const token = owner === 'company' ? ctx.actors.companyOwner.token : ctx.actors.parkOwner.token;
  const { publishOpportunity } = await gql<{ publishOpportunity: { id: string } }>(
    ctx.url,
    `mutation($input: PublishOpportunityInput!) { publishOpportunity(input: $input) { id } }`,
    { input: await opportunityInput(ctx, owner) },
    token,
  );
  return publishOpportunity.id;
}

// Fixtures of the initiative: memberships, shared resources, agreements, experts.

/** The ProfileKind (PARK or COMPANY) of an owner side. */
const PROFILE_KIND: Readonly<Record<OpportunityOwner, 'PARK' | 'COMPANY'>> = { park: 'PARK', company: 'COMPANY' };

const ownerTokenOf = ({ actors }: MatrixContext, owner: OpportunityOwner) => (owner === 'company' ? actors.companyOwner.token : actors.parkOwner.token);

/** A fresh published park of the park owner, or a fresh published company of the company owner (members must be published). */
export const publishedProfile = (ctx: MatrixContext, owner: OpportunityOwner) => (owner === 'company' ? ownedCompany(ctx, 'PUBLISHED') : ownedPark(ctx, 'PUBLISHED'));

/** The applyForMembership input for a fresh published profile of the owner. */
export async function membershipInput(ctx: MatrixContext, owner: OpportunityOwner): Promise<Record<string, unknown>> {
  return { memberKind: PROFILE_KIND[owner], memberId: await publishedProfile(ctx, owner), motivation: 'We want to share our test lab and train apprentices together.' };
}

export type MembershipState = 'APPLIED' | 'ACCEPTED';

/** A fresh published profile whose owner applied for the membership; the admin accepted it for 'ACCEPTED'. */
export async function ownedMembership(ctx: MatrixContext, owner: OpportunityOwner, state: MembershipState): Promise<{ profileId: string; membershipId: string }> {
  const input = await membershipInput(ctx, owner);
  const { applyForMembership } = await gql<{ applyForMembership: { id: string } }>(
    ctx.url,
    `mutation($input: ApplyForMembershipInput!) { applyForMembership(input: $input) { id } }`,
    { input },
    ownerTokenOf(ctx, owner),
  );
  const membershipId = applyForMembership.id;
  if (state === 'ACCEPTED') await gql(ctx.url, `mutation($id: ID!) { acceptMembership(id: $id) { id } }`, { id: membershipId }, ctx.actors.admin.token);
  return { profileId: input.memberId as string, membershipId };
}

const sharedResourceContent = {
  type: 'TEST_LAB',
  name: { de: 'Prüflabor für Antriebstechnik (Matrix)', en: 'Drive technology test lab (matrix)' },
  description: { en: 'Climate chamber and EMC test bench.' },
  country: 'CN',
  region: 'CN-JS',
  city: '太仓市',
  location: { latitude: 31.4577, longitude: 121.1003 },
  capacity: 'Two test benches, weekdays',
  conditions: 'Members only, at cost',
};

/** The publishSharedResource input for a fresh accepted member of the owner (only members share resources). */
export async function sharedResourceInput(ctx: MatrixContext, owner: OpportunityOwner): Promise<Record<string, unknown>> {
  const { profileId } = await ownedMembership(ctx, owner, 'ACCEPTED');
  return { ...sharedResourceContent, ownerKind: PROFILE_KIND[owner], ownerId: profileId };
}

/** An active shared resource published by the owner of a fresh accepted member. */
export async function ownedSharedResource(ctx: MatrixContext, owner: OpportunityOwner): Promise<string> {
  const { publishSharedResource } = await gql<{ publishSharedResource: { id: string } }>(
    ctx.url,
    `mutation($input: PublishSharedResourceInput!) { publishSharedResource(input: $input) { id } }`,
    { input: await sharedResourceInput(ctx, owner) },
    ownerTokenOf(ctx, owner),
  );
  return publishSharedResource.id;
}

/** The recordAgreement input between a fresh published park of the park owner and a fresh published company of the company owner. */
export async function agreementInput(ctx: MatrixContext): Promise<Record<string, unknown>> {
  const [parkId, companyId] = await Promise.all([ownedPark(ctx, 'PUBLISHED'), ownedCompany(ctx, 'PUBLISHED')]);
  return {
    title: { en: `Supply of gearboxes ${unique()}` },
    sectors: ['28'],
    type: 'SUPPLY',
    signedOn: '2024-05-28',
    parties: [
      { kind: 'PARK', id: parkId },
      { kind: 'COMPANY', id: companyId },
    ],
  };
}

/** A SIGNED agreement between a fresh park and a fresh company of the owners, recorded by the park owner. */
export async function recordedAgreement(ctx: MatrixContext): Promise<string> {
  const { recordAgreement } = await gql<{ recordAgreement: { id: string } }>(
    ctx.url,
    `mutation($input: RecordAgreementInput!) { recordAgreement(input: $input) { id } }`,
    { input: await agreementInput(ctx) },
    ctx.actors.parkOwner.token,
  );
  return recordAgreement.id;
}

/** An expert whose term has not ended, so assigning is not refused for other reasons. */
export const expertInput = () => ({
  fullName: `Dr. Matrix ${unique()}`,
  affiliation: 'Fraunhofer IPA',
  sectors: ['28'],
  languages: ['de', 'zh'],
  regions: ['DE-BW', 'CN-JS'],
  appointedOn: '2024-01-01',
  termEndsOn: '2099-12-31',
  email: `expert-${unique()}@e2e.example.org`,
});

const EXPERT_ASSIGNMENT_ARGS = 'expertId: $expertId, subjectKind: $subjectKind, subjectId: $subjectId';
const ASSIGN_EXPERT = `mutation($expertId: ID!, $subjectKind: ExpertSubjectKind!, $subjectId: ID!) { assignExpert(${EXPERT_ASSIGNMENT_ARGS}) { id } }`;

/** A fresh expert appointed by the admin. */
export async function appointedExpert({ url, actors }: MatrixContext): Promise<string> {
  const { appointExpert } = await gql<{ appointExpert: { id: string } }>(
    url,
    `mutation($input: AppointExpertInput!) { appointExpert(input: $input) { id } }`,
    { input: expertInput() },
    actors.admin.token,
  );
  return appointExpert.id;
}

/** The assignExpert / unassignExpert arguments for a fresh expert and a fresh published park of the park owner. */
export async function expertAssignment(ctx: MatrixContext): Promise<Record<string, unknown>> {
  const [expertId, parkId] = await Promise.all([appointedExpert(ctx), ownedPark(ctx, 'PUBLISHED')]);
  return { expertId, subjectKind: 'PARK', subjectId: parkId };
}

// Fixtures of matching feedback: a published park of the park owner, a published company of the company owner.

/** The park owner's fresh published park as the subject, the company owner's fresh published company as the candidate. */
export async function suggestionPair(ctx: MatrixContext): Promise<{ subjectKind: 'PARK'; subjectId: string; candidateId: string }> {
  const [subjectId, candidateId] = await Promise.all([ownedPark(ctx, 'PUBLISHED'), ownedCompany(ctx, 'PUBLISHED')]);
  return { subjectKind: 'PARK', subjectId, candidateId };
}

const PAIR_VARIABLES = '$subjectKind: ProfileKind!, $subjectId: ID!, $candidateId: ID!';
const PAIR_ARGS = 'subjectKind: $subjectKind, subjectId: $subjectId, candidateId: $candidateId';
const DISMISS_SUGGESTION = `mutation(${PAIR_VARIABLES}, $reason: String) { dismissSuggestion(${PAIR_ARGS}, reason: $reason) { dismissedAt } }`;
const SHORTLIST_SUGGESTION = `mutation(${PAIR_VARIABLES}) { shortlistSuggestion(${PAIR_ARGS}) { shortlistedAt } }`;

export type InterestState = 'SENT' | 'ACCEPTED' | 'MEETING_SCHEDULED';

/**
 * An expression of interest of the park owner's fresh park in the company owner's fresh company, brought to `state`
 * by the company owner. The company owner is notified of it.
 */
export async function sentInterest(ctx: MatrixContext, state: InterestState): Promise<{ interestId: string; parkId: string; companyId: string }> {
  const { subjectId: parkId, candidateId: companyId } = await suggestionPair(ctx);
  const { expressInterest } = await gql<{ expressInterest: { id: string } }>(
    ctx.url,
    `mutation($input: ExpressInterestInput!) { expressInterest(input: $input) { id } }`,
    { input: { subjectKind: 'PARK', subjectId: parkId, candidateId: companyId, message: 'Would you open your first plant in China with us?' } },
    ctx.actors.parkOwner.token,
  );
  const interestId = expressInterest.id;
  if (state !== 'SENT') await gql(ctx.url, `mutation($id: ID!) { acceptInterest(id: $id) { id } }`, { id: interestId }, ctx.actors.companyOwner.token);
  if (state === 'MEETING_SCHEDULED') {
    await gql(
      ctx.url,
      `mutation($interestId: ID!, $at: DateTime!, $place: String!) { scheduleMeeting(interestId: $interestId, at: $at, place: $place) { id } }`,
      { interestId, at: '2030-06-02T09:30:00.000Z', place: 'Taicang, Building 3' },
      ctx.actors.companyOwner.token,
    );
  }
  return { interestId, parkId, companyId };
}

export const newAccountInput = (role: string) => ({ email: `matrix-${unique()}@e2e.example.org`, password: `pw-${unique()}${unique()}`, displayName: `Matrix ${role}`, role });

/** A fresh self-service account; returns its id. */
export async function freshUser({ url }: MatrixContext, role: 'PARK_MANAGER' | 'COMPANY_REP' | 'VIEWER'): Promise<string> {
  const { signUp } = await gql<{ signUp: { user: { id: string } } }>(url, `mutation($input: SignUpInput!) { signUp(input: $input) { user { id } } }`, {
    input: newAccountInput(role),
  });
  return signUp.user.id;
}

/** An API key of the park owner, other than the one the matrix calls with. */
async function parkOwnerKey({ url, actors }: MatrixContext): Promise<string> {
  const { createApiKey } = await gql<{ createApiKey: { apiKey: { id: string } } }>(
    url,
    `mutation { createApiKey(input: { name: "matrix fixture" }) { apiKey { id } } }`,
    {},
    actors.parkOwner.token,
  );
  return createApiKey.apiKey.id;
}

const IMPORT_HEADER = 'registry_id,name_de,country,region,city,latitude,longitude,activity_codes,employees,status';

// ---------------------------------------------------------------------------------------------
// Who may do what: the product rule, written down once.

const STAFF: readonly ActorId[] = ['admin', 'reviewer'];
const PARK_OWNERS: readonly ActorId[] = ['admin', 'parkOwner'];
const COMPANY_OWNERS: readonly ActorId[] = ['admin', 'companyOwner'];
const ADMIN_ONLY: readonly ActorId[] = ['admin'];
const SIGNED_IN_WITH_A_TOKEN: readonly ActorId[] = ['admin', 'reviewer', 'parkOwner', 'otherManager', 'companyOwner', 'otherRep', 'viewer'];
/** Staff, or an owner of one of the parties (the matrix's agreements are between the owners' park and company). */
const AGREEMENT_PARTIES: readonly ActorId[] = ['admin', 'reviewer', 'parkOwner', 'companyOwner'];
const OWNERS_OF: Readonly<Record<OpportunityOwner, readonly ActorId[]>> = { company: COMPANY_OWNERS, park: PARK_OWNERS };
/** Either side of an expression of interest (the park owner's park sent it to the company owner's company), and admins. */
const INTEREST_PARTIES: readonly ActorId[] = ['admin', 'parkOwner', 'companyOwner'];

/** A mutation that takes the id of a park or company (and a reason, for rejections), made for a fixture in `state`. */
function reviewStepCase(kind: 'park' | 'company', mutation: string, allowed: readonly ActorId[], state: ProfileState, reason?: string): MatrixCase {
  const query = reason
    ? `mutation($id: ID!, $reason: String!) { ${mutation}(id: $id, reason: $reason) { id status } }`
    : `mutation($id: ID!) { ${mutation}(id: $id) { id status } }`;
  return {
    name: mutation,
    mutation,
    query,
    allowed,
    prepare: async (ctx) => ({ id: kind === 'park' ? await ownedPark(ctx, state) : await ownedCompany(ctx, state), ...(reason ? { reason } : {}) }),
  };
}

const parkCase = (mutation: string, allowed: readonly ActorId[], state: ProfileState, reason?: string) => reviewStepCase('park', mutation, allowed, state, reason);
const companyCase = (mutation: string, allowed: readonly ActorId[], state: ProfileState, reason?: string) => reviewStepCase('company', mutation, allowed, state, reason);

function opportunityCases(owner: OpportunityOwner): MatrixCase[] {
  const of = `(${owner} opportunity)`;
  const allowed = OWNERS_OF[owner];
  return [
    {
      name: `publishOpportunity ${of}`,
      mutation: 'publishOpportunity',
      query: `mutation($input: PublishOpportunityInput!) { publishOpportunity(input: $input) { id } }`,
      allowed,
      prepare: async (ctx) => ({ input: await opportunityInput(ctx, owner) }),
    },
    {
      name: `updateOpportunity ${of}`,
      mutation: 'updateOpportunity',
      query: `mutation($id: ID!, $input: UpdateOpportunityInput!) { updateOpportunity(id: $id, input: $input) { id } }`,
      allowed,
      prepare: async (ctx) => ({ id: await ownedOpportunity(ctx, owner), input: { title: { en: 'Looking for a second gearbox supplier' } } }),
    },
    {
      name: `renewOpportunity ${of}`,
      mutation: 'renewOpportunity',
      query: `mutation($id: ID!) { renewOpportunity(id: $id) { id } }`,
      allowed,
      prepare: async (ctx) => ({ id: await ownedOpportunity(ctx, owner) }),
    },
    {
      name: `withdrawOpportunity ${of}`,
      mutation: 'withdrawOpportunity',
      query: `mutation($id: ID!) { withdrawOpportunity(id: $id) { id } }`,
      allowed,
      prepare: async (ctx) => ({ id: await ownedOpportunity(ctx, owner) }),
    },
  ];
}

/** Membership applications of a park or company: applied for and withdrawn by the profile's owners and admins. */
function membershipCases(owner: OpportunityOwner): MatrixCase[] {
  const allowed = OWNERS_OF[owner];
  // One withdrawal per transition: the park withdraws an open application, the company ends an accepted membership.
  const withdrawnState: MembershipState = owner === 'park' ? 'APPLIED' : 'ACCEPTED';
  return [
    {
      name: `applyForMembership (published ${owner})`,
      mutation: 'applyForMembership',
      query: `mutation($input: ApplyForMembershipInput!) { applyForMembership(input: $input) { id status } }`,
      allowed,
      prepare: async (ctx) => ({ input: await membershipInput(ctx, owner) }),
    },
    {
      name: `withdrawMembership (${owner}, ${withdrawnState})`,
      mutation: 'withdrawMembership',
      query: `mutation($id: ID!) { withdrawMembership(id: $id) { id status } }`,
      allowed,
      prepare: async (ctx) => ({ id: (await ownedMembership(ctx, owner, withdrawnState)).membershipId }),
    },
  ];
}

/** Shared resources of an accepted member: published, changed and withdrawn by the member's owners and admins. */
function sharedResourceCases(owner: OpportunityOwner): MatrixCase[] {
  const of = `(${owner} resource)`;
  const allowed = OWNERS_OF[owner];
  return [
    {
      name: `publishSharedResource ${of}`,
      mutation: 'publishSharedResource',
      query: `mutation($input: PublishSharedResourceInput!) { publishSharedResource(input: $input) { id status } }`,
      allowed,
      prepare: async (ctx) => ({ input: await sharedResourceInput(ctx, owner) }),
    },
    {
      name: `updateSharedResource ${of}`,
      mutation: 'updateSharedResource',
      query: `mutation($id: ID!, $input: UpdateSharedResourceInput!) { updateSharedResource(id: $id, input: $input) { id } }`,
      allowed,
      prepare: async (ctx) => ({ id: await ownedSharedResource(ctx, owner), input: { capacity: 'Three test benches, also on Saturdays', name: { en: 'Drive technology test lab (edited)' } } }),
    },
    {
      name: `withdrawSharedResource ${of}`,
      mutation: 'withdrawSharedResource',
      query: `mutation($id: ID!) { withdrawSharedResource(id: $id) { id status } }`,
      allowed,
      prepare: async (ctx) => ({ id: await ownedSharedResource(ctx, owner) }),
    },
  ];
}

const REASON = 'Please add the contact of the German service desk.';

/** One case per mutation (several where ownership or admin-only fields make a difference). */
export const MATRIX: readonly MatrixCase[] = [
  // Parks: created by park managers; edited by their managers and admins; reviewed by the staff.
  {
    name: 'createPark',
    mutation: 'createPark',
    query: `mutation($input: ParkProfileInput!) { createPark(input: $input) { id status } }`,
    allowed: ['admin', 'parkOwner', 'otherManager'],
    prepare: async () => ({ input: PARK_INPUT }),
  },
  {
    name: 'updatePark',
    mutation: 'updatePark',
    query: `mutation($id: ID!, $input: UpdateParkInput!) { updatePark(id: $id, input: $input) { id } }`,
    allowed: PARK_OWNERS,
    prepare: async (ctx) => ({ id: await ownedPark(ctx, 'DRAFT'), input: { city: '苏州市', name: { en: 'Sino-German SME Park Taicang (edited)' } } }),
  },
  parkCase('submitPark', PARK_OWNERS, 'DRAFT'),
  parkCase('startParkReview', STAFF, 'SUBMITTED'),
  parkCase('approvePark', STAFF, 'SUBMITTED'),
  parkCase('rejectPark', STAFF, 'SUBMITTED', REASON),
  parkCase('renewPark', PARK_OWNERS, 'PUBLISHED'),

  // Companies: created by company representatives; edited by their representatives and admins; reviewed by the staff.
  {
    name: 'createCompany',
    mutation: 'createCompany',
    query: `mutation($input: CreateCompanyInput!) { createCompany(input: $input) { id status } }`,
    allowed: ['admin', 'companyOwner', 'otherRep'],
    prepare: async () => ({ input: repCompanyInput() }),
  },
  {
    name: 'createCompany (status: PUBLISHED, skipping the review)',
    mutation: 'createCompany',
    query: `mutation($input: CreateCompanyInput!) { createCompany(input: $input) { id status } }`,
    allowed: ADMIN_ONLY,
    prepare: async () => ({ input: makeCompanyInput({ name: { de: `Matrix Direkt ${unique()} GmbH` }, status: 'PUBLISHED' }) }),
  },
  {
    name: 'updateCompany',
    mutation: 'updateCompany',
    query: `mutation($id: ID!, $input: UpdateCompanyInput!) { updateCompany(id: $id, input: $input) { id } }`,
    allowed: COMPANY_OWNERS,
    prepare: async (ctx) => ({ id: await ownedCompany(ctx, 'DRAFT'), input: { city: 'Esslingen am Neckar', employees: 190 } }),
  },
  {
    name: 'updateCompany (initiativeMember)',
    mutation: 'updateCompany',
    query: `mutation($id: ID!, $input: UpdateCompanyInput!) { updateCompany(id: $id, input: $input) { id } }`,
    allowed: ADMIN_ONLY,
    prepare: async (ctx) => ({ id: await ownedCompany(ctx, 'DRAFT'), input: { initiativeMember: true } }),
  },
  {
    name: 'deleteCompany',
    mutation: 'deleteCompany',
    query: `mutation($id: ID!) { deleteCompany(id: $id) }`,
    allowed: COMPANY_OWNERS,
    prepare: async (ctx) => ({ id: await ownedCompany(ctx, 'DRAFT') }),
  },
  companyCase('submitCompany', COMPANY_OWNERS, 'DRAFT'),
  companyCase('startCompanyReview', STAFF, 'SUBMITTED'),
  companyCase('approveCompany', STAFF, 'SUBMITTED'),
  companyCase('rejectCompany', STAFF, 'SUBMITTED', REASON),
  companyCase('renewCompany', COMPANY_OWNERS, 'PUBLISHED'),
  {
    name: 'importCompanies',
    mutation: 'importCompanies',
    query: `mutation($content: String!) { importCompanies(input: { content: $content, format: CSV }) { created written } }`,
    allowed: ADMIN_ONLY,
    prepare: async () => ({ content: `${IMPORT_HEADER}\nUlm HRB ${Date.now() % 1_000_000}${unique()},Matrix Import ${unique()} GmbH,DE,DE-BW,Ulm,48.4,9.99,WZ2008:26.51.0,40,draft\n` }),
  },

  // Opportunities: published and changed by the owners of their company or park, and admins.
  ...opportunityCases('company'),
  ...opportunityCases('park'),

  // The initiative: owners apply for membership and share resources; the secretariat (reviewers, admins) decides and appoints experts.
  ...membershipCases('park'),
  ...membershipCases('company'),
  {
    // The park owner's own application: still the secretariat's decision, not the owner's.
    name: 'acceptMembership (park, APPLIED)',
    mutation: 'acceptMembership',
    query: `mutation($id: ID!) { acceptMembership(id: $id) { id status } }`,
    allowed: STAFF,
    prepare: async (ctx) => ({ id: (await ownedMembership(ctx, 'park', 'APPLIED')).membershipId }),
  },
  {
    name: 'declineMembership (company, APPLIED)',
    mutation: 'declineMembership',
    query: `mutation($id: ID!, $reason: String!) { declineMembership(id: $id, reason: $reason) { id status } }`,
    allowed: STAFF,
    prepare: async (ctx) => ({ id: (await ownedMembership(ctx, 'company', 'APPLIED')).membershipId, reason: REASON }),
  },
  ...sharedResourceCases('park'),
  ...sharedResourceCases('company'),
  {
    // Parties: a park of the park owner and a company of the company owner, so both owners are owners of a party.
    name: 'recordAgreement (park of the park owner + company of the company owner)',
    mutation: 'recordAgreement',
    query: `mutation($input: RecordAgreementInput!) { recordAgreement(input: $input) { id status } }`,
    allowed: AGREEMENT_PARTIES,
    prepare: async (ctx) => ({ input: await agreementInput(ctx) }),
  },
  {
    name: 'changeAgreementStatus (SIGNED -> IN_IMPLEMENTATION, same parties)',
    mutation: 'changeAgreementStatus',
    query: `mutation($id: ID!, $status: AgreementStatus!, $reason: String) { changeAgreementStatus(id: $id, status: $status, reason: $reason) { id status } }`,
    allowed: AGREEMENT_PARTIES,
    prepare: async (ctx) => ({ id: await recordedAgreement(ctx), status: 'IN_IMPLEMENTATION', reason: 'Production started in Taicang.' }),
  },
  {
    name: 'appointExpert',
    mutation: 'appointExpert',
    query: `mutation($input: AppointExpertInput!) { appointExpert(input: $input) { id } }`,
    allowed: STAFF,
    prepare: async () => ({ input: expertInput() }),
  },
  {
    name: 'updateExpert',
    mutation: 'updateExpert',
    query: `mutation($id: ID!, $input: UpdateExpertInput!) { updateExpert(id: $id, input: $input) { id } }`,
    allowed: STAFF,
    prepare: async (ctx) => ({ id: await appointedExpert(ctx), input: { affiliation: 'Fraunhofer IPA, Stuttgart', termEndsOn: '2100-12-31' } }),
  },
  {
    // To the park owner's park: the owner is still refused, assignments are the secretariat's.
    name: "assignExpert (to the park owner's park)",
    mutation: 'assignExpert',
    query: ASSIGN_EXPERT,
    allowed: STAFF,
    prepare: (ctx) => expertAssignment(ctx),
  },
  {
    name: "unassignExpert (from the park owner's park)",
    mutation: 'unassignExpert',
    query: `mutation($expertId: ID!, $subjectKind: ExpertSubjectKind!, $subjectId: ID!) { unassignExpert(${EXPERT_ASSIGNMENT_ARGS}) { id } }`,
    allowed: STAFF,
    prepare: async (ctx) => {
      const args = await expertAssignment(ctx);
      await gql(ctx.url, ASSIGN_EXPERT, args, ctx.actors.admin.token);
      return args;
    },
  },

  // Matching feedback: the park's managers act on its suggestions, the company's representatives answer interests.
  {
    name: "dismissSuggestion (the park owner's park)",
    mutation: 'dismissSuggestion',
    query: DISMISS_SUGGESTION,
    allowed: PARK_OWNERS,
    prepare: async (ctx) => ({ ...(await suggestionPair(ctx)), reason: 'We already host two gearbox makers.' }),
  },
  {
    // A dismissal is the user's own: the allowed actor takes back their own, the others try the park owner's.
    name: "undismissSuggestion (the park owner's park)",
    mutation: 'undismissSuggestion',
    query: `mutation(${PAIR_VARIABLES}) { undismissSuggestion(${PAIR_ARGS}) }`,
    allowed: PARK_OWNERS,
    prepare: async (ctx, actor) => {
      const pair = await suggestionPair(ctx);
      const dismisser = actor === 'admin' ? ctx.actors.admin : ctx.actors.parkOwner;
      await gql(ctx.url, DISMISS_SUGGESTION, { ...pair, reason: null }, dismisser.token);
      return pair;
    },
  },
  {
    name: "shortlistSuggestion (the park owner's park)",
    mutation: 'shortlistSuggestion',
    query: SHORTLIST_SUGGESTION,
    allowed: PARK_OWNERS,
    prepare: (ctx) => suggestionPair(ctx),
  },
  {
    name: "unshortlistSuggestion (the park owner's park)",
    mutation: 'unshortlistSuggestion',
    query: `mutation(${PAIR_VARIABLES}) { unshortlistSuggestion(${PAIR_ARGS}) }`,
    allowed: PARK_OWNERS,
    prepare: async (ctx) => {
      const pair = await suggestionPair(ctx);
      await gql(ctx.url, SHORTLIST_SUGGESTION, pair, ctx.actors.parkOwner.token);
      return pair;
    },
  },
  {
    name: "expressInterest (the park owner's park in the company owner's company)",
    mutation: 'expressInterest',
    query: `mutation($input: ExpressInterestInput!) { expressInterest(input: $input) { id status } }`,
    allowed: PARK_OWNERS,
    prepare: async (ctx) => ({ input: { ...(await suggestionPair(ctx)), message: 'Would you open your first plant in China with us?' } }),
  },
  {
    // Sent by the park owner to the company owner's company: only the receiving side answers.
    name: 'acceptInterest (SENT, to the company owner)',
    mutation: 'acceptInterest',
    query: `mutation($id: ID!) { acceptInterest(id: $id) { id status } }`,
    allowed: COMPANY_OWNERS,
    prepare: async (ctx) => ({ id: (await sentInterest(ctx, 'SENT')).interestId }),
  },
  {
    name: 'declineInterest (SENT, to the company owner)',
    mutation: 'declineInterest',
    query: `mutation($id: ID!, $reason: String) { declineInterest(id: $id, reason: $reason) { id status } }`,
    allowed: COMPANY_OWNERS,
    prepare: async (ctx) => ({ id: (await sentInterest(ctx, 'SENT')).interestId, reason: 'Not this year.' }),
  },
  {
    name: 'withdrawInterest (SENT, by the park owner)',
    mutation: 'withdrawInterest',
    query: `mutation($id: ID!) { withdrawInterest(id: $id) { id status } }`,
    allowed: PARK_OWNERS,
    prepare: async (ctx) => ({ id: (await sentInterest(ctx, 'SENT')).interestId }),
  },
  {
    name: 'scheduleMeeting (ACCEPTED)',
    mutation: 'scheduleMeeting',
    query: `mutation($interestId: ID!, $at: DateTime!, $place: String!) { scheduleMeeting(interestId: $interestId, at: $at, place: $place) { id status } }`,
    allowed: INTEREST_PARTIES,
    prepare: async (ctx) => ({ interestId: (await sentInterest(ctx, 'ACCEPTED')).interestId, at: '2030-06-02T09:30:00.000Z', place: 'Stuttgart' }),
  },
  {
    // The agreement is recorded by the park owner between the same park and company.
    name: 'linkAgreement (MEETING_SCHEDULED, an agreement of both parties)',
    mutation: 'linkAgreement',
    query: `mutation($interestId: ID!, $agreementId: ID!) { linkAgreement(interestId: $interestId, agreementId: $agreementId) { id status } }`,
    allowed: AGREEMENT_PARTIES,
    prepare: async (ctx) => {
      const { interestId, parkId, companyId } = await sentInterest(ctx, 'MEETING_SCHEDULED');
      const { recordAgreement } = await gql<{ recordAgreement: { id: string } }>(
        ctx.url,
        `mutation($input: RecordAgreementInput!) { recordAgreement(input: $input) { id } }`,
        {
          input: {
            title: { en: `Plant in Taicang ${unique()}` },
            sectors: ['28'],
            type: 'LOCALISATION',
            signedOn: '2024-05-28',
            parties: [
              { kind: 'PARK', id: parkId },
              { kind: 'COMPANY', id: companyId },
            ],
          },
        },
        ctx.actors.parkOwner.token,
      );
      return { interestId, agreementId: recordAgreement.id };
    },
  },
  {
    // A notification is its recipient's alone: not even an admin marks it.
    name: "markNotificationsRead (the company owner's notification)",
    mutation: 'markNotificationsRead',
    query: `mutation($ids: [ID!]!) { markNotificationsRead(ids: $ids) }`,
    allowed: ['companyOwner'],
    prepare: async (ctx) => {
      const { interestId } = await sentInterest(ctx, 'SENT');
      const { notifications } = await gql<{ notifications: { edges: { node: { id: string; interestId: string } }[] } }>(
        ctx.url,
        `{ notifications(unreadOnly: true, first: 10) { edges { node { id interestId } } } }`,
        {},
        ctx.actors.companyOwner.token,
      );
      return { ids: notifications.edges.filter((e) => e.node.interestId === interestId).map((e) => e.node.id) };
    },
  },

  // Accounts, API keys and ownership.
  {
    name: 'changePassword (own)',
    mutation: 'changePassword',
    query: `mutation($input: ChangePasswordInput!) { changePassword(input: $input) }`,
    allowed: SIGNED_IN_WITH_A_TOKEN,
    // The same password again: the sessions stay usable, and the stored hash still changes (a new salt).
    prepare: async ({ actors }, actor) => {
      const password = actor === 'anonymous' ? 'not-signed-in-at-all' : actor === 'apiKey' ? actors.parkOwner.password : actors[actor].password;
      return { input: { currentPassword: password, newPassword: password } };
    },
  },
  {
    name: 'createApiKey (own)',
    mutation: 'createApiKey',
    query: `mutation($input: CreateApiKeyInput!) { createApiKey(input: $input) { apiKey { id } } }`,
    allowed: SIGNED_IN_WITH_A_TOKEN,
    prepare: async () => ({ input: { name: `matrix ${unique()}` } }),
  },
  {
    name: "revokeApiKey (the park owner's key)",
    mutation: 'revokeApiKey',
    query: `mutation($id: ID!) { revokeApiKey(id: $id) { revokedAt } }`,
    allowed: ['admin', 'parkOwner'],
    prepare: async (ctx) => ({ id: await parkOwnerKey(ctx) }),
  },
  {
    name: 'createUser (a REVIEWER)',
    mutation: 'createUser',
    query: `mutation($input: SignUpInput!) { createUser(input: $input) { id } }`,
    allowed: ADMIN_ONLY,
    prepare: async () => ({ input: newAccountInput('REVIEWER') }),
  },
  {
    name: 'setUserDisabled',
    mutation: 'setUserDisabled',
    query: `mutation($input: SetUserDisabledInput!) { setUserDisabled(input: $input) { id } }`,
    allowed: ADMIN_ONLY,
    prepare: async (ctx) => ({ input: { userId: await freshUser(ctx, 'VIEWER'), disabled: true } }),
  },
  {
    name: 'grantProfileAccess',
    mutation: 'grantProfileAccess',
    query: `mutation($input: ProfileAccessInput!) { grantProfileAccess(input: $input) }`,
    allowed: ADMIN_ONLY,
    prepare: async (ctx) => ({ input: { userId: await freshUser(ctx, 'PARK_MANAGER'), kind: 'PARK', profileId: await ownedPark(ctx, 'DRAFT') } }),
  },
  {
    name: 'revokeProfileAccess',
    mutation: 'revokeProfileAccess',
    query: `mutation($input: ProfileAccessInput!) { revokeProfileAccess(input: $input) }`,
    allowed: ADMIN_ONLY,
    prepare: async (ctx) => {
      const input = { userId: await freshUser(ctx, 'COMPANY_REP'), kind: 'COMPANY', profileId: await ownedCompany(ctx, 'DRAFT') };
      await gql(ctx.url, `mutation($input: ProfileAccessInput!) { grantProfileAccess(input: $input) }`, { input }, ctx.actors.admin.token);
      return { input };
    },
  },
];

/** Public by design, and covered by a test of their own. */
export const PUBLIC_MUTATIONS: readonly string[] = ['signUp', 'signIn'];

// ---------------------------------------------------------------------------------------------
// Fingerprint of the database

/**
 * Bookkeeping of the migrations, and the suggestions the matching jobs precompute in the background (derived from
 * the profiles and rewritten by the jobs at any moment, so a snapshot may see a job's write, not the request's).
 */
const IGNORED_TABLES: readonly string[] = ['typeorm_metadata', 'migrations', 'schema_migrations', 'match_suggestions', 'match_suggestion_sets', 'match_refresh_cursor'];

/**
 * Columns that change without the mutation under test changing anything: signing in and using a key,
 * and the background workers (the outbox relay settles events, the expiry sweeper records its runs).
 * What a mutation enqueues (a new outbox row) still counts.
 */
const IGNORED_COLUMNS: Readonly<Record<string, readonly string[]>> = {
  users: ['last_sign_in_at'],
  api_keys: ['last_used_at'],
  outbox_events: ['processed_at', 'attempts', 'last_error', 'next_attempt_at'],
  index_sweeps: ['swept_at'],
};

const ident = (name: string) => `"${name.replace(/"/g, '""')}"`;
const literal = (text: string) => `'${text.replace(/'/g, "''")}'`;

/** One statement that hashes every table of the public schema (found in information_schema, so new tables count). */
export async function fingerprintSql(client: Client): Promise<string> {
  const { rows } = await client.query<{ table_name: string; columns: string[] }>(
    `SELECT c.table_name, array_agg(c.column_name::text ORDER BY c.ordinal_position) AS columns
       FROM information_schema.columns c
       JOIN information_schema.tables t ON t.table_schema = c.table_schema AND t.table_name = c.table_name
      WHERE c.table_schema = 'public' AND t.table_type = 'BASE TABLE'
      GROUP BY c.table_name
      ORDER BY c.table_name`,
  );
  const parts = rows
    .filter((r) => !IGNORED_TABLES.includes(r.table_name))
    .map((r) => {
      const columns = r.columns.filter((c) => !(IGNORED_COLUMNS[r.table_name] ?? []).includes(c));
      return `SELECT ${literal(r.table_name)} AS table_name,
                     (SELECT md5(coalesce(string_agg(x.r, '|' ORDER BY x.r), '')) FROM (SELECT ROW(${columns.map(ident).join(', ')})::text AS r FROM ${ident(r.table_name)}) x) AS hash`;
    });
  if (parts.length === 0) throw new Error('no tables in the public schema: is this the right database?');
  return parts.join('\nUNION ALL\n');
}

/** Table name -> hash of its rows; compare two with toEqual to see which tables changed. */
export async function fingerprint(client: Client, sql: string): Promise<Record<string, string>> {
  const { rows } = await client.query<{ table_name: string; hash: string }>(sql);
  return Object.fromEntries(rows.map((r) => [r.table_name, r.hash]));
}
