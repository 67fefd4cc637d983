import { ArgsType, Field, ID, InputType } from '@nestjs/graphql';
import { ConnectionArgs } from '@hc/core';
import { IsBoolean, IsEmail, IsEnum, IsOptional, IsString, IsUUID, MaxLength, MinLength } from 'class-validator';
import { Role } from './access/role';

const PASSWORD_RULE = 'at least 10 characters';

@InputType()
export class SignInInput {
  @Field()
  @IsEmail({}, { message: 'email must be an e-mail address' })
  @MaxLength(254)
  email!: string;

  @Field()
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  password!: string;
}

@InputType({ description: `A new account. Passwords need ${PASSWORD_RULE}.` })
export class SignUpInput {
  @Field()
  @IsEmail({}, { message: 'email must be an e-mail address' })
  @MaxLength(254)
  email!: string;

  @Field({ description: PASSWORD_RULE })
  @IsString()
  @MinLength(10, { message: `password must have ${PASSWORD_RULE}` })
  @MaxLength(200)
  password!: string;

  @Field()
  @IsString()
  @MinLength(1)
  @MaxLength(120)
  displayName!: string;

  @Field(() => Role, { description: 'PARK_MANAGER, COMPANY_REP or VIEWER when signing up; any role when an admin creates the account.' })
  @IsEnum(Role)
  role!: Role;
}

@InputType()
export class ChangePasswordInput {
  @Field()
  @IsString()
  @MaxLength(200)
  currentPassword!: string;

  @Field()
  @IsString()
  @MinLength(10, { message: `newPassword must have ${PASSWORD_RULE}` })
  @MaxLength(200)
  newPassword!: string;
}

@InputType()
export class CreateApiKeyInput {
  @Field({ description: 'What the key is for, e.g. "Taicang dashboard".' })
  @IsString()
  @MinLength(1)
  @MaxLength(100)
  name!: string;
}

@ArgsType()
export class UsersArgs extends ConnectionArgs {
  @Field(() => Role, { nullable: true })
  @IsOptional()
  @IsEnum(Role)
  role?: Role;
}

@InputType()
export class SetUserDisabledInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'userId must be a UUID' })
  userId!: string;

  @Field()
  @IsBoolean()
  disabled!: boolean;
}
