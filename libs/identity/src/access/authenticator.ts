import { Injectable } from '@nestjs/common';
import { UnauthenticatedException } from '@hc/core';
import { API_KEY_PREFIX, ApiKeysService } from '../api-keys/api-keys.service';
import { GrantsService } from '../grants/grants.service';
import { TokenService } from '../tokens/token.service';
import { UsersService } from '../users/users.service';
import { Actor } from './actor';

/**
 * Turns request headers into an actor: `Authorization: Bearer <token from signIn>`, or an API key as
 * `Authorization: Bearer hck_…` or `X-API-Key: hck_…`. No credentials: null. Bad credentials: UNAUTHENTICATED,
 * also on public operations, so a client notices an expired token instead of silently seeing less.
 */
@Injectable()
export class Authenticator {
  constructor(
    private readonly tokens: TokenService,
    private readonly users: UsersService,
    private readonly apiKeys: ApiKeysService,
    private readonly grants: GrantsService,
  ) {}

  async authenticate(headers: Record<string, string | string[] | undefined>): Promise<Actor | null> {
    const credential = credentialOf(headers);
    if (!credential) return null;
    if (credential.startsWith(API_KEY_PREFIX)) {
      const key = await this.apiKeys.resolve(credential);
      if (!key) throw new UnauthenticatedException('this API key is unknown or revoked');
      return this.actorFor(key.userId, 'api_key');
    }
    const claims = this.tokens.verify(credential);
    return this.actorFor(claims.sub, 'token');
  }

  /** The role and grants come from the database, so a changed role or a disabled account takes effect at once. */
  private async actorFor(userId: string, via: Actor['via']): Promise<Actor> {
    const user = await this.users.findById(userId).catch(() => null);
    if (!user || user.disabled) throw new UnauthenticatedException('this account no longer exists or is disabled');
    const { parks, companies } = await this.grants.forUser(user.id);
    return { userId: user.id, role: user.role, readOnly: via === 'api_key', via, parks, companies };
  }
}

function credentialOf(headers: Record<string, string | string[] | undefined>): string | null {
  const apiKey = headers['x-api-key'];
  if (typeof apiKey === 'string' && apiKey.trim()) return apiKey.trim();
  const authorization = headers['authorization'];
  if (typeof authorization !== 'string' || !authorization.trim()) return null;
  const match = /^Bearer\s+(\S+)\s*$/i.exec(authorization.trim());
  if (!match) throw new UnauthenticatedException('the Authorization header must be "Bearer <token>"');
  return match[1];
}
