import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { LocalizedText } from '@hc/core';
import { SizeBand } from '@hc/companies';
import './opportunity.enums';
import { DevelopmentStage, IpStatus, OpportunityStatus, OpportunityType, PartnershipType } from './opportunity.model';

@ObjectType('Opportunity', { description: 'A typed offer or request published by a company or a park.' })
export class OpportunityObject {
  @Field(() => ID) id!: string;
  @Field(() => ID, { nullable: true }) companyId!: string | null;
  @Field(() => ID, { nullable: true }) parkId!: string | null;
  @Field(() => OpportunityType) type!: OpportunityType;
  @Field(() => LocalizedText, { description: 'The type in zh, de and en, for labels.' }) typeLabel!: LocalizedText;
  @Field(() => LocalizedText) title!: LocalizedText;
  @Field(() => LocalizedText) description!: LocalizedText;
  @Field(() => [PartnershipType]) partnershipTypes!: PartnershipType[];
  @Field(() => [String]) technologyKeywords!: string[];
  @Field(() => [String]) marketKeywords!: string[];
  @Field(() => [String], { description: 'Empty means any country.' }) targetCountries!: string[];
  @Field(() => [SizeBand], { description: 'Empty means any size.' }) partnerSizes!: SizeBand[];
  @Field(() => DevelopmentStage, { nullable: true }) stage!: DevelopmentStage | null;
  @Field(() => IpStatus, { nullable: true }) ipStatus!: IpStatus | null;
  @Field(() => OpportunityStatus) status!: OpportunityStatus;
  @Field({ description: 'True while active and not expired: only live opportunities are searchable.' }) live!: boolean;
  @Field() publishedAt!: Date;
  @Field({ description: 'Renew before this to keep the opportunity visible.' }) expiresAt!: Date;
  @Field(() => Int) version!: number;
}
