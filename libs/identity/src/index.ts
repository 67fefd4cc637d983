export * from './access/role';
export * from './access/actor';
export * from './access/access.decorators';
export * from './access/access.guard';
export * from './access/authenticator';
export * from './access/subject-kind.enums';
export * from './users/user.entity';
export * from './users/users.service';
export * from './users/password-hasher';
export * from './tokens/token.service';
export * from './api-keys/api-key.entity';
export * from './api-keys/api-keys.service';
export * from './grants/profile-grant.entity';
export * from './grants/grants.service';
export * from './audit/audit-event.entity';
export * from './audit/audit-log.service';
export * from './review/profile-workflow';
export * from './identity.objects';
export * from './identity.mapper';
export * from './identity.inputs';
export * from './identity.resolver';
export * from './identity.module';

import { ApiKeyEntity } from './api-keys/api-key.entity';
import { AuditEventEntity } from './audit/audit-event.entity';
import { ProfileGrantEntity } from './grants/profile-grant.entity';
import { UserEntity } from './users/user.entity';

export const IDENTITY_ENTITIES = [UserEntity, ApiKeyEntity, ProfileGrantEntity, AuditEventEntity];
