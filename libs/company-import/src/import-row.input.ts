import { CreateCompanyInput } from '@hc/companies';
import { OpportunityContentInput } from '@hc/opportunities';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsOptional, IsUUID, ValidateNested } from 'class-validator';

/** One row of a company file, validated with the same rules as the GraphQL input. */
export class ImportCompanyRow extends CreateCompanyInput {
  @IsOptional()
  @IsUUID('all', { message: 'id must be a platform id (uuid) or be left empty' })
  id?: string;

  @IsOptional()
  @IsArray()
  @ArrayMaxSize(20)
  @ValidateNested({ each: true })
  @Type(() => OpportunityContentInput)
  opportunities?: OpportunityContentInput[];
}
