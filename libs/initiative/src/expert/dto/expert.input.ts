import { ArgsType, Field, ID, InputType, PartialType } from '@nestjs/graphql';
import { ConnectionArgs, LocalizedDescriptionInput } from '@hc/core';
import { IsIsicCode } from '@hc/taxonomy';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  ArrayUnique,
  IsArray,
  IsEmail,
  IsEnum,
  IsIn,
  IsOptional,
  IsString,
  IsUUID,
  Length,
  MaxLength,
  ValidateNested,
} from 'class-validator';
import { IsCalendarDate, IsCountryOrRegionCode, IsNotBlank } from '../../common/validation.rules';
import '../expert.enums';
import {
  AFFILIATION_MAX_LENGTH,
  EXPERT_LANGUAGES,
  EXPERT_NAME_MAX_LENGTH,
  ExpertSubjectKind,
  MAX_EXPERT_LANGUAGES,
  MAX_EXPERT_REGIONS,
  MAX_EXPERT_SECTORS,
} from '../expert.model';

const LANGUAGE_MESSAGE = `languages must hold ISO 639-1 codes from: ${EXPERT_LANGUAGES.join(', ')}`;

@InputType({ description: 'An expert or consultant the initiative appoints for a term.' })
export class AppointExpertInput {
  @Field()
  @IsString()
  @Length(1, EXPERT_NAME_MAX_LENGTH)
  @IsNotBlank()
  fullName!: string;

  @Field({ description: 'University, institute, firm or chamber.' })
  @IsString()
  @Length(1, AFFILIATION_MAX_LENGTH)
  @IsNotBlank()
  affiliation!: string;

  @Field(() => LocalizedDescriptionInput, { nullable: true, description: 'A short biography in zh, de and en.' })
  @IsOptional()
  @ValidateNested()
  @Type(() => LocalizedDescriptionInput)
  bio?: LocalizedDescriptionInput | null;

  @Field(() => [String], { description: `ISIC Rev.4 codes of the expertise, 1 to ${MAX_EXPERT_SECTORS}; stored as divisions.` })
  @IsArray()
  @ArrayMinSize(1, { message: 'sectors needs at least one ISIC code' })
  @ArrayMaxSize(MAX_EXPERT_SECTORS)
  @IsIsicCode({ each: true })
  sectors!: string[];

  @Field(() => [String], { description: 'ISO 639-1 codes of the working languages (zh, de, en, fr, …).' })
  @IsArray()
  @ArrayMinSize(1, { message: 'languages needs at least one language' })
  @ArrayMaxSize(MAX_EXPERT_LANGUAGES)
  @ArrayUnique({ message: 'languages must not repeat a language' })
  @IsIn(EXPERT_LANGUAGES, { each: true, message: LANGUAGE_MESSAGE })
  languages!: string[];

  @Field(() => [String], { nullable: true, description: 'ISO 3166-1 countries (DE) or ISO 3166-2 regions (CN-JS) the expert covers.' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(MAX_EXPERT_REGIONS)
  @ArrayUnique({ message: 'regions must not repeat a code' })
  @IsCountryOrRegionCode({ each: true })
  regions?: string[] | null;

  @Field({ description: 'First day of the term, YYYY-MM-DD.' })
  @IsCalendarDate()
  appointedOn!: string;

  @Field({ description: 'Last day of the term, YYYY-MM-DD; after appointedOn.' })
  @IsCalendarDate()
  termEndsOn!: string;

  @Field({ description: 'Contact e-mail, shown to reviewers and admins only.' })
  @IsEmail({}, { message: 'email must be an e-mail address' })
  @MaxLength(254)
  email!: string;
}

@InputType({ description: 'The fields to change; omitted fields keep their value.' })
export class UpdateExpertInput extends PartialType(AppointExpertInput) {}

@ArgsType()
export class ExpertAssignmentArgs {
  @Field(() => ID)
  @IsUUID('all', { message: 'expertId must be a UUID' })
  expertId!: string;

  @Field(() => ExpertSubjectKind, { description: 'PARK or AGREEMENT.' })
  @IsEnum(ExpertSubjectKind, { message: 'subjectKind must be PARK or AGREEMENT' })
  subjectKind!: ExpertSubjectKind;

  @Field(() => ID, { description: 'The park or agreement.' })
  @IsUUID('all', { message: 'subjectId must be a UUID' })
  subjectId!: string;
}

@InputType()
export class ExpertFilterInput {
  @Field(() => String, { nullable: true, description: 'Words in any language; each must occur in the name, affiliation or biography.' })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  query?: string;

  @Field(() => String, { nullable: true, description: 'An ISIC Rev.4 code; matched by its division.' })
  @IsOptional()
  @IsIsicCode()
  sector?: string;

  @Field(() => String, { nullable: true, description: 'An ISO 639-1 code.' })
  @IsOptional()
  @IsIn(EXPERT_LANGUAGES, { message: `language must be an ISO 639-1 code from: ${EXPERT_LANGUAGES.join(', ')}` })
  language?: string;

  @Field(() => String, { nullable: true, description: 'A country (DE: also experts for any German region) or a region (DE-BY: also experts for all of DE).' })
  @IsOptional()
  @IsCountryOrRegionCode()
  region?: string;

  @Field(() => String, { nullable: true, description: 'Experts whose term includes this day, YYYY-MM-DD; today when omitted.' })
  @IsOptional()
  @IsCalendarDate()
  activeOn?: string;
}

@ArgsType()
export class ExpertsArgs extends ConnectionArgs {
  @Field(() => ExpertFilterInput, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => ExpertFilterInput)
  filter?: ExpertFilterInput;
}
