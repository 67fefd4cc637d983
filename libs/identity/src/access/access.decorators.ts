import { createParamDecorator, ExecutionContext, SetMetadata } from '@nestjs/common';
import { GqlExecutionContext } from '@nestjs/graphql';
import { ALL_ROLES, Role } from './role';
import type { Actor } from './actor';

export const ACCESS_METADATA = 'hc:access';

/** The access rule of one operation. Operations without one are refused (and a test fails). */
export type AccessRule = { kind: 'public' } | { kind: 'roles'; roles: readonly Role[] };

/** Anyone may call this, signed in or not; a token that is sent must still be valid. */
export const Public = () => SetMetadata(ACCESS_METADATA, { kind: 'public' } satisfies AccessRule);

/** Signed-in users with one of these roles. */
export const Roles = (...roles: Role[]) => SetMetadata(ACCESS_METADATA, { kind: 'roles', roles } satisfies AccessRule);

/** Any signed-in user; the service checks ownership. */
export const Authenticated = () => SetMetadata(ACCESS_METADATA, { kind: 'roles', roles: ALL_ROLES } satisfies AccessRule);

/** The request object of a GraphQL or HTTP call, where the guard leaves the actor. */
export interface RequestWithActor {
  headers: Record<string, string | string[] | undefined>;
  actor?: Actor | null;
}

export function requestOf(context: ExecutionContext): RequestWithActor {
  if (context.getType<string>() === 'graphql') return GqlExecutionContext.create(context).getContext<{ req: RequestWithActor }>().req;
  return context.switchToHttp().getRequest<RequestWithActor>();
}

/** The signed-in actor, or null on a public operation called anonymously. */
export const CurrentActor = createParamDecorator((_data: unknown, context: ExecutionContext): Actor | null => requestOf(context).actor ?? null);
