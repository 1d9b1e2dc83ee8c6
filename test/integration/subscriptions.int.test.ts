/**
 * Live subscriptions over server-sent events against the real graph, in process: each subscription gets what the
 * change feed records for it as the write commits, filtered as asked; a subscriber that comes back with the last seq
 * it received gets what it missed from the feed, once; bad arguments and a missing API key are refused before any
 * stream starts. Across replicas through a real Redis: test/integration/subscriptions-replicas.int.test.ts.
 */
import YAML from 'yaml';
import { openTestDb, type TestDb } from '../helpers/db';
import { ENTITIES as E, FACTS, newsDocument } from '../helpers/news-fixtures';
import { createTestServer } from '../helpers/server';
import { subscribe } from '../helpers/sse';
import { createServer } from '../../src/server';
import { createLiveBus } from '../../src/shared-state/live-bus';
import { timeUntil } from '../helpers/processes';

const TOKEN = 'a-test-token-of-32-characters!!';
const bearer = { authorization: `Bearer ${TOKEN}` };
const URL = 'http://kb.test/graphql';

const INGEST = 'mutation ($document: String!) { ingestArticle(document: $document) { status } }';
const RETRACT = 'mutation ($id: ID!) { retractArticle(id: $id) { status } }';
const VALUE_CHANGED = 'subscription ($entity: ID, $after: Int) { valueChanged(entity: $entity, after: $after) { seq kind articleId targetId field before after } }';
const DEAL_CHANGED = `subscription ($min: Float, $party: String, $status: DealStatus, $after: Int) {
  dealChanged(minAnnualizedUsd: $min, party: $party, status: $status, after: $after) {
    seq dealId deal { id annualizedUsd status } articleId article { id } changes { seq kind targetId field }
  }
}`;
const HIRE_ADDED = 'subscription ($to: String, $from: String) { hireAdded(to: $to, from: $from) { seq hireId hire { id title from { id } } article { id } } }';

const hire = () => ({ type: 'hire' as const, person: E.ada.id, org: E.northwind.id, from: E.bluefin.id, title: 'Research Lead', evidence: { quote: 'Northwind hired Ada Quill from Bluefin' } });
const dealDoc = (id: string, amount: number) => `# TEST FIXTURE: fictional entities and URLs, no real facts.\n${YAML.stringify(newsDocument(id, '2025-07-04', [E.ada, E.northwind, E.bluefin, E.deal], [FACTS.deal(amount)]))}`;
const hireDoc = (id: string) => `# TEST FIXTURE: fictional entities and URLs, no real facts.\n${YAML.stringify(newsDocument(id, '2025-07-05', [E.ada, E.northwind, E.bluefin], [hire()]))}`;

let testDb: TestDb;
let server: ReturnType<typeof createTestServer>;
const fetchIn = (url: string, init: RequestInit) => server.yoga.fetch(url, init);

beforeAll(async () => {
  testDb = await openTestDb();
  server = createTestServer(testDb, { adminToken: TOKEN });
});

afterAll(async () => {
  await server.yoga.dispose();
  await testDb.close();
});

beforeEach(async () => {
  await testDb.reset();
});

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('live subscriptions', () => {
  it('delivers a deal value change, before and after, to the subscriber of that deal, with the feed\'s seq', async () => {
    await server.gql(INGEST, { document: dealDoc('fixture-live-a', 1e9) }, bearer);
    const sub = await subscribe(fetchIn, URL, VALUE_CHANGED, { entity: E.deal.id });
    try {
      expect(sub.status).toBe(200);
      expect((await server.gql(INGEST, { document: dealDoc('fixture-live-a', 2e9) }, bearer)).data.ingestArticle.status).toBe('UPDATED');
      await sub.waitFor(1);
      const event = sub.received[0].data.valueChanged;
      expect(event).toMatchObject({ kind: 'VALUE_CHANGED', articleId: 'fixture-live-a', targetId: E.deal.id });
      const values = sub.received.map((r) => r.data.valueChanged).filter((e) => e.field === 'value');
      expect(JSON.parse(values[0].before).amount).toBe(1e9);
      expect(JSON.parse(values[0].after).amount).toBe(2e9);
      const feed = (await server.gql('{ changes(first: 100) { edges { node { seq kind targetId field } } } }')).data.changes.edges.map((e: any) => e.node);
      expect(feed).toContainEqual({ seq: event.seq, kind: 'VALUE_CHANGED', targetId: E.deal.id, field: event.field });
    } finally {
      sub.close();
    }
  });

  it('delivers a deal only once it passes the filters, one event per deal per write, with the deal as it is now', async () => {
    const sub = await subscribe(fetchIn, URL, DEAL_CHANGED, { min: 1.5e9, status: 'SIGNED', party: E.northwind.name });
    try {
      await server.gql(INGEST, { document: dealDoc('fixture-live-b', 1e9) }, bearer);
      await server.gql(INGEST, { document: dealDoc('fixture-live-b', 2e9) }, bearer);
      await sub.waitFor(1);
      await sleep(200);
      expect(sub.received).toHaveLength(1);
      const change = sub.received[0].data.dealChanged;
      expect(change).toMatchObject({ dealId: E.deal.id, deal: { id: E.deal.id, annualizedUsd: 2e9, status: 'SIGNED' }, articleId: 'fixture-live-b', article: { id: 'fixture-live-b' } });
      expect(change.changes.map((c: any) => c.kind)).toContain('VALUE_CHANGED');
      expect(change.seq).toBe(Math.max(...change.changes.map((c: any) => c.seq)));
    } finally {
      sub.close();
    }
  });

  it('tells a removed deal only to a subscription without filters', async () => {
    await server.gql(INGEST, { document: dealDoc('fixture-live-c', 2e9) }, bearer);
    const [all, filtered] = [await subscribe(fetchIn, URL, DEAL_CHANGED), await subscribe(fetchIn, URL, DEAL_CHANGED, { min: 1 })];
    try {
      expect((await server.gql(RETRACT, { id: 'fixture-live-c' }, bearer)).data.retractArticle.status).toBe('RETRACTED');
      await all.waitFor(1);
      await sleep(200);
      expect(all.received[0].data.dealChanged).toMatchObject({ dealId: E.deal.id, deal: null });
      expect(all.received[0].data.dealChanged.changes.map((c: any) => c.kind)).toEqual(expect.arrayContaining(['ENTITY_REMOVED', 'FACT_REMOVED']));
      expect(filtered.received).toHaveLength(0);
    } finally {
      all.close();
      filtered.close();
    }
  });

  it('delivers a new hire to the subscribers of its organizations, and not a second source for it', async () => {
    const [to, from, other] = [
      await subscribe(fetchIn, URL, HIRE_ADDED, { to: E.northwind.name }),
      await subscribe(fetchIn, URL, HIRE_ADDED, { from: E.bluefin.id }),
      await subscribe(fetchIn, URL, HIRE_ADDED, { to: E.bluefin.id }),
    ];
    try {
      await server.gql(INGEST, { document: hireDoc('fixture-live-d') }, bearer);
      await server.gql(INGEST, { document: hireDoc('fixture-live-e') }, bearer);
      await Promise.all([to.waitFor(1), from.waitFor(1)]);
      await sleep(300);
      for (const sub of [to, from]) {
        expect(sub.received).toHaveLength(1);
        expect(sub.received[0].data.hireAdded).toMatchObject({ hireId: `hire--${E.ada.id}--${E.northwind.id}`, hire: { title: 'Research Lead', from: { id: E.bluefin.id } }, article: { id: 'fixture-live-d' } });
      }
      expect(other.received).toHaveLength(0);
    } finally {
      [to, from, other].forEach((sub) => sub.close());
    }
  });

  it('replays from the feed what a subscriber missed after the seq it gives, then goes on live, none twice', async () => {
    await server.gql(INGEST, { document: dealDoc('fixture-live-f', 1e9) }, bearer);
    const first = await subscribe(fetchIn, URL, VALUE_CHANGED);
    await server.gql(INGEST, { document: dealDoc('fixture-live-f', 2e9) }, bearer);
    await first.waitFor(1);
    await sleep(200);
    const seen = first.received.map((r) => r.data.valueChanged);
    first.close();
    const lastSeq = seen[0].seq - 1;

    await server.gql(INGEST, { document: dealDoc('fixture-live-f', 3e9) }, bearer);
    // Back with the seq before the first event it got: that event again, then the one it missed, then live ones.
    const again = await subscribe(fetchIn, URL, VALUE_CHANGED, {}, { 'last-event-id': String(lastSeq) });
    try {
      await again.waitFor(seen.length + 1);
      await server.gql(INGEST, { document: dealDoc('fixture-live-f', 4e9) }, bearer);
      await again.waitFor(seen.length + 2);
      await sleep(200);
      const amounts = again.received.map((r) => r.data.valueChanged).filter((e) => e.field === 'value').map((e) => JSON.parse(e.after).amount);
      expect(amounts).toEqual([2e9, 3e9, 4e9]);
      const seqs = again.received.map((r) => r.data.valueChanged.seq);
      expect(seqs).toEqual([...new Set(seqs)].sort((a, b) => a - b));
      expect(seqs[0]).toBe(seen[0].seq);
    } finally {
      again.close();
    }
  });

  it('lets go of a subscriber as soon as its client leaves, with no write needed to notice', async () => {
    const live = createLiveBus(null, undefined);
    const own = createServer({ db: testDb.db, config: testDb.config, live, log: () => undefined });
    try {
      const subs = [await subscribe((url, init) => own.fetch(url, init), URL, VALUE_CHANGED), await subscribe((url, init) => own.fetch(url, init), URL, HIRE_ADDED)];
      expect(await timeUntil(async () => live.subscribers() === 2, 3000)).not.toBeNull();
      subs.forEach((sub) => sub.close());
      expect(await timeUntil(async () => live.subscribers() === 0, 3000)).not.toBeNull();
    } finally {
      await own.dispose();
    }
  });

  it('refuses a bad after with BAD_USER_INPUT, and a subscription without the API key with 401, before streaming', async () => {
    const bad = await subscribe(fetchIn, URL, VALUE_CHANGED, { after: -1 });
    await bad.waitFor(1);
    bad.close();
    expect(bad.received[0].errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'after' });

    const keyed = createServer({ db: testDb.db, config: { ...testDb.config, apiKeys: ['analyst-key-aaaaaaaaaaaaaaaa'] }, log: () => undefined });
    try {
      const refused = await subscribe((url, init) => keyed.fetch(url, init), URL, VALUE_CHANGED);
      expect(refused.status).toBe(401);
      const allowed = await subscribe((url, init) => keyed.fetch(url, init), URL, VALUE_CHANGED, {}, { 'x-api-key': 'analyst-key-aaaaaaaaaaaaaaaa' });
      expect(allowed.status).toBe(200);
      allowed.close();
    } finally {
      await keyed.dispose();
    }
  });
});

