import { AuditEventEntity, Actor, IDENTITY_ENTITIES, Role } from '@hc/identity';
import { CompanyEntity } from '@hc/companies';
import { ParkEntity } from '@hc/parks';
import { createDataSourceOptions, OutboxEventEntity } from '@hc/persistence';
import { DataSource } from 'typeorm';
import { AgreementPartyEntity } from '../agreement/agreement-party.entity';
import { AgreementEntity } from '../agreement/agreement.entity';
import { ExpertAssignmentEntity } from '../expert/expert-assignment.entity';
import { ExpertEntity } from '../expert/expert.entity';
import { MembershipEntity } from '../membership/membership.entity';
import { SharedResourceEntity } from '../shared-resource/shared-resource.entity';

/** Test-only helpers of the initiative's integration specs (not exported from the lib). */

export const TEST_ENTITIES = [
  ...IDENTITY_ENTITIES,
  OutboxEventEntity,
  CompanyEntity,
  ParkEntity,
  MembershipEntity,
  SharedResourceEntity,
  AgreementEntity,
  AgreementPartyEntity,
  ExpertEntity,
  ExpertAssignmentEntity,
];

export async function openDataSource(url: string): Promise<DataSource> {
  return new DataSource(createDataSourceOptions(url, TEST_ENTITIES)).initialize();
}

export const TRUNCATE_ALL = 'TRUNCATE expert_assignments, experts, agreement_parties, cooperation_agreements, shared_resources, initiative_memberships, parks, companies, audit_events, outbox_events CASCADE';

let users = 0;

/** An actor as the guard would build it; ids of owned parks and companies are granted by hand. */
export function actorOf(role: Role, owned: { parks?: string[]; companies?: string[] } = {}): Actor {
  users += 1;
  return {
    userId: `00000000-0000-4000-8000-${String(users).padStart(12, '0')}`,
    role,
    readOnly: false,
    via: 'token',
    parks: new Set(owned.parks ?? []),
    companies: new Set(owned.companies ?? []),
  };
}

export interface ProfileOverrides {
  nameZh?: string | null;
  nameDe?: string | null;
  nameEn?: string | null;
  country?: string;
  region?: string | null;
  city?: string;
  latitude?: number;
  longitude?: number;
  sectors?: string[];
  status?: string;
  /** Null: no expiry. Default: a year from now. */
  expiresAt?: Date | null;
  initiativeMember?: boolean;
}

const defaults = (o: ProfileOverrides) => ({
  nameZh: o.nameZh === undefined ? '测试园区' : o.nameZh,
  nameDe: o.nameDe === undefined ? 'Testpark' : o.nameDe,
  nameEn: o.nameEn === undefined ? 'Test Park' : o.nameEn,
  country: o.country ?? 'CN',
  region: o.region === undefined ? 'CN-BJ' : o.region,
  city: o.city ?? 'Beijing',
  latitude: o.latitude ?? 40.1256,
  longitude: o.longitude ?? 116.6543,
  sectors: o.sectors ?? ['29', '62'],
  status: o.status ?? 'published',
  expiresAt: o.expiresAt === undefined ? new Date(Date.now() + 365 * 86_400_000) : o.expiresAt,
  initiativeMember: o.initiativeMember ?? false,
});

/** A park row written with SQL: the parks lib owns the table, the initiative only reads it. */
export async function insertPark(dataSource: DataSource, overrides: ProfileOverrides = {}): Promise<string> {
  const p = defaults(overrides);
  const [row] = await dataSource.query<{ id: string }[]>(
    `INSERT INTO parks (name_zh, name_de, name_en, country, region, city, latitude, longitude, focus_sectors, status, expires_at, initiative_member, version)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, 1) RETURNING id`,
    [p.nameZh, p.nameDe, p.nameEn, p.country, p.region, p.city, p.latitude, p.longitude, p.sectors, p.status, p.expiresAt, p.initiativeMember],
  );
  return row!.id;
}

export async function insertCompany(dataSource: DataSource, overrides: ProfileOverrides = {}): Promise<string> {
  const p = defaults({ nameZh: '测试汽车有限公司', nameDe: 'Test Fahrzeugbau GmbH', nameEn: 'Test Vehicles Ltd', ...overrides });
  const [row] = await dataSource.query<{ id: string }[]>(
    `INSERT INTO companies (name_zh, name_de, name_en, country, region, city, latitude, longitude, isic_codes, isic_divisions, status, expires_at, initiative_member, version)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $9, $10, $11, $12, 1) RETURNING id`,
    [p.nameZh, p.nameDe, p.nameEn, p.country, p.region, p.city, p.latitude, p.longitude, p.sectors, p.status, p.expiresAt, p.initiativeMember],
  );
  return row!.id;
}

export async function auditTrail(dataSource: DataSource, subjectKind: string, subjectId: string): Promise<AuditEventEntity[]> {
  return dataSource.getRepository(AuditEventEntity).find({ where: { subjectKind, subjectId }, order: { id: 'ASC' } });
}

export async function flagOf(dataSource: DataSource, table: 'parks' | 'companies', id: string): Promise<{ initiative_member: boolean; version: number }> {
  const [row] = await dataSource.query<{ initiative_member: boolean; version: number }[]>(`SELECT initiative_member, version FROM ${table} WHERE id = $1`, [id]);
  return row!;
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
