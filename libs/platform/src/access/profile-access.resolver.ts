import { Args, ArgsType, Field, ID, InputType, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Connection, ConnectionArgs, ForbiddenException } from '@hc/core';
import { CompaniesService } from '@hc/companies';
import {
  AuditEventObject,
  AuditLogService,
  CurrentActor,
  GrantsService,
  owns,
  Role,
  Roles,
  SubjectKind,
  toAuditEventObject,
  Authenticated,
} from '@hc/identity';
import type { Actor } from '@hc/identity';
import { ParksService } from '@hc/parks';
import { IsEnum, IsUUID } from 'class-validator';

const AuditEventConnection = Connection(AuditEventObject, 'AuditEvent');

@InputType({ description: 'A park manager for a park, or a company representative for a company.' })
export class ProfileAccessInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'userId must be a UUID' })
  userId!: string;

  @Field(() => SubjectKind)
  @IsEnum(SubjectKind)
  kind!: SubjectKind;

  @Field(() => ID)
  @IsUUID('all', { message: 'profileId must be a UUID' })
  profileId!: string;
}

@ArgsType()
export class AuditLogArgs extends ConnectionArgs {
  @Field(() => SubjectKind)
  @IsEnum(SubjectKind)
  kind!: SubjectKind;

  @Field(() => ID)
  @IsUUID('all', { message: 'profileId must be a UUID' })
  profileId!: string;
}

/** Who owns which profile, and the history of a profile: the parts of access control that need both parks and companies. */
@Resolver()
export class ProfileAccessResolver {
  constructor(
    private readonly grants: GrantsService,
    private readonly audit: AuditLogService,
    private readonly parks: ParksService,
    private readonly companies: CompaniesService,
  ) {}

  @Authenticated()
  @Query(() => AuditEventConnection, { description: 'Every transition and change of a park or company profile, newest first: for admins and the profile\'s owners.' })
  async auditLog(@CurrentActor() actor: Actor, @Args() args: AuditLogArgs) {
    if (actor.role !== Role.ADMIN && !owns(actor, args.kind, args.profileId)) {
      throw new ForbiddenException(`only admins and the owners of ${args.kind} ${args.profileId} may read its audit log`);
    }
    const page = await this.audit.list(args.kind, args.profileId, args);
    return { ...page, edges: page.edges.map((e) => ({ cursor: e.cursor, node: toAuditEventObject(e.node) })) };
  }

  @Roles(Role.ADMIN)
  @Mutation(() => Boolean, { description: 'Makes a PARK_MANAGER manage a park, or a COMPANY_REP represent a company (admins). Idempotent.' })
  async grantProfileAccess(@CurrentActor() actor: Actor, @Args('input') input: ProfileAccessInput): Promise<boolean> {
    const exists = await (input.kind === SubjectKind.PARK ? this.parks.findById(input.profileId) : this.companies.findById(input.profileId)).then(
      () => true,
      () => false,
    );
    await this.grants.grantByAdmin(input.userId, input.kind, input.profileId, actor, exists);
    return true;
  }

  @Roles(Role.ADMIN)
  @Mutation(() => Boolean, { description: 'Takes a park or company away from a user (admins); false if they did not have it.' })
  async revokeProfileAccess(@CurrentActor() actor: Actor, @Args('input') input: ProfileAccessInput): Promise<boolean> {
    return this.grants.revoke(input.userId, input.kind, input.profileId, actor);
  }
}
