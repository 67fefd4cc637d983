import type { AppConfig } from '@hc/core';
import { ParkWeights } from '../features/park-features';

export function parkWeights(config: AppConfig): ParkWeights {
  return {
    topic: config.MATCH_WEIGHT_TOPIC,
    sector: config.MATCH_WEIGHT_SECTOR,
    gap: config.MATCH_WEIGHT_GAP,
    ecosystem: config.MATCH_WEIGHT_ECOSYSTEM,
    intent: config.MATCH_WEIGHT_INTENT,
    geography: config.MATCH_WEIGHT_GEOGRAPHY,
    initiative: config.MATCH_WEIGHT_INITIATIVE,
    badges: config.MATCH_WEIGHT_BADGES,
    resources: config.MATCH_WEIGHT_RESOURCES,
    distanceScaleKm: config.MATCH_DISTANCE_SCALE_KM,
  };
}

export const MAX_SUGGESTIONS = 50;

/** How a request for suggestions is served. */
export interface SuggestOptions {
  /** Score on demand even when a stored ranking exists. */
  fresh?: boolean;
}
