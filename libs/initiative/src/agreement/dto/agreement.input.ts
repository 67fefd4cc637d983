import { ArgsType, Field, ID, InputType } from '@nestjs/graphql';
import { ConnectionArgs, HasSomeLanguage, LocalizedNameInput } from '@hc/core';
import { SubjectKind } from '@hc/identity';
import { IsIsicCode } from '@hc/taxonomy';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  ArrayUnique,
  IsArray,
  IsEnum,
  IsOptional,
  IsString,
  IsUUID,
  MaxLength,
  Validate,
  ValidateNested,
} from 'class-validator';
import { InitiativeProfileRefInput } from '../../common/initiative-profile-ref.input';
import { IsCalendarDate } from '../../common/validation.rules';
import '../agreement.enums';
import { AgreementStatus, AgreementType, MAX_AGREEMENT_SECTORS, MAX_PARTIES, MIN_PARTIES, NOTES_MAX_LENGTH } from '../agreement.model';

@InputType({ description: 'A cooperation agreement that parks and companies signed.' })
export class RecordAgreementInput {
  @Field(() => LocalizedNameInput, { description: 'Title in at least one of zh, de, en.' })
  @ValidateNested()
  @Type(() => LocalizedNameInput)
  @Validate(HasSomeLanguage)
  title!: LocalizedNameInput;

  @Field(() => [String], { description: `ISIC Rev.4 codes, 1 to ${MAX_AGREEMENT_SECTORS}; finer codes are stored as their division.` })
  @IsArray()
  @ArrayMinSize(1, { message: 'sectors needs at least one ISIC division' })
  @ArrayMaxSize(MAX_AGREEMENT_SECTORS, { message: `sectors takes at most ${MAX_AGREEMENT_SECTORS} ISIC divisions` })
  @IsIsicCode({ each: true })
  sectors!: string[];

  @Field(() => AgreementType)
  @IsEnum(AgreementType)
  type!: AgreementType;

  @Field({ description: 'Day of signature, YYYY-MM-DD; not in the future.' })
  @IsCalendarDate()
  signedOn!: string;

  @Field(() => [InitiativeProfileRefInput], { description: `The parks and companies that signed: ${MIN_PARTIES} to ${MAX_PARTIES} distinct ones.` })
  @IsArray()
  @ArrayMinSize(MIN_PARTIES, { message: `parties needs at least ${MIN_PARTIES} distinct parks or companies` })
  @ArrayMaxSize(MAX_PARTIES, { message: `parties takes at most ${MAX_PARTIES} parks or companies` })
  @ArrayUnique((p: InitiativeProfileRefInput) => `${p?.kind}:${p?.id}`, { message: 'parties must be distinct: a park or company is listed twice' })
  @ValidateNested({ each: true })
  @Type(() => InitiativeProfileRefInput)
  parties!: InitiativeProfileRefInput[];

  @Field(() => ID, { nullable: true, description: 'The match suggestion that led to the agreement, if any.' })
  @IsOptional()
  @IsUUID('all', { message: 'suggestionId must be a UUID' })
  suggestionId?: string | null;

  @Field(() => String, { nullable: true, description: `Up to ${NOTES_MAX_LENGTH} characters.` })
  @IsOptional()
  @IsString()
  @MaxLength(NOTES_MAX_LENGTH, { message: `notes takes at most ${NOTES_MAX_LENGTH} characters` })
  notes?: string | null;
}

@ArgsType()
export class ChangeAgreementStatusArgs {
  @Field(() => ID)
  @IsUUID('all', { message: 'id must be a UUID' })
  id!: string;

  @Field(() => AgreementStatus, { description: 'IN_IMPLEMENTATION, COMPLETED or TERMINATED.' })
  @IsEnum(AgreementStatus)
  status!: AgreementStatus;

  @Field(() => String, { nullable: true, description: 'Why, for the audit log (e.g. why it was terminated).' })
  @IsOptional()
  @IsString()
  @MaxLength(1000)
  reason?: string | null;
}

@InputType()
export class AgreementFilterInput {
  @Field(() => SubjectKind, { nullable: true, description: 'Only agreements with a park (or a company) among the parties.' })
  @IsOptional()
  @IsEnum(SubjectKind)
  partyKind?: SubjectKind;

  @Field(() => ID, { nullable: true, description: 'Only agreements this park or company signed.' })
  @IsOptional()
  @IsUUID()
  partyId?: string;

  @Field(() => AgreementStatus, { nullable: true })
  @IsOptional()
  @IsEnum(AgreementStatus)
  status?: AgreementStatus;

  @Field(() => String, { nullable: true, description: 'An ISIC Rev.4 code; matched by its division.' })
  @IsOptional()
  @IsIsicCode()
  sector?: string;
}

@ArgsType()
export class AgreementsArgs extends ConnectionArgs {
  @Field(() => AgreementFilterInput, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => AgreementFilterInput)
  filter?: AgreementFilterInput;
}
