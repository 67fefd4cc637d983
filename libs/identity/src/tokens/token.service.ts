import { randomBytes } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { sign, verify } from 'jsonwebtoken';
import { APP_CONFIG, APP_LOGGER, UnauthenticatedException } from '@hc/core';
import type { AppConfig, AppLogger } from '@hc/core';
import { Role } from '../access/role';

const ALGORITHM = 'HS256';
const ISSUER = 'hidden-champions';

export interface TokenClaims {
  sub: string;
  role: Role;
}

export interface IssuedToken {
  token: string;
  expiresAt: Date;
}

/** Signed, expiring sign-in tokens (JWT, HS256). */
@Injectable()
export class TokenService {
  private readonly secret: string;

  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig, @Inject(APP_LOGGER) logger: AppLogger) {
    let secret = config.JWT_SECRET;
    if (!secret) {
      secret = randomBytes(32).toString('hex');
      logger.warn('JWT_SECRET is not set: sign-in tokens use a random secret and end when this process stops');
    }
    this.secret = secret;
  }

  issue(userId: string, role: Role): IssuedToken {
    const ttlSeconds = this.config.TOKEN_TTL_MINUTES * 60;
    const token = sign({ role } satisfies Omit<TokenClaims, 'sub'>, this.secret, { algorithm: ALGORITHM, issuer: ISSUER, subject: userId, expiresIn: ttlSeconds });
    return { token, expiresAt: new Date(Date.now() + ttlSeconds * 1000) };
  }

  verify(token: string): TokenClaims {
    try {
      const claims = verify(token, this.secret, { algorithms: [ALGORITHM], issuer: ISSUER }) as Partial<TokenClaims>;
      if (typeof claims.sub !== 'string' || !claims.role || !Object.values(Role).includes(claims.role)) throw new Error('unexpected claims');
      return { sub: claims.sub, role: claims.role };
    } catch (error) {
      const expired = error instanceof Error && error.name === 'TokenExpiredError';
      throw new UnauthenticatedException(expired ? 'your sign-in token has expired; sign in again' : 'the sign-in token is not valid; sign in again');
    }
  }
}
