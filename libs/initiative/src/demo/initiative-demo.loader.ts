import { Injectable } from '@nestjs/common';
import { ObjectLiteral } from 'typeorm';
import type { EntityManager, EntityTarget } from 'typeorm';
import { AgreementPartyEntity } from '../agreement/agreement-party.entity';
import { AgreementEntity } from '../agreement/agreement.entity';
import { agreementColumns } from '../agreement/agreements.service';
import { RecordAgreementInput } from '../agreement/dto/agreement.input';
import { profileColumns } from '../common/profile-ref';
import { AppointExpertInput, ExpertAssignmentArgs } from '../expert/dto/expert.input';
import { ExpertAssignmentEntity } from '../expert/expert-assignment.entity';
import { ExpertEntity } from '../expert/expert.entity';
import { ExpertSubjectKind } from '../expert/expert.model';
import { toExpertContent } from '../expert/experts.service';
import { MembershipEntity } from '../membership/membership.entity';
import { MembershipStatus } from '../membership/membership.model';
import { SharedResourceContentInput } from '../shared-resource/dto/shared-resource.input';
import { SharedResourceEntity } from '../shared-resource/shared-resource.entity';
import { SharedResourceStatus } from '../shared-resource/shared-resource.model';
import { toSharedResourceContent } from '../shared-resource/shared-resources.service';
import { InitiativeDemoCounts, InitiativeDemoData } from './initiative-demo.model';

/** Rows per multi-row INSERT: far below PostgreSQL's 65,535 parameters. */
const CHUNK = 500;

/**
 * Inserts generated demo records in bulk, in the caller's transaction (the demo seeder's), through the same
 * normalisation as the services. Records carry their ids, so agreements, parties and assignments refer to
 * each other without a round trip. The demo profiles already carry `initiative_member`; nothing else is touched.
 */
@Injectable()
export class InitiativeDemoLoader {
  async load(manager: EntityManager, data: InitiativeDemoData): Promise<InitiativeDemoCounts> {
    await insertChunked(
      manager,
      MembershipEntity,
      data.memberships.map((m) => ({
        id: m.id,
        ...profileColumns(m.member),
        status: MembershipStatus.ACCEPTED,
        motivation: m.motivation,
        appliedAt: new Date(m.appliedAt),
        decidedAt: new Date(m.decidedAt),
        createdAt: new Date(m.appliedAt),
        version: 1,
      })),
    );
    await insertChunked(
      manager,
      SharedResourceEntity,
      data.sharedResources.map((r) => ({
        id: r.id,
        ...profileColumns(r.owner),
        ...toSharedResourceContent(r.content as SharedResourceContentInput, `sharedResources.${r.id}`),
        status: SharedResourceStatus.ACTIVE,
        version: 1,
      })),
    );
    await insertChunked(
      manager,
      AgreementEntity,
      data.agreements.map((a) => ({
        id: a.id,
        // Demo dates are fixed days in the past; no clock is consulted.
        ...agreementColumns(a.content as RecordAgreementInput, '9999-12-31', `agreements.${a.id}`),
        status: a.status,
        statusChangedAt: new Date(`${a.content.signedOn}T12:00:00Z`),
        version: 1,
      })),
    );
    await insertChunked(
      manager,
      AgreementPartyEntity,
      data.agreements.flatMap((a) => a.content.parties.map((p, position) => ({ agreementId: a.id, position, ...profileColumns(p) }))),
    );
    await insertChunked(
      manager,
      ExpertEntity,
      data.experts.map((e) => ({ id: e.id, ...toExpertContent(e.content as AppointExpertInput, `experts.${e.id}`), version: 1 })),
    );
    await insertChunked(
      manager,
      ExpertAssignmentEntity,
      data.expertAssignments.map((x: Pick<ExpertAssignmentArgs, 'expertId' | 'subjectKind' | 'subjectId'>) => ({
        expertId: x.expertId,
        parkId: x.subjectKind === ExpertSubjectKind.PARK ? x.subjectId : null,
        agreementId: x.subjectKind === ExpertSubjectKind.AGREEMENT ? x.subjectId : null,
      })),
    );
    return {
      memberships: data.memberships.length,
      sharedResources: data.sharedResources.length,
      agreements: data.agreements.length,
      experts: data.experts.length,
      expertAssignments: data.expertAssignments.length,
    };
  }
}

async function insertChunked<T extends ObjectLiteral>(manager: EntityManager, target: EntityTarget<T>, rows: object[]): Promise<void> {
  for (let i = 0; i < rows.length; i += CHUNK) {
    await manager
      .createQueryBuilder()
      .insert()
      .into(target)
      .values(rows.slice(i, i + CHUNK) as never)
      .execute();
  }
}
