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
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { createServer } from '../../src/server';
import { openTestDb, type TestDb } from '../helpers/db';

const CHROMIUM_PATH = process.env.KB_CHROMIUM_PATH || '/usr/bin/chromium';
const CHROMIUM_FOUND = fs.existsSync(CHROMIUM_PATH);
const IN_CI = process.env.CI === 'true';
const SCREENSHOT = path.resolve(__dirname, '..', '..', 'test-artifacts', 'graphiql.png');
const QUERY = '{ stats { nodes } }';

if (!CHROMIUM_FOUND && !IN_CI) {
  console.warn(`Skipping the GraphiQL browser test: no Chromium at ${CHROMIUM_PATH} (apt-get install -y chromium, or set KB_CHROMIUM_PATH).`);
}

const LOOPBACK_HOSTS = new Set(['127.0.0.1', 'localhost', '[::1]']);

/** data: and blob: URLs never touch the network; everything else must stay on loopback. */
function isLocal(url: string): boolean {
  if (url.startsWith('data:') || url.startsWith('blob:')) return true;
  try {
    return LOOPBACK_HOSTS.has(new URL(url).hostname);
  } catch {
    return false;
  }
}

/** Text of a Monaco editor or pane as the user sees it (Monaco renders spaces as U+00A0). */
async function visibleText(page: Page, selector: string): Promise<string> {
  return page.$eval(selector, (el) => (el.textContent ?? '').replace(/\u00a0/g, ' '));
}

(CHROMIUM_FOUND || IN_CI ? describe : describe.skip)('GraphiQL in headless Chromium', () => {
  let testDb: TestDb;
  let server: http.Server | undefined;
  let browser: Browser | undefined;
  let context: BrowserContext;
  let baseUrl: string;
  const requested: string[] = [];
  const offLoopback: string[] = [];
  const flag = (url: string) => {
    if (!offLoopback.includes(url)) offLoopback.push(url);
  };

  beforeAll(async () => {
    if (!CHROMIUM_FOUND) throw new Error(`CI=true and no Chromium at ${CHROMIUM_PATH}: install it (apt-get install -y chromium) or set KB_CHROMIUM_PATH.`);
    testDb = await openTestDb();
    const yoga = createServer({ db: testDb.db, config: testDb.config, log: () => {} });
    const httpServer = http.createServer(yoga);
    server = httpServer;
    await new Promise<void>((resolve, reject) => {
      httpServer.once('error', reject);
      httpServer.listen(0, '127.0.0.1', resolve);
    });
    baseUrl = `http://127.0.0.1:${(httpServer.address() as AddressInfo).port}`;

    browser = await chromium.launch({
      executablePath: CHROMIUM_PATH,
      headless: true,
      // Without the background-networking flags Chromium phones Google hosts on its own.
      args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    });
    context = await browser.newContext({ viewport: { width: 1400, height: 900 } });
    await context.route('**/*', async (route) => {
      const url = route.request().url();
      requested.push(`${route.request().method()} ${url}`);
      if (isLocal(url)) return route.continue();
      flag(url);
      return route.abort('blockedbyclient');
    });
    await context.routeWebSocket(/.*/, (ws) => {
      requested.push(`WS ${ws.url()}`);
      if (isLocal(ws.url())) return ws.connectToServer();
      flag(ws.url());
      return ws.close();
    });
    // Anything the router did not see (e.g. a worker's own fetches) is still recorded here.
    context.on('request', (request) => {
      if (!isLocal(request.url())) flag(request.url());
    });
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
    if (server) {
      server.closeAllConnections();
      await new Promise((resolve) => server!.close(resolve));
    }
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
