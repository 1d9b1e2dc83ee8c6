/**
 * Stage 4 of ingestion: one plan → one write transaction. The CLI and the
 * ingestArticle mutation both come through here, so they write the same graph.
 *
 * Idempotence: an article whose plan hash is stored (and that is not retracted)
 * is UNCHANGED and nothing is written. The status is decided under the article's write lock, so
 * concurrent ingests of one article report what each actually did. A changed article first loses all its support edges, then gets
 * the new ones; facts and entities left without support disappear, and every
 * node it touched has its displayed values recomputed from the claims left.
 *
 * Retraction is soft: the article and its claims stay, marked with the time and
 * the reason, and stop counting; what only it supported leaves the live graph.
 * Ingesting the article again restores exactly what it had written.
 */
import { changeEvents, type ArticleClaim, type ChangeRow, type NodeState } from '../domain/change-events';
import { resolveNode, type Resolved } from '../domain/claims';
import { knownFrom, resolveVersions, type Known, type Version } from '../domain/versions';
import { searchableEvidence } from '../domain/search-match';
import { writeTransaction, type Db } from '../neo4j/driver';
import { createIngestStore, type IngestStore } from '../stores/ingest-store';
import { placeOfName, type FileDeclarations } from './declarations';
import type { Plan } from './normalize';
import { prepareFile, prepareText, type Prepared } from './prepare';
import type { Problem } from './problems';
import type { FileReport } from './report';

/** Thrown inside the transaction to roll it back; carries the problems to report. */
class Rejected extends Error {
  constructor(readonly problems: Problem[]) {
    super('rejected');
  }
}

export interface Ingestion {
  ingestFile(file: string): Promise<FileReport>;
  /** Ingests a document given as text; `name` ends in .yaml or .json and decides the syntax. */
  ingestText(name: string, text: string): Promise<FileReport>;
  retract(articleId: string, reason?: string | null): Promise<FileReport>;
}

export interface IngestionOptions {
  /**
   * Told the change feed's events of each write once it has committed (never for a write that rolled back, once for
   * one that was retried): the live subscriptions' source (src/shared-state/live-bus.ts).
   */
  onCommitted?: (rows: ChangeRow[]) => void;
}

export function createIngestion(db: Db, { onCommitted }: IngestionOptions = {}): Ingestion {
  const store = createIngestStore(db);
  const committed = (rows: ChangeRow[]) => {
    if (rows.length > 0) onCommitted?.(rows);
  };

  const counted = (report: FileReport): FileReport => {
    db.telemetry?.ingestion(report.status);
    return report;
  };

  async function ingestPrepared(prepared: Prepared): Promise<FileReport> {
    try {
      return counted(await ingestOrReject(prepared));
    } catch (error) {
      db.telemetry?.ingestion('FAILED');
      throw error;
    }
  }

  async function ingestOrReject(prepared: Prepared): Promise<FileReport> {
    if (!prepared.ok) return { file: prepared.file, articleId: null, status: 'REJECTED', problems: prepared.problems };
    const { file, plan, declarations } = prepared;
    try {
      const { status, rows } = await writeTransaction(db, (tx) => writePlan(store, tx, plan, declarations));
      committed(rows);
      return { file, articleId: plan.article.id, status, problems: [] };
    } catch (error) {
      if (error instanceof Rejected) return { file, articleId: plan.article.id, status: 'REJECTED', problems: error.problems };
      throw error;
    }
  }

  return {
    ingestFile: (file) => ingestPrepared(prepareFile(file)),
    ingestText: (name, text) => ingestPrepared(prepareText(name, text)),
    async retract(articleId, reason = null) {
      const rows = await writeTransaction(db, async (tx): Promise<ChangeRow[] | null> => {
        const at = new Date().toISOString();
        const claims = await store.getArticleClaims(tx, articleId);
        const before = await store.getDisplayedState(tx, claims.map((c) => c.target));
        const touched = await store.retractArticle(tx, articleId, at, reason);
        if (touched === null) return null;
        await refresh(store, tx, touched);
        return recordChanges(store, tx, articleId, at, { retracted: true, claimsBefore: claims, claimsAfter: [], before });
      });
      if (rows) committed(rows);
      if (rows) return counted({ file: articleId, articleId, status: 'RETRACTED', problems: [] });
      return counted({ file: articleId, articleId, status: 'REJECTED', problems: [{ file: articleId, path: '', rule: 'not-found', message: `no article with id "${articleId}"` }] });
    },
  };
}

type Tx = Parameters<IngestStore['getNodes']>[0];

/** `declarations` say where the file writes each entity, so a problem points at the value that collides. */
async function writePlan(store: IngestStore, tx: Tx, plan: Plan, declarations: FileDeclarations): Promise<{ status: 'CREATED' | 'UPDATED' | 'UNCHANGED'; rows: ChangeRow[] }> {
  const articleId = plan.article.id;
  // 1. Lock the article first, so the status is decided against what the last concurrent ingest of it committed.
  //    Unchanged: same plan hash, nothing to write.
  const { created, hash: storedHash, retracted } = await store.lockArticle(tx, articleId);
  if (!created && !retracted && storedHash === plan.hash) return { status: 'UNCHANGED', rows: [] };

  // 2. Replace this article's support with the new plan, keeping what it and its nodes showed for the change feed.
  const claimsBefore = await store.getArticleClaims(tx, articleId);
  const planned = [...plan.entities.map((e) => e.id), ...plan.supports.map((s) => s.target)];
  const before = await store.getDisplayedState(tx, [...new Set([...claimsBefore.map((c) => c.target), ...planned])]);
  const previous = await store.detachArticle(tx, articleId);
  const at = new Date().toISOString();
  await store.upsertArticle(tx, plan.article, plan.hash, at, statedKnownFrom(plan.article));
  await store.upsertEntities(tx, articleId, plan.entities);
  await assertTypesMatch(store, tx, plan, declarations);
  await store.upsertFacts(tx, plan.facts);
  await store.upsertSupports(tx, articleId, plan.supports);

  // 3. Drop what lost its last support, recompute what shows, check names.
  const declared = plan.entities.map((e) => e.id);
  await refresh(store, tx, [...previous, ...declared, ...plan.supports.map((s) => s.target)]);
  const conflicts = await store.findNameConflicts(tx, declared);
  if (conflicts.length > 0) {
    throw new Rejected(
      conflicts.map((c) => ({
        file: declarations.file,
        ...placeOfName(declarations, c.id, c.key),
        rule: 'duplicate-name',
        message: `"${c.id}" has the same normalized name (${c.key}) as existing "${c.other}"; if they really differ, mark it allowSimilarName: true`,
      })),
    );
  }
  const claimsAfter = await store.getArticleClaims(tx, articleId);
  const rows = await recordChanges(store, tx, articleId, at, { retracted: false, claimsBefore, claimsAfter, before });
  return { status: created ? 'CREATED' : 'UPDATED', rows };
}

/**
 * Writes the change feed's events of this write, in its transaction: what the nodes it touched show now against what
 * they showed before it, and the article's claims now against before. Last in the transaction, so the feed's sequence
 * lock is held only for the commit.
 */
async function recordChanges(
  store: IngestStore,
  tx: Tx,
  articleId: string,
  at: string,
  change: { retracted: boolean; claimsBefore: ArticleClaim[]; claimsAfter: ArticleClaim[]; before: NodeState[] },
): Promise<ChangeRow[]> {
  const ids = [...new Set([...change.before.map((n) => n.id), ...change.claimsAfter.map((c) => c.target)])];
  const after = await store.getDisplayedState(tx, ids);
  return store.appendChanges(tx, articleId, at, changeEvents({ ...change, after }));
}

/** When a dated or retrieved article counts from; null for one that counts from its first ingestion (the store keeps that). */
function statedKnownFrom(article: Plan['article']): Known | null {
  const known = knownFrom({ publishedAt: article.publishedAt ?? null, retrievedAt: article.retrievedAt ?? null }, '');
  return known.knownBasis === 'INGESTED' ? null : known;
}

/** What a node shows now, with what it showed over reporting time (`versions`, JSON) and when it was first known. */
function withVersions(id: string, resolved: Resolved, versions: Version[]): { id: string } & Resolved {
  return { id, ...resolved, props: { ...resolved.props, versions: JSON.stringify(versions), knownFrom: versions[0]?.knownFrom ?? null } };
}

/** Checked after MERGE, while this transaction holds the nodes, so concurrent files cannot slip a conflict past it. */
async function assertTypesMatch(store: IngestStore, tx: Tx, plan: Plan, declarations: FileDeclarations): Promise<void> {
  const { file } = declarations;
  const declared = new Map(declarations.entities.map((e) => [e.id, e]));
  const stored = await store.getNodes(tx, [...declared.keys(), plan.article.id]);
  const problems: Problem[] = [];
  for (const node of stored) {
    const entity = declared.get(node.id);
    if (entity && (node.type !== entity.type || !node.labels.includes('Entity'))) {
      problems.push({ file, ...entity.typePlace, rule: 'type-conflict', message: `"${node.id}" is stored as ${node.type ?? node.labels.join(':')}, not ${entity.type}` });
    }
    if (node.id === plan.article.id && node.type !== 'Article') {
      problems.push({ file, ...declarations.articlePlace, rule: 'type-conflict', message: `"${node.id}" is already the id of a ${node.type}` });
    }
  }
  if (problems.length > 0) throw new Rejected(problems);
}

/**
 * Brings the nodes an article touched up to date with the claims left: 1. what lost its last support leaves the live
 * graph; 2. the rest show the values their claims resolve to; 3. every live entity touched, or standing at a touched
 * fact before or after (a hire's previous employer may change), gets its quotes and notes search anew, so what a
 * retracted article said stops matching; 4. name keys no entity holds go.
 */
async function refresh(store: IngestStore, tx: Tx, touched: string[]): Promise<void> {
  const ids = [...new Set(touched)];
  const endsBefore = await store.getFactEnds(tx, ids);
  const survivors = await store.removeUnsupported(tx, ids);
  const claims = await store.getClaims(tx, survivors);
  await store.applyResolved(tx, claims.map((node) => withVersions(node.id, resolveNode(node.type, node.claims), resolveVersions(node.type, node.claims))));
  const endsAfter = await store.getFactEnds(tx, survivors);
  const searchable = await store.getSearchEvidence(tx, [...new Set([...survivors, ...endsBefore, ...endsAfter])]);
  await store.setSearchEvidence(tx, searchable.map((row) => ({ id: row.id, ...searchableEvidence(row.evidence) })));
  await store.deleteOrphanNameKeys(tx);
}
