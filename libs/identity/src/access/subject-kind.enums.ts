import { registerEnumType } from '@nestjs/graphql';
import { SubjectKind } from './actor';

registerEnumType(SubjectKind, { name: 'ProfileKind', description: 'PARK or COMPANY.' });
