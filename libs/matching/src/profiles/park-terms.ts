import { ParkEntity } from '@hc/parks';
import { withoutOwnNames } from '../topics/place-terms';
import { topicTerms } from '../topics/topic-analysis';

/**
 * What a park is about, as topic terms: its descriptions in every language it wrote them in, without place
 * names and the words of its own names and city ("广元经济技术开发区" in Guangyuan). Its focus and
 * gap sectors are compared by the sector and gap features; their generic names ("Manufacture of electrical
 * equipment") would only repeat them as topics.
 */
export function parkTerms(park: Pick<ParkEntity, 'descriptionZh' | 'descriptionDe' | 'descriptionEn' | 'nameZh' | 'nameDe' | 'nameEn' | 'city'>): string[] {
  return withoutOwnNames(topicTerms([park.descriptionZh, park.descriptionDe, park.descriptionEn]), [park.nameZh, park.nameDe, park.nameEn, park.city]);
}
