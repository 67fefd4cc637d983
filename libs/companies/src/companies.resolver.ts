import { Inject } from '@nestjs/common';
import { Args, ID, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { APP_CONFIG, Connection, ProfileReviewObject, RejectProfileArgs, ReviewAction, toProfileReviewObject, UuidPipe } from '@hc/core';
import type { AppConfig } from '@hc/core';
import { canSeeUnpublished, CurrentActor, Public, Role, Roles, SubjectKind } from '@hc/identity';
import type { Actor } from '@hc/identity';
import { CompaniesService } from './companies.service';
import { toCompanyObject, toPendingCompanyObject } from './company.mapper';
import { CompanyObject } from './company.object';
import { CompaniesArgs } from './dto/companies.args';
import { CreateCompanyInput, UpdateCompanyInput } from './dto/company.input';

const CompanyConnection = Connection(CompanyObject, 'Company');
const OWNERS = [Role.ADMIN, Role.COMPANY_REP];
const REVIEWERS = [Role.ADMIN, Role.REVIEWER];

@Resolver(() => CompanyObject)
export class CompaniesResolver {
  constructor(
    private readonly service: CompaniesService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  @Public()
  @Query(() => CompanyObject, { description: 'One company by id. Unpublished or expired profiles are NOT_FOUND except for their representatives and the staff.' })
  async company(@CurrentActor() actor: Actor | null, @Args('id', { type: () => ID }, UuidPipe) id: string): Promise<CompanyObject> {
    return toCompanyObject(await this.service.findVisible(id, actor));
  }

  @Public()
  @Query(() => CompanyConnection, { description: 'Companies in creation order, as a Relay connection: published ones, your own (mine), or a review queue (staff).' })
  async companies(@CurrentActor() actor: Actor | null, @Args() args: CompaniesArgs) {
    const page = await this.service.list(args, actor);
    return { ...page, edges: page.edges.map((e) => ({ cursor: e.cursor, node: toCompanyObject(e.node) })) };
  }

  @Roles(...OWNERS)
  @Mutation(() => CompanyObject, { description: 'Creates a DRAFT company profile; you become its representative. Submit it for review to publish it.' })
  async createCompany(@CurrentActor() actor: Actor, @Args('input') input: CreateCompanyInput): Promise<CompanyObject> {
    return toCompanyObject(await this.service.create(input, actor));
  }

  @Roles(...OWNERS)
  @Mutation(() => CompanyObject, {
    description: 'Changes the given fields; omitted fields keep their value. On a published profile the changes wait for review while the published version stays visible.',
  })
  async updateCompany(
    @CurrentActor() actor: Actor,
    @Args('id', { type: () => ID }, UuidPipe) id: string,
    @Args('input') input: UpdateCompanyInput,
    @Args('expectedVersion', { type: () => Int, nullable: true, description: 'Fails with CONFLICT if the company changed meanwhile.' })
    expectedVersion?: number,
  ): Promise<CompanyObject> {
    return toCompanyObject(await this.service.update(id, input, actor, expectedVersion ?? undefined));
  }

  @Roles(...OWNERS)
  @Mutation(() => ID, { description: 'Deletes a company and removes it from search; returns its id.' })
  async deleteCompany(
    @CurrentActor() actor: Actor,
    @Args('id', { type: () => ID }, UuidPipe) id: string,
    @Args('expectedVersion', { type: () => Int, nullable: true }) expectedVersion?: number,
  ): Promise<string> {
    await this.service.delete(id, actor, expectedVersion ?? undefined);
    return id;
  }

  @Roles(...OWNERS)
  @Mutation(() => CompanyObject, { description: 'Sends a draft, a rejected profile or the pending changes of a published one to review.' })
  async submitCompany(@CurrentActor() actor: Actor, @Args('id', { type: () => ID }, UuidPipe) id: string): Promise<CompanyObject> {
    return toCompanyObject(await this.service.review(id, ReviewAction.SUBMIT, actor));
  }

  @Roles(...REVIEWERS)
  @Mutation(() => CompanyObject, { description: 'A reviewer takes a submitted profile (or submitted changes) into review.' })
  async startCompanyReview(@CurrentActor() actor: Actor, @Args('id', { type: () => ID }, UuidPipe) id: string): Promise<CompanyObject> {
    return toCompanyObject(await this.service.review(id, ReviewAction.START_REVIEW, actor));
  }

  @Roles(...REVIEWERS)
  @Mutation(() => CompanyObject, { description: 'Publishes a submitted profile, or replaces the published version with the submitted changes; starts a new term.' })
  async approveCompany(@CurrentActor() actor: Actor, @Args('id', { type: () => ID }, UuidPipe) id: string): Promise<CompanyObject> {
    return toCompanyObject(await this.service.review(id, ReviewAction.APPROVE, actor));
  }

  @Roles(...REVIEWERS)
  @Mutation(() => CompanyObject, { description: 'Sends a submitted profile (or submitted changes) back to its owners with a reason.' })
  async rejectCompany(@CurrentActor() actor: Actor, @Args() args: RejectProfileArgs): Promise<CompanyObject> {
    return toCompanyObject(await this.service.review(args.id, ReviewAction.REJECT, actor, args.reason));
  }

  @Roles(...OWNERS)
  @Mutation(() => CompanyObject, { description: 'Starts a new term for a published profile (PROFILE_VALIDITY_DAYS from now); an expired one becomes visible again.' })
  async renewCompany(@CurrentActor() actor: Actor, @Args('id', { type: () => ID }, UuidPipe) id: string): Promise<CompanyObject> {
    return toCompanyObject(await this.service.renew(id, actor));
  }

  @ResolveField(() => ProfileReviewObject, { nullable: true, description: 'Review status, term and pending changes: for the representatives and the staff; null for everyone else.' })
  review(@Parent() company: CompanyObject, @CurrentActor() actor: Actor | null): ProfileReviewObject | null {
    if (!company.lifecycle || !canSeeUnpublished(actor, SubjectKind.COMPANY, company.id)) return null;
    return toProfileReviewObject(company.lifecycle, this.config.PROFILE_RENEWAL_WARNING_DAYS);
  }

  @ResolveField(() => CompanyObject, { nullable: true, description: 'The profile as it will look once its pending changes are approved (representatives and staff).' })
  pendingVersion(@Parent() company: CompanyObject, @CurrentActor() actor: Actor | null): CompanyObject | null {
    if (!company.lifecycle?.revision || !canSeeUnpublished(actor, SubjectKind.COMPANY, company.id)) return null;
    return toPendingCompanyObject(company, company.lifecycle.revision);
  }
}
