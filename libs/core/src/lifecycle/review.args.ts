import { ArgsType, Field, ID } from '@nestjs/graphql';
import { IsString, IsUUID, Length } from 'class-validator';

@ArgsType()
export class RejectProfileArgs {
  @Field(() => ID)
  @IsUUID('all', { message: 'id must be a UUID' })
  id!: string;

  @Field({ description: 'What must change before the profile can be published; the owners see it.' })
  @IsString()
  @Length(3, 2000, { message: 'reason must say in 3 to 2000 characters what must change' })
  reason!: string;
}
