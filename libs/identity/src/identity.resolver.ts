import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Connection, UuidPipe } from '@hc/core';
import { Authenticated, CurrentActor, Public, Roles } from './access/access.decorators';
import type { Actor } from './access/actor';
import { Role } from './access/role';
import { ApiKeysService } from './api-keys/api-keys.service';
import { toApiKeyObject, toUserObject } from './identity.mapper';
import { ApiKeyObject, AuthPayloadObject, CreatedApiKeyObject, MeObject, UserObject } from './identity.objects';
import { ChangePasswordInput, CreateApiKeyInput, SetUserDisabledInput, SignInInput, SignUpInput, UsersArgs } from './identity.inputs';
import { UsersService } from './users/users.service';

const UserConnection = Connection(UserObject, 'User');

@Resolver()
export class IdentityResolver {
  constructor(
    private readonly usersService: UsersService,
    private readonly keys: ApiKeysService,
  ) {}

  @Public()
  @Mutation(() => AuthPayloadObject, { description: 'Creates a PARK_MANAGER, COMPANY_REP or VIEWER account and signs it in.' })
  async signUp(@Args('input') input: SignUpInput): Promise<AuthPayloadObject> {
    const { user, token, expiresAt } = await this.usersService.signUp(input);
    return { user: toUserObject(user), token, expiresAt };
  }

  @Public()
  @Mutation(() => AuthPayloadObject, { description: 'Exchanges e-mail and password for a signed, expiring token.' })
  async signIn(@Args('input') input: SignInInput): Promise<AuthPayloadObject> {
    const { user, token, expiresAt } = await this.usersService.signIn(input.email, input.password);
    return { user: toUserObject(user), token, expiresAt };
  }

  @Authenticated()
  @Query(() => MeObject, { description: 'The signed-in user, with the parks and companies they own.' })
  async me(@CurrentActor() actor: Actor): Promise<MeObject> {
    const user = await this.usersService.findById(actor.userId);
    return { user: toUserObject(user), parkIds: [...actor.parks], companyIds: [...actor.companies], readOnly: actor.readOnly };
  }

  @Authenticated()
  @Mutation(() => Boolean)
  async changePassword(@CurrentActor() actor: Actor, @Args('input') input: ChangePasswordInput): Promise<boolean> {
    await this.usersService.changePassword(actor.userId, input.currentPassword, input.newPassword);
    return true;
  }

  @Roles(Role.ADMIN)
  @Query(() => UserConnection, { description: 'Accounts, oldest first (admins).' })
  async users(@Args() args: UsersArgs) {
    const page = await this.usersService.list(args);
    return { ...page, edges: page.edges.map((e) => ({ cursor: e.cursor, node: toUserObject(e.node) })) };
  }

  @Roles(Role.ADMIN)
  @Mutation(() => UserObject, { description: 'Creates an account with any role, e.g. a REVIEWER of the secretariat (admins).' })
  async createUser(@Args('input') input: SignUpInput): Promise<UserObject> {
    return toUserObject(await this.usersService.create(input));
  }

  @Roles(Role.ADMIN)
  @Mutation(() => UserObject, { description: 'A disabled account cannot sign in, and its tokens and API keys stop working at once (admins).' })
  async setUserDisabled(@CurrentActor() actor: Actor, @Args('input') input: SetUserDisabledInput): Promise<UserObject> {
    return toUserObject(await this.usersService.setDisabled(input.userId, input.disabled, actor.userId));
  }

  @Authenticated()
  @Query(() => [ApiKeyObject], { description: 'Your API keys, newest first.' })
  async apiKeys(@CurrentActor() actor: Actor): Promise<ApiKeyObject[]> {
    return (await this.keys.list(actor.userId)).map(toApiKeyObject);
  }

  @Authenticated()
  @Mutation(() => CreatedApiKeyObject, { description: 'A long-lived, read-only key for dashboards. The secret is shown only in this answer.' })
  async createApiKey(@CurrentActor() actor: Actor, @Args('input') input: CreateApiKeyInput): Promise<CreatedApiKeyObject> {
    const { key, entity } = await this.keys.create(actor.userId, input.name);
    return { key, apiKey: toApiKeyObject(entity) };
  }

  @Authenticated()
  @Mutation(() => ApiKeyObject, { description: 'Revokes one of your keys (admins: any key); it stops working at once.' })
  async revokeApiKey(@CurrentActor() actor: Actor, @Args('id', { type: () => ID }, UuidPipe) id: string): Promise<ApiKeyObject> {
    return toApiKeyObject(await this.keys.revoke(id, actor));
  }
}
