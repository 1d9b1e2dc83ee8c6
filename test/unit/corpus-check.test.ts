/**
 * The checks across files of `--dry-run`, and against what a stored graph holds, without a database: conflicts are
 * reported on the file that introduces them, at the value that collides. The documents are fictional test fixtures
 * (https://example.test/...).
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { checkCorpus } from '../../src/ingest/corpus-check';
import type { FileDeclarations } from '../../src/ingest/declarations';
import { prepareText } from '../../src/ingest/prepare';
import type { StoredEntityKeys } from '../../src/stores/entity-key-store';

const ROOT = path.resolve(__dirname, '..', '..');

function text(articleId: string, entities: string): string {
  return `# TEST FIXTURE: fictional entities and URLs.
article:
  id: ${articleId}
  title: Fixture article ${articleId}
  titleOrigin: CURATOR
  url: https://example.test/news/${articleId}
  publisher: example.test
  publishedAt: 2025-07
  language: en
  summary: A test fixture; everything in it is invented.
entities:
${entities}`;
}

function declared(file: string, articleId: string, entities: string): FileDeclarations {
  const prepared = prepareText(file, text(articleId, entities));
  if (!prepared.ok) throw new Error(`unexpected problems: ${JSON.stringify(prepared.problems)}`);
  return prepared.declarations;
}

const brief = (problems: ReturnType<typeof checkCorpus>) => problems.map((p) => [p.file, p.line, p.path, p.rule]);

const FIRST = declared('news/001-first.yaml', 'fixture-first', '  - { id: fixture-zed, type: Organization, name: Zed Fixture }\n  - { id: fixture-bee, type: Organization, name: Bee Fixture Corp }\n');

describe('checks across files', () => {
  it('report a duplicate name on the later file, at the alias that collides, with its line', () => {
    const later = declared('news/002-later.yaml', 'fixture-later', '  - id: fixture-alpha\n    type: Organization\n    name: Alpha Fixture\n    aliases: [Alpha, Bee-Fixture Corp]\n');
    const problems = checkCorpus([FIRST, later]);
    expect(brief(problems)).toEqual([['news/002-later.yaml', 15, 'entities[0].aliases[1]', 'duplicate-name']]);
    expect(problems[0].message).toBe(
      '"Bee-Fixture Corp" has the same normalized name ("beefixturecorp") as Organization "fixture-bee" in news/001-first.yaml; if they really differ, mark it allowSimilarName: true',
    );
  });

  it('report an id declared with another type on the later file, at its type', () => {
    const later = declared('news/002-later.yaml', 'fixture-later', '  - { id: fixture-ada, type: Person, name: Ada Fixture }\n  - { id: fixture-bee, type: Person, name: Bee Fixture Corp }\n');
    const problems = checkCorpus([FIRST, later]);
    expect(brief(problems)).toEqual([['news/002-later.yaml', 13, 'entities[1].type', 'type-conflict']]);
    expect(problems[0].message).toBe('"fixture-bee" is declared as Person here but as Organization in news/001-first.yaml');
  });

  it('do not blame a file that agrees with the first one after a file that conflicted, and take nothing from the rejected file', () => {
    const conflicting = declared('news/002-conflicting.yaml', 'fixture-conflicting', '  - { id: fixture-bee-two, type: Organization, name: Bee Fixture Corp }\n  - { id: fixture-new, type: Organization, name: New Fixture }\n');
    const agreeing = declared('news/003-agreeing.yaml', 'fixture-agreeing', '  - { id: fixture-bee, type: Organization, name: Bee Fixture Corp }\n  - { id: fixture-other-new, type: Organization, name: New Fixture }\n');
    expect(brief(checkCorpus([FIRST, conflicting, agreeing]))).toEqual([['news/002-conflicting.yaml', 12, 'entities[0].name', 'duplicate-name']]);
  });

  it('accept a similar name marked allowSimilarName, on either entity', () => {
    const marked = declared('news/002-later.yaml', 'fixture-later', '  - { id: fixture-bee-two, type: Organization, name: Bee Fixture Corp, allowSimilarName: true }\n');
    expect(checkCorpus([FIRST, marked])).toEqual([]);
    const markedFirst = declared('news/001-first.yaml', 'fixture-first', '  - { id: fixture-bee, type: Organization, name: Bee Fixture Corp, allowSimilarName: true }\n');
    const unmarked = declared('news/002-later.yaml', 'fixture-later', '  - { id: fixture-bee-two, type: Organization, name: Bee Fixture Corp }\n');
    expect(checkCorpus([markedFirst, unmarked])).toEqual([]);
  });

  it('report an article id used by two files, and an entity id that is another file\'s article id', () => {
    const again = declared('news/002-again.yaml', 'fixture-first', '  - { id: fixture-zed, type: Organization, name: Zed Fixture }\n');
    const entity = declared('news/003-entity.yaml', 'fixture-entity', '  - { id: fixture-first, type: Project, name: First Fixture Project }\n');
    expect(checkCorpus([FIRST, again, entity]).map((p) => [p.file, p.path, p.rule, p.message])).toEqual([
      ['news/002-again.yaml', 'article.id', 'duplicate-id', 'article id "fixture-first" is also used by news/001-first.yaml'],
      ['news/003-entity.yaml', 'entities[0].type', 'type-conflict', '"fixture-first" is declared as Project here but as Article in news/001-first.yaml'],
    ]);
  });
});

describe('checks against the stored graph', () => {
  const stored = (node: Partial<StoredEntityKeys> & Pick<StoredEntityKeys, 'id' | 'type'>): StoredEntityKeys => ({ allowSimilarName: false, keys: [], articles: ['fixture-stored-article'], ...node });

  it('take what the graph holds as coming before every file', () => {
    const graph = [stored({ id: 'fixture-bee', type: 'Person', keys: ['Person:beefixturecorp'] }), stored({ id: 'fixture-stored-zed', type: 'Organization', keys: ['Organization:zedfixture'] })];
    expect(checkCorpus([FIRST], graph).map((p) => [p.path, p.rule, p.message])).toEqual([
      ['entities[0].name', 'duplicate-name', '"Zed Fixture" has the same normalized name ("zedfixture") as Organization "fixture-stored-zed" in the stored graph; if they really differ, mark it allowSimilarName: true'],
      ['entities[1].type', 'type-conflict', '"fixture-bee" is declared as Organization here but as Person in the stored graph'],
    ]);
  });

  it('report an article id that the graph holds as an entity', () => {
    expect(brief(checkCorpus([FIRST], [stored({ id: 'fixture-first', type: 'Deal' })]))).toEqual([['news/001-first.yaml', 3, 'article.id', 'type-conflict']]);
  });

  it('accept names the graph holds for the same entity, or for one marked allowSimilarName', () => {
    const graph = [stored({ id: 'fixture-zed', type: 'Organization', keys: ['Organization:zedfixture'] }), stored({ id: 'fixture-bee-two', type: 'Organization', keys: ['Organization:beefixturecorp'], allowSimilarName: true })];
    expect(checkCorpus([FIRST], graph)).toEqual([]);
  });

  it('ignore the stored names of an entity that only the checked articles declare, since they declare it again', () => {
    const renamed = stored({ id: 'fixture-old', type: 'Organization', keys: ['Organization:zedfixture'], articles: ['fixture-first'] });
    expect(checkCorpus([FIRST], [renamed])).toEqual([]);
  });
});

describe('npm run ingest -- --dry-run', () => {
  let dir: string;
  beforeAll(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kb-dry-run-'));
    fs.writeFileSync(path.join(dir, '001-first.yaml'), text('fixture-first', '  - { id: fixture-bee, type: Organization, name: Bee Fixture Corp }\n'));
    fs.writeFileSync(path.join(dir, '002-later.yaml'), text('fixture-later', '  - { id: fixture-bee, type: Person, name: Bee Fixture Corp }\n'));
  });
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('says in one line that the stored graph was not checked when no Neo4j answers, and still checks the files', () => {
    // Port 1 refuses at once: nothing listens there.
    const started = Date.now();
    const result = spawnSync(process.execPath, ['--import', 'tsx', 'src/ingest/cli.ts', '--dry-run', path.join(dir, '002-later.yaml'), path.join(dir, '001-first.yaml')], {
      cwd: ROOT,
      encoding: 'utf8',
      env: { ...process.env, NEO4J_URI: 'bolt://127.0.0.1:1' },
    });
    expect(Date.now() - started).toBeLessThan(15_000);
    const lines = result.stdout.trim().split('\n');
    expect(lines).toEqual([
      `${path.join(dir, '002-later.yaml')}:12 entities[0].type: "fixture-bee" is declared as Person here but as Organization in ${path.join(dir, '001-first.yaml')} [type-conflict]`,
      expect.stringMatching(/^The stored graph was not checked: no Neo4j answered at bolt:\/\/127\.0\.0\.1:1: .*ECONNREFUSED/),
      '2 files checked: 1 valid, 1 with problems (1 problems). Nothing written (--dry-run).',
    ]);
    expect(result.status).toBe(1);
  });
});
