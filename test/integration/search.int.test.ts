/**
 * Full-text search against the seed corpus: words match as themselves, as prefixes and with one typo, stop words are
 * ignored, query syntax in the text is inert, and hits come with descending scores, names before quotes and notes.
 * Last, a retraction: its quotes stop matching, and ingesting the article again brings them back.
 */
import path from 'node:path';
import { createIngestion } from '../../src/ingest/ingestion';
import type { TestDb } from '../helpers/db';
import { ensureSchema } from '../../src/stores/schema-store';
import { ingestFiles, openSeededDb, SEED_DIR, seedFiles } from '../helpers/seed';
import { createTestServer } from '../helpers/server';

let testDb: TestDb;
let gql: ReturnType<typeof createTestServer>['gql'];

beforeAll(async () => {
  testDb = await openSeededDb();
  gql = createTestServer(testDb).gql;
}, 300_000);

afterAll(async () => {
  await testDb.close();
});

const HIT = '__typename ... on Node { id } ... on Person { name } ... on Project { name } ... on Article { title }';

type Hit = { score: number; matchedIn: 'NAME' | 'QUOTE' | 'NOTE'; matchedTexts: string[]; node: { __typename: string; id: string; name?: string } };

async function searchHits(text: string, first = 50): Promise<Hit[]> {
  const response = await gql(`query($text: String!, $first: Int) { searchHits(text: $text, first: $first) { score matchedIn matchedTexts node { ${HIT} } } }`, { text, first });
  expect(response.errors).toBeUndefined();
  return response.data.searchHits;
}

async function search(text: string): Promise<Array<{ __typename: string; id: string }>> {
  const response = await gql(`query($text: String!) { search(text: $text, first: 50) { ${HIT} } }`, { text });
  expect(response.errors).toBeUndefined();
  return response.data.search;
}

describe('search', () => {
  it('finds Spas Lazarov from the start of his name: search(text: "Lazar")', async () => {
    expect((await search('Lazar')).map((hit) => hit.id)).toContain('spas-lazarov');
  });

  it('finds Spas Lazarov through a one-letter typo: "Lazarof", "Lazerov"', async () => {
    expect((await search('Lazarof')).map((hit) => hit.id)).toContain('spas-lazarov');
    expect((await search('Spas Lazerov')).map((hit) => hit.id)).toContain('spas-lazarov');
  });

  it('requires every word: "Lazarov Stargate" finds no Spas Lazarov', async () => {
    expect((await search('Lazarov Stargate')).map((hit) => hit.id)).not.toContain('spas-lazarov');
  });

  it('ignores stop words as the index does: "the Stargate" and "Stargate and" find what "Stargate" finds', async () => {
    const ids = async (text: string) => (await search(text)).map((hit) => hit.id);
    const stargate = await ids('Stargate');
    expect(stargate.length).toBeGreaterThan(0);
    expect(await ids('the Stargate')).toEqual(stargate);
    expect(await ids('Stargate and')).toEqual(stargate);
    expect(await ids('Stargate Abilene')).toContain('abilene');
  });

  it('finds what mentions "Trainium2" from "Trainium": the Data Centre Magazine article, through its summary', async () => {
    expect((await search('Trainium')).map((hit) => hit.id)).toContain('datacentremagazine-dec-2025-rainier');
  });

  it('ranks an entity named by the text first: "Stargate" finds the Stargate project at the top', async () => {
    const hits = await searchHits('Stargate', 5);
    expect(hits.map((hit) => hit.node.id)).toContain('stargate');
  });

  it.each(['OpenAI (', 'a:b', '*', 'title:(x OR y)', '"unclosed', 'AND', '\\', 'x~2^3', '[a TO z]', '&& || !'])(
    'treats Lucene syntax in the text as plain text: %p answers without an error',
    async (text) => {
      const response = await gql('query($text: String!) { searchHits(text: $text) { score } search(text: $text) { __typename } }', { text });
      expect(response.errors).toBeUndefined();
    },
  );

  it('answers the longest texts the limits allow: one 500-letter word, 16 long words, 500 ideographs', async () => {
    const longWords = Array.from({ length: 16 }, (_, i) => `${String.fromCharCode(97 + i)}${'x'.repeat(29)}`).join(' ');
    for (const text of ['x'.repeat(500), longWords, '中'.repeat(500)]) {
      const response = await gql('query($text: String!) { searchHits(text: $text, first: 50) { score } }', { text });
      expect(response.errors).toBeUndefined();
    }
  });

  it('finds OpenAI when the text is "OpenAI (" and nothing for "*"', async () => {
    expect((await search('OpenAI (')).map((hit) => hit.id)).toContain('openai');
    expect(await search('*')).toEqual([]);
  });

  it('returns hits best first: name hits before quote and note hits, scores positive and descending within each', async () => {
    for (const text of ['OpenAI', 'Lazar', 'Stargate Abilene', 'Trainium', 'Stargate', 'Oracle']) {
      const hits = await searchHits(text);
      expect(hits.length).toBeGreaterThan(0);
      const tiers = hits.map((hit) => (hit.matchedIn === 'NAME' ? 0 : 1));
      expect(tiers).toEqual([...tiers].sort());
      for (const tier of [0, 1]) {
        const scores = hits.filter((_, i) => tiers[i] === tier).map((hit) => hit.score);
        expect(scores.every((score) => score > 0)).toBe(true);
        expect(scores).toEqual([...scores].sort((a, b) => b - a));
      }
    }
  });

  it('says a name hit matched in its name and shows no quote: "Lazar" finds Spas Lazarov as NAME', async () => {
    const lazarov = (await searchHits('Lazar')).find((hit) => hit.node.id === 'spas-lazarov');
    expect(lazarov).toMatchObject({ matchedIn: 'NAME', matchedTexts: [] });
  });

  it('finds an entity from a word only one of its quotes holds, and shows that quote verbatim', async () => {
    const hits = await searchHits(QUOTE_ONLY_WORD);
    const deal = hits.find((hit) => hit.node.id === 'oracle-openai-cloud');
    expect(deal).toMatchObject({ matchedIn: 'QUOTE', matchedTexts: [QUOTE] });
    expect(hits.every((hit) => hit.matchedIn !== 'NAME')).toBe(true);
  });

  it('finds the entities a fact stands at through the fact\'s quote: a hire\'s quote finds the person and the organization', async () => {
    const hits = await searchHits('ravi rejoindre');
    for (const id of ['spas-lazarov', 'openai']) {
      expect(hits.find((hit) => hit.node.id === id)).toMatchObject({ matchedIn: 'QUOTE', matchedTexts: [expect.stringContaining('Je suis ravi de rejoindre OpenAI')] });
    }
  });

  it('finds a quote through the start of a word and a one-letter typo, accents folded', async () => {
    for (const text of ['multimillion', 'multimilionnaires', 'MULTIMILLIONNAIRES conventions']) {
      expect((await searchHits(text)).map((hit) => hit.node.id)).toContain('oracle-openai-cloud');
    }
  });

  it('finds an entity through a curator\'s note, as NOTE with that note', async () => {
    const hits = await searchHits('hedge lease contract');
    const site = hits.find((hit) => hit.node.id === 'abilene');
    expect(site?.matchedIn).toBe('NOTE');
    expect(site?.matchedTexts).toEqual([expect.stringContaining("DCD's hedge that the site's lease contract")]);
  });

  it('returns the same nodes in the same order from search and searchHits', async () => {
    const hits = await searchHits('OpenAI');
    expect((await search('OpenAI')).map((hit) => hit.id)).toEqual(hits.map((hit) => hit.node.id));
  });
});

const QUOTE_ONLY_WORD = 'multimillionnaires';
const QUOTE = 'Ce projet s’accompagne de conventions cloud multimillionnaires, dont un accord avec Oracle';
const QUOTE_ARTICLE = 'actualitecloud-lazarov-openai';

describe('search after a retraction', () => {
  it('no longer finds an entity through a retracted article\'s quote, and finds it again once the article is ingested again', async () => {
    const ingestion = createIngestion(testDb.db);
    expect((await ingestion.retract(QUOTE_ARTICLE, 'search test')).status).toBe('RETRACTED');
    expect((await searchHits(QUOTE_ONLY_WORD)).map((hit) => hit.node.id)).not.toContain('oracle-openai-cloud');
    expect((await search('Oracle OpenAI cloud contract')).map((hit) => hit.id)).toContain('oracle-openai-cloud');
    const report = await ingestion.ingestFile(path.join(SEED_DIR, '001-actualitecloud-lazarov.yaml'));
    expect(report.status).toBe('UPDATED');
    expect((await searchHits(QUOTE_ONLY_WORD)).find((hit) => hit.node.id === 'oracle-openai-cloud')).toMatchObject({ matchedIn: 'QUOTE', matchedTexts: [QUOTE] });
  });
});

describe('a database written before the quotes and notes index', () => {
  it('gets the index at start and its quotes back by seeding again, every article rewritten once', async () => {
    await testDb.cypher('DROP INDEX search_notes');
    await testDb.cypher('MATCH (e:Entity) REMOVE e.quoteText, e.noteText');
    // What an older version stored: a plan hash without the derivation version.
    await testDb.cypher("MATCH (a:Article) SET a.hash = 'hash-before-derivation-2'");
    await ensureSchema(testDb.db);
    expect(await searchHits(QUOTE_ONLY_WORD)).toEqual([]);
    const reports = await ingestFiles(testDb.db, seedFiles());
    expect(new Set(reports.map((r) => r.status))).toEqual(new Set(['UPDATED']));
    expect((await searchHits(QUOTE_ONLY_WORD)).map((hit) => hit.node.id)).toContain('oracle-openai-cloud');
    expect(new Set((await ingestFiles(testDb.db, seedFiles())).map((r) => r.status))).toEqual(new Set(['UNCHANGED']));
  }, 300_000);
});
