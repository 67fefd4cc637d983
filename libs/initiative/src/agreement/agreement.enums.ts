import { registerEnumType } from '@nestjs/graphql';
import { AgreementStatus, AgreementType } from './agreement.model';

registerEnumType(AgreementType, { name: 'AgreementType', description: 'The kind of cooperation agreed.' });
registerEnumType(AgreementStatus, {
  name: 'AgreementStatus',
  description: 'SIGNED -> IN_IMPLEMENTATION -> COMPLETED; SIGNED or IN_IMPLEMENTATION -> TERMINATED. COMPLETED and TERMINATED are final.',
});
