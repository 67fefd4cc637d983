import { createHash } from 'node:crypto';
import { BadUserInputException, FieldProblem, normalizeLocalized } from '@hc/core';
import { OpportunityContentInput } from './dto/opportunity.input';
import { OpportunityEntity } from './opportunity.entity';
import { OpportunityContent, OpportunityType } from './opportunity.model';

/** Applies the rules that span fields; throws BAD_USER_INPUT naming every bad field. */
export function toOpportunityContent(input: OpportunityContentInput, prefix = 'input'): OpportunityContent {
  const problems: FieldProblem[] = [];
  const title = normalizeLocalized(input.title);
  if (!title.zh && !title.de && !title.en) problems.push({ field: `${prefix}.title`, message: 'needs a non-empty text in at least one of zh, de, en' });
  const technologyOffer = input.type === OpportunityType.TECHNOLOGY_OFFER;
  if (!technologyOffer && input.stage) problems.push({ field: `${prefix}.stage`, message: 'is only given for technology offers' });
  if (!technologyOffer && input.ipStatus) problems.push({ field: `${prefix}.ipStatus`, message: 'is only given for technology offers' });
  if (problems.length) throw new BadUserInputException(problems);
  return {
    type: input.type,
    title,
    description: normalizeLocalized(input.description),
    partnershipTypes: [...new Set(input.partnershipTypes)],
    technologyKeywords: clean(input.technologyKeywords),
    marketKeywords: clean(input.marketKeywords),
    targetCountries: [...new Set(input.targetCountries ?? [])],
    partnerSizes: [...new Set(input.partnerSizes ?? [])],
    stage: input.stage ?? null,
    ipStatus: input.ipStatus ?? null,
  };
}

function clean(values: readonly string[] | null | undefined): string[] {
  return [...new Set((values ?? []).map((v) => v.trim()).filter(Boolean))];
}

/** Field order is fixed here, so the hash only changes when the content does. */
export function opportunityHash(c: OpportunityContent): string {
  const canonical = [
    c.type, c.title.zh, c.title.de, c.title.en, c.description.zh, c.description.de, c.description.en,
    c.partnershipTypes, c.technologyKeywords, c.marketKeywords, c.targetCountries, c.partnerSizes, c.stage, c.ipStatus,
  ];
  return createHash('sha1').update(JSON.stringify(canonical)).digest('base64url');
}

export function opportunityContentOf(e: OpportunityEntity): OpportunityContent {
  return {
    type: e.type,
    title: { zh: e.titleZh, de: e.titleDe, en: e.titleEn },
    description: { zh: e.descriptionZh, de: e.descriptionDe, en: e.descriptionEn },
    partnershipTypes: e.partnershipTypes,
    technologyKeywords: e.technologyKeywords,
    marketKeywords: e.marketKeywords,
    targetCountries: e.targetCountries,
    partnerSizes: e.partnerSizes,
    stage: e.stage,
    ipStatus: e.ipStatus,
  };
}

/** The entity columns of a content. */
export function opportunityColumns(c: OpportunityContent): Partial<OpportunityEntity> {
  return {
    type: c.type,
    titleZh: c.title.zh,
    titleDe: c.title.de,
    titleEn: c.title.en,
    descriptionZh: c.description.zh,
    descriptionDe: c.description.de,
    descriptionEn: c.description.en,
    partnershipTypes: c.partnershipTypes,
    technologyKeywords: c.technologyKeywords,
    marketKeywords: c.marketKeywords,
    targetCountries: c.targetCountries,
    partnerSizes: c.partnerSizes,
    stage: c.stage,
    ipStatus: c.ipStatus,
    contentHash: opportunityHash(c),
  };
}

/** Active and not yet expired at `now`: what search, matching and the public see. */
export function isLive(e: Pick<OpportunityEntity, 'status' | 'expiresAt'>, now: Date): boolean {
  return e.status === 'active' && e.expiresAt.getTime() > now.getTime();
}
