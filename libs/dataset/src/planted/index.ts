export * from './planted.model';
export { DEFAULT_DECOYS_PER_PARK, plantedScenarios } from './planted.scenarios';
