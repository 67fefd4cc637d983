import { registerEnumType } from '@nestjs/graphql';
import { ActivitySource, BadgeType, BadgeVariant, EvidenceKind, RevenueBand, SizeBand } from './company.model';

registerEnumType(RevenueBand, { name: 'RevenueBand', description: 'Annual revenue band in EUR.' });
registerEnumType(BadgeType, {
  name: 'BadgeType',
  description: 'Evidence-backed labels: hidden champion, 专精特新 SME, 专精特新 小巨人, 制造业单项冠军, EU SME, Mittelstand.',
});
registerEnumType(SizeBand, {
  name: 'SizeBand',
  description: 'Headcount band: micro < 10, small < 50, medium < 250, upper medium < 500, large >= 500.',
});
registerEnumType(BadgeVariant, {
  name: 'BadgeVariant',
  description: 'DEMONSTRATION_ENTERPRISE or CHAMPION_PRODUCT for 制造业单项冠军; MICRO, SMALL or MEDIUM for the computed EU SME badge.',
});
registerEnumType(EvidenceKind, { name: 'EvidenceKind', description: 'Where a badge claim comes from; COMPUTED badges are derived by the platform.' });
registerEnumType(ActivitySource, { name: 'ActivitySource', description: 'Where an activity code comes from.' });
