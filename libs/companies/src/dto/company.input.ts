import { Field, InputType, Int, PartialType } from '@nestjs/graphql';
import { ProfileBaseInput } from '@hc/core';
import { IsCountryCode, IsIsicCode, IsRegionCode } from '@hc/taxonomy';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsBoolean,
  IsEnum,
  IsInt,
  IsISO8601,
  IsOptional,
  IsString,
  IsUrl,
  Length,
  Max,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';
import '../company.enums';
import { BadgeType, CompanyStatus, RevenueBand } from '../company.model';

@InputType()
export class BadgeInput {
  @Field(() => BadgeType) @IsEnum(BadgeType) type!: BadgeType;

  @Field({ description: 'Where the claim comes from: a list, a document, or "self-declared".' })
  @IsString()
  @Length(1, 300)
  source!: string;

  @Field({ description: 'Date of the evidence, YYYY-MM-DD.' })
  @IsISO8601({ strict: true }, { message: 'awardedOn must be a date such as 2024-05-28' })
  @Length(10, 10, { message: 'awardedOn must be a date such as 2024-05-28' })
  awardedOn!: string;
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

  @Field(() => [String], { description: 'ISIC Rev.4 codes (division, group or class), primary first; 1 to 10.' })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(10)
  @IsIsicCode({ each: true })
  sectorCodes!: string[];

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(10_000_000)
  employees?: number | null;

  @Field(() => RevenueBand, { nullable: true })
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

  @Field({ nullable: true, description: 'Member of the new-ecology initiative; false when omitted on create.' })
  @IsOptional()
  @IsBoolean()
  initiativeMember?: boolean;

  @Field(() => CompanyStatus, { nullable: true, description: 'DRAFT when omitted on create. Only PUBLISHED profiles are searchable.' })
  @IsOptional()
  @IsEnum(CompanyStatus)
  status?: CompanyStatus;
}

@InputType()
export class UpdateCompanyInput extends PartialType(CreateCompanyInput) {}
