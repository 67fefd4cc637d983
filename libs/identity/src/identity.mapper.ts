import { ApiKeyEntity } from './api-keys/api-key.entity';
import { Role } from './access/role';
import { AuditEventEntity } from './audit/audit-event.entity';
import { ApiKeyObject, AuditEventObject, UserObject } from './identity.objects';
import { UserEntity } from './users/user.entity';

export function toUserObject(u: UserEntity): UserObject {
  return { id: u.id, email: u.email, displayName: u.displayName, role: u.role, disabled: u.disabled, createdAt: u.createdAt, lastSignInAt: u.lastSignInAt };
}

export function toApiKeyObject(k: ApiKeyEntity): ApiKeyObject {
  return { id: k.id, name: k.name, prefix: k.prefix, createdAt: k.createdAt, lastUsedAt: k.lastUsedAt, revokedAt: k.revokedAt };
}

export function toAuditEventObject(e: AuditEventEntity): AuditEventObject {
  return {
    id: String(e.id),
    at: e.at,
    actorId: e.actorId,
    actorRole: (e.actorRole as Role | null) ?? null,
    subjectKind: e.subjectKind,
    subjectId: e.subjectId,
    action: e.action,
    fromStatus: e.fromStatus,
    toStatus: e.toStatus,
    changes: e.changes.map((c) => ({ field: c.field, from: c.from === undefined ? null : JSON.stringify(c.from), to: c.to === undefined ? null : JSON.stringify(c.to) })),
    reason: e.reason,
  };
}
