/**
 * One-hop (one logical link) reads for DataLoader batches. Each takes a batch of ids and returns, per id, at most
 * `$first` rows in a stable order, so one batch is one round trip whatever the number of parents.
 *
 * The relation statements (src/stores/statements.ts, one per relation field of the graph model) each return the
 * parent node itself too, and a statement whose rows are facts returns, as `ends`, each fact's far endpoint (the
 * person of a hire listed under its organization). The loader primes both: an entity looked up by id together with
 * its relations costs one round trip, and following a fact costs none. An id with no node of the label has no record.
 */
import { MENTIONS, RETRACTED_MENTIONS, RETRACTED_SUPPORTS, type RelationName } from '../model/graph-model';
import { readQuery, type Db } from '../neo4j/driver';
import { int } from '../neo4j/convert';
import { asClaims, asNodeRow, asNodeRows, asNullableString, asNumber, asRecords, asString, asStrings, type NodeRow, type SupportRow } from './rows';
import { RELATION_STATEMENTS } from './statements';

/** How many hires an organization made from one previous employer (`fromId` null: unknown). */
export interface TalentCount {
  fromId: string | null;
  count: number;
  from: NodeRow | null;
}

/** The newest hires from one previous employer, and the people hired (ids in order, nodes in any order). */
export interface TalentHires {
  hires: NodeRow[];
  personIds: string[];
  people: NodeRow[];
}

/** An edge as stored (`claims` and `evidence` JSON, the existence evidence under `evidence.exists`), its article's times. */
function toSupportRow(row: Record<string, unknown>): SupportRow {
  const via = row.via === MENTIONS || row.via === RETRACTED_MENTIONS ? 'MENTIONS' : 'SUPPORTS';
  const { exists = {}, ...evidence } = asClaims(row.evidence ?? '{}') as SupportRow['evidence'];
  const article = asNodeRow(row.article);
  const retracted = row.via === RETRACTED_MENTIONS || row.via === RETRACTED_SUPPORTS;
  return {
    via,
    quote: exists.quote ?? null,
    note: exists.note ?? null,
    attribution: exists.attribution ?? null,
    speaker: exists.speaker ?? null,
    claims: asClaims(row.claims ?? '{}'),
    evidence,
    ingestedAt: asNullableString(article.ingestedAt),
    retractedAt: retracted ? (asNullableString(article.retractedAt) ?? 'unknown') : null,
    article,
  };
}

export function createRelationStore(db: Db) {
  return {
    /** Rows per id for one relation (ids without rows map to []), with the parents found and the far endpoints of fact rows. */
    async list(name: RelationName, ids: readonly string[], first: number, arg: string | boolean | null): Promise<{ rows: Map<string, NodeRow[]>; nodes: NodeRow[] }> {
      const records = await readQuery<{ id: string; parent: unknown; rows: unknown; ends: unknown[] }>(db, RELATION_STATEMENTS[name], { ids, first: int(first), arg });
      return {
        rows: new Map(records.map((r) => [r.id, asNodeRows(r.rows)])),
        nodes: records.flatMap((r) => [asNodeRow(r.parent), ...r.ends.flatMap(asNodeRows)]),
      };
    },

    /** Every SUPPORTS and MENTIONS edge into each node, live or retracted, with its article; ranking the claims is the caller's job. */
    async supportsByNode(ids: readonly string[]): Promise<Map<string, SupportRow[]>> {
      const records = await readQuery<{ id: string; rows: unknown[] }>(
        db,
        `/* relationStore.supportsByNode */
         UNWIND $ids AS id
         OPTIONAL MATCH (:Node {id: id})<-[s:SUPPORTS|MENTIONS|RETRACTED_SUPPORTS|RETRACTED_MENTIONS]-(a)
         RETURN id, collect(CASE WHEN a IS NULL THEN null ELSE s {via: type(s), .claims, .evidence, article: a {.*}} END) AS rows`,
        { ids },
      );
      return new Map(records.map((r) => [r.id, asRecords(r.rows).map(toSupportRow)]));
    },

    /** Hires into each organization counted by previous employer (null when unknown), with the employer; the `first` largest groups. */
    async talentCounts(ids: readonly string[], since: string | null, fromId: string | null, first: number): Promise<Map<string, TalentCount[]>> {
      const records = await readQuery<{ id: string; groups: unknown[] }>(
        db,
        `/* relationStore.talentCounts */
         UNWIND $ids AS id
         CALL (id) {
           MATCH (:Organization {id: id})<-[:BY]-(h:Hire)
           WHERE ($since IS NULL OR (h.date IS NOT NULL AND h.date >= $since)) AND ($fromId IS NULL OR h.fromId = $fromId)
           WITH h.fromId AS fromId, count(h) AS count ORDER BY count DESC, fromId IS NULL, fromId LIMIT $first
           OPTIONAL MATCH (f:Organization {id: fromId})
           RETURN fromId, count, f {.*} AS from
         }
         RETURN id, collect({fromId: fromId, count: count, from: from}) AS groups`,
        { ids, since, fromId, first: int(first) },
      );
      return new Map(records.map((r) => [r.id, asRecords(r.groups).map((g) => ({ fromId: asNullableString(g.fromId), count: asNumber(g.count), from: g.from === null ? null : asNodeRow(g.from) }))]));
    },

    /**
     * Per organization and previous employer ('' when unknown): the newest `cap` hires, and the ids of the first `cap`
     * distinct people hired (newest hire first) with those people's nodes.
     */
    async talentHires(ids: readonly string[], since: string | null, fromId: string | null, cap: number): Promise<Map<string, Map<string, TalentHires>>> {
      const records = await readQuery<{ id: string; groups: unknown }>(
        db,
        `/* relationStore.talentHires */
         UNWIND $ids AS id
         CALL (id) {
           MATCH (:Organization {id: id})<-[:BY]-(h:Hire)
           WHERE ($since IS NULL OR (h.date IS NOT NULL AND h.date >= $since)) AND ($fromId IS NULL OR h.fromId = $fromId)
           WITH h ORDER BY coalesce(h.date, '') DESC, h.id
           WITH h.fromId AS fromId, collect(h)[..$cap] AS hires, collect(DISTINCT h.subjectId)[..$cap] AS personIds
           RETURN fromId, [x IN hires | x {.*}] AS hires, personIds, COLLECT { MATCH (p:Person) WHERE p.id IN personIds RETURN p {.*} } AS people
         }
         RETURN id, collect({fromId: fromId, hires: hires, personIds: personIds, people: people}) AS groups`,
        { ids, since, fromId, cap: int(cap) },
      );
      return new Map(
        records.map((r) => [r.id, new Map(asRecords(r.groups).map((g) => [asNullableString(g.fromId) ?? '', { hires: asNodeRows(g.hires), personIds: asStrings(g.personIds), people: asNodeRows(g.people) }]))]),
      );
    },

    /** The hires into each organization known by `knownAt`, all of them, versions included: talent flows as of then. */
    async talentCandidates(ids: readonly string[], knownAt: string): Promise<Map<string, NodeRow[]>> {
      const records = await readQuery<{ id: string; hires: unknown }>(
        db,
        `/* relationStore.talentCandidates */
         UNWIND $ids AS id
         OPTIONAL MATCH (:Organization {id: id})<-[:BY]-(h:Hire) WHERE h.knownFrom <= $knownAt
         RETURN id, collect(h {.*}) AS hires`,
        { ids, knownAt },
      );
      return new Map(records.map((r) => [r.id, asNodeRows(r.hires)]));
    },

    /** Each project's sites (all of them, not a page) with their capacity and versions, for totals. */
    async sitesByProject(ids: readonly string[]): Promise<Map<string, NodeRow[]>> {
      const records = await readQuery<{ id: string; sites: unknown[] }>(
        db,
        `/* relationStore.sitesByProject */
         UNWIND $ids AS id
         OPTIONAL MATCH (:Project {id: id})<-[:IN_PROJECT]-(s:Site)
         RETURN id, collect(s {.id, .type, .capacity, .versions}) AS sites`,
        { ids },
      );
      return new Map(records.map((r) => [r.id, asNodeRows(r.sites)]));
    },

    /** Organizations sharing a project or deal with each organization, with the shared ids. */
    /**
     * `knownAt`: through facts known by that day only; `validAt`: through deals valid that day only (by their
     * displayed validFrom/validTo; partial dates compare by their first day, as the strings sort).
     */
    async partnersByOrganization(ids: readonly string[], first: number, knownAt: string | null = null, validAt: string | null = null): Promise<Map<string, Array<{ partnerId: string; via: string[] }>>> {
      const records = await readQuery<{ id: string; partners: unknown }>(
        db,
        `/* relationStore.partnersByOrganization */
         UNWIND $ids AS id
         CALL (id) {
           MATCH (o:Organization {id: id})-[:PARTICIPATES|PARTY]->(f1:Fact)-[:IN|TO]->(x:Project|Deal)<-[:IN|TO]-(f2:Fact)<-[:PARTICIPATES|PARTY]-(p:Organization)
           WHERE p <> o
             AND ($knownAt IS NULL OR (f1.knownFrom <= $knownAt AND f2.knownFrom <= $knownAt))
             AND ($validAt IS NULL OR NOT x:Deal OR ((x.validFrom IS NULL OR x.validFrom <= $validAt) AND (x.validTo IS NULL OR x.validTo > $validAt)))
           WITH p, collect(DISTINCT x.id) AS via
           RETURN p.id AS partnerId, via ORDER BY size(via) DESC, p.name, p.id LIMIT $first
         }
         RETURN id, collect({partnerId: partnerId, via: via}) AS partners`,
        { ids, first: int(first), knownAt, validAt },
      );
      return new Map(records.map((r) => [r.id, asRecords(r.partners).map((p) => ({ partnerId: asString(p.partnerId), via: asStrings(p.via) }))]));
    },
  };
}

export type RelationStore = ReturnType<typeof createRelationStore>;
