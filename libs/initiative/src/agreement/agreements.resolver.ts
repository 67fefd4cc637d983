import { Args, Context, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Connection, UuidPipe } from '@hc/core';
import { Authenticated, CurrentActor, isStaff, Role, Roles } from '@hc/identity';
import type { Actor } from '@hc/identity';
import DataLoader from 'dataloader';
import { ExpertObject } from '../expert/expert.object';
import { toExpertObject } from '../expert/expert.mapper';
import { ExpertsService } from '../expert/experts.service';
import { ExpertEntity } from '../expert/expert.entity';
import { toAgreementObject } from './agreement.mapper';
import { AgreementObject } from './agreement.object';
import { AgreementsService } from './agreements.service';
import { AgreementsArgs, ChangeAgreementStatusArgs, RecordAgreementInput } from './dto/agreement.input';

const AgreementConnection = Connection(AgreementObject, 'CooperationAgreement');
const EXPERTS_LOADER = Symbol('expertsByAgreement');

/** Who may record agreements and change their status; the service checks that owners are parties. */
const AGREEMENT_WRITERS = [Role.ADMIN, Role.REVIEWER, Role.PARK_MANAGER, Role.COMPANY_REP];

@Resolver(() => AgreementObject)
export class AgreementsResolver {
  constructor(
    private readonly service: AgreementsService,
    private readonly expertsService: ExpertsService,
  ) {}

  @Roles(...AGREEMENT_WRITERS)
  @Mutation(() => AgreementObject, { description: 'Records a signed cooperation agreement (reviewers, admins, or a manager of one of the parties).' })
  async recordAgreement(@CurrentActor() actor: Actor, @Args('input') input: RecordAgreementInput): Promise<AgreementObject> {
    return toAgreementObject(await this.service.record(actor, input));
  }

  @Roles(...AGREEMENT_WRITERS)
  @Mutation(() => AgreementObject, { description: 'SIGNED -> IN_IMPLEMENTATION -> COMPLETED, or TERMINATED (reviewers, admins, or a manager of one of the parties).' })
  async changeAgreementStatus(@CurrentActor() actor: Actor, @Args() args: ChangeAgreementStatusArgs): Promise<AgreementObject> {
    return toAgreementObject(await this.service.changeStatus(actor, args));
  }

  @Authenticated()
  @Query(() => AgreementConnection, { description: 'Recorded cooperation agreements, oldest first.' })
  async agreements(@CurrentActor() actor: Actor, @Args() args: AgreementsArgs) {
    const page = await this.service.list(args, actor);
    return { ...page, edges: page.edges.map((e) => ({ cursor: e.cursor, node: toAgreementObject(e.node) })) };
  }

  @Authenticated()
  @Query(() => AgreementObject)
  async agreement(@CurrentActor() actor: Actor, @Args('id', { type: () => ID }, UuidPipe) id: string): Promise<AgreementObject> {
    return toAgreementObject(await this.service.findById(id, actor));
  }

  @ResolveField(() => [ExpertObject], { description: 'Experts assigned to accompany the agreement.' })
  async experts(@Parent() agreement: AgreementObject, @CurrentActor() actor: Actor | null, @Context() context: Record<symbol, unknown>): Promise<ExpertObject[]> {
    const loader = (context[EXPERTS_LOADER] ??= new DataLoader<string, ExpertEntity[]>(async (ids) => {
      const grouped = await this.expertsService.assignedToAgreements(ids);
      return ids.map((id) => grouped.get(id) ?? []);
    })) as DataLoader<string, ExpertEntity[]>;
    const showContact = isStaff(actor);
    return (await loader.load(agreement.id)).map((e) => toExpertObject(e, { showContact }));
  }
}
