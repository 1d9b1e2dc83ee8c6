/**
 * The statements that follow a pattern, built once when this module loads from the graph model's tokens
 * (labels, relationship types, property names, orders), never from request values. This is the only file of
 * src/ that writes pieces into Cypher text: `token()` refuses anything that is not a plain identifier, and a
 * test checks that every statement here names only labels and relationship types of the model. Each statement
 * opens with its `/* store.method *\/` name and is frozen; test/unit/statements.test.ts prints them all.
 * Statements tuned by hand (pages, search, capacity, talent counts, partners) stay in their stores.
 */
import {
  ARTICLE_LABEL, CHANGE_EVENT_LABEL, CHANGE_SEQUENCE_LABEL, ENTITY_LABEL, ENTITY_LABELS, FACT_KINDS, FACT_KIND_NAMES, FACT_LABEL, MENTIONS, NAMES, NAME_KEY_LABEL, NODE_LABEL, ORDERS, REFERENCES, REFERENCE_FIELDS,
  RETRACTED_ARTICLE_LABEL, RETRACTED_LABEL, RETRACTED_MENTIONS, RETRACTED_SUPPORTS,
  RELATION_FIELDS, RELATION_NAMES, SUPPORTS, type FactEnd, type FactKind, type OrderName, type RelationFieldModel, type RelationName,
} from '../model/graph-model';

const IDENTIFIER = /^[A-Za-z][A-Za-z0-9_]*$/;

/** A model token fit to stand in Cypher text; throws at load time for anything else. */
function token(value: string): string {
  if (!IDENTIFIER.test(value)) throw new Error(`not a graph-model token: ${JSON.stringify(value)}`);
  return value;
}

/** A model token as a Cypher string literal (for CASE branches on a row's label). */
const literal = (value: string) => `'${token(value)}'`;

/** `(a)-[:REL]->(b)` or `(a)<-[:REL]-(b)`: `out` when the relationship leaves `a`. */
function arrow(a: string, rel: string, b: string, out: boolean): string {
  return out ? `${a}-[:${token(rel)}]->${b}` : `${a}<-[:${token(rel)}]-${b}`;
}

/** The relationship between a fact and its `end`; it leaves the subject and enters the object. */
function endRel(kind: FactKind, end: FactEnd): string {
  return FACT_KINDS[kind][end].rel;
}

/** `(x)` linked to the fact node `(fact)` at `end`, read from x's side. */
function atEnd(kind: FactKind, end: FactEnd, x: string, fact: string): string {
  return arrow(x, endRel(kind, end), fact, end === 'subject');
}

/** The node `(x)` at a fact's `end`, written in the relationship's own direction: `(s)-[:REL]->(fact)` or `(fact)-[:REL]->(o)`. */
function fromFact(kind: FactKind, end: FactEnd, fact: string, x: string): string {
  return end === 'subject' ? arrow(x, endRel(kind, end), fact, true) : arrow(fact, endRel(kind, end), x, true);
}

const other = (end: FactEnd): FactEnd => (end === 'subject' ? 'object' : 'subject');

function orderBy(name: OrderName, v: string): string {
  return ORDERS[name]
    .map((key: { property: string; descending?: boolean; missing?: string | boolean; nullsLast?: boolean }) => {
      const prop = `${v}.${token(key.property)}`;
      const value = key.missing === undefined ? prop : `coalesce(${prop}, ${typeof key.missing === 'boolean' ? String(key.missing) : key.missing === '' ? "''" : literal(key.missing)})`;
      const sorted = key.descending ? `${value} DESC` : value;
      return key.nullsLast ? `${prop} IS NULL, ${sorted}` : sorted;
    })
    .join(', ');
}

function where(field: RelationFieldModel, v: string): string {
  const filter = field.filter;
  if (!filter) return '';
  const prop = `${v}.${token(filter.property)}`;
  const value = filter.missing === undefined ? prop : `coalesce(${prop}, ${String(filter.missing)})`;
  if (filter.contains) return filter.value !== undefined ? ` WHERE $arg IN ${prop}` : ` WHERE $arg IS NULL OR $arg IN ${prop}`;
  return filter.value !== undefined ? ` WHERE ${value} = $arg` : ` WHERE $arg IS NULL OR ${value} = $arg`;
}

function parentLabel(field: RelationFieldModel): string {
  return token(field.parent);
}

/** One relation statement: per id in `$ids`, the parent and its first `$first` rows (and, for fact rows, their far ends). */
function relationStatement(name: RelationName): string {
  const field: RelationFieldModel = RELATION_FIELDS[name];
  const head = `/* relationStore.${name} */
    UNWIND $ids AS id
    MATCH (parent:${parentLabel(field)} {id: id})`;
  const withEnds = (match: string, end: { kind: FactKind; end: FactEnd }, filter: string) => {
    const label = FACT_KINDS[end.kind][end.end].label;
    return `${head}
    OPTIONAL CALL (parent) {
      MATCH ${match}${filter} WITH n ORDER BY ${orderBy(field.order, 'n')} LIMIT $first
      RETURN n, COLLECT { MATCH ${fromFact(end.kind, end.end, '(n)', `(o:${token(label)})`)} RETURN o {.*} } AS other
    }
    RETURN id, parent {.*} AS parent, collect(n {.*}) AS rows, collect(other) AS ends`;
  };
  const entities = (match: string, filter: string) => `${head}
    OPTIONAL CALL (parent) { MATCH ${match}${filter} RETURN n ORDER BY ${orderBy(field.order, 'n')} LIMIT $first }
    RETURN id, parent {.*} AS parent, collect(n {.*}) AS rows, [] AS ends`;

  const path = field.path;
  switch (path.kind) {
    case 'fact':
      return withEnds(atEnd(path.fact, path.parentEnd, '(parent)', `(n:${token(path.fact)})`), { kind: path.fact, end: other(path.parentEnd) }, where(field, 'n'));
    case 'factsByReference':
      return withEnds(arrow('(parent)', REFERENCES[path.reference].rel, `(n:${token(path.fact)})`, false), { kind: path.fact, end: path.end }, where(field, 'n'));
    case 'farEnd': {
      const far = other(path.parentEnd);
      const farLabel = FACT_KINDS[path.fact][far].label;
      const match = atEnd(path.fact, path.parentEnd, '(parent)', `(p:${token(path.fact)})`) + arrow('', endRel(path.fact, far), `(n:${token(farLabel)})`, far === 'object');
      return entities(match, where(field, 'p'));
    }
    case 'referrers':
      return entities(arrow('(parent)', REFERENCES[path.reference].rel, `(n:${token(path.label)})`, false), where(field, 'n'));
    case 'mentions':
      return path.parentEnd === 'target'
        ? entities(arrow('(parent)', MENTIONS, `(n:${token(ARTICLE_LABEL)})`, false), '')
        : entities(arrow('(parent)', MENTIONS, `(n:${token(ENTITY_LABEL)})`, true), '');
  }
}

export const RELATION_STATEMENTS: Readonly<Record<RelationName, string>> = Object.freeze(Object.fromEntries(RELATION_NAMES.map((name) => [name, relationStatement(name)])) as Record<RelationName, string>);

/** Relationship types a path may follow: every fact end, then every reference. */
export const PATH_REL_TYPES: readonly string[] = Object.freeze([...new Set([...FACT_KIND_NAMES.flatMap((k) => [FACT_KINDS[k].subject.rel, FACT_KINDS[k].object.rel]), ...REFERENCE_FIELDS.map((f) => REFERENCES[f].rel)])]);

/** The longest `connections` question, in steps; a fact step is two relationships. */
export const MAX_PATH_HOPS = 6;

/**
 * Shortest paths by hop limit, the length bound written into each pattern: with the bound as a WHERE on the path,
 * Neo4j falls back to an exhaustive search whenever no path is short enough (100 ms instead of 14 on the seed corpus).
 */
/**
 * Under @asOf: only through nodes known by `$knownAt` and facts valid at `$validAt` (either null for no condition);
 * separate statements, so today's keep their plan. A node without `knownFrom` (the benchmark's generated graph) passes.
 */
const PATH_AS_OF = `WHERE ($knownAt IS NULL OR all(n IN nodes(p) WHERE n.knownFrom IS NULL OR n.knownFrom <= $knownAt))
      AND ($validAt IS NULL OR all(n IN nodes(p) WHERE NOT n:${FACT_LABEL} OR ((n.validFrom IS NULL OR n.validFrom <= $validAt) AND (n.validTo IS NULL OR n.validTo > $validAt))))`;

function shortestPathStatements(asOf: boolean): Readonly<Record<number, string>> {
  return Object.freeze(
  Object.fromEntries(
    Array.from({ length: MAX_PATH_HOPS }, (_, i) => i + 1).map((hops) => [
      hops,
      `/* queryStore.shortestPaths${hops}${asOf ? 'AsOf' : ''} */
    MATCH (a:${ENTITY_LABEL} {id: $fromId}), (b:${ENTITY_LABEL} {id: $toId})
    MATCH p = allShortestPaths((a)-[:${PATH_REL_TYPES.map(token).join('|')}*..${hops * 2}]-(b))${asOf ? `
    ${PATH_AS_OF}` : ''}
    WITH p LIMIT $first
    RETURN [n IN nodes(p) | {id: n.id, type: n.type, fact: n:${FACT_LABEL}, role: n.role}] AS nodes,
           [r IN relationships(p) | {type: type(r), startId: startNode(r).id}] AS rels,
           [n IN nodes(p) WHERE n:${ENTITY_LABEL} | n {.*}] AS entities`,
    ]),
  ),
  );
}

export const SHORTEST_PATH_STATEMENTS = shortestPathStatements(false);
export const SHORTEST_PATH_AS_OF_STATEMENTS = shortestPathStatements(true);

/**
 * Deals with a value bound, by value, one statement per direction: the range index on annualizedUsd selects and
 * orders them, so a page reads its own rows rather than every deal. The count runs first and once (as a subquery
 * after the page it would rerun per row). Used by the query store's `listDeals`.
 */
function dealValueRange(name: string, direction: 'ASC' | 'DESC'): string {
  const match = 'MATCH (n:Deal) WHERE n.annualizedUsd >= $min AND n.annualizedUsd <= $max AND ($kind IS NULL OR n.kind = $kind) AND ($status IS NULL OR n.status = $status)';
  return `/* queryStore.${token(name)} */
    CALL () {
      ${match}
      RETURN count(n) AS total
    }
    CALL () {
      ${match}
      WITH n ORDER BY n.annualizedUsd ${direction}, n.id SKIP $skip LIMIT $end - $skip
      RETURN collect(n {.*}) AS rows
    }
    RETURN total, rows`;
}

export const DEAL_VALUE_RANGE_STATEMENTS = Object.freeze({
  ANNUALIZED_USD_DESC: dealValueRange('listDealsByValueDesc', 'DESC'),
  ANNUALIZED_USD_ASC: dealValueRange('listDealsByValueAsc', 'ASC'),
});

const REFERENCE_RELS = REFERENCE_FIELDS.map((f) => token(REFERENCES[f].rel));

/** The write statements whose labels and types vary by row: one statement each, a FOREACH branch per model token. */
export const INGEST_STATEMENTS = Object.freeze({
  upsertEntities: `/* ingestStore.upsertEntities */
         MATCH (a:${ARTICLE_LABEL} {id: $articleId})
         UNWIND $rows AS row
         MERGE (e:${NODE_LABEL} {id: row.id})
         ON CREATE SET e.type = row.type, e.name = row.id
         SET e.type = coalesce(e.type, row.type), e:${ENTITY_LABEL}
         REMOVE e:${RETRACTED_LABEL}, e.retractedType
${ENTITY_LABELS.map((label) => `         FOREACH (_ IN CASE row.type WHEN ${literal(label)} THEN [1] ELSE [] END | SET e:${token(label)})`).join('\n')}
         MERGE (a)-[m:${MENTIONS}]->(e)
         SET m.claims = row.claims`,
  upsertFacts: `/* ingestStore.upsertFacts */
         UNWIND $facts AS row
         MATCH (s:${ENTITY_LABEL} {id: row.subject})
         MATCH (o:${ENTITY_LABEL} {id: row.object})
         MERGE (f:${NODE_LABEL} {id: row.id})
         SET f.type = row.label, f:${FACT_LABEL}, f.subjectId = row.subject, f.objectId = row.object
         REMOVE f:${RETRACTED_LABEL}, f.retractedType
${FACT_KIND_NAMES.map((kind) => `         FOREACH (_ IN CASE row.label WHEN ${literal(kind)} THEN [1] ELSE [] END | SET f:${token(kind)} MERGE ${atEnd(kind, 'subject', '(s)', '(f)')} MERGE ${atEnd(kind, 'object', '(o)', '(f)')})`).join('\n')}`,
  removeUnsupported: `/* ingestStore.removeUnsupported */
         MATCH (n:${NODE_LABEL}) WHERE n.id IN $ids AND NOT n:${ARTICLE_LABEL} AND NOT n:${RETRACTED_ARTICLE_LABEL}
         WITH n, NOT EXISTS { (:${ARTICLE_LABEL})-[:${SUPPORTS}|${MENTIONS}]->(n) } AS orphan,
              EXISTS { ()-[:${RETRACTED_SUPPORTS}|${RETRACTED_MENTIONS}]->(n) } AS claimed
         CALL (n, orphan, claimed) {
           WITH n WHERE orphan AND NOT claimed
           DETACH DELETE n
         }
         CALL (n, orphan, claimed) {
           WITH n WHERE orphan AND claimed AND NOT n:${RETRACTED_LABEL}
           OPTIONAL MATCH (n)-[r]-() WHERE NOT type(r) IN [${literal(RETRACTED_SUPPORTS)}, ${literal(RETRACTED_MENTIONS)}]
           DELETE r
           WITH DISTINCT n
           SET n:${RETRACTED_LABEL}, n.retractedType = n.type
           REMOVE n:${[ENTITY_LABEL, FACT_LABEL, ...ENTITY_LABELS, ...FACT_KIND_NAMES].map(token).join(':')}, n.type
         }
         WITH n, orphan WHERE NOT orphan
         RETURN collect(n.id) AS survivors`,
  /** The claims an article's edges carry now, live or retracted: what its next version or its retraction changes. */
  articleClaims: `/* ingestStore.articleClaims */
         MATCH (:${NODE_LABEL} {id: $articleId})-[r:${SUPPORTS}|${MENTIONS}|${RETRACTED_SUPPORTS}|${RETRACTED_MENTIONS}]->(n)
         RETURN n.id AS target, type(r) AS via, r.claims AS claims`,
  /** What the nodes among `ids` show now, and whether each is live (an entity or a fact, not retired). */
  displayedState: `/* ingestStore.displayedState */
         MATCH (n:${NODE_LABEL}) WHERE n.id IN $ids
         RETURN n.id AS id, n.type AS type, n:${ENTITY_LABEL} AS entity, n:${FACT_LABEL} AS fact, properties(n) AS props`,
  /**
   * Appends events to the feed: their numbers are taken from the one sequence node, whose write lock this
   * transaction then holds until it commits, so concurrent ingestions number their events one after another, gap-free.
   */
  appendChanges: `/* ingestStore.appendChanges */
         MERGE (c:${CHANGE_SEQUENCE_LABEL} {id: 'changes'})
         ON CREATE SET c.next = 0
         SET c.next = c.next + size($events)
         WITH c.next - size($events) AS start
         UNWIND range(0, size($events) - 1) AS i
         WITH start + i + 1 AS seq, $events[i] AS event
         CREATE (e:${CHANGE_EVENT_LABEL})
         SET e = event, e.seq = seq, e.at = $at, e.articleId = $articleId
         RETURN min(seq) AS first`,
  applyResolved: `/* ingestStore.applyResolved */
         UNWIND $rows AS row
         MATCH (n:${NODE_LABEL} {id: row.id})
         SET n += row.props
         WITH n, row
         CALL (n) {
           MATCH (n)-[r:${REFERENCE_RELS.join('|')}]->()
           DELETE r
         }
         CALL (n) {
           MATCH (n)<-[r:${NAMES}]-(:${NAME_KEY_LABEL})
           DELETE r
         }
         CALL (n, row) {
           UNWIND row.refs AS ref
           MATCH (t:${ENTITY_LABEL} {id: ref.target})
${REFERENCE_RELS.map((rel) => `           FOREACH (_ IN CASE ref.type WHEN ${literal(rel)} THEN [1] ELSE [] END | MERGE (n)-[:${rel}]->(t))`).join('\n')}
         }
         CALL (n, row) {
           UNWIND row.nameKeys AS key
           MERGE (k:${NAME_KEY_LABEL} {key: n.type + ':' + key})
           MERGE (k)-[:${NAMES}]->(n)
         }`,
});

/**
 * The benchmark generator's bulk writes: the same labels, relationship types and edge properties as ingestion,
 * with CREATE instead of MERGE because a generated graph is written once into an empty database.
 */
export const BULK_STATEMENTS = Object.freeze({
  articles: `/* bulkStore.createArticles */ UNWIND $rows AS row CREATE (a:${NODE_LABEL}:${ARTICLE_LABEL}) SET a = row`,
  entities: Object.freeze(
    Object.fromEntries(ENTITY_LABELS.map((label) => [label, `/* bulkStore.create${label}s */ UNWIND $rows AS row CREATE (n:${NODE_LABEL}:${ENTITY_LABEL}:${token(label)}) SET n = row`])) as Record<(typeof ENTITY_LABELS)[number], string>,
  ),
  facts: Object.freeze(
    Object.fromEntries(
      FACT_KIND_NAMES.map((kind) => [
        kind,
        `/* bulkStore.create${kind}s */ UNWIND $rows AS row MATCH (s:${ENTITY_LABEL} {id: row.s}) MATCH (o:${ENTITY_LABEL} {id: row.o}) CREATE (f:${NODE_LABEL}:${FACT_LABEL}:${token(kind)}) SET f = row.props CREATE ${atEnd(kind, 'subject', '(s)', '(f)')} CREATE ${atEnd(kind, 'object', '(o)', '(f)')}`,
      ]),
    ) as Record<FactKind, string>,
  ),
  references: Object.freeze(
    Object.fromEntries(REFERENCE_RELS.map((rel) => [rel, `/* bulkStore.create${rel} */ UNWIND $rows AS row MATCH (n:${NODE_LABEL} {id: row.from}) MATCH (t:${ENTITY_LABEL} {id: row.to}) CREATE (n)-[:${rel}]->(t)`])) as Record<string, string>,
  ),
  nameKeys: `/* bulkStore.createNameKeys */ UNWIND $rows AS row MERGE (k:${NAME_KEY_LABEL} {key: row.key}) WITH k, row MATCH (e:${ENTITY_LABEL} {id: row.id}) CREATE (k)-[:${NAMES}]->(e)`,
  mentions: `/* bulkStore.createMentions */ UNWIND $rows AS row MATCH (a:${ARTICLE_LABEL} {id: row.a}) MATCH (n:${ENTITY_LABEL} {id: row.n}) CREATE (a)-[:${MENTIONS} {claims: row.c}]->(n)`,
  supports: `/* bulkStore.createSupports */ UNWIND $rows AS row MATCH (a:${ARTICLE_LABEL} {id: row.a}) MATCH (n:${NODE_LABEL} {id: row.n}) CREATE (a)-[s:${SUPPORTS} {claims: row.c}]->(n) SET s.evidence = row.e`,
});

/**
 * Constraints, idempotent: every MERGE key is unique (the only kind Community has). Two full-text indexes: `search` over
 * names and aliases (an article's title and summary), `search_notes` over entities' quotes and curator's notes, kept
 * apart so a name match can be ranked above a quote match. A database from before `search_notes` gets it at start.
 */
export const SCHEMA_STATEMENTS: readonly string[] = Object.freeze([
  `CREATE CONSTRAINT node_id IF NOT EXISTS FOR (n:${NODE_LABEL}) REQUIRE n.id IS UNIQUE`,
  `CREATE CONSTRAINT entity_id IF NOT EXISTS FOR (n:${ENTITY_LABEL}) REQUIRE n.id IS UNIQUE`,
  `CREATE CONSTRAINT fact_id IF NOT EXISTS FOR (n:${FACT_LABEL}) REQUIRE n.id IS UNIQUE`,
  `CREATE CONSTRAINT article_id IF NOT EXISTS FOR (n:${ARTICLE_LABEL}) REQUIRE n.id IS UNIQUE`,
  ...ENTITY_LABELS.map((label) => `CREATE CONSTRAINT ${token(label).toLowerCase()}_id IF NOT EXISTS FOR (n:${label}) REQUIRE n.id IS UNIQUE`),
  `CREATE CONSTRAINT name_key IF NOT EXISTS FOR (k:${NAME_KEY_LABEL}) REQUIRE k.key IS UNIQUE`,
  `CREATE CONSTRAINT change_seq IF NOT EXISTS FOR (e:${CHANGE_EVENT_LABEL}) REQUIRE e.seq IS UNIQUE`,
  `CREATE CONSTRAINT change_sequence_id IF NOT EXISTS FOR (c:${CHANGE_SEQUENCE_LABEL}) REQUIRE c.id IS UNIQUE`,
  `CREATE FULLTEXT INDEX search IF NOT EXISTS FOR (n:${[...ENTITY_LABELS, ARTICLE_LABEL].map(token).join('|')}) ON EACH [n.searchText]
   OPTIONS { indexConfig: { \`fulltext.analyzer\`: 'standard-folding' } }`,
  `CREATE FULLTEXT INDEX search_notes IF NOT EXISTS FOR (n:${ENTITY_LABELS.map(token).join('|')}) ON EACH [n.quoteText, n.noteText]
   OPTIONS { indexConfig: { \`fulltext.analyzer\`: 'standard-folding' } }`,
]);

const DEAL_PARTY_IN = `(n)<-[:${token(FACT_KINDS.DealParty.object.rel)}]-(p:DealParty)<-[:${token(FACT_KINDS.DealParty.subject.rel)}]-`;

/** A partial date property's first day in Cypher ("2025" → "2025-01-01"), as src/domain/partial-dates.ts compares it. */
const firstDayOf = (prop: string) => `CASE size(${prop}) WHEN 4 THEN ${prop} + '-01-01' WHEN 7 THEN ${prop} + '-01' ELSE ${prop} END`;

/**
 * The deal filter (`DealFilter`), one predicate on `n`, every value a parameter: `$parties` is a list of
 * `{id, role}` the deal must all involve (an id null for a name that matched nothing, so nothing matches); the
 * bounds are null when not given; dates are first days (`YYYY-MM-DD`).
 */
const DEAL_WHERE = `all(c IN $parties WHERE EXISTS { MATCH ${DEAL_PARTY_IN}(o:Organization) WHERE o.id = c.id AND (c.role IS NULL OR c.role IN p.roles) })
           AND ($kind IS NULL OR n.kind = $kind) AND ($status IS NULL OR n.status = $status)
           AND ($projectId IS NULL OR EXISTS { (n)-[:${token(REFERENCES.project.rel)}]->(:Project {id: $projectId}) })
           AND ($min IS NULL OR n.annualizedUsd >= $min) AND ($max IS NULL OR n.annualizedUsd <= $max)
           AND ($minTotal IS NULL OR n.totalUsd >= $minTotal) AND ($maxTotal IS NULL OR n.totalUsd <= $maxTotal)
           AND ($announcedFrom IS NULL OR ${firstDayOf('n.announced')} >= $announcedFrom) AND ($announcedTo IS NULL OR ${firstDayOf('n.announced')} <= $announcedTo)
           AND ($startsFrom IS NULL OR ${firstDayOf('n.starts')} >= $startsFrom) AND ($startsTo IS NULL OR ${firstDayOf('n.starts')} <= $startsTo)`;

/** The `DealOrder` chosen by `$order` (a whitelisted value): unknown values last, ties by id. */
const DEAL_ORDER = `CASE $order WHEN 'ANNUALIZED_USD_DESC' THEN n.annualizedUsd IS NULL WHEN 'ANNUALIZED_USD_ASC' THEN n.annualizedUsd IS NULL
                       WHEN 'TOTAL_USD_DESC' THEN n.totalUsd IS NULL WHEN 'TOTAL_USD_ASC' THEN n.totalUsd IS NULL END,
           CASE $order WHEN 'ANNUALIZED_USD_DESC' THEN -n.annualizedUsd WHEN 'ANNUALIZED_USD_ASC' THEN n.annualizedUsd
                       WHEN 'TOTAL_USD_DESC' THEN -n.totalUsd WHEN 'TOTAL_USD_ASC' THEN n.totalUsd END,
           CASE $order WHEN 'ANNOUNCED_DESC' THEN coalesce(n.announced, '') END DESC,
           CASE $order WHEN 'NAME_ASC' THEN toLower(n.name) END,
           n.id`;

/** How a nested deal list reaches its deals from its parent `(parent)`; the organization's own role is `$parentRole`. */
const DEAL_PARENTS = {
  Organization: `MATCH (parent)-[:${token(FACT_KINDS.DealParty.subject.rel)}]->(pp:DealParty)-[:${token(FACT_KINDS.DealParty.object.rel)}]->(n:Deal)
        WHERE ($parentRole IS NULL OR $parentRole IN pp.roles) AND`,
  Project: `MATCH (parent)<-[:${token(REFERENCES.project.rel)}]-(n:Deal) WHERE`,
  Site: `MATCH (parent)<-[:${token(REFERENCES.site.rel)}]-(n:Deal) WHERE`,
} as const;
export type DealParent = keyof typeof DEAL_PARENTS;

/**
 * The deal statements that share the filter: the root page, the rows `dealStats` groups (each deal's grouping values,
 * stored figures and parties, read once whatever the number of groups), and per parent type one page per parent id
 * of `$ids` (nested `deals(filter:)` and `dealsPage`).
 */
export const DEAL_STATEMENTS = Object.freeze({
  list: `/* queryStore.listDeals */
         MATCH (n:Deal)
         WHERE ${DEAL_WHERE}
         WITH n ORDER BY
           ${DEAL_ORDER}
         WITH collect(n) AS items
         RETURN size(items) AS total, [item IN items[$skip..$end] | item {.*}] AS rows`,
  // Every deal with its parties' organizations and party facts, versions included: what a deal question asked
  // @asOf filters, sorts and pages in TypeScript (src/domain/deal-query.ts), on each deal's version known then.
  candidates: `/* queryStore.dealCandidates */
         MATCH (n:Deal)
         RETURN n {.*} AS deal, COLLECT { MATCH ${DEAL_PARTY_IN}(o:Organization) RETURN {organization: o {.*}, fact: p {.*}} } AS parties
         ORDER BY n.id`,
  // The same without the parties, for a question that asks nothing of them (most root pages): far fewer db hits.
  candidatesWithoutParties: `/* queryStore.dealCandidatesWithoutParties */
         MATCH (n:Deal)
         RETURN n {.*} AS deal, [] AS parties
         ORDER BY n.id`,
  statsRows: `/* queryStore.dealStatsRows */
         MATCH (n:Deal)
         WHERE ${DEAL_WHERE}
         RETURN n.id AS id, n.kind AS kind, n.status AS status, n.announced AS announced, n.value AS value, n.annualized AS annualized,
                COLLECT { MATCH ${DEAL_PARTY_IN}(o:Organization) RETURN {organization: o {.*}, roles: coalesce(p.roles, [])} } AS parties
         ORDER BY n.id`,
  pages: Object.freeze(
    Object.fromEntries(
      (Object.keys(DEAL_PARENTS) as DealParent[]).map((parent) => [
        parent,
        `/* queryStore.dealPagesBy${token(parent)} */
         UNWIND $ids AS id
         MATCH (parent:${token(parent)} {id: id})
         CALL (parent) {
           ${DEAL_PARENTS[parent]} ${DEAL_WHERE}
           WITH DISTINCT n ORDER BY
           ${DEAL_ORDER}
           WITH collect(n) AS items
           RETURN size(items) AS total, [item IN items[$skip..$end] | item {.*}] AS rows
         }
         RETURN id, total, rows`,
      ]),
    ) as Record<DealParent, string>,
  ),
});
