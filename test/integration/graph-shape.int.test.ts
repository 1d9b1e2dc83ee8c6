/**
 * Two writers of the graph, one model: ingestion (the seed corpus) and the benchmark generator (scale XS) write only
 * the node label sets and relationship shapes the graph model allows, and the generator writes every shape
 * ingestion writes, with the same edge properties. A change to the model that one writer misses fails here.
 */
import { generate } from '../../bench/generate';
import {
  ARTICLE_LABEL, CHANGE_EVENT_LABEL, CHANGE_SEQUENCE_LABEL, ENTITY_LABEL, ENTITY_LABELS, FACT_KINDS, FACT_KIND_NAMES, FACT_LABEL, MENTIONS, NAMES, NAME_KEY_LABEL, NODE_LABEL, REFERENCES, REFERENCE_FIELDS, SUPPORTS,
} from '../../src/model/graph-model';
import { openTestDb, type TestDb } from '../helpers/db';
import { ingestFiles, seedFiles } from '../helpers/seed';

let testDb: TestDb;

interface Shape {
  nodes: Set<string>;
  rels: Set<string>;
}

/** Node label sets, and (start labels)-[type {property keys}]->(end labels), of the whole graph. */
async function shapeOf(db: TestDb): Promise<Shape> {
  const nodes = await db.cypher<{ labels: string[] }>('MATCH (n) RETURN DISTINCT labels(n) AS labels');
  const rels = await db.cypher<{ from: string[]; type: string; keys: string[]; to: string[] }>('MATCH (a)-[r]->(b) RETURN DISTINCT labels(a) AS from, type(r) AS type, keys(r) AS keys, labels(b) AS to');
  const set = (labels: string[]) => [...labels].sort().join(':');
  return {
    nodes: new Set(nodes.map((n) => set(n.labels))),
    rels: new Set(rels.map((r) => `(${set(r.from)})-[${r.type} {${[...r.keys].sort().join(',')}}]->(${set(r.to)})`)),
  };
}

/** What the model allows, without edge properties: label sets and relationship shapes. */
function modelShape(): { nodes: Set<string>; rels: Set<string> } {
  const set = (...labels: string[]) => [...labels].sort().join(':');
  const entity = (label: string) => set(NODE_LABEL, ENTITY_LABEL, label);
  const fact = (kind: string) => set(NODE_LABEL, FACT_LABEL, kind);
  const ends = (label: string) => (label === ENTITY_LABEL ? ENTITY_LABELS.map(entity) : [entity(label)]);
  const rels = new Set<string>();
  for (const kind of FACT_KIND_NAMES) {
    const model = FACT_KINDS[kind];
    for (const s of ends(model.subject.label)) rels.add(`(${s})-[${model.subject.rel}]->(${fact(kind)})`);
    for (const o of ends(model.object.label)) rels.add(`(${fact(kind)})-[${model.object.rel}]->(${o})`);
  }
  for (const field of REFERENCE_FIELDS) {
    const ref = REFERENCES[field];
    for (const holder of ref.holders) rels.add(`(${(FACT_KIND_NAMES as string[]).includes(holder) ? fact(holder) : entity(holder)})-[${ref.rel}]->(${entity(ref.target)})`);
  }
  const article = set(NODE_LABEL, ARTICLE_LABEL);
  for (const label of ENTITY_LABELS) {
    rels.add(`(${article})-[${MENTIONS}]->(${entity(label)})`);
    rels.add(`(${article})-[${SUPPORTS}]->(${entity(label)})`);
    rels.add(`(${NAME_KEY_LABEL})-[${NAMES}]->(${entity(label)})`);
  }
  for (const kind of FACT_KIND_NAMES) rels.add(`(${article})-[${SUPPORTS}]->(${fact(kind)})`);
  return { nodes: new Set([...ENTITY_LABELS.map(entity), ...FACT_KIND_NAMES.map(fact), article, NAME_KEY_LABEL, CHANGE_EVENT_LABEL, CHANGE_SEQUENCE_LABEL]), rels };
}

const withoutKeys = (rel: string) => rel.replace(/ \{[^}]*\}/, '');

let ingested: Shape;
let generated: Shape;

beforeAll(async () => {
  testDb = await openTestDb();
  await testDb.reset();
  const reports = await ingestFiles(testDb.db, seedFiles());
  expect(reports.filter((r) => r.status === 'REJECTED')).toEqual([]);
  ingested = await shapeOf(testDb);
  await testDb.reset();
  await generate(testDb.db, 'XS', 7);
  generated = await shapeOf(testDb);
}, 300_000);

afterAll(async () => {
  await testDb.reset();
  await testDb.close();
});

describe('the graph both writers leave', () => {
  const model = modelShape();

  it('has only node label sets of the model', () => {
    expect([...ingested.nodes].filter((n) => !model.nodes.has(n))).toEqual([]);
    expect([...generated.nodes].filter((n) => !model.nodes.has(n))).toEqual([]);
  });

  it('has only relationship shapes of the model', () => {
    expect([...ingested.rels].map(withoutKeys).filter((r) => !model.rels.has(r))).toEqual([]);
    expect([...generated.rels].map(withoutKeys).filter((r) => !model.rels.has(r))).toEqual([]);
  });

  it('from the generator covers every label set and relationship shape ingestion writes, with the same edge properties', () => {
    // The change feed is the history of ingestions; a generated graph has none, and no benchmarked query reads it.
    const feed = new Set([CHANGE_EVENT_LABEL, CHANGE_SEQUENCE_LABEL]);
    expect([...ingested.nodes].filter((n) => !generated.nodes.has(n) && !feed.has(n))).toEqual([]);
    // Edge property keys depend on what a row states (a SUPPORTS edge without a note has no `note` key), so compare per shape.
    const keysOf = (shape: Shape) => {
      const map = new Map<string, Set<string>>();
      for (const rel of shape.rels) {
        const keys = /\{([^}]*)\}/.exec(rel)?.[1].split(',').filter(Boolean) ?? [];
        const set = map.get(withoutKeys(rel)) ?? new Set<string>();
        for (const key of keys) set.add(key);
        map.set(withoutKeys(rel), set);
      }
      return map;
    };
    const generatedKeys = keysOf(generated);
    const missing = [...keysOf(ingested)].flatMap(([rel, keys]) => (generatedKeys.has(rel) ? [...keys].filter((k) => !generatedKeys.get(rel)!.has(k)).map((k) => `${rel} lacks ${k}`) : [`${rel} not written`]));
    expect(missing).toEqual([]);
  });
});
