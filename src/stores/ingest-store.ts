/**
 * All Cypher of the write path. Every method takes the open transaction, so
 * one document is one transaction: a rejected or failing file writes nothing.
 * The statements whose labels and relationship types vary by row are built from
 * the graph model (src/stores/statements.ts): a FOREACH over a CASE per model
 * token, so no request value is ever written into Cypher.
 */
import type { ManagedTransaction } from 'neo4j-driver';
import { run, type Db } from '../neo4j/driver';
import type { ArticleClaim, ChangeDraft, ChangeRow, NodeState } from '../domain/change-events';
import { dateKey, type Claim, type Resolved } from '../domain/claims';
import type { KnownBasis, KnownClaim } from '../domain/versions';
import type { Plan } from '../domain/plan';
import { asClaims, asNullableString, asNumber, asRecord, asString, asStrings } from './rows';
import { INGEST_STATEMENTS } from './statements';

type Tx = ManagedTransaction;
type Counter = Pick<Db, 'counter' | 'telemetry'>;

export interface StoredNode {
  id: string;
  labels: string[];
  type: string | null;
}

function toClaim(row: Record<string, unknown>): Claim {
  return {
    articleId: asString(row.articleId),
    publishedAt: asNullableString(row.publishedAt),
    reliability: row.reliability === 'WEAK' ? 'WEAK' : 'NORMAL',
    via: row.via === 'MENTIONS' ? 'MENTIONS' : 'SUPPORTS',
    values: asClaims(row.values),
  };
}

/**
 * A claim with when its article counts from. An article stored before articles kept that (a database from an older
 * version, until its next seed rewrites it) counts from its publication day, or from always when undated.
 */
function toKnownClaim(row: Record<string, unknown>): KnownClaim {
  const publishedAt = asNullableString(row.publishedAt);
  const knownFrom = asNullableString(row.knownFrom);
  return { ...toClaim(row), knownFrom: knownFrom ?? dateKey(publishedAt), knownBasis: (asNullableString(row.knownBasis) as KnownBasis | null) ?? (publishedAt ? 'PUBLISHED' : 'INGESTED') };
}

/** The edge's `evidence` JSON: each claim's own, and the existence evidence under `exists` (no field has that name). */
function evidenceJson(support: Plan['supports'][number]): Record<string, unknown> {
  const exists = Object.fromEntries(
    Object.entries({ quote: support.quote, note: support.note, attribution: support.attribution, speaker: support.speaker }).filter(([, value]) => value !== null),
  );
  return Object.keys(exists).length > 0 ? { ...support.evidence, exists } : support.evidence;
}

export function createIngestStore(db: Counter) {
  return {
    /**
     * Takes the article's node (creating it, typed Article, if it is new) and holds its write lock until the transaction ends,
     * then reads whether it was created and its stored plan hash. Concurrent ingests of one article queue on this lock,
     * so each one's status comes from the state the one before it committed: one CREATED, then UNCHANGED or UPDATED.
     * (A plain read would let two of them both see no article and both report CREATED.) The marker properties are
     * removed in the same statement; only the lock stays.
     */
    async lockArticle(tx: Tx, articleId: string): Promise<{ created: boolean; hash: string | null; retracted: boolean }> {
      const result = await run(
        db,
        tx,
        `/* ingestStore.lockArticle */
         MERGE (a:Node {id: $articleId})
         ON CREATE SET a.type = 'Article', a.ingestCreated = true
         SET a.ingestLocked = true
         WITH a, a.ingestCreated IS NOT NULL AS created, a.hash AS hash, a.retractedAt IS NOT NULL AS retracted
         REMOVE a.ingestCreated, a.ingestLocked
         RETURN created, hash, retracted`,
        { articleId },
      );
      const record = result.records[0];
      return { created: record.get('created') === true, hash: asNullableString(record.get('hash')), retracted: record.get('retracted') === true };
    },

    async getNodes(tx: Tx, ids: string[]): Promise<StoredNode[]> {
      const result = await run(db, tx, `/* ingestStore.getNodes */ MATCH (n:Node) WHERE n.id IN $ids RETURN n.id AS id, labels(n) AS labels, n.type AS type`, { ids });
      return result.records.map((r) => ({ id: asString(r.get('id')), labels: asStrings(r.get('labels')), type: asNullableString(r.get('type')) }));
    },

    /** Removes the article's edges, live and retracted; returns the ids they pointed at. */
    async detachArticle(tx: Tx, articleId: string): Promise<string[]> {
      const result = await run(
        db,
        tx,
        `/* ingestStore.detachArticle */
         MATCH (:Node {id: $articleId})-[r:SUPPORTS|MENTIONS|RETRACTED_SUPPORTS|RETRACTED_MENTIONS]->(n)
         WITH collect(DISTINCT n.id) AS ids, collect(r) AS rels
         FOREACH (r IN rels | DELETE r)
         RETURN ids`,
        { articleId },
      );
      return result.records[0]?.get('ids') ?? [];
    },

    /**
     * Soft retraction: the article becomes a RetractedArticle with the time and reason, and each of its edges turns
     * into its retracted twin with the same properties, so its claims stay in the graph and no live read path follows
     * them. Returns the ids its edges pointed at, or null when no live article has that id.
     */
    async retractArticle(tx: Tx, articleId: string, retractedAt: string, reason: string | null): Promise<string[] | null> {
      const result = await run(
        db,
        tx,
        `/* ingestStore.retractArticle */
         MATCH (a:Article {id: $articleId})
         REMOVE a:Article
         SET a:RetractedArticle, a.retractedAt = $retractedAt, a.retractionReason = $reason
         WITH a
         CALL (a) {
           OPTIONAL MATCH (a)-[r:SUPPORTS]->(n)
           WITH a, r, n WHERE r IS NOT NULL
           CREATE (a)-[t:RETRACTED_SUPPORTS]->(n)
           SET t = properties(r)
           DELETE r
           RETURN collect(n.id) AS facts
         }
         CALL (a) {
           OPTIONAL MATCH (a)-[r:MENTIONS]->(n)
           WITH a, r, n WHERE r IS NOT NULL
           CREATE (a)-[t:RETRACTED_MENTIONS]->(n)
           SET t = properties(r)
           DELETE r
           RETURN collect(n.id) AS entities
         }
         RETURN facts + entities AS ids`,
        { articleId, retractedAt, reason },
      );
      const record = result.records[0];
      return record ? asStrings(record.get('ids')) : null;
    },

    /**
     * `ingestedAt` is when the article's claims were recorded: all of them at once, in this transaction, so it is kept
     * once on the article. Ingesting a retracted article again restores it: the live label back, the retraction gone.
     */
    /**
     * `known`: when the article counts from, when it is dated or was retrieved on a recorded day; otherwise it counts
     * from its first ingestion, which an update keeps.
     */
    async upsertArticle(tx: Tx, article: Plan['article'], hash: string, ingestedAt: string, known: { knownFrom: string; knownBasis: string } | null): Promise<void> {
      await run(
        db,
        tx,
        `/* ingestStore.upsertArticle */
         MERGE (a:Node {id: $article.id}) ON CREATE SET a.type = 'Article'
         REMOVE a:RetractedArticle, a.retractedAt, a.retractionReason
         SET a:Article, a += $article, a.hash = $hash, a.ingestedAt = $ingestedAt, a.searchText = $article.title + ' | ' + $article.summary,
             a.firstIngestedAt = coalesce(a.firstIngestedAt, $ingestedAt)
         SET a.knownFrom = coalesce($known.knownFrom, substring(a.firstIngestedAt, 0, 10)), a.knownBasis = coalesce($known.knownBasis, 'INGESTED')`,
        { article, hash, ingestedAt, known },
      );
    },

    async upsertEntities(tx: Tx, articleId: string, entities: Plan['entities']): Promise<void> {
      const rows = entities.map((e) => ({ id: e.id, type: e.type, claims: JSON.stringify(e.claims) }));
      await run(
        db,
        tx,
        INGEST_STATEMENTS.upsertEntities,
        { articleId, rows },
      );
    },

    async upsertFacts(tx: Tx, facts: Plan['facts']): Promise<void> {
      await run(
        db,
        tx,
        INGEST_STATEMENTS.upsertFacts,
        { facts },
      );
    },

    /**
     * One edge per target, carrying two JSON properties: `claims` (field → value) and `evidence` (field → that claim's
     * own evidence, and under `exists` the evidence that the target exists). Two properties, so reading an edge's
     * claims costs what reading its quote, note and claims did before evidence was per claim.
     */
    async upsertSupports(tx: Tx, articleId: string, supports: Plan['supports']): Promise<void> {
      const rows = supports.map((s) => ({ target: s.target, claims: JSON.stringify(s.claims), evidence: JSON.stringify(evidenceJson(s)) }));
      await run(
        db,
        tx,
        `/* ingestStore.upsertSupports */
         MATCH (a:Article {id: $articleId})
         UNWIND $rows AS row
         MATCH (n:Node {id: row.target})
         MERGE (a)-[s:SUPPORTS]->(n)
         SET s.claims = row.claims, s.evidence = row.evidence`,
        { articleId, rows },
      );
    },

    /**
     * Among `ids`, facts no live article supports and entities no live article mentions leave the live graph: deleted
     * when nothing at all points at them, retired (only `Node` and `Retracted` kept, with their edges to other nodes
     * and their name keys removed) while retracted claims still point at them. Returns the ids still live.
     */
    async removeUnsupported(tx: Tx, ids: string[]): Promise<string[]> {
      const result = await run(
        db,
        tx,
        INGEST_STATEMENTS.removeUnsupported,
        { ids },
      );
      return result.records[0]?.get('survivors') ?? [];
    },

    async getClaims(tx: Tx, ids: string[]): Promise<Array<{ id: string; type: string; claims: KnownClaim[] }>> {
      const result = await run(
        db,
        tx,
        `/* ingestStore.getClaims */
         MATCH (n:Node) WHERE n.id IN $ids
         OPTIONAL MATCH (a:Article)-[r:SUPPORTS|MENTIONS]->(n)
         RETURN n.id AS id, n.type AS type,
                collect(CASE WHEN a IS NULL THEN null ELSE {articleId: a.id, publishedAt: a.publishedAt, knownFrom: a.knownFrom, knownBasis: a.knownBasis, reliability: a.reliability, via: type(r), values: r.claims} END) AS claims`,
        { ids },
      );
      return result.records.map((r) => ({
        id: asString(r.get('id')),
        type: asString(r.get('type')),
        claims: (r.get('claims') as unknown[]).map(asRecord).map(toKnownClaim),
      }));
    },

    /** Writes displayed values, rebuilds materialized references and name keys. */
    async applyResolved(tx: Tx, rows: Array<{ id: string } & Resolved>): Promise<void> {
      await run(
        db,
        tx,
        INGEST_STATEMENTS.applyResolved,
        { rows },
      );
    },

    /** The entities the facts among `ids` stand at (subject, object, previous employer), as the graph holds them now. */
    async getFactEnds(tx: Tx, ids: string[]): Promise<string[]> {
      const result = await run(
        db,
        tx,
        `/* ingestStore.getFactEnds */
         MATCH (f:Fact) WHERE f.id IN $ids
         UNWIND [f.subjectId, f.objectId, f.fromId] AS end
         WITH DISTINCT end WHERE end IS NOT NULL
         RETURN collect(end) AS ends`,
        { ids },
      );
      return asStrings(result.records[0]?.get('ends') ?? []);
    },

    /**
     * For each live entity among `ids`, the `evidence` JSON of every live support edge of the entity and of the live
     * facts it stands at (linked by a structural edge or a reference): what its quotes and notes search holds.
     */
    async getSearchEvidence(tx: Tx, ids: string[]): Promise<Array<{ id: string; evidence: Array<Record<string, unknown>> }>> {
      const result = await run(
        db,
        tx,
        `/* ingestStore.getSearchEvidence */
         MATCH (e:Entity) WHERE e.id IN $ids
         CALL (e) { OPTIONAL MATCH (:Article)-[r:SUPPORTS]->(e) RETURN collect(r.evidence) AS own }
         CALL (e) { OPTIONAL MATCH (e)--(f:Fact)<-[r:SUPPORTS]-(:Article) RETURN collect(r.evidence) AS facts }
         RETURN e.id AS id, own + facts AS evidence`,
        { ids },
      );
      return result.records.map((r) => ({ id: asString(r.get('id')), evidence: (r.get('evidence') as unknown[]).map(asClaims) }));
    },

    /** Writes what the quotes and notes index holds for each entity; null removes the property. */
    async setSearchEvidence(tx: Tx, rows: Array<{ id: string; quoteText: string[] | null; noteText: string[] | null }>): Promise<void> {
      await run(
        db,
        tx,
        `/* ingestStore.setSearchEvidence */
         UNWIND $rows AS row
         MATCH (e:Entity {id: row.id})
         SET e.quoteText = row.quoteText, e.noteText = row.noteText`,
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
      return result.records.map((r) => ({ id: asString(r.get('id')), other: asString(r.get('other')), key: asString(r.get('key')) }));
    },

    /** The claims on the article's edges now, live or retracted (empty for a new article). */
    async getArticleClaims(tx: Tx, articleId: string): Promise<ArticleClaim[]> {
      const result = await run(db, tx, INGEST_STATEMENTS.articleClaims, { articleId });
      return result.records.map((r) => ({ target: asString(r.get('target')), via: asString(r.get('via')), claims: asNullableString(r.get('claims')) }));
    },

    /** What each node among `ids` shows now and whether it is live; a node that does not exist is left out. */
    async getDisplayedState(tx: Tx, ids: string[]): Promise<NodeState[]> {
      const result = await run(db, tx, INGEST_STATEMENTS.displayedState, { ids });
      return result.records.map((r) => ({
        id: asString(r.get('id')),
        type: asNullableString(r.get('type')),
        entity: r.get('entity') === true,
        fact: r.get('fact') === true,
        props: asRecord(r.get('props')),
      }));
    },

    /** Appends the events to the change feed, numbered after the last one, all stamped with `at`. */
    /** Numbers and writes the events; returns them as the feed now holds them, in order. */
    async appendChanges(tx: Tx, articleId: string, at: string, events: ChangeDraft[]): Promise<ChangeRow[]> {
      if (events.length === 0) return [];
      const result = await run(db, tx, INGEST_STATEMENTS.appendChanges, { articleId, at, events });
      // Event i got number first + i; the rows are rebuilt here rather than sent back (claims JSON can be long).
      const first = asNumber(result.records[0].get('first'));
      return events.map((event, i) => ({ ...event, seq: first + i, at, articleId }));
    },

    async deleteOrphanNameKeys(tx: Tx): Promise<void> {
      await run(db, tx, `/* ingestStore.deleteOrphanNameKeys */ MATCH (k:NameKey) WHERE NOT EXISTS { (k)-[:NAMES]->() } DELETE k`);
    },
  };
}

export type IngestStore = ReturnType<typeof createIngestStore>;
