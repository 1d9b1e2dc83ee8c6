/**
 * Small, fictional news documents for the ingestion tests, written as YAML to a
 * temporary folder. Every organization, person, deal and URL here is invented
 * (URLs under https://example.test/); none of it is a real fact.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import YAML from 'yaml';
import type { NewsFileInput } from '../../src/ingest/news-schema';

export const FIXTURE_DIR = path.resolve(__dirname, '..', 'fixtures', 'news');

type Entity = NewsFileInput['entities'][number];
type Fact = NonNullable<NewsFileInput['facts']>[number];

/** The fictional cast, shared by the documents below. */
export const ENTITIES = {
  ada: { id: 'fixture-ada-quill', type: 'Person', name: 'Ada Quill' },
  northwind: { id: 'fixture-northwind-labs', type: 'Organization', name: 'Northwind Fixture Labs', kind: 'AI_LAB' },
  bluefin: { id: 'fixture-bluefin-cloud', type: 'Organization', name: 'Bluefin Fixture Cloud', kind: 'CLOUD_PROVIDER' },
  kestrel: { id: 'fixture-kestrel-ventures', type: 'Organization', name: 'Kestrel Fixture Ventures', kind: 'INVESTOR' },
  deal: { id: 'fixture-bluefin-northwind-deal', type: 'Deal', name: 'Bluefin–Northwind fixture capacity deal' },
  lighthouse: { id: 'fixture-project-lighthouse', type: 'Project', name: 'Project Lighthouse (fixture)' },
} satisfies Record<string, Entity>;

const E = ENTITIES;

/** Fact builders over the cast; the optional arguments are what the tests vary. */
export const FACTS = {
  employment: (title: string): Fact => ({ type: 'employment', person: E.ada.id, org: E.northwind.id, title, current: true, evidence: { quote: `Ada Quill, ${title} at Northwind` } }),
  membership: (): Fact => ({ type: 'membership', person: E.ada.id, org: E.bluefin.id, role: 'advisory board', evidence: { quote: 'Quill also sits on the Bluefin advisory board' } }),
  deal: (amount: number, qualifier: 'EXACT' | 'ABOUT' = 'EXACT'): Fact => ({
    type: 'deal',
    deal: E.deal.id,
    kind: 'CLOUD_CAPACITY',
    status: 'SIGNED',
    parties: [
      { org: E.northwind.id, roles: ['BUYER'] },
      { org: E.bluefin.id, roles: ['PROVIDER'] },
    ],
    value: { amount, currency: 'USD', period: 'PER_YEAR', qualifier },
    evidence: { quote: 'a fictional capacity contract' },
  }),
  stake: (): Fact => ({ type: 'ownership', owner: E.kestrel.id, owned: E.northwind.id, kind: 'EQUITY_STAKE', percent: { value: 10 } }),
  participation: (): Fact => ({ type: 'participation', org: E.northwind.id, project: E.lighthouse.id, roles: ['OPERATOR'] }),
} as const;

export const factIds = {
  employment: `employment--${E.ada.id}--${E.northwind.id}`,
  membership: `membership--${E.ada.id}--${E.bluefin.id}`,
  stake: `ownership--${E.kestrel.id}--${E.northwind.id}--equity_stake`,
  buyer: `dealparty--${E.northwind.id}--${E.deal.id}`,
  provider: `dealparty--${E.bluefin.id}--${E.deal.id}`,
  participation: `participation--${E.northwind.id}--${E.lighthouse.id}`,
};

export function newsDocument(articleId: string, publishedAt: string | null, entities: Entity[], facts: Fact[]): NewsFileInput {
  return {
    article: {
      id: articleId,
      title: `Fixture article ${articleId}`,
      titleOrigin: 'CURATOR',
      url: `https://example.test/news/${articleId}`,
      publisher: 'example.test',
      publishedAt,
      language: 'en',
      summary: 'A test fixture: the organizations, people and figures in it are invented.',
    },
    entities,
    facts,
  };
}

export function makeFixtureDir(): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), 'kb-news-fixtures-'));
}

/** Writes a document (or raw text) as `<dir>/<name>` and returns its path. */
export function writeNews(dir: string, name: string, doc: NewsFileInput | string): string {
  const file = path.join(dir, name);
  const text = typeof doc === 'string' ? doc : `# TEST FIXTURE: fictional entities and URLs, no real facts.\n${YAML.stringify(doc)}`;
  fs.writeFileSync(file, text);
  return file;
}
