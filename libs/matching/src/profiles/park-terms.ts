import { ParkEntity } from '@hc/parks';
import { topicTerms } from '../topics/topic-analysis';

/**
 * What a park is about, as topic terms: its descriptions in every language it wrote them in. Its focus and
 * gap sectors are compared by the sector and gap features; their generic names ("Manufacture of electrical
 * equipment") would only repeat them as topics.
 */
export function parkTerms(park: Pick<ParkEntity, 'descriptionZh' | 'descriptionDe' | 'descriptionEn'>): string[] {
  return topicTerms([park.descriptionZh, park.descriptionDe, park.descriptionEn]);
}
