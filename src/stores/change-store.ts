/**
 * The change feed's read side: events in their order, from the outbox the ingestion writes (src/ingest/ingestion.ts).
 * `seq` is unique and gap-free and the feed only grows, so an offset into it (the API's cursors) always means the same
 * event; the constraint's index gives the order without sorting the feed.
 */
import { readQuery, type Db } from '../neo4j/driver';
import { int } from '../neo4j/convert';
import type { ChangeRow } from '../domain/change-events';
import { asNumber, asRecord, asRecords } from './rows';

function asChangeRow(value: unknown): ChangeRow {
  const row = asRecord(value);
  return {
    seq: asNumber(row.seq),
    at: String(row.at),
    kind: String(row.kind) as ChangeRow['kind'],
    articleId: String(row.articleId),
    targetId: (row.targetId as string | undefined) ?? null,
    targetType: (row.targetType as string | undefined) ?? null,
    field: (row.field as string | undefined) ?? null,
    before: (row.before as string | undefined) ?? null,
    after: (row.after as string | undefined) ?? null,
  };
}

export function createChangeStore(db: Db) {
  return {
    /** Events recorded at or after `since` (null for any time), in order: `first` of them after the first `skip`, and how many in all. */
    async list(since: string | null, skip: number, first: number): Promise<{ total: number; rows: ChangeRow[] }> {
      const [record] = await readQuery<{ total: unknown; rows: unknown }>(
        db,
        `/* changeStore.list */
         CALL () {
           MATCH (e:ChangeEvent) WHERE e.seq > 0 AND ($since IS NULL OR e.at >= $since)
           RETURN count(e) AS total
         }
         CALL () {
           MATCH (e:ChangeEvent) WHERE e.seq > 0 AND ($since IS NULL OR e.at >= $since)
           WITH e ORDER BY e.seq SKIP $skip LIMIT $first
           RETURN collect(e {.*}) AS rows
         }
         RETURN total, rows`,
        { since, skip: int(skip), first: int(first) },
      );
      return { total: asNumber(record.total), rows: asRecords(record.rows).map(asChangeRow) };
    },

    /** Up to `first` events after `seq`, in order: what a live subscriber missed. */
    async after(seq: number, first: number): Promise<ChangeRow[]> {
      const [record] = await readQuery<{ rows: unknown }>(
        db,
        `/* changeStore.after */
         MATCH (e:ChangeEvent) WHERE e.seq > $seq
         WITH e ORDER BY e.seq LIMIT $first
         RETURN collect(e {.*}) AS rows`,
        { seq: int(seq), first: int(first) },
      );
      return asRecords(record.rows).map(asChangeRow);
    },

    /** The number of the last event recorded; 0 before the first. */
    async lastSeq(): Promise<number> {
      const records = await readQuery<{ last: unknown }>(db, `/* changeStore.lastSeq */ MATCH (c:ChangeSequence {id: 'changes'}) RETURN c.next AS last`);
      return records.length > 0 ? asNumber(records[0].last) : 0;
    },
  };
}

export type ChangeStore = ReturnType<typeof createChangeStore>;
