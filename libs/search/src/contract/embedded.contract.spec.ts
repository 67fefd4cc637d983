import { EmbeddedSearchEngine } from '../embedded/embedded-search.engine';
import { describeSearchEngineContract } from './search-engine.contract';

// The embedded engine always runs the shared contract; Meilisearch runs it when MEILI_HOST is set.
describeSearchEngineContract('embedded engine', async () => new EmbeddedSearchEngine());
