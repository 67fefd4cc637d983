import { CompanySearchDocument } from './search-document';
import { SearchHit, SearchRequest, SearchResult, SuggestRequest } from './search-request';

export interface DocumentRef {
  id: string;
  version: number;
}

export interface EngineHealth {
  up: boolean;
  detail?: string;
  documents?: number;
}

/**
 * The engine-neutral port. Domain code and GraphQL talk to this interface only;
 * the embedded engine and Meilisearch are adapters behind it.
 * Every write resolves only after the engine has applied it (or rejects).
 */
export interface SearchEngine {
  readonly kind: 'embedded' | 'meilisearch';
  /** Creates the index if needed and applies the settings derived from COMPANY_INDEX. */
  ensureIndex(): Promise<void>;
  upsert(documents: CompanySearchDocument[]): Promise<void>;
  delete(refs: DocumentRef[]): Promise<void>;
  search(request: SearchRequest): Promise<SearchResult>;
  /** The stored documents with these ids (missing ones left out), for audits that compare the index with the database. */
  getDocuments(ids: string[]): Promise<CompanySearchDocument[]>;
  /** Autocomplete over company names in every language: the last word may be incomplete. */
  suggest(request: SuggestRequest): Promise<SearchHit[]>;
  /** Builds a fresh index from the batches and swaps it in; searches keep answering meanwhile. */
  replaceAll(batches: AsyncIterable<CompanySearchDocument[]>): Promise<{ documents: number }>;
  health(): Promise<EngineHealth>;
  close(): Promise<void>;
}

export const SEARCH_ENGINE = Symbol('SEARCH_ENGINE');
