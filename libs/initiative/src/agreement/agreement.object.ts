import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { LocalizedText } from '@hc/core';
import { SectorObject } from '@hc/taxonomy';
import { InitiativeProfileRefObject } from '../common/initiative-profile-ref.object';
import './agreement.enums';
import { AgreementStatus, AgreementType } from './agreement.model';

@ObjectType('CooperationAgreement', { description: 'A cooperation agreement signed between parks and companies.' })
export class AgreementObject {
  @Field(() => ID) id!: string;
  @Field(() => LocalizedText) title!: LocalizedText;
  @Field(() => [SectorObject], { description: 'ISIC Rev.4 divisions the agreement is about.' }) sectors!: SectorObject[];
  @Field(() => AgreementType) type!: AgreementType;
  @Field(() => LocalizedText, { description: 'The type in zh, de and en, for labels.' }) typeLabel!: LocalizedText;
  @Field({ description: 'Day of signature, YYYY-MM-DD.' }) signedOn!: string;
  @Field(() => AgreementStatus) status!: AgreementStatus;
  @Field(() => LocalizedText, { description: 'The status in zh, de and en, for labels.' }) statusLabel!: LocalizedText;
  @Field() statusChangedAt!: Date;
  @Field(() => ID, { nullable: true, description: 'The match suggestion that led to it, if any.' }) suggestionId!: string | null;
  @Field(() => String, { nullable: true }) notes!: string | null;
  @Field(() => [InitiativeProfileRefObject], { description: 'The parks and companies that signed, in the order entered.' }) parties!: InitiativeProfileRefObject[];
  @Field({ description: 'When it was recorded on the platform.' }) recordedAt!: Date;
  @Field(() => Int) version!: number;
}

@ObjectType('AgreementStatusCount')
export class AgreementStatusCountObject {
  @Field(() => AgreementStatus) status!: AgreementStatus;
  @Field(() => LocalizedText) label!: LocalizedText;
  @Field(() => Int) count!: number;
}
