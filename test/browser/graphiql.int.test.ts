/**
 * GraphiQL at /graphql in a real headless Chromium: the page renders from the
 * assets the server inlines (no CDN), runs `{ stats { nodes } }` against the
 * embedded Neo4j, and no request leaves loopback (every request is routed,
 * recorded, and aborted when its host is not 127.0.0.1/localhost).
 *
 * Needs Chromium (`apt-get install -y chromium`). Without it the test is
 * skipped with one warning, except in CI (CI=true), where it fails.
 * KB_CHROMIUM_PATH overrides the executable (default /usr/bin/chromium).
 * The screenshot goes to test-artifacts/graphiql.png.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { createServer } from '../../src/server';
import { describeInChromium, openLoopbackBrowser, type LoopbackBrowser } from '../helpers/browser';
import { openTestDb, type TestDb } from '../helpers/db';

const SCREENSHOT = path.resolve(__dirname, '..', '..', 'test-artifacts', 'graphiql.png');
const QUERY = '{ stats { nodes } }';

/** Text of a Monaco editor or pane as the user sees it (Monaco renders spaces as U+00A0). */
async function visibleText(page: Page, selector: string): Promise<string> {
  return page.$eval(selector, (el) => (el.textContent ?? '').replace(/\u00a0/g, ' '));
}

describeInChromium('GraphiQL')('GraphiQL in headless Chromium', () => {
  let testDb: TestDb;
  let session: LoopbackBrowser | undefined;
  let context: BrowserContext;
  let baseUrl: string;
  let requested: string[];
  let offLoopback: string[];

  beforeAll(async () => {
    testDb = await openTestDb();
    session = await openLoopbackBrowser(createServer({ db: testDb.db, config: testDb.config, log: () => {} }));
    ({ context, baseUrl, requested, offLoopback } = session);
  }, 60_000);

  afterAll(async () => {
    await session?.close();
    await testDb?.close();
  });

  it('renders from local assets and runs { stats { nodes } }', async () => {
    const page = await context.newPage();
    const pageErrors: string[] = [];
    page.on('pageerror', (error) => pageErrors.push(error.message));

    const response = await page.goto(`${baseUrl}/graphql`, { waitUntil: 'load' });
    expect(response?.status()).toBe(200);
    expect(response?.headers()['content-type']).toMatch(/text\/html/);

    // GraphiQL 5 (Monaco): the container, the execute button, then the query editor's rendered lines.
    await page.waitForSelector('.graphiql-container', { timeout: 30_000 });
    await page.waitForSelector('.graphiql-execute-button', { timeout: 30_000 });
    const editorLines = '.graphiql-query-editor .monaco-editor .view-lines';
    await page.waitForSelector(editorLines, { timeout: 30_000 });

    // Replace the default query the way a user does; insertText skips Monaco's bracket auto-closing.
    await page.click(editorLines);
    await page.keyboard.press('ControlOrMeta+A');
    await page.keyboard.press('Backspace');
    await page.keyboard.insertText(QUERY);
    expect((await visibleText(page, editorLines)).trim()).toBe(QUERY);
    // GraphiQL parses the editor after a debounce; until the active tab drops the saved
    // question's operation name, Run would send that stale name ("Cannot infer operation").
    await page.waitForFunction(() => /<untitled>/.test(document.querySelector('.graphiql-tab-active')?.textContent ?? ''), undefined, { timeout: 15_000 });

    const [graphqlResponse] = await Promise.all([
      page.waitForResponse((r) => r.request().method() === 'POST' && new URL(r.url()).pathname === '/graphql' && (r.request().postData() ?? '').replace(/\s/g, '').includes('stats{nodes}'), { timeout: 15_000 }),
      page.click('.graphiql-execute-button'),
    ]);
    expect(graphqlResponse.status()).toBe(200);

    const resultPane = '.graphiql-response';
    await page.waitForFunction((selector) => /"nodes":\s*\d+/.test((document.querySelector(selector)?.textContent ?? '').replace(/\u00a0/g, ' ')), resultPane, { timeout: 15_000 });
    const result = await visibleText(page, resultPane);
    expect(result).toMatch(/"stats":\s*\{\s*"nodes":\s*\d+\s*\}/);
    expect(result).not.toMatch(/"errors"/);

    fs.mkdirSync(path.dirname(SCREENSHOT), { recursive: true });
    await page.screenshot({ path: SCREENSHOT, fullPage: true });
    expect(pageErrors).toEqual([]);
    await page.close();
  }, 60_000);

  it('sent no request beyond loopback', () => {
    expect(requested).toContain(`GET ${baseUrl}/graphql`);
    expect(offLoopback).toEqual([]);
  });
});
