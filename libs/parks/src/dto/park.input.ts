import { ArgsType, Field, InputType } from '@nestjs/graphql';
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
  IsUrl,
  MaxLength,
  ValidateNested,
} from 'class-validator';
import '../park.enums';
import { ParkOffering, ParkStatus } from '../park.model';

@InputType({ description: 'The profile an industrial park submits to the initiative.' })
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

  @Field(() => [ParkOffering], { nullable: true })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(20)
  @IsEnum(ParkOffering, { each: true })
  offerings?: ParkOffering[];

  @Field({ nullable: true, description: 'Member of the new-ecology initiative; false when omitted.' })
  @IsOptional()
  @IsBoolean()
  initiativeMember?: boolean;

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

  @Field(() => ParkStatus, { nullable: true, description: 'PUBLISHED when omitted.' })
  @IsOptional()
  @IsEnum(ParkStatus)
  status?: ParkStatus;

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
