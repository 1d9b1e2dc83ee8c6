/**
 * Headless Chromium for browser tests: Debian's /usr/bin/chromium (or
 * KB_CHROMIUM_PATH) through playwright-core, the server on 127.0.0.1:0, and a
 * guard that records every request and aborts any that would leave loopback.
 *
 * Without Chromium a suite is skipped with one warning, except in CI
 * (CI=true), where its beforeAll fails instead.
 */
import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { chromium, type Browser, type BrowserContext, type BrowserContextOptions } from 'playwright-core';
import type { KbServer } from '../../src/server';

export const CHROMIUM_PATH = process.env.KB_CHROMIUM_PATH || '/usr/bin/chromium';
const CHROMIUM_FOUND = fs.existsSync(CHROMIUM_PATH);
const IN_CI = process.env.CI === 'true';
const LOOPBACK_HOSTS = new Set(['127.0.0.1', 'localhost', '[::1]']);

/** `describe` when Chromium is there (or in CI), `describe.skip` with one warning otherwise. */
export function describeInChromium(what: string): jest.Describe {
  if (CHROMIUM_FOUND || IN_CI) return describe;
  // Written straight to stderr: jest drops the buffered console of a file whose tests are all skipped.
  process.stderr.write(`Skipping the ${what} browser test: no Chromium at ${CHROMIUM_PATH} (apt-get install -y chromium, or set KB_CHROMIUM_PATH).\n`);
  return describe.skip;
}

/** data: and blob: URLs never touch the network; everything else must stay on loopback. */
function isLocal(url: string): boolean {
  if (url.startsWith('data:') || url.startsWith('blob:')) return true;
  try {
    return LOOPBACK_HOSTS.has(new URL(url).hostname);
  } catch {
    return false;
  }
}

export interface LoopbackBrowser {
  baseUrl: string;
  context: BrowserContext;
  /** Every request the pages made, as `METHOD url` (`WS url` for web sockets). */
  requested: string[];
  /** Requests that would have left loopback; they were aborted. */
  offLoopback: string[];
  close(): Promise<void>;
}

/** Serves `yoga` on 127.0.0.1:0 and opens a Chromium context whose requests cannot leave loopback. */
export async function openLoopbackBrowser(yoga: KbServer, contextOptions: BrowserContextOptions = {}): Promise<LoopbackBrowser> {
  if (!CHROMIUM_FOUND) throw new Error(`CI=true and no Chromium at ${CHROMIUM_PATH}: install it (apt-get install -y chromium) or set KB_CHROMIUM_PATH.`);
  const server = http.createServer(yoga);
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', resolve);
  });
  const baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  let browser: Browser | undefined;
  const close = async () => {
    await browser?.close();
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
  };
  try {
    browser = await chromium.launch({
      executablePath: CHROMIUM_PATH,
      headless: true,
      // Without the background-networking flags Chromium phones Google hosts on its own.
      args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    });
    const context = await browser.newContext({ viewport: { width: 1400, height: 900 }, ...contextOptions });
    const requested: string[] = [];
    const offLoopback: string[] = [];
    const flag = (url: string) => {
      if (!offLoopback.includes(url)) offLoopback.push(url);
    };
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
    return { baseUrl, context, requested, offLoopback, close };
  } catch (error) {
    await close();
    throw error;
  }
}
