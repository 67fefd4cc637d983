import { Inject, Injectable } from '@nestjs/common';
import { APP_CONFIG } from '@hc/core';
import type { AppConfig } from '@hc/core';
import { compare, hash } from 'bcryptjs';

/** bcrypt (pure JavaScript, no install scripts); the cost factor is PASSWORD_HASH_ROUNDS. */
@Injectable()
export class PasswordHasher {
  /** Compared against when the e-mail is unknown, so a sign-in takes as long whether or not the account exists. */
  private dummy: Promise<string> | undefined;

  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {}

  hash(password: string): Promise<string> {
    return hash(password, this.config.PASSWORD_HASH_ROUNDS);
  }

  verify(password: string, passwordHash: string | null): Promise<boolean> {
    if (passwordHash) return compare(password, passwordHash);
    this.dummy ??= this.hash('not a real password');
    return this.dummy.then((h) => compare(password, h)).then(() => false);
  }
}
