import { SetMetadata } from '@nestjs/common';

export const ACCESS_METADATA = 'hc:access';

/**
 * The access rule of one operation. Operations without one are refused by the guard, and a test lists them.
 * Roles are the identity lib's Role values.
 */
export type AccessRule = { kind: 'public' } | { kind: 'roles'; roles: readonly string[] };

/** Anyone may call this, signed in or not; a token that is sent must still be valid. */
export const Public = () => SetMetadata(ACCESS_METADATA, { kind: 'public' } satisfies AccessRule);
