export * from './initiative-demo.generator';
export { AGREEMENT_TEMPLATES, EXPERT_TEMPLATES, FORUM_DAY, RESOURCE_TEMPLATES } from './initiative-demo.vocabulary';
export type { AgreementTemplate, ExpertTemplate, ResourceTemplate } from './initiative-demo.vocabulary';
