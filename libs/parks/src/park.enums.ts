import { registerEnumType } from '@nestjs/graphql';
import { ParkOffering, ParkStatus } from './park.model';

registerEnumType(ParkStatus, {
  name: 'ParkStatus',
  description: 'SUBMITTED profiles wait for the initiative review; PUBLISHED ones are visible to everyone.',
});
registerEnumType(ParkOffering, { name: 'ParkOffering', description: 'Incentives and resources a park offers to companies.' });
