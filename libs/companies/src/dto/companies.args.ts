import { ArgsType, Field, InputType } from '@nestjs/graphql';
import { ConnectionArgs } from '@hc/core';
import { IsCountryCode, IsIsicCode } from '@hc/taxonomy';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsBoolean, IsEnum, IsOptional, ValidateNested } from 'class-validator';
import '../company.enums';
import { CompanyStatus } from '../company.model';

@InputType({ description: 'Filters for listing companies; conditions are combined with AND, values in a list with OR.' })
export class CompanyListFilter {
  @Field(() => [String], { nullable: true })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(50)
  @IsCountryCode({ each: true })
  country?: string[];

  @Field(() => [String], { nullable: true, description: 'ISIC Rev.4 divisions (2 digits).' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(50)
  @IsIsicCode({ each: true })
  sectorDivision?: string[];

  @Field(() => CompanyStatus, { nullable: true, description: 'Visible (published, unexpired) profiles when omitted. Other statuses: reviewers and admins, or with mine.' })
  @IsOptional()
  @IsEnum(CompanyStatus)
  status?: CompanyStatus;

  @Field({ nullable: true, description: 'Only the companies you represent, in every state.' })
  @IsOptional()
  @IsBoolean()
  mine?: boolean;
}

@ArgsType()
export class CompaniesArgs extends ConnectionArgs {
  @Field(() => CompanyListFilter, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => CompanyListFilter)
  filter?: CompanyListFilter;
}
