import { ArgsType, Field, InputType, PartialType } from '@nestjs/graphql';
import { ConnectionArgs, ProfileBaseInput } from '@hc/core';
import { IsCountryCode, IsIsicCode, IsRegionCode } from '@hc/taxonomy';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsBoolean,
  IsEnum,
  IsOptional,
  IsString,
  IsUrl,
  MaxLength,
  ValidateNested,
} from 'class-validator';
import '../park.enums';
import { ParkOffering, ParkStatus } from '../park.model';

@InputType('ParkProfileInput', { description: 'The profile of an industrial park. It starts as a DRAFT and is published by the initiative\'s review.' })
export class SubmitParkProfileInput extends ProfileBaseInput {
  @Field({ description: 'ISO 3166-1 alpha-2 country code.' })
  @IsCountryCode()
  country!: string;

  @Field(() => String, { nullable: true, description: 'ISO 3166-2 subdivision, e.g. CN-JS.' })
  @IsOptional()
  @IsRegionCode()
  region?: string | null;

  @Field(() => [String], { description: 'ISIC Rev.4 divisions (2 digits) the park wants to grow; 1 to 15.' })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(15)
  @IsIsicCode({ each: true })
  focusSectors!: string[];

  @Field(() => [String], { nullable: true, description: 'ISIC Rev.4 divisions the park\'s ecosystem lacks and wants filled (e.g. "27" batteries next to vehicle makers); 0 to 10.' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(10)
  @IsIsicCode({ each: true })
  gapSectors?: string[];

  @Field(() => [ParkOffering], { nullable: true })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(20)
  @IsEnum(ParkOffering, { each: true })
  offerings?: ParkOffering[];

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsUrl({ protocols: ['http', 'https'], require_protocol: true }, { message: 'website must be an http(s) URL' })
  @MaxLength(300)
  website?: string | null;
}

@InputType()
export class ParkListFilter {
  @Field(() => [String], { nullable: true })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(50)
  @IsCountryCode({ each: true })
  country?: string[];

  @Field(() => ParkStatus, { nullable: true, description: 'Visible (published, unexpired) parks when omitted. Other statuses: reviewers and admins, or with mine.' })
  @IsOptional()
  @IsEnum(ParkStatus)
  status?: ParkStatus;

  @Field({ nullable: true, description: 'Only the parks you manage, in every state.' })
  @IsOptional()
  @IsBoolean()
  mine?: boolean;

  @Field({ nullable: true, description: 'Words that must all occur in a name or description, in any language (汽车, Fahrzeug, vehicle); glossary synonyms count.' })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  query?: string;

  @Field(() => [String], { nullable: true, description: 'ISIC Rev.4 divisions; parks focusing on any of them.' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(20)
  @IsIsicCode({ each: true })
  focusSector?: string[];

  @Field(() => [ParkOffering], { nullable: true, description: 'Parks offering all of these.' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(15)
  @IsEnum(ParkOffering, { each: true })
  offering?: ParkOffering[];

  @Field({ nullable: true })
  @IsOptional()
  @IsBoolean()
  initiativeMember?: boolean;
}

@ArgsType()
export class ParksArgs extends ConnectionArgs {
  @Field(() => ParkListFilter, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => ParkListFilter)
  filter?: ParkListFilter;
}

@InputType('UpdateParkInput', { description: 'The fields to change; omitted fields keep their value.' })
export class UpdateParkInput extends PartialType(SubmitParkProfileInput) {}
