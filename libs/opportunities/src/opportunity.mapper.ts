import { OpportunityEntity } from './opportunity.entity';
import { OPPORTUNITY_TYPE_LABELS } from './opportunity.labels';
import { OpportunityObject } from './opportunity.object';
import { isLive, opportunityContentOf } from './opportunity-record';

export function toOpportunityObject(e: OpportunityEntity, now: Date = new Date()): OpportunityObject {
  return {
    id: e.id,
    companyId: e.companyId,
    parkId: e.parkId,
    ...opportunityContentOf(e),
    typeLabel: OPPORTUNITY_TYPE_LABELS[e.type],
    status: e.status,
    live: isLive(e, now),
    publishedAt: e.publishedAt,
    expiresAt: e.expiresAt,
    version: e.version,
  };
}
