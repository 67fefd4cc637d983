import { CanActivate, ExecutionContext, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { GqlExecutionContext } from '@nestjs/graphql';
import { ACCESS_METADATA, AccessRule, ForbiddenException, UnauthenticatedException } from '@hc/core';
import { requestOf } from './access.decorators';
import { Authenticator } from './authenticator';

/**
 * Guards every operation by default (installed as APP_GUARD). An operation is allowed only by an explicit rule:
 * `@Public()`, `@Roles(...)` or `@Authenticated()`. One without a rule is refused, and a test lists it.
 * API keys are read-only: every mutation they attempt is FORBIDDEN.
 */
@Injectable()
export class AccessGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly authenticator: Authenticator,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const rule = this.reflector.getAllAndOverride<AccessRule | undefined>(ACCESS_METADATA, [context.getHandler(), context.getClass()]);
    const request = requestOf(context);
    // Several root fields of one request authenticate once.
    if (request.actor === undefined) request.actor = await this.authenticator.authenticate(request.headers);
    if (!rule) throw new ForbiddenException(`${context.getClass().name}.${context.getHandler().name} has no access rule; it is closed until it gets one`);
    if (rule.kind === 'public') return true;
    const actor = request.actor;
    if (!actor) throw new UnauthenticatedException();
    if (!rule.roles.includes(actor.role)) {
      throw new ForbiddenException(`this operation needs one of the roles ${rule.roles.map((r) => r.toUpperCase()).join(', ')}; you are ${actor.role.toUpperCase()}`);
    }
    if (actor.readOnly && isMutation(context)) throw new ForbiddenException('API keys are read-only; sign in to change anything');
    return true;
  }
}

function isMutation(context: ExecutionContext): boolean {
  if (context.getType<string>() !== 'graphql') return false;
  return GqlExecutionContext.create(context).getInfo<{ parentType: { name: string } }>().parentType.name === 'Mutation';
}
