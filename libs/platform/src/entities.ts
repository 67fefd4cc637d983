import { CompanyEntity } from '@hc/companies';
import { IDENTITY_ENTITIES } from '@hc/identity';
import { INITIATIVE_ENTITIES } from '@hc/initiative';
import { JOB_ENTITIES } from '@hc/matching';
import { FEEDBACK_ENTITIES } from '@hc/matching-feedback';
import { OpportunityEntity } from '@hc/opportunities';
import { ParkEntity } from '@hc/parks';
import { OutboxEventEntity } from '@hc/persistence';

/** Every entity of the platform; the single list the api, the tools and the schema check use. */
export const ENTITIES = [OutboxEventEntity, ...IDENTITY_ENTITIES, CompanyEntity, ParkEntity, OpportunityEntity, ...INITIATIVE_ENTITIES, ...FEEDBACK_ENTITIES, ...JOB_ENTITIES];
