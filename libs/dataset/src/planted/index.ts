export * from './planted.model';
export { DEFAULT_DECOYS_PER_PARK, DEFAULT_NOISE_PER_PAIR, DEFAULT_NOISE_PER_PARK, plantedScenarios } from './planted.scenarios';
export { halfOf, matchKey, mentions, topicConcept, topicConcepts } from './planted.concepts';
export type { TopicConcept } from './planted.concepts';
