import { Field, ID, InputType } from '@nestjs/graphql';
import { SubjectKind } from '@hc/identity';
import { IsEnum, IsUUID } from 'class-validator';

@InputType('InitiativeProfileRefInput', { description: 'A park or a company.' })
export class InitiativeProfileRefInput {
  @Field(() => SubjectKind)
  @IsEnum(SubjectKind, { message: 'kind must be PARK or COMPANY' })
  kind!: SubjectKind;

  @Field(() => ID)
  @IsUUID('all', { message: 'id must be the UUID of a park or company' })
  id!: string;
}
