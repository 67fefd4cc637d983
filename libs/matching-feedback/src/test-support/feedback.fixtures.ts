import { randomBytes } from 'node:crypto';
import { Actor, AuditEventEntity, AuditLogService, GrantsService, IDENTITY_ENTITIES, Role, SubjectKind } from '@hc/identity';
import { CompanyEntity } from '@hc/companies';
import { AgreementEntity, AgreementPartyEntity } from '@hc/initiative';
import { ParkEntity } from '@hc/parks';
import { createDataSourceOptions, OutboxEventEntity } from '@hc/persistence';
import { DataSource } from 'typeorm';
import { DismissalEntity } from '../entities/dismissal.entity';
import { InterestEntity } from '../entities/interest.entity';
import { NotificationEntity } from '../entities/notification.entity';
import { ShortlistEntryEntity } from '../entities/shortlist-entry.entity';
import { SuggestionLogEntity } from '../entities/suggestion-log.entity';
import { MatchSubject } from '../feedback.model';
import { FeedbackService } from '../feedback.service';
import { InterestsService } from '../interests.service';
import { MatchFunnelService } from '../match-funnel.service';
import { NotificationsService } from '../notifications.service';

/** Test-only helpers of the feedback integration specs (not exported from the lib). */

export const TEST_ENTITIES = [
  ...IDENTITY_ENTITIES,
  OutboxEventEntity,
  CompanyEntity,
  ParkEntity,
  AgreementEntity,
  AgreementPartyEntity,
  SuggestionLogEntity,
  DismissalEntity,
  ShortlistEntryEntity,
  InterestEntity,
  NotificationEntity,
];

export async function openDataSource(url: string): Promise<DataSource> {
  return new DataSource(createDataSourceOptions(url, TEST_ENTITIES)).initialize();
}

export const TRUNCATE_ALL =
  'TRUNCATE notifications, match_interests, match_shortlist_entries, match_dismissals, match_suggestions_log, agreement_parties, cooperation_agreements, profile_grants, users, parks, companies, audit_events, outbox_events CASCADE';

export interface FeedbackServices {
  feedback: FeedbackService;
  interests: InterestsService;
  notifications: NotificationsService;
  funnel: MatchFunnelService;
}

/** The services as Nest would wire them. */
export function feedbackServices(dataSource: DataSource): FeedbackServices {
  const audit = new AuditLogService(dataSource);
  const notifications = new NotificationsService(dataSource, new GrantsService(dataSource, audit));
  const feedback = new FeedbackService(dataSource);
  return {
    feedback,
    interests: new InterestsService(dataSource, audit, notifications),
    notifications,
    funnel: new MatchFunnelService(dataSource, feedback),
  };
}

/**
 * A user row (notifications and dismissals refer to users) and its ownership grants, returned as the actor the
 * guard would build. `owned` parks and companies are granted in `profile_grants`, so they count as owners.
 */
export async function signedIn(dataSource: DataSource, role: Role, owned: { parks?: string[]; companies?: string[] } = {}, name = role as string): Promise<Actor> {
  const email = `${name.replace(/\W+/g, '-')}-${randomBytes(4).toString('hex')}@test.example.org`;
  const [user] = await dataSource.query<{ id: string }[]>(
    `INSERT INTO users (email, email_key, display_name, password_hash, role) VALUES ($1, $1, $2, 'not-a-hash', $3) RETURNING id`,
    [email, name, role],
  );
  const grants = [...(owned.parks ?? []).map((id) => [SubjectKind.PARK, id]), ...(owned.companies ?? []).map((id) => [SubjectKind.COMPANY, id])];
  for (const [kind, id] of grants) {
    await dataSource.query(`INSERT INTO profile_grants (user_id, subject_kind, subject_id) VALUES ($1, $2, $3)`, [user!.id, kind, id]);
  }
  return { userId: user!.id, role, readOnly: false, via: 'token', parks: new Set(owned.parks ?? []), companies: new Set(owned.companies ?? []) };
}

export interface ProfileOverrides {
  nameZh?: string | null;
  nameDe?: string | null;
  nameEn?: string | null;
  country?: string;
  city?: string;
  /** ISIC divisions (companies) or focus sectors (parks). */
  sectors?: string[];
  status?: string;
  /** Null: no expiry. Default: a year from now. */
  expiresAt?: Date | null;
}

const defaults = (o: ProfileOverrides) => ({
  nameZh: o.nameZh === undefined ? '测试园区' : o.nameZh,
  nameDe: o.nameDe === undefined ? 'Testpark' : o.nameDe,
  nameEn: o.nameEn === undefined ? 'Test Park' : o.nameEn,
  country: o.country ?? 'CN',
  city: o.city ?? 'Taicang',
  sectors: o.sectors ?? ['28', '29'],
  status: o.status ?? 'published',
  expiresAt: o.expiresAt === undefined ? new Date(Date.now() + 365 * 86_400_000) : o.expiresAt,
});

/** A park row written with SQL: the parks lib owns the table. */
export async function insertPark(dataSource: DataSource, overrides: ProfileOverrides = {}): Promise<string> {
  const p = defaults(overrides);
  const [row] = await dataSource.query<{ id: string }[]>(
    `INSERT INTO parks (name_zh, name_de, name_en, country, city, latitude, longitude, focus_sectors, status, expires_at, version)
     VALUES ($1, $2, $3, $4, $5, 31.45, 121.1, $6, $7, $8, 1) RETURNING id`,
    [p.nameZh, p.nameDe, p.nameEn, p.country, p.city, p.sectors, p.status, p.expiresAt],
  );
  return row!.id;
}

export async function insertCompany(dataSource: DataSource, overrides: ProfileOverrides = {}): Promise<string> {
  const p = defaults({ nameZh: '测试有限公司', nameDe: 'Test GmbH', nameEn: 'Test Ltd', ...overrides });
  const [row] = await dataSource.query<{ id: string }[]>(
    `INSERT INTO companies (name_zh, name_de, name_en, country, city, latitude, longitude, isic_codes, isic_divisions, status, expires_at, version)
     VALUES ($1, $2, $3, $4, $5, 48.78, 9.18, $6, $6, $7, $8, 1) RETURNING id`,
    [p.nameZh, p.nameDe, p.nameEn, p.country, p.city, p.sectors, p.status, p.expiresAt],
  );
  return row!.id;
}

/** A recorded cooperation agreement between these parties (the initiative's tables, written with SQL). */
export async function insertAgreement(dataSource: DataSource, parties: MatchSubject[]): Promise<string> {
  const [row] = await dataSource.query<{ id: string }[]>(
    `INSERT INTO cooperation_agreements (title_en, sectors, type, signed_on, version) VALUES ('Supply of battery modules', '{27}', 'supply', '2025-01-15', 1) RETURNING id`,
  );
  for (const [position, p] of parties.entries()) {
    await dataSource.query(`INSERT INTO agreement_parties (agreement_id, position, park_id, company_id) VALUES ($1, $2, $3, $4)`, [
      row!.id,
      position,
      p.kind === SubjectKind.PARK ? p.id : null,
      p.kind === SubjectKind.COMPANY ? p.id : null,
    ]);
  }
  return row!.id;
}

export const park = (id: string): MatchSubject => ({ kind: SubjectKind.PARK, id });
export const company = (id: string): MatchSubject => ({ kind: SubjectKind.COMPANY, id });

export async function auditTrail(dataSource: DataSource, subjectKind: string, subjectId: string): Promise<AuditEventEntity[]> {
  return dataSource.getRepository(AuditEventEntity).find({ where: { subjectKind, subjectId }, order: { id: 'ASC' } });
}

/** Who got which notifications, as [recipient, kind] pairs sorted, for comparing with toEqual. */
export async function notificationsSent(dataSource: DataSource): Promise<[string, string][]> {
  const rows = await dataSource.query<{ recipient_id: string; kind: string }[]>(`SELECT recipient_id, kind FROM notifications ORDER BY recipient_id, kind`);
  return rows.map((r) => [r.recipient_id, r.kind]);
}

/** Every row of the feedback tables (and the agreements), to show that a refused call changed nothing. */
export async function snapshot(dataSource: DataSource): Promise<string> {
  const tables = ['match_suggestions_log', 'match_dismissals', 'match_shortlist_entries', 'match_interests', 'notifications', 'audit_events', 'cooperation_agreements'];
  const parts: string[] = [];
  for (const table of tables) {
    const [row] = await dataSource.query<{ rows: string }[]>(`SELECT coalesce(string_agg(t::text, '|' ORDER BY t::text), '') AS rows FROM ${table} t`);
    parts.push(`${table}: ${row!.rows}`);
  }
  return parts.join('\n');
}

/** The error a promise rejects with, to assert on its code and message together. */
export async function failureOf(promise: Promise<unknown>): Promise<{ code?: string; message: string; fields?: { field: string; message: string }[] }> {
  try {
    await promise;
  } catch (error) {
    return error as { code?: string; message: string; fields?: { field: string; message: string }[] };
  }
  throw new Error('expected the operation to fail, but it succeeded');
}

/**
 * A suite's own database: created before the suite with the feedback services on it, emptied before
 * each test, dropped after the suite. The handles are filled in by the first beforeAll. `create` is
 * @hc/testing's createTestDatabase (passed in: module boundaries keep @hc/testing out of lib sources).
 */
export function feedbackDatabase(create: () => Promise<{ url: string; drop(): Promise<void> }>): { dataSource: DataSource; services: FeedbackServices } {
  const handles = {} as { dataSource: DataSource; services: FeedbackServices };
  let db: { url: string; drop(): Promise<void> };
  beforeAll(async () => {
    db = await create();
    handles.dataSource = await openDataSource(db.url);
    handles.services = feedbackServices(handles.dataSource);
  });
  afterAll(async () => {
    await handles.dataSource.destroy();
    await db.drop();
  });
  beforeEach(async () => {
    await handles.dataSource.query(TRUNCATE_ALL);
  });
  return handles;
}
