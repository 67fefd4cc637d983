import { Field, Float, InputType, Int, PartialType } from '@nestjs/graphql';
import { ProfileBaseInput } from '@hc/core';
import { IsCountryCode, IsRegionCode, SectorScheme } from '@hc/taxonomy';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsBoolean,
  IsEnum,
  IsIn,
  IsInt,
  IsNumber,
  IsISO8601,
  IsOptional,
  IsString,
  IsUrl,
  Length,
  Max,
  MaxLength,
  Min,
  ValidateIf,
  ValidateNested,
} from 'class-validator';
import '../company.enums';
import { ActivitySource, BadgeType, BadgeVariant, CompanyStatus, EvidenceKind, RevenueBand } from '../company.model';
import { IsCodeOfScheme } from './activity-code.validator';

const CLAIMABLE_BADGES = Object.values(BadgeType).filter((t) => t !== BadgeType.EU_SME);
const CLAIMABLE_EVIDENCE = [EvidenceKind.DOCUMENT, EvidenceKind.LIST, EvidenceKind.SELF_DECLARED];
const SINGLE_CHAMPION_VARIANTS = [BadgeVariant.DEMONSTRATION_ENTERPRISE, BadgeVariant.CHAMPION_PRODUCT];

@InputType()
export class BadgeInput {
  @Field(() => BadgeType, { description: 'EU_SME cannot be entered: it is computed from employees and turnover or balance sheet.' })
  @IsEnum(BadgeType)
  @IsIn(CLAIMABLE_BADGES, { message: 'eu_sme cannot be entered: the platform computes it from employees and annualTurnoverEur or balanceSheetTotalEur' })
  type!: BadgeType;

  @Field(() => BadgeVariant, { nullable: true, description: 'Required for SINGLE_CHAMPION: DEMONSTRATION_ENTERPRISE or CHAMPION_PRODUCT.' })
  @ValidateIf((b: BadgeInput) => b.type === BadgeType.SINGLE_CHAMPION || (b.variant !== undefined && b.variant !== null))
  @IsIn(SINGLE_CHAMPION_VARIANTS, { message: 'variant must be demonstration_enterprise or champion_product, and is only used with single_champion' })
  variant?: BadgeVariant | null;

  @Field(() => EvidenceKind, { description: 'DOCUMENT, LIST or SELF_DECLARED.' })
  @IsIn(CLAIMABLE_EVIDENCE, { message: 'evidence must be one of document, list, self_declared' })
  evidence!: EvidenceKind;

  @Field(() => String, { nullable: true, description: 'URL or title of the document, or the name of the list; required for DOCUMENT and LIST.' })
  @ValidateIf((b: BadgeInput) => b.evidence === EvidenceKind.DOCUMENT || b.evidence === EvidenceKind.LIST || (b.reference !== undefined && b.reference !== null))
  @IsString({ message: 'reference is required for document and list evidence' })
  @Length(1, 300)
  reference?: string | null;

  @Field({ description: 'Date of the evidence, YYYY-MM-DD.' })
  @IsISO8601({ strict: true }, { message: 'awardedOn must be a date such as 2024-05-28' })
  @Length(10, 10, { message: 'awardedOn must be a date such as 2024-05-28' })
  awardedOn!: string;

  @Field(() => String, { nullable: true, description: 'Date after which the badge no longer counts, YYYY-MM-DD.' })
  @IsOptional()
  @IsISO8601({ strict: true }, { message: 'expiresOn must be a date such as 2027-05-28' })
  @Length(10, 10, { message: 'expiresOn must be a date such as 2027-05-28' })
  expiresOn?: string | null;
}

@InputType()
export class ActivityCodeInput {
  @Field(() => SectorScheme)
  @IsEnum(SectorScheme, { message: 'scheme must be one of ISIC4, NACE2, WZ2008, GBT4754' })
  scheme!: SectorScheme;

  @Field({ description: 'The code in its scheme: ISIC4 2822, NACE2 28.22, WZ2008 28.22.0, GBT4754 34 or 3421.' })
  @IsString()
  @Length(1, 12)
  @IsCodeOfScheme()
  code!: string;

  @Field(() => Boolean, { nullable: true, description: 'At most one code is primary; the first one when none is marked.' })
  @IsOptional()
  @IsBoolean()
  primary?: boolean | null;

  @Field(() => Float, { nullable: true, description: 'How sure the source is, 0 < confidence <= 1; 1 when omitted.' })
  @IsOptional()
  @IsNumber({ allowNaN: false, allowInfinity: false })
  @Min(0.01)
  @Max(1)
  confidence?: number | null;

  @Field(() => ActivitySource, { nullable: true, description: 'SELF_DECLARED when omitted.' })
  @IsOptional()
  @IsEnum(ActivitySource)
  source?: ActivitySource | null;
}

@InputType()
export class CreateCompanyInput extends ProfileBaseInput {
  @Field({ description: 'ISO 3166-1 alpha-2 country code, e.g. DE or CN.' })
  @IsCountryCode()
  country!: string;

  @Field(() => String, { nullable: true, description: 'ISO 3166-2 subdivision of the country, e.g. DE-BW or CN-JS.' })
  @IsOptional()
  @IsRegionCode()
  region?: string | null;

  @Field(() => String, { nullable: true, description: 'Official register identifier, e.g. "Hamburg HRB 150148" or a 统一社会信用代码.' })
  @IsOptional()
  @IsString()
  @Length(2, 80)
  registryId?: string | null;

  @Field(() => [ActivityCodeInput], {
    description: 'Activity codes in ISIC4, NACE2, WZ2008 or GBT4754, primary first; up to 10. A published profile needs at least one.',
  })
  @IsArray()
  @ArrayMaxSize(10)
  @ValidateNested({ each: true })
  @Type(() => ActivityCodeInput)
  activityCodes!: ActivityCodeInput[];

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(10_000_000)
  employees?: number | null;

  @Field(() => Float, { nullable: true, description: 'Annual turnover in EUR; decides the EU SME category and the revenue band.' })
  @IsOptional()
  @IsNumber({ allowNaN: false, allowInfinity: false })
  @Min(0)
  @Max(1e13)
  annualTurnoverEur?: number | null;

  @Field(() => Float, { nullable: true, description: 'Balance-sheet total in EUR; an alternative to turnover for the EU SME category.' })
  @IsOptional()
  @IsNumber({ allowNaN: false, allowInfinity: false })
  @Min(0)
  @Max(1e13)
  balanceSheetTotalEur?: number | null;

  @Field(() => RevenueBand, { nullable: true, description: 'For companies that give a band instead of the exact turnover; derived when annualTurnoverEur is given.' })
  @IsOptional()
  @IsEnum(RevenueBand)
  revenueBand?: RevenueBand | null;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt()
  @Min(1500)
  @Max(2100)
  foundedYear?: number | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsUrl({ protocols: ['http', 'https'], require_protocol: true }, { message: 'website must be an http(s) URL' })
  @MaxLength(300)
  website?: string | null;

  @Field(() => [BadgeInput], { nullable: true })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(20)
  @ValidateNested({ each: true })
  @Type(() => BadgeInput)
  badges?: BadgeInput[];

  @Field(() => [String], { nullable: true, description: 'What the company offers; up to 10 keywords.' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(10)
  @IsString({ each: true })
  @Length(1, 80, { each: true })
  offers?: string[];

  @Field(() => [String], { nullable: true, description: 'What the company is looking for; up to 10 keywords.' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(10)
  @IsString({ each: true })
  @Length(1, 80, { each: true })
  needs?: string[];

  @Field({ nullable: true, description: 'Admins and imports only: membership is decided by the initiative (applyForMembership).' })
  @IsOptional()
  @IsBoolean()
  initiativeMember?: boolean;

  @Field(() => CompanyStatus, {
    nullable: true,
    description: 'DRAFT when omitted on create. Admins and imports may give PUBLISHED (skipping the review); everyone else submits the draft for review.',
  })
  @IsOptional()
  @IsIn([CompanyStatus.DRAFT, CompanyStatus.PUBLISHED], { message: 'status must be DRAFT or PUBLISHED; the other states are reached through the review' })
  status?: CompanyStatus;
}

@InputType()
export class UpdateCompanyInput extends PartialType(CreateCompanyInput) {}
