import { Field, ID, ObjectType } from '@nestjs/graphql';
import './access/subject-kind.enums';
import { Role } from './access/role';

@ObjectType('User', { description: 'An account. Passwords and key secrets are never shown.' })
export class UserObject {
  @Field(() => ID) id!: string;
  @Field() email!: string;
  @Field() displayName!: string;
  @Field(() => Role) role!: Role;
  @Field() disabled!: boolean;
  @Field() createdAt!: Date;
  @Field(() => Date, { nullable: true }) lastSignInAt!: Date | null;
}

@ObjectType('Me', { description: 'The signed-in user and the profiles they own.' })
export class MeObject {
  @Field(() => UserObject) user!: UserObject;
  @Field(() => [ID], { description: 'Parks this user manages.' }) parkIds!: string[];
  @Field(() => [ID], { description: 'Companies this user represents.' }) companyIds!: string[];
  @Field({ description: 'True when signed in with an API key, which can only read.' }) readOnly!: boolean;
}

@ObjectType('AuthPayload')
export class AuthPayloadObject {
  @Field({ description: 'Send as "Authorization: Bearer <token>".' }) token!: string;
  @Field() expiresAt!: Date;
  @Field(() => UserObject) user!: UserObject;
}

@ObjectType('ApiKey', { description: 'A read-only key for dashboards; its secret was shown once, when it was created.' })
export class ApiKeyObject {
  @Field(() => ID) id!: string;
  @Field() name!: string;
  @Field({ description: 'The first characters of the key, to tell keys apart.' }) prefix!: string;
  @Field() createdAt!: Date;
  @Field(() => Date, { nullable: true }) lastUsedAt!: Date | null;
  @Field(() => Date, { nullable: true }) revokedAt!: Date | null;
}

@ObjectType('CreatedApiKey')
export class CreatedApiKeyObject {
  @Field({ description: 'The secret: shown only now. Send as "X-API-Key: <key>" or "Authorization: Bearer <key>".' }) key!: string;
  @Field(() => ApiKeyObject) apiKey!: ApiKeyObject;
}

@ObjectType('FieldChange', { description: 'One changed field; values are JSON.' })
export class FieldChangeObject {
  @Field() field!: string;
  @Field(() => String, { nullable: true, description: 'JSON of the value before.' }) from!: string | null;
  @Field(() => String, { nullable: true, description: 'JSON of the value after.' }) to!: string | null;
}

@ObjectType('AuditEvent', { description: 'Who did what to a profile, when, and what changed.' })
export class AuditEventObject {
  @Field(() => ID) id!: string;
  @Field() at!: Date;
  @Field(() => ID, { nullable: true, description: 'Null for the platform itself (imports, expiry).' }) actorId!: string | null;
  @Field(() => Role, { nullable: true }) actorRole!: Role | null;
  @Field() subjectKind!: string;
  @Field(() => ID) subjectId!: string;
  @Field({ description: 'created, updated, submitted, review_started, approved, rejected, renewed, …' }) action!: string;
  @Field(() => String, { nullable: true }) fromStatus!: string | null;
  @Field(() => String, { nullable: true }) toStatus!: string | null;
  @Field(() => [FieldChangeObject]) changes!: FieldChangeObject[];
  @Field(() => String, { nullable: true }) reason!: string | null;
}
