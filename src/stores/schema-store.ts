/**
 * Constraints and indexes, created idempotently at start. Every MERGE key is
 * backed by a uniqueness constraint (the only kind Community has), so parallel
 * ingests of overlapping files can never create duplicates.
 */
import type { Db } from '../neo4j/driver';
import { totalUsdFigure } from '../domain/deal-stats';
import type { Money } from '../domain/money';
import { SCHEMA_STATEMENTS } from './statements';

/** Range indexes tuned by hand for the pages that filter or sort on these properties. */
const INDEXES = [
  '/* schemaStore.dealAnnualized */ CREATE INDEX deal_annualized IF NOT EXISTS FOR (d:Deal) ON (d.annualizedUsd)',
  '/* schemaStore.articlePublished */ CREATE INDEX article_published IF NOT EXISTS FOR (a:Article) ON (a.publishedAt)',
  '/* schemaStore.siteCountry */ CREATE INDEX site_country IF NOT EXISTS FOR (s:Site) ON (s.country)',
];

/**
 * Creates what is missing and waits until every index is online; then gives deals written before `totalUsd` existed
 * their total (ingestion derives it, but an unchanged file is never rewritten), so an existing database needs no
 * re-ingestion. Only deals with a value and no total are read: on a current database, one empty read.
 */
export async function ensureSchema(db: Db): Promise<void> {
  const session = db.driver.session({ database: db.database });
  try {
    for (const statement of [...SCHEMA_STATEMENTS, ...INDEXES]) await session.run(statement);
    await session.run('/* schemaStore.awaitIndexes */ CALL db.awaitIndexes(60)');
    await session.executeWrite(async (tx) => {
      const result = await tx.run('/* schemaStore.dealsWithoutTotal */ MATCH (d:Deal) WHERE d.value IS NOT NULL AND d.totalUsd IS NULL RETURN d.id AS id, d.value AS value');
      const rows = result.records.flatMap((record) => {
        const usd = totalUsdFigure(JSON.parse(String(record.get('value'))) as Money)?.usd;
        return usd === undefined ? [] : [{ id: String(record.get('id')), totalUsd: usd }];
      });
      if (rows.length > 0) await tx.run('/* schemaStore.setDealTotals */ UNWIND $rows AS row MATCH (d:Deal {id: row.id}) SET d.totalUsd = row.totalUsd', { rows });
    });
  } finally {
    await session.close();
  }
}
