import { registerEnumType } from '@nestjs/graphql';
import { BadgeType, CompanyStatus, RevenueBand, SizeBand } from './company.model';

registerEnumType(CompanyStatus, { name: 'CompanyStatus', description: 'Only published profiles are searchable.' });
registerEnumType(RevenueBand, { name: 'RevenueBand', description: 'Annual revenue band in EUR.' });
registerEnumType(BadgeType, {
  name: 'BadgeType',
  description: 'Evidence-backed labels: hidden champion, 专精特新 SME, 专精特新 小巨人, 制造业单项冠军, EU SME, Mittelstand.',
});
registerEnumType(SizeBand, {
  name: 'SizeBand',
  description: 'Headcount band: micro < 10, small < 50, medium < 250, upper medium < 500, large >= 500.',
});
