export * from './feedback.model';
export * from './feedback-adjustment';
export * from './feedback.objects';
export * from './feedback.mapper';
export * from './dto/feedback.args';
export * from './notification-texts';
export * from './entities/match-pair.columns';
export * from './entities/suggestion-log.entity';
export * from './entities/dismissal.entity';
export * from './entities/shortlist-entry.entity';
export * from './entities/interest.entity';
export * from './entities/notification.entity';
export * from './feedback.service';
export * from './interests.service';
export * from './notifications.service';
export * from './match-funnel.service';
export * from './feedback.resolver';
export * from './interests.resolver';
export * from './notifications.resolver';
export * from './match-funnel.resolver';
export * from './feedback.module';

import { DismissalEntity } from './entities/dismissal.entity';
import { InterestEntity } from './entities/interest.entity';
import { NotificationEntity } from './entities/notification.entity';
import { ShortlistEntryEntity } from './entities/shortlist-entry.entity';
import { SuggestionLogEntity } from './entities/suggestion-log.entity';

/** Every entity of matching feedback, for the platform's ENTITIES list. */
export const FEEDBACK_ENTITIES = [SuggestionLogEntity, DismissalEntity, ShortlistEntryEntity, InterestEntity, NotificationEntity];
