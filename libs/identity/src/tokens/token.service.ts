import { randomBytes } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import { APP_CONFIG, APP_LOGGER, UnauthenticatedException } from '@hc/core';
import type { AppConfig, AppLogger } from '@hc/core';
import { Role } from '../access/role';

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
  private readonly jwt: JwtService;

  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig, @Inject(APP_LOGGER) logger: AppLogger) {
    let secret = config.JWT_SECRET;
    if (!secret) {
      secret = randomBytes(32).toString('hex');
      logger.warn('JWT_SECRET is not set: sign-in tokens use a random secret and end when this process stops');
    }
    this.jwt = new JwtService({ secret, signOptions: { algorithm: 'HS256', issuer: 'hidden-champions' }, verifyOptions: { algorithms: ['HS256'], issuer: 'hidden-champions' } });
  }

  issue(userId: string, role: Role): IssuedToken {
    const ttlSeconds = this.config.TOKEN_TTL_MINUTES * 60;
    const token = this.jwt.sign({ role } satisfies Omit<TokenClaims, 'sub'>, { subject: userId, expiresIn: ttlSeconds });
    return { token, expiresAt: new Date(Date.now() + ttlSeconds * 1000) };
  }

  verify(token: string): TokenClaims {
    try {
      const claims = this.jwt.verify<TokenClaims & { exp: number }>(token);
      if (typeof claims.sub !== 'string' || !Object.values(Role).includes(claims.role)) throw new Error('unexpected claims');
      return { sub: claims.sub, role: claims.role };
    } catch (error) {
      const expired = error instanceof Error && error.name === 'TokenExpiredError';
      throw new UnauthenticatedException(expired ? 'your sign-in token has expired; sign in again' : 'the sign-in token is not valid; sign in again');
    }
  }
}
