import { createHash, randomBytes } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { ForbiddenException, NotFoundException } from '@hc/core';
import { DataSource, IsNull } from 'typeorm';
import { Role } from '../access/role';
import { ApiKeyEntity } from './api-key.entity';

/** Keys look like `hck_<43 base64url characters>`: 256 random bits, so a plain SHA-256 is a safe way to store them. */
export const API_KEY_PREFIX = 'hck_';

export function hashApiKey(key: string): string {
  return createHash('sha256').update(key).digest('hex');
}

/** last_used_at is written at most this often per key, so busy dashboards do not write on every request. */
const TOUCH_EVERY_MS = 60_000;

@Injectable()
export class ApiKeysService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** Returns the key itself once; only its hash is stored. */
  async create(userId: string, name: string): Promise<{ key: string; entity: ApiKeyEntity }> {
    const key = `${API_KEY_PREFIX}${randomBytes(32).toString('base64url')}`;
    const repo = this.dataSource.getRepository(ApiKeyEntity);
    const entity = await repo.save(repo.create({ userId, name: name.trim(), prefix: key.slice(0, 12), keyHash: hashApiKey(key), lastUsedAt: null, revokedAt: null }));
    return { key, entity };
  }

  /** Revokes a key of the caller (admins: any key). Revoking twice is harmless. */
  async revoke(id: string, actor: { userId: string; role: Role }): Promise<ApiKeyEntity> {
    const repo = this.dataSource.getRepository(ApiKeyEntity);
    const key = await repo.findOneBy({ id });
    if (!key) throw new NotFoundException('API key', id);
    if (key.userId !== actor.userId && actor.role !== Role.ADMIN) throw new ForbiddenException('you may revoke only your own API keys');
    if (!key.revokedAt) {
      key.revokedAt = new Date();
      await repo.save(key);
    }
    return key;
  }

  list(userId: string): Promise<ApiKeyEntity[]> {
    return this.dataSource.getRepository(ApiKeyEntity).find({ where: { userId }, order: { createdAt: 'DESC' } });
  }

  /** The live key with this secret, or null. */
  async resolve(key: string): Promise<ApiKeyEntity | null> {
    const repo = this.dataSource.getRepository(ApiKeyEntity);
    const found = await repo.findOneBy({ keyHash: hashApiKey(key), revokedAt: IsNull() });
    if (found && (!found.lastUsedAt || Date.now() - found.lastUsedAt.getTime() > TOUCH_EVERY_MS)) {
      found.lastUsedAt = new Date();
      await repo.update({ id: found.id }, { lastUsedAt: found.lastUsedAt });
    }
    return found;
  }
}
