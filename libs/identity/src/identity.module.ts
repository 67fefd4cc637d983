import { Module } from '@nestjs/common';
import { AccessGuard } from './access/access.guard';
import { Authenticator } from './access/authenticator';
import { ApiKeysService } from './api-keys/api-keys.service';
import { AuditLogService } from './audit/audit-log.service';
import { GrantsService } from './grants/grants.service';
import { ProfileWorkflow } from './review/profile-workflow';
import { IdentityResolver } from './identity.resolver';
import { TokenService } from './tokens/token.service';
import { PasswordHasher } from './users/password-hasher';
import { UsersService } from './users/users.service';

const SERVICES = [PasswordHasher, TokenService, UsersService, ApiKeysService, GrantsService, AuditLogService, ProfileWorkflow, Authenticator, AccessGuard];

/** Users, sign-in, API keys, ownership grants, the audit log and the guard in front of every operation. */
@Module({ providers: [...SERVICES, IdentityResolver], exports: SERVICES })
export class IdentityModule {}
