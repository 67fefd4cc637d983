import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  APP_CONFIG,
  BadUserInputException,
  ConflictException,
  ConnectionShape,
  ForbiddenException,
  NotFoundException,
  UnauthenticatedException,
} from '@hc/core';
import type { AppConfig } from '@hc/core';
import { pageByCreatedAt } from '@hc/persistence';
import { DataSource, EntityManager, QueryFailedError } from 'typeorm';
import { Role, SELF_SERVICE_ROLES } from '../access/role';
import { IssuedToken, TokenService } from '../tokens/token.service';
import { PasswordHasher } from './password-hasher';
import { UserEntity } from './user.entity';

export interface NewUser {
  email: string;
  password: string;
  displayName: string;
  role: Role;
}

export function emailKey(email: string): string {
  return email.trim().toLowerCase();
}

@Injectable()
export class UsersService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly hasher: PasswordHasher,
    private readonly tokens: TokenService,
  ) {}

  /** Self-service accounts: park managers, company representatives and viewers. */
  async signUp(input: NewUser): Promise<{ user: UserEntity } & IssuedToken> {
    if (!this.config.SELF_SIGN_UP) throw new ForbiddenException('sign-up is closed on this platform (SELF_SIGN_UP=false); ask an admin for an account');
    if (!SELF_SERVICE_ROLES.includes(input.role)) {
      throw new BadUserInputException([{ field: 'input.role', message: `must be one of ${SELF_SERVICE_ROLES.map((r) => r.toUpperCase()).join(', ')}; admins create ADMIN and REVIEWER accounts` }]);
    }
    const user = await this.create(input);
    return { user, ...this.tokens.issue(user.id, user.role) };
  }

  /** Any role; the caller has checked that an admin asks (or it is the create-admin command). */
  async create(input: NewUser, manager: EntityManager = this.dataSource.manager): Promise<UserEntity> {
    const passwordHash = await this.hasher.hash(input.password);
    try {
      return await manager.save(
        manager.create(UserEntity, {
          email: input.email.trim(),
          emailKey: emailKey(input.email),
          displayName: input.displayName.trim(),
          passwordHash,
          role: input.role,
          disabled: false,
          lastSignInAt: null,
        }),
      );
    } catch (error) {
      if (error instanceof QueryFailedError && (error.driverError as { code?: string }).code === '23505') {
        throw new ConflictException(`an account with the e-mail ${input.email.trim()} already exists`);
      }
      throw error;
    }
  }

  async signIn(email: string, password: string): Promise<{ user: UserEntity } & IssuedToken> {
    const user = await this.dataSource.getRepository(UserEntity).findOneBy({ emailKey: emailKey(email) });
    const ok = await this.hasher.verify(password, user?.passwordHash ?? null);
    // One message for an unknown address and a wrong password, so sign-in does not reveal who has an account.
    if (!user || !ok) throw new UnauthenticatedException('wrong e-mail or password');
    if (user.disabled) throw new UnauthenticatedException('this account is disabled; ask an admin');
    await this.dataSource.getRepository(UserEntity).update({ id: user.id }, { lastSignInAt: new Date() });
    return { user, ...this.tokens.issue(user.id, user.role) };
  }

  async changePassword(userId: string, current: string, next: string): Promise<void> {
    const user = await this.findById(userId);
    if (!(await this.hasher.verify(current, user.passwordHash))) {
      throw new BadUserInputException([{ field: 'currentPassword', message: 'is not your current password' }]);
    }
    await this.dataSource.getRepository(UserEntity).update({ id: userId }, { passwordHash: await this.hasher.hash(next) });
  }

  async setDisabled(userId: string, disabled: boolean, byUserId: string): Promise<UserEntity> {
    if (userId === byUserId && disabled) throw new BadUserInputException([{ field: 'input.userId', message: 'you cannot disable your own account' }]);
    const user = await this.findById(userId);
    user.disabled = disabled;
    return this.dataSource.getRepository(UserEntity).save(user);
  }

  async findById(id: string): Promise<UserEntity> {
    const user = await this.dataSource.getRepository(UserEntity).findOneBy({ id });
    if (!user) throw new NotFoundException('User', id);
    return user;
  }

  async count(role?: Role): Promise<number> {
    return this.dataSource.getRepository(UserEntity).countBy(role ? { role } : {});
  }

  async list(args: { first: number; after?: string | null; role?: Role | null }): Promise<ConnectionShape<UserEntity>> {
    const qb = this.dataSource.getRepository(UserEntity).createQueryBuilder('u');
    if (args.role) qb.where('u.role = :role', { role: args.role });
    return pageByCreatedAt(qb, args);
  }
}
