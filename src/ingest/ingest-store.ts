/**
 * All Cypher of the write path. Every method takes the open transaction, so
 * one document is one transaction: a rejected or failing file writes nothing.
 * Labels and relationship types are static text; the per-type ones are chosen
 * with FOREACH over a CASE, so no label is ever interpolated into Cypher.
 */
import type { ManagedTransaction } from 'neo4j-driver';
import { run, type Db } from '../neo4j/driver';
import type { Claim, Resolved } from '../domain/claims';
import type { Plan } from './normalize';
import { toNative } from '../neo4j/convert';

type Tx = ManagedTransaction;
type Counter = Pick<Db, 'counter'>;

export interface StoredNode {
  id: string;
  labels: string[];
  type: string | null;
}

export function createIngestStore(db: Counter) {
  return {
    async getArticleHash(tx: Tx, articleId: string): Promise<string | null | undefined> {
      const result = await run(db, tx, `/* ingestStore.getArticleHash */ OPTIONAL MATCH (a:Article {id: $articleId}) RETURN a.hash AS hash, a IS NOT NULL AS exists`, { articleId });
      const record = result.records[0];
      return record.get('exists') ? (record.get('hash') as string | null) : undefined;
    },

    async getNodes(tx: Tx, ids: string[]): Promise<StoredNode[]> {
      const result = await run(db, tx, `/* ingestStore.getNodes */ MATCH (n:Node) WHERE n.id IN $ids RETURN n.id AS id, labels(n) AS labels, n.type AS type`, { ids });
      return result.records.map((r) => ({ id: r.get('id'), labels: r.get('labels'), type: r.get('type') }));
    },

    /** Removes the article's MENTIONS and SUPPORTS edges; returns the ids they pointed at. */
    async detachArticle(tx: Tx, articleId: string): Promise<string[]> {
      const result = await run(
        db,
        tx,
        `/* ingestStore.detachArticle */
         MATCH (:Article {id: $articleId})-[r:SUPPORTS|MENTIONS]->(n)
         WITH collect(DISTINCT n.id) AS ids, collect(r) AS rels
         FOREACH (r IN rels | DELETE r)
         RETURN ids`,
        { articleId },
      );
      return result.records[0]?.get('ids') ?? [];
    },

    async deleteArticle(tx: Tx, articleId: string): Promise<boolean> {
      const result = await run(db, tx, `/* ingestStore.deleteArticle */ MATCH (a:Article {id: $articleId}) DETACH DELETE a RETURN count(*) AS n`, { articleId });
      return toNative(result.records[0].get('n')) > 0;
    },

    async upsertArticle(tx: Tx, article: Plan['article'], hash: string): Promise<void> {
      await run(db, tx, `/* ingestStore.upsertArticle */ MERGE (a:Node {id: $article.id}) ON CREATE SET a.type = 'Article' SET a:Article, a += $article, a.hash = $hash, a.searchText = $article.title + ' | ' + $article.summary`, { article, hash });
    },

    async upsertEntities(tx: Tx, articleId: string, entities: Plan['entities']): Promise<void> {
      const rows = entities.map((e) => ({ id: e.id, type: e.type, claims: JSON.stringify(e.claims) }));
      await run(
        db,
        tx,
        `/* ingestStore.upsertEntities */
         MATCH (a:Article {id: $articleId})
         UNWIND $rows AS row
         MERGE (e:Node {id: row.id})
         ON CREATE SET e.type = row.type, e.name = row.id
         SET e:Entity
         FOREACH (_ IN CASE row.type WHEN 'Organization' THEN [1] ELSE [] END | SET e:Organization)
         FOREACH (_ IN CASE row.type WHEN 'Person' THEN [1] ELSE [] END | SET e:Person)
         FOREACH (_ IN CASE row.type WHEN 'Project' THEN [1] ELSE [] END | SET e:Project)
         FOREACH (_ IN CASE row.type WHEN 'Site' THEN [1] ELSE [] END | SET e:Site)
         FOREACH (_ IN CASE row.type WHEN 'Deal' THEN [1] ELSE [] END | SET e:Deal)
         MERGE (a)-[m:MENTIONS]->(e)
         SET m.claims = row.claims`,
        { articleId, rows },
      );
    },

    async upsertFacts(tx: Tx, facts: Plan['facts']): Promise<void> {
      await run(
        db,
        tx,
        `/* ingestStore.upsertFacts */
         UNWIND $facts AS row
         MATCH (s:Entity {id: row.subject})
         MATCH (o:Entity {id: row.object})
         MERGE (f:Node {id: row.id})
         ON CREATE SET f.type = row.label
         SET f:Fact, f.subjectId = row.subject, f.objectId = row.object
         FOREACH (_ IN CASE row.label WHEN 'Employment' THEN [1] ELSE [] END | SET f:Employment MERGE (s)-[:EMPLOYED]->(f) MERGE (f)-[:AT]->(o))
         FOREACH (_ IN CASE row.label WHEN 'Hire' THEN [1] ELSE [] END | SET f:Hire MERGE (s)-[:HIRED]->(f) MERGE (f)-[:BY]->(o))
         FOREACH (_ IN CASE row.label WHEN 'Membership' THEN [1] ELSE [] END | SET f:Membership MERGE (s)-[:MEMBER]->(f) MERGE (f)-[:OF]->(o))
         FOREACH (_ IN CASE row.label WHEN 'Founding' THEN [1] ELSE [] END | SET f:Founding MERGE (s)-[:FOUNDED]->(f) MERGE (f)-[:OF]->(o))
         FOREACH (_ IN CASE row.label WHEN 'Participation' THEN [1] ELSE [] END | SET f:Participation MERGE (s)-[:PARTICIPATES]->(f) MERGE (f)-[:IN]->(o))
         FOREACH (_ IN CASE row.label WHEN 'Ownership' THEN [1] ELSE [] END | SET f:Ownership MERGE (s)-[:OWNS]->(f) MERGE (f)-[:OF]->(o))
         FOREACH (_ IN CASE row.label WHEN 'DealParty' THEN [1] ELSE [] END | SET f:DealParty MERGE (s)-[:PARTY]->(f) MERGE (f)-[:TO]->(o))
         FOREACH (_ IN CASE row.label WHEN 'SiteRole' THEN [1] ELSE [] END | SET f:SiteRole MERGE (s)-[:SITE_ROLE]->(f) MERGE (f)-[:AT]->(o))`,
        { facts },
      );
    },

    async upsertSupports(tx: Tx, articleId: string, supports: Plan['supports']): Promise<void> {
      const rows = supports.map((s) => ({ target: s.target, quote: s.quote, note: s.note, claims: JSON.stringify(s.claims) }));
      await run(
        db,
        tx,
        `/* ingestStore.upsertSupports */
         MATCH (a:Article {id: $articleId})
         UNWIND $rows AS row
         MATCH (n:Node {id: row.target})
         MERGE (a)-[s:SUPPORTS]->(n)
         SET s.quote = row.quote, s.note = row.note, s.claims = row.claims`,
        { articleId, rows },
      );
    },

    /** Deletes facts no article supports and entities no article mentions, among `ids`; returns the survivors. */
    async removeUnsupported(tx: Tx, ids: string[]): Promise<string[]> {
      const result = await run(
        db,
        tx,
        `/* ingestStore.removeUnsupported */
         MATCH (n:Node) WHERE n.id IN $ids
         WITH n, (n:Fact AND NOT EXISTS { (:Article)-[:SUPPORTS]->(n) }) OR (n:Entity AND NOT EXISTS { (:Article)-[:MENTIONS]->(n) }) AS orphan
         CALL (n, orphan) {
           WITH n WHERE orphan
           DETACH DELETE n
         }
         WITH n, orphan WHERE NOT orphan
         RETURN collect(n.id) AS survivors`,
        { ids },
      );
      return result.records[0]?.get('survivors') ?? [];
    },

    async getClaims(tx: Tx, ids: string[]): Promise<Array<{ id: string; type: string; claims: Claim[] }>> {
      const result = await run(
        db,
        tx,
        `/* ingestStore.getClaims */
         MATCH (n:Node) WHERE n.id IN $ids
         OPTIONAL MATCH (a:Article)-[r:SUPPORTS|MENTIONS]->(n)
         RETURN n.id AS id, n.type AS type,
                collect(CASE WHEN a IS NULL THEN null ELSE {articleId: a.id, publishedAt: a.publishedAt, reliability: a.reliability, via: type(r), values: r.claims} END) AS claims`,
        { ids },
      );
      return result.records.map((r) => ({
        id: r.get('id'),
        type: r.get('type'),
        claims: (r.get('claims') as Array<Omit<Claim, 'values'> & { values: string }>).map((c) => ({ ...c, values: JSON.parse(c.values) as Record<string, unknown> })),
      }));
    },

    /** Writes displayed values, rebuilds materialized references and name keys. */
    async applyResolved(tx: Tx, rows: Array<{ id: string } & Resolved>): Promise<void> {
      await run(
        db,
        tx,
        `/* ingestStore.applyResolved */
         UNWIND $rows AS row
         MATCH (n:Node {id: row.id})
         SET n += row.props
         WITH n, row
         CALL (n) {
           MATCH (n)-[r:IN_PROJECT|PART_OF|PARENT|FROM]->()
           DELETE r
         }
         CALL (n) {
           MATCH (n)<-[r:NAMES]-(:NameKey)
           DELETE r
         }
         CALL (n, row) {
           UNWIND row.refs AS ref
           MATCH (t:Entity {id: ref.target})
           FOREACH (_ IN CASE ref.type WHEN 'IN_PROJECT' THEN [1] ELSE [] END | MERGE (n)-[:IN_PROJECT]->(t))
           FOREACH (_ IN CASE ref.type WHEN 'PART_OF' THEN [1] ELSE [] END | MERGE (n)-[:PART_OF]->(t))
           FOREACH (_ IN CASE ref.type WHEN 'PARENT' THEN [1] ELSE [] END | MERGE (n)-[:PARENT]->(t))
           FOREACH (_ IN CASE ref.type WHEN 'FROM' THEN [1] ELSE [] END | MERGE (n)-[:FROM]->(t))
         }
         CALL (n, row) {
           UNWIND row.nameKeys AS key
           MERGE (k:NameKey {key: n.type + ':' + key})
           MERGE (k)-[:NAMES]->(n)
         }`,
        { rows },
      );
    },

    /** Name keys of `ids` shared with another entity, unless one side carries the allowSimilarName marker. */
    async findNameConflicts(tx: Tx, ids: string[]): Promise<Array<{ id: string; other: string; key: string }>> {
      const result = await run(
        db,
        tx,
        `/* ingestStore.findNameConflicts */
         MATCH (n:Entity)<-[:NAMES]-(k:NameKey)-[:NAMES]->(other:Entity)
         WHERE n.id IN $ids AND other.id <> n.id AND NOT coalesce(n.allowSimilarName, false) AND NOT coalesce(other.allowSimilarName, false)
         RETURN n.id AS id, other.id AS other, k.key AS key
         ORDER BY id, other`,
        { ids },
      );
      return result.records.map((r) => ({ id: r.get('id'), other: r.get('other'), key: r.get('key') }));
    },

    async deleteOrphanNameKeys(tx: Tx): Promise<void> {
      await run(db, tx, `/* ingestStore.deleteOrphanNameKeys */ MATCH (k:NameKey) WHERE NOT EXISTS { (k)-[:NAMES]->() } DELETE k`);
    },
  };
}

export type IngestStore = ReturnType<typeof createIngestStore>;
