import { Args, ID, Int, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Connection, UuidPipe } from '@hc/core';
import { CompaniesService } from './companies.service';
import { toCompanyObject } from './company.mapper';
import { CompanyObject } from './company.object';
import { CompaniesArgs } from './dto/companies.args';
import { CreateCompanyInput, UpdateCompanyInput } from './dto/company.input';

const CompanyConnection = Connection(CompanyObject, 'Company');

@Resolver(() => CompanyObject)
export class CompaniesResolver {
  constructor(private readonly service: CompaniesService) {}

  @Query(() => CompanyObject, { description: 'One company by id.' })
  async company(@Args('id', { type: () => ID }, UuidPipe) id: string): Promise<CompanyObject> {
    return toCompanyObject(await this.service.findById(id));
  }

  @Query(() => CompanyConnection, { description: 'Companies in creation order, as a Relay connection.' })
  async companies(@Args() args: CompaniesArgs) {
    const page = await this.service.list(args);
    return { ...page, edges: page.edges.map((e) => ({ cursor: e.cursor, node: toCompanyObject(e.node) })) };
  }

  @Mutation(() => CompanyObject, { description: 'Creates a company profile; a PUBLISHED one becomes searchable within a second.' })
  async createCompany(@Args('input') input: CreateCompanyInput): Promise<CompanyObject> {
    return toCompanyObject(await this.service.create(input));
  }

  @Mutation(() => CompanyObject, { description: 'Changes the given fields; omitted fields keep their value.' })
  async updateCompany(
    @Args('id', { type: () => ID }, UuidPipe) id: string,
    @Args('input') input: UpdateCompanyInput,
    @Args('expectedVersion', { type: () => Int, nullable: true, description: 'Fails with CONFLICT if the company changed meanwhile.' })
    expectedVersion?: number,
  ): Promise<CompanyObject> {
    return toCompanyObject(await this.service.update(id, input, expectedVersion ?? undefined));
  }

  @Mutation(() => ID, { description: 'Deletes a company and removes it from search; returns its id.' })
  async deleteCompany(
    @Args('id', { type: () => ID }, UuidPipe) id: string,
    @Args('expectedVersion', { type: () => Int, nullable: true }) expectedVersion?: number,
  ): Promise<string> {
    await this.service.delete(id, expectedVersion ?? undefined);
    return id;
  }
}
