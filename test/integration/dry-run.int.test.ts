/**
 * `--dry-run` against the real embedded Neo4j: names and types are checked against the stored graph with one read,
 * and nothing is written. Fixtures are fictional (test/helpers/news-fixtures.ts).
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { dryRunFiles } from '../../src/ingest/dry-run';
import { createIngestion } from '../../src/ingest/ingestion';
import type { Db } from '../../src/neo4j/driver';
import { openTestDb, type TestDb } from '../helpers/db';
import { ENTITIES as E, makeFixtureDir, newsDocument, writeNews } from '../helpers/news-fixtures';

const ROOT = path.resolve(__dirname, '..', '..');

let testDb: TestDb;
let dir: string;
let stored: string;
let newcomer: string;

beforeAll(async () => {
  testDb = await openTestDb();
});

afterAll(async () => {
  await testDb.close();
});

beforeEach(async () => {
  await testDb.reset();
  dir = makeFixtureDir();
  stored = writeNews(dir, '001-stored.yaml', newsDocument('fixture-dry-run-stored', '2025-07', [E.ada, E.northwind], []));
  const report = await createIngestion(testDb.db).ingestFile(stored);
  expect(report).toMatchObject({ status: 'CREATED', problems: [] });
  // A lookalike of the stored organization, and the stored person's id declared as an organization.
  newcomer = writeNews(dir, '002-newcomer.yaml', newsDocument('fixture-dry-run-newcomer', '2025-08', [
    { id: 'fixture-northwind-lookalike', type: 'Organization', name: 'Northwind Fixture-Labs' },
    { id: E.ada.id, type: 'Organization', name: 'Ada Quill Fixture Holdings' },
  ], []));
});

afterEach(() => {
  fs.rmSync(dir, { recursive: true, force: true });
});

const lineOf = (file: string, needle: string) => fs.readFileSync(file, 'utf8').split('\n').findIndex((line) => line.includes(needle)) + 1;

describe('--dry-run with a reachable database', () => {
  it('reports duplicate names and type conflicts against the stored graph, at their lines, with one read and no write', async () => {
    const before = await testDb.fingerprint();
    const counted: Db = { ...testDb.db, counter: { count: 0 } };

    const report = await dryRunFiles([newcomer], { db: counted });

    expect(report.graphNotChecked).toBeNull();
    expect(report.problems).toEqual([
      {
        file: newcomer,
        line: lineOf(newcomer, 'name: Northwind Fixture-Labs'),
        path: 'entities[0].name',
        rule: 'duplicate-name',
        message: `"Northwind Fixture-Labs" has the same normalized name ("northwindfixturelabs") as Organization "${E.northwind.id}" in the stored graph; if they really differ, mark it allowSimilarName: true`,
      },
      {
        file: newcomer,
        line: lineOf(newcomer, `id: ${E.ada.id}`) + 1,
        path: 'entities[1].type',
        rule: 'type-conflict',
        message: `"${E.ada.id}" is declared as Organization here but as Person in the stored graph`,
      },
    ]);
    expect(counted.counter?.count).toBe(1);
    expect(await testDb.fingerprint()).toEqual(before);
  });

  it('finds nothing in the files the graph was ingested from', async () => {
    const report = await dryRunFiles([stored], { db: testDb.db });
    expect(report).toEqual({ files: 1, problems: [], graphNotChecked: null });
  });

  it('runs from the command line against NEO4J_URI without starting the embedded Neo4j', async () => {
    const before = await testDb.fingerprint();
    const uri = process.env.KB_TEST_NEO4J_URI as string;

    const result = spawnSync(process.execPath, ['--import', 'tsx', 'src/ingest/cli.ts', '--dry-run', dir], { cwd: ROOT, encoding: 'utf8', env: { ...process.env, NEO4J_URI: uri } });

    expect(result.stderr).not.toMatch(/embedded/i);
    expect(result.stdout.trim().split('\n')).toEqual([
      expect.stringMatching(/002-newcomer\.yaml:\d+ entities\[0\]\.name: .* \[duplicate-name\]$/),
      expect.stringMatching(/002-newcomer\.yaml:\d+ entities\[1\]\.type: .* \[type-conflict\]$/),
      `Names and types were also checked against the stored graph at ${uri}.`,
      '2 files checked: 1 valid, 1 with problems (2 problems). Nothing written (--dry-run).',
    ]);
    expect(result.status).toBe(1);
    expect(await testDb.fingerprint()).toEqual(before);
  });
});

describe('ingesting a file that conflicts with the stored graph', () => {
  it('points the duplicate name at the alias that collides, on the entity that declares it, with its line', async () => {
    // The plan sorts entities by id: the lookalike comes first there, second in the file.
    const file = writeNews(dir, '003-alias.yaml', newsDocument('fixture-dry-run-alias', '2025-08', [
      { id: 'fixture-zulu', type: 'Organization', name: 'Zulu Fixture' },
      { id: 'fixture-alpha-lookalike', type: 'Organization', name: 'Alpha Fixture', aliases: ['Northwind Fixture Labs'] },
    ], []));
    const before = await testDb.fingerprint();

    const report = await createIngestion(testDb.db).ingestFile(file);

    expect(report.status).toBe('REJECTED');
    expect(report.problems.map((p) => [p.path, p.line, p.rule])).toEqual([['entities[1].aliases[0]', lineOf(file, '- Northwind Fixture Labs'), 'duplicate-name']]);
    expect(await testDb.fingerprint()).toEqual(before);
  });

  it('points the type conflict at the type of the entity that declares it', async () => {
    const report = await createIngestion(testDb.db).ingestFile(newcomer);
    expect(report.status).toBe('REJECTED');
    expect(report.problems.map((p) => [p.path, p.line, p.rule])).toEqual([['entities[1].type', lineOf(newcomer, `id: ${E.ada.id}`) + 1, 'type-conflict']]);
  });
});
