import { registerEnumType } from '@nestjs/graphql';
import { SharedResourceStatus, SharedResourceType } from './shared-resource.model';

registerEnumType(SharedResourceType, {
  name: 'SharedResourceType',
  description: 'TEST_LAB, PILOT_LINE, TRAINING_CENTRE, LAND_AND_BUILDINGS, SERVICES or OTHER.',
});
registerEnumType(SharedResourceStatus, { name: 'SharedResourceStatus', description: 'ACTIVE, or WITHDRAWN by its owner.' });
