/**
 * Constraints and indexes, created idempotently at start. Every MERGE key is
 * backed by a uniqueness constraint (the only kind Community has), so parallel
 * ingests of overlapping files can never create duplicates.
 */
import type { Db } from './driver';

const STATEMENTS = [
  'CREATE CONSTRAINT node_id IF NOT EXISTS FOR (n:Node) REQUIRE n.id IS UNIQUE',
  'CREATE CONSTRAINT entity_id IF NOT EXISTS FOR (n:Entity) REQUIRE n.id IS UNIQUE',
  'CREATE CONSTRAINT fact_id IF NOT EXISTS FOR (n:Fact) REQUIRE n.id IS UNIQUE',
  'CREATE CONSTRAINT article_id IF NOT EXISTS FOR (n:Article) REQUIRE n.id IS UNIQUE',
  'CREATE CONSTRAINT organization_id IF NOT EXISTS FOR (n:Organization) REQUIRE n.id IS UNIQUE',
  'CREATE CONSTRAINT person_id IF NOT EXISTS FOR (n:Person) REQUIRE n.id IS UNIQUE',
  'CREATE CONSTRAINT project_id IF NOT EXISTS FOR (n:Project) REQUIRE n.id IS UNIQUE',
  'CREATE CONSTRAINT site_id IF NOT EXISTS FOR (n:Site) REQUIRE n.id IS UNIQUE',
  'CREATE CONSTRAINT deal_id IF NOT EXISTS FOR (n:Deal) REQUIRE n.id IS UNIQUE',
  'CREATE CONSTRAINT name_key IF NOT EXISTS FOR (k:NameKey) REQUIRE k.key IS UNIQUE',
  'CREATE INDEX deal_annualized IF NOT EXISTS FOR (d:Deal) ON (d.annualizedUsd)',
  'CREATE INDEX article_published IF NOT EXISTS FOR (a:Article) ON (a.publishedAt)',
  'CREATE INDEX site_country IF NOT EXISTS FOR (s:Site) ON (s.country)',
  `CREATE FULLTEXT INDEX search IF NOT EXISTS FOR (n:Organization|Person|Project|Site|Deal|Article) ON EACH [n.searchText]
   OPTIONS { indexConfig: { \`fulltext.analyzer\`: 'standard-folding' } }`,
];

/** Creates what is missing and waits until every index is online. */
export async function ensureSchema(db: Db): Promise<void> {
  const session = db.driver.session({ database: db.database });
  try {
    for (const statement of STATEMENTS) await session.run(statement);
    await session.run('CALL db.awaitIndexes(60)');
  } finally {
    await session.close();
  }
}
