import { registerEnumType } from '@nestjs/graphql';
import { ExpertSubjectKind } from './expert.model';

registerEnumType(ExpertSubjectKind, { name: 'ExpertSubjectKind', description: 'What an expert is assigned to: a PARK or an AGREEMENT.' });
