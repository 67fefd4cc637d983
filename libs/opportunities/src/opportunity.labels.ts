import { Localized } from '@hc/core';
import { OpportunityType, PartnershipType } from './opportunity.model';

/** User-facing labels for facet values and reasons. */
export const OPPORTUNITY_TYPE_LABELS: Record<OpportunityType, Localized> = {
  [OpportunityType.BUSINESS_OFFER]: { zh: '商务合作供给', de: 'Geschäftsangebot', en: 'Business offer' },
  [OpportunityType.BUSINESS_REQUEST]: { zh: '商务合作需求', de: 'Geschäftsgesuch', en: 'Business request' },
  [OpportunityType.TECHNOLOGY_OFFER]: { zh: '技术供给', de: 'Technologieangebot', en: 'Technology offer' },
  [OpportunityType.TECHNOLOGY_REQUEST]: { zh: '技术需求', de: 'Technologiegesuch', en: 'Technology request' },
  [OpportunityType.RD_COOPERATION_REQUEST]: { zh: '研发合作需求', de: 'F&E-Kooperationsgesuch', en: 'R&D cooperation request' },
};

export const PARTNERSHIP_TYPE_LABELS: Record<PartnershipType, Localized> = {
  [PartnershipType.COMMERCIAL]: { zh: '商业代理与分销', de: 'Handelsvertretung und Vertrieb', en: 'Commercial agreement' },
  [PartnershipType.SUPPLIER]: { zh: '供应商', de: 'Zulieferung', en: 'Supplier agreement' },
  [PartnershipType.OUTSOURCING]: { zh: '外包', de: 'Auftragsfertigung', en: 'Outsourcing' },
  [PartnershipType.INVESTMENT_JV]: { zh: '投资与合资', de: 'Investition und Joint Venture', en: 'Investment / joint venture' },
  [PartnershipType.LICENSING]: { zh: '技术许可', de: 'Lizenzvergabe', en: 'Licensing' },
  [PartnershipType.RD_COOPERATION]: { zh: '研发合作', de: 'F&E-Kooperation', en: 'R&D cooperation' },
  [PartnershipType.SITE_LOCALISATION]: { zh: '落地与本地化', de: 'Standort und Lokalisierung', en: 'Site / localisation' },
};
