/**
 * Constraints and indexes, created idempotently at start. Every MERGE key is
 * backed by a uniqueness constraint (the only kind Community has), so parallel
 * ingests of overlapping files can never create duplicates.
 */
import type { Db } from '../neo4j/driver';
import { SCHEMA_STATEMENTS } from './statements';

/** Range indexes tuned by hand for the pages that filter or sort on these properties. */
const INDEXES = [
  '/* schemaStore.dealAnnualized */ CREATE INDEX deal_annualized IF NOT EXISTS FOR (d:Deal) ON (d.annualizedUsd)',
  '/* schemaStore.dealTotal */ CREATE INDEX deal_total IF NOT EXISTS FOR (d:Deal) ON (d.totalUsd)',
  '/* schemaStore.articlePublished */ CREATE INDEX article_published IF NOT EXISTS FOR (a:Article) ON (a.publishedAt)',
  '/* schemaStore.siteCountry */ CREATE INDEX site_country IF NOT EXISTS FOR (s:Site) ON (s.country)',
];

/** Creates what is missing and waits until every index is online. */
export async function ensureSchema(db: Db): Promise<void> {
  const session = db.driver.session({ database: db.database });
  try {
    for (const statement of [...SCHEMA_STATEMENTS, ...INDEXES]) await session.run(statement);
    await session.run('/* schemaStore.awaitIndexes */ CALL db.awaitIndexes(60)');
  } finally {
    await session.close();
  }
}
