export const MAX_SUGGESTIONS = 50;

/** How a request for suggestions is served. */
export interface SuggestOptions {
  /** Score on demand even when a stored ranking exists. */
  fresh?: boolean;
}
