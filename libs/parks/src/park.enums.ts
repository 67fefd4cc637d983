import { registerEnumType } from '@nestjs/graphql';
import { ParkOffering } from './park.model';

registerEnumType(ParkOffering, { name: 'ParkOffering', description: 'Incentives and resources a park offers to companies.' });
