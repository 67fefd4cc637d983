import { Field, Int, ObjectType } from '@nestjs/graphql';
import { AgreementStatusCountObject } from '../agreement/agreement.object';

@ObjectType('InitiativeStats', { description: 'Key figures of the new-ecology initiative.' })
export class InitiativeStatsObject {
  @Field(() => Int, { description: 'Parks with an accepted membership and a published profile.' }) memberParks!: number;
  @Field(() => Int, { description: 'Companies with an accepted membership and a published profile.' }) memberCompanies!: number;
  @Field(() => Int, { description: 'Shared resources listed publicly (active, of published members).' }) activeSharedResources!: number;
  @Field(() => Int, { description: 'Every recorded cooperation agreement.' }) agreements!: number;
  @Field(() => [AgreementStatusCountObject], { description: 'Recorded agreements by status, every status listed.' }) agreementsByStatus!: AgreementStatusCountObject[];
  @Field(() => Int, { description: 'Experts whose term includes today.' }) activeExperts!: number;
}
