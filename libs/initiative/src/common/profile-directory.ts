import { Localized, ProfileStatus } from '@hc/core';
import { SubjectKind } from '@hc/identity';
import { EntityManager } from 'typeorm';
import { visibleProfileSql } from '@hc/core';
import { PROFILE_TABLE, profileKey, ProfileRef } from './profile-ref';

/** What the initiative needs to know about a park or company. Read with SQL: the profile libs own those tables. */
export interface ProfileSummary extends ProfileRef {
  name: Localized;
  status: string;
  expiresAt: Date | null;
  /** Published and not expired. */
  visible: boolean;
  initiativeMember: boolean;
  latitude: number;
  longitude: number;
}

interface ProfileRow {
  id: string;
  name_zh: string | null;
  name_de: string | null;
  name_en: string | null;
  status: string;
  expires_at: Date | null;
  visible: boolean;
  initiative_member: boolean;
  latitude: number;
  longitude: number;
}

function columns(kind: SubjectKind): string {
  const table = PROFILE_TABLE[kind];
  return `id, name_zh, name_de, name_en, status, expires_at, ${visibleProfileSql(table)} AS visible, initiative_member, latitude, longitude`;
}

function toSummary(kind: SubjectKind, row: ProfileRow): ProfileSummary {
  return {
    kind,
    id: row.id,
    name: { zh: row.name_zh, de: row.name_de, en: row.name_en },
    status: row.status,
    expiresAt: row.expires_at,
    visible: row.visible,
    initiativeMember: row.initiative_member,
    latitude: row.latitude,
    longitude: row.longitude,
  };
}

/** The profiles of `refs` that exist, by `profileKey`. One query per kind. */
export async function loadProfiles(manager: EntityManager, refs: readonly ProfileRef[]): Promise<Map<string, ProfileSummary>> {
  const found = new Map<string, ProfileSummary>();
  for (const kind of [SubjectKind.PARK, SubjectKind.COMPANY]) {
    const ids = [...new Set(refs.filter((r) => r.kind === kind).map((r) => r.id))];
    if (ids.length === 0) continue;
    const rows = await manager.query<ProfileRow[]>(`SELECT ${columns(kind)} FROM ${PROFILE_TABLE[kind]} WHERE id = ANY($1::uuid[])`, [ids]);
    for (const row of rows) found.set(profileKey({ kind, id: row.id }), toSummary(kind, row));
  }
  return found;
}

/**
 * One profile, locked FOR UPDATE when `lock` is set: membership decisions on the same profile then run
 * one after the other. Null when it does not exist.
 */
export async function loadProfile(manager: EntityManager, ref: ProfileRef, lock = false): Promise<ProfileSummary | null> {
  const rows = await manager.query<ProfileRow[]>(
    `SELECT ${columns(ref.kind)} FROM ${PROFILE_TABLE[ref.kind]} WHERE id = $1::uuid${lock ? ' FOR UPDATE' : ''}`,
    [ref.id],
  );
  return rows[0] ? toSummary(ref.kind, rows[0]) : null;
}

/** Why a profile is not visible, as the end of a sentence ("is a draft", "expired on 2026-01-31"). */
export function invisibilityReason(profile: ProfileSummary): string {
  if (profile.status !== ProfileStatus.PUBLISHED) return `is ${profile.status.replace(/_/g, ' ')}, not published`;
  return `expired on ${profile.expiresAt ? profile.expiresAt.toISOString().slice(0, 10) : 'an unknown day'}`;
}

/** Names of many profiles for display; a missing profile (deleted meanwhile) gets empty names. */
export function nameOf(profiles: ReadonlyMap<string, ProfileSummary>, ref: ProfileRef): Localized {
  return profiles.get(profileKey(ref))?.name ?? { zh: null, de: null, en: null };
}
