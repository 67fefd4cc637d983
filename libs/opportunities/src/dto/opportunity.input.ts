import { ArgsType, Field, ID, InputType, PartialType } from '@nestjs/graphql';
import { ConnectionArgs, HasSomeLanguage, LocalizedDescriptionInput, LocalizedNameInput } from '@hc/core';
import { SizeBand } from '@hc/companies';
import { IsCountryCode } from '@hc/taxonomy';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsBoolean,
  IsEnum,
  IsOptional,
  IsString,
  IsUUID,
  Length,
  Validate,
  ValidateIf,
  ValidateNested,
} from 'class-validator';
import '../opportunity.enums';
import { DevelopmentStage, IpStatus, MAX_MARKET_KEYWORDS, MAX_TECHNOLOGY_KEYWORDS, OpportunityType, PartnershipType } from '../opportunity.model';

/** What an opportunity says; shared by publishing, updating and importing. */
@InputType()
export class OpportunityContentInput {
  @Field(() => OpportunityType)
  @IsEnum(OpportunityType)
  type!: OpportunityType;

  @Field(() => LocalizedNameInput, { description: 'A short title in at least one of zh, de, en.' })
  @ValidateNested()
  @Type(() => LocalizedNameInput)
  @Validate(HasSomeLanguage)
  title!: LocalizedNameInput;

  @Field(() => LocalizedDescriptionInput, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => LocalizedDescriptionInput)
  description?: LocalizedDescriptionInput | null;

  @Field(() => [PartnershipType], { description: 'One or more kinds of partnership.' })
  @IsArray()
  @ArrayMinSize(1, { message: 'partnershipTypes needs at least one partnership type' })
  @ArrayMaxSize(7)
  @IsEnum(PartnershipType, { each: true })
  partnershipTypes!: PartnershipType[];

  @Field(() => [String], { nullable: true, description: `Up to ${MAX_TECHNOLOGY_KEYWORDS} technology keywords.` })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(MAX_TECHNOLOGY_KEYWORDS, { message: `technologyKeywords takes at most ${MAX_TECHNOLOGY_KEYWORDS} keywords` })
  @IsString({ each: true })
  @Length(1, 80, { each: true })
  technologyKeywords?: string[] | null;

  @Field(() => [String], { nullable: true, description: `Up to ${MAX_MARKET_KEYWORDS} market keywords.` })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(MAX_MARKET_KEYWORDS, { message: `marketKeywords takes at most ${MAX_MARKET_KEYWORDS} keywords` })
  @IsString({ each: true })
  @Length(1, 80, { each: true })
  marketKeywords?: string[] | null;

  @Field(() => [String], { nullable: true, description: 'ISO 3166-1 alpha-2 codes of the countries sought; empty means any.' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(40)
  @IsCountryCode({ each: true })
  targetCountries?: string[] | null;

  @Field(() => [SizeBand], { nullable: true, description: 'Size of the partner sought; empty means any.' })
  @IsOptional()
  @IsArray()
  @IsEnum(SizeBand, { each: true })
  partnerSizes?: SizeBand[] | null;

  @Field(() => DevelopmentStage, { nullable: true, description: 'Technology offers only.' })
  @IsOptional()
  @IsEnum(DevelopmentStage)
  stage?: DevelopmentStage | null;

  @Field(() => IpStatus, { nullable: true, description: 'Technology offers only.' })
  @IsOptional()
  @IsEnum(IpStatus)
  ipStatus?: IpStatus | null;
}

@InputType()
export class PublishOpportunityInput extends OpportunityContentInput {
  @Field(() => ID, { nullable: true, description: 'The company that publishes it; give this or parkId.' })
  @ValidateIf((o: PublishOpportunityInput) => !o.parkId || Boolean(o.companyId))
  @IsUUID('all', { message: 'companyId or parkId (exactly one) must be the id of the owner' })
  companyId?: string | null;

  @Field(() => ID, { nullable: true, description: 'The park that publishes it; give this or companyId.' })
  @ValidateIf((o: PublishOpportunityInput) => !o.companyId || Boolean(o.parkId))
  @IsUUID('all', { message: 'companyId or parkId (exactly one) must be the id of the owner' })
  parkId?: string | null;
}

@InputType()
export class UpdateOpportunityInput extends PartialType(OpportunityContentInput) {}

@InputType()
export class OpportunityFilterInput {
  @Field(() => ID, { nullable: true }) @IsOptional() @IsUUID() companyId?: string;
  @Field(() => ID, { nullable: true }) @IsOptional() @IsUUID() parkId?: string;
  @Field(() => [OpportunityType], { nullable: true }) @IsOptional() @IsEnum(OpportunityType, { each: true }) type?: OpportunityType[];
  @Field(() => [PartnershipType], { nullable: true }) @IsOptional() @IsEnum(PartnershipType, { each: true }) partnershipType?: PartnershipType[];
  @Field(() => String, { nullable: true, description: 'Only opportunities that target this country (or any country).' })
  @IsOptional()
  @IsCountryCode()
  targetCountry?: string;
  @Field({ nullable: true, description: 'Also list expired and withdrawn opportunities (for their owners); false by default.' })
  @IsOptional()
  @IsBoolean()
  includeInactive?: boolean;
}

@ArgsType()
export class OpportunitiesArgs extends ConnectionArgs {
  @Field(() => OpportunityFilterInput, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => OpportunityFilterInput)
  filter?: OpportunityFilterInput;
}
