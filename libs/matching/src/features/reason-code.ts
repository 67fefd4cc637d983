import { registerEnumType } from '@nestjs/graphql';

/** Every feature that can explain a suggestion. */
export enum SuggestionReasonCode {
  SHARED_TOPICS = 'SHARED_TOPICS',
  SECTOR_FIT = 'SECTOR_FIT',
  RELATED_SECTOR = 'RELATED_SECTOR',
  FILLS_GAP = 'FILLS_GAP',
  ECOSYSTEM_SUPPLIER = 'ECOSYSTEM_SUPPLIER',
  ECOSYSTEM_CUSTOMER = 'ECOSYSTEM_CUSTOMER',
  SITE_INTENT = 'SITE_INTENT',
  TARGETS_COUNTRY = 'TARGETS_COUNTRY',
  /** Lowers the score: every site or investment wish names other places. */
  SITE_ELSEWHERE = 'SITE_ELSEWHERE',
  PROXIMITY = 'PROXIMITY',
  CROSS_BORDER = 'CROSS_BORDER',
  INITIATIVE_MEMBER = 'INITIATIVE_MEMBER',
  BADGE = 'BADGE',
  RESOURCES_MATCH = 'RESOURCES_MATCH',
  OFFER_MEETS_REQUEST = 'OFFER_MEETS_REQUEST',
  REQUEST_MEETS_OFFER = 'REQUEST_MEETS_OFFER',
  SUPPLIES_YOU = 'SUPPLIES_YOU',
  BUYS_FROM_YOU = 'BUYS_FROM_YOU',
  SHARED_KEYWORDS = 'SHARED_KEYWORDS',
  SEEKS_WHAT_YOU_OFFER = 'SEEKS_WHAT_YOU_OFFER',
  SINO_EUROPEAN = 'SINO_EUROPEAN',
  SIMILAR_TO_DISMISSED = 'SIMILAR_TO_DISMISSED',
  SIMILAR_TO_ACCEPTED = 'SIMILAR_TO_ACCEPTED',
  /** Moved up the page by diversity (another city or sector than the suggestions above it). */
  DIVERSITY = 'DIVERSITY',
}

registerEnumType(SuggestionReasonCode, { name: 'SuggestionReasonCode', description: 'The feature behind a reason (docs/matching.md).' });
