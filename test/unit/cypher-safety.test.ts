/**
 * Cypher takes values only as $parameters. Outside the statement builder (src/stores/statements.ts) no Cypher text in
 * src/ is built from pieces; inside it, only graph-model tokens are written in, and every statement of the stores,
 * built or hand-written, names only labels and relationship types of the model.
 */
import fs from 'node:fs';
import path from 'node:path';
import {
  ARTICLE_LABEL, CHANGE_EVENT_LABEL, CHANGE_SEQUENCE_LABEL, ENTITY_LABEL, ENTITY_LABELS, FACT_KINDS, FACT_KIND_NAMES, FACT_LABEL, MENTIONS, NAMES, NAME_KEY_LABEL, NODE_LABEL, REFERENCES, REFERENCE_FIELDS, RETRACTED_ARTICLE_LABEL, RETRACTED_LABEL, RETRACTED_MENTIONS, RETRACTED_SUPPORTS, SUPPORTS,
} from '../../src/model/graph-model';
import { BULK_STATEMENTS, DEAL_STATEMENTS, DEAL_VALUE_RANGE_STATEMENTS, INGEST_STATEMENTS, RELATION_STATEMENTS, SCHEMA_STATEMENTS, SHORTEST_PATH_STATEMENTS } from '../../src/stores/statements';

const SRC = path.resolve(__dirname, '..', '..', 'src');
const BUILDER = path.join(SRC, 'stores', 'statements.ts');
const CYPHER = /\b(MATCH|MERGE|CREATE|RETURN|UNWIND|DETACH|DELETE|CALL|FOREACH|OPTIONAL MATCH)\b/;

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    return entry.isDirectory() ? sourceFiles(full) : entry.name.endsWith('.ts') ? [full] : [];
  });
}

/** Template literals and quoted strings that read as Cypher and are built from pieces. */
export function findCypherInterpolation(text: string): string[] {
  const problems: string[] = [];
  for (const match of text.matchAll(/`(?:[^`\\]|\\.)*`/gs)) {
    if (CYPHER.test(match[0]) && match[0].includes('${')) problems.push(match[0].slice(0, 80));
  }
  for (const match of text.matchAll(/(['"`])(?:(?!\1)[^\\]|\\.)*\1\s*\+|\+\s*(['"`])(?:(?!\2)[^\\]|\\.)*\2/g)) {
    if (CYPHER.test(match[0])) problems.push(match[0].slice(0, 80));
  }
  return problems;
}

/** The static Cypher strings of a source file (those without interpolation). */
function staticCypher(text: string): string[] {
  return [...text.matchAll(/`(?:[^`\\]|\\.)*`|'(?:[^'\\\n]|\\.)*'/gs)].map((m) => m[0].slice(1, -1)).filter((s) => CYPHER.test(s) && !s.includes('${'));
}

/** Labels and relationship types a statement names: in node patterns, label predicates, SET/REMOVE and relationship patterns. */
export function namesIn(statement: string): { labels: string[]; types: string[] } {
  const labels = new Set<string>();
  const types = new Set<string>();
  const text = statement.replace(/\{[^{}]*\}/g, (m) => m.replace(/\w+\s*:\s/g, '')); // map keys (`id: $x`) are not labels
  for (const m of text.matchAll(/\(\s*\w*((?:\s*:\s*[A-Za-z_]+(?:\s*\|\s*[A-Za-z_]+)*)+)/g)) for (const l of m[1].split(/[:|]/)) if (l.trim()) labels.add(l.trim());
  for (const m of text.matchAll(/(?<![[\w])[a-z]\w*:([A-Z][A-Za-z_]*)\b/g)) labels.add(m[1]);
  for (const m of text.matchAll(/\[\s*\w*\s*:\s*([A-Z_]+(?:\s*\|\s*[A-Z_]+)*)/g)) for (const t of m[1].split('|')) types.add(t.trim());
  return { labels: [...labels], types: [...types] };
}

const MODEL_LABELS = new Set<string>([CHANGE_EVENT_LABEL, CHANGE_SEQUENCE_LABEL, NODE_LABEL, ENTITY_LABEL, FACT_LABEL, ARTICLE_LABEL, NAME_KEY_LABEL, RETRACTED_LABEL, RETRACTED_ARTICLE_LABEL, ...ENTITY_LABELS, ...FACT_KIND_NAMES]);
const MODEL_TYPES = new Set<string>([SUPPORTS, MENTIONS, NAMES, RETRACTED_SUPPORTS, RETRACTED_MENTIONS, ...FACT_KIND_NAMES.flatMap((k) => [FACT_KINDS[k].subject.rel, FACT_KINDS[k].object.rel]), ...REFERENCE_FIELDS.map((f) => REFERENCES[f].rel)]);

const BUILT: string[] = [
  ...Object.values(RELATION_STATEMENTS),
  ...Object.values(SHORTEST_PATH_STATEMENTS),
  ...Object.values(INGEST_STATEMENTS),
  ...Object.values(DEAL_VALUE_RANGE_STATEMENTS),
  DEAL_STATEMENTS.list, DEAL_STATEMENTS.statsRows, ...Object.values(DEAL_STATEMENTS.pages),
  BULK_STATEMENTS.articles, BULK_STATEMENTS.nameKeys, BULK_STATEMENTS.mentions, BULK_STATEMENTS.supports,
  ...Object.values(BULK_STATEMENTS.entities), ...Object.values(BULK_STATEMENTS.facts), ...Object.values(BULK_STATEMENTS.references),
  ...SCHEMA_STATEMENTS,
];

describe('Cypher in src/', () => {
  it('is built from pieces only in the statement builder', () => {
    const problems = sourceFiles(SRC)
      .filter((file) => file !== BUILDER)
      .flatMap((file) => findCypherInterpolation(fs.readFileSync(file, 'utf8')).map((snippet) => `${path.relative(SRC, file)}: ${snippet}`));
    expect(problems).toEqual([]);
  });

  it('lives in the stores folder only (the driver keeps its connection probe, `RETURN 1`)', () => {
    const outside = sourceFiles(SRC).filter((file) => !file.startsWith(path.join(SRC, 'stores') + path.sep) && staticCypher(fs.readFileSync(file, 'utf8')).some((s) => !s.includes('/* health.ping */')));
    expect(outside.map((file) => path.relative(SRC, file))).toEqual([]);
  });

  it('names only labels and relationship types of the graph model, in every built and hand-written statement', () => {
    const handWritten = sourceFiles(path.join(SRC, 'stores')).filter((file) => file !== BUILDER).flatMap((file) => staticCypher(fs.readFileSync(file, 'utf8')));
    expect(handWritten.length).toBeGreaterThan(20);
    const strangers = [...BUILT, ...handWritten].flatMap((statement) => {
      const { labels, types } = namesIn(statement);
      return [...labels.filter((l) => !MODEL_LABELS.has(l)).map((l) => `label ${l}`), ...types.filter((t) => !MODEL_TYPES.has(t)).map((t) => `type ${t}`)].map((what) => `${what} in ${statement.trim().slice(0, 60)}`);
    });
    expect(strangers).toEqual([]);
  });

  it('opens every built statement with its store.method name', () => {
    const unnamed = BUILT.filter((s) => !s.startsWith('CREATE CONSTRAINT') && !s.startsWith('CREATE FULLTEXT') && !/^\/\* \w+Store\.\w+ \*\//.test(s.trim()));
    expect(unnamed).toEqual([]);
  });

  it('is caught by the scans when it goes wrong', () => {
    expect(findCypherInterpolation('const q = `MATCH (n {id: "${id}"}) RETURN n`;')).toHaveLength(1);
    expect(findCypherInterpolation("const q = 'MATCH (n:' + label + ') RETURN n';").length).toBeGreaterThan(0);
    expect(findCypherInterpolation('const q = `MATCH (n {id: $id}) RETURN n`;')).toHaveLength(0);
    expect(namesIn('MATCH (a:Person {id: $id})-[:KNOWS|HIRED]->(b:Robot:Node) WHERE b:Secret RETURN a')).toEqual({ labels: ['Person', 'Robot', 'Node', 'Secret'], types: ['KNOWS', 'HIRED'] });
  });
});
