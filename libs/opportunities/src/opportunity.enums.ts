import { registerEnumType } from '@nestjs/graphql';
import { DevelopmentStage, IpStatus, OpportunityStatus, OpportunityType, PartnershipType } from './opportunity.model';

registerEnumType(OpportunityType, { name: 'OpportunityType', description: 'Business offer/request, technology offer/request, R&D cooperation request.' });
registerEnumType(PartnershipType, { name: 'PartnershipType', description: 'The kind of partnership sought or offered.' });
registerEnumType(DevelopmentStage, { name: 'DevelopmentStage', description: 'Stage of development of an offered technology.' });
registerEnumType(IpStatus, { name: 'IpStatus', description: 'Intellectual-property status of an offered technology.' });
registerEnumType(OpportunityStatus, { name: 'OpportunityStatus' });
