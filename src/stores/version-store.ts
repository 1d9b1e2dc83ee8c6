/**
 * What the response cache keys its entries on: a fingerprint of every ingestion and retraction. Each one stamps its
 * article (`ingestedAt`, or `retractedAt` when retracted), so counts and newest stamps change with every write that
 * changes anything, from this process, another replica or the curation CLI. Stamps are only compared for equality.
 */
import { readQuery, type Db } from '../neo4j/driver';

const GRAPH_VERSION = `/* versionStore.graphVersion */
CALL { MATCH (a:Article) RETURN count(a) AS articles, max(a.ingestedAt) AS ingested }
CALL { MATCH (r:RetractedArticle) RETURN count(r) AS retracted, max(r.retractedAt) AS retractedAt }
RETURN articles, ingested, retracted, retractedAt`;

export function createVersionStore(db: Db) {
  return {
    async graphVersion(): Promise<string> {
      const [row] = await readQuery<{ articles: unknown; ingested: unknown; retracted: unknown; retractedAt: unknown }>(db, GRAPH_VERSION);
      return [row.articles, row.ingested, row.retracted, row.retractedAt].map(String).join('|');
    },
  };
}
