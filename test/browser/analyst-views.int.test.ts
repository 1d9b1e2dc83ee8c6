/**
 * The explorer's analyst views in a real headless Chromium, over the seeded corpus: the timeline of deals and
 * hires, the offline map of sites, the deals table's filters, sorting and download links, the hub's neighbours
 * grouped by relation, and the sentence saying why a claim is displayed. No request may leave loopback.
 *
 * Needs Chromium, like test/browser/explorer.int.test.ts. Screenshots go to test-artifacts/explorer-*.png; with
 * KB_UPDATE_SCREENSHOTS=1 the map and the timeline are also written to docs/explorer-map.png and
 * docs/explorer-timeline.png.
 */
import fs from 'node:fs';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import type { BrowserContext, Page } from 'playwright-core';
import { ensureExplorerBuilt } from '../../src/explorer/build';
import { createServer } from '../../src/server';
import { describeInChromium, openLoopbackBrowser, type LoopbackBrowser } from '../helpers/browser';
import { openTestDb, type TestDb } from '../helpers/db';
import type { LabelBox } from '../helpers/explorer-hook';
import { ingestFiles, seedFiles } from '../helpers/seed';

const ROOT = path.resolve(__dirname, '..', '..');
const ARTIFACTS = path.join(ROOT, 'test-artifacts');

async function settle(page: Page): Promise<void> {
  await page.waitForFunction(() => document.body.dataset.rendering === 'false' && document.body.dataset.busy === 'false', null, { timeout: 30_000 });
}

async function text(page: Page, selector: string): Promise<string> {
  return ((await page.textContent(selector)) ?? '').replace(/\s+/g, ' ');
}

async function shoot(page: Page, name: string, docs: boolean): Promise<void> {
  fs.mkdirSync(ARTIFACTS, { recursive: true });
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.screenshot({ path: path.join(ARTIFACTS, `explorer-${name}.png`) });
  if (docs && process.env.KB_UPDATE_SCREENSHOTS === '1') await page.screenshot({ path: path.join(ROOT, 'docs', `explorer-${name}.png`) });
}


/** No two rendered node labels share a pixel. */
function expectApart(boxes: LabelBox[]): void {
  const clashes: string[] = [];
  for (let i = 0; i < boxes.length; i++) {
    for (let j = i + 1; j < boxes.length; j++) {
      const [a, b] = [boxes[i], boxes[j]];
      if (a.x1 < b.x2 && b.x1 < a.x2 && a.y1 < b.y2 && b.y1 < a.y2) clashes.push(`${a.label} × ${b.label}`);
    }
  }
  expect(clashes).toEqual([]);
}


describeInChromium('analyst views')('the explorer’s analyst views in headless Chromium', () => {
  let testDb: TestDb;
  let session: LoopbackBrowser | undefined;
  let context: BrowserContext;
  let baseUrl: string;
  let requested: string[];
  let offLoopback: string[];
  const pageErrors: string[] = [];
  const consoleErrors: string[] = [];

  beforeAll(async () => {
    const [build] = await Promise.all([
      ensureExplorerBuilt(() => {}),
      (async () => {
        testDb = await openTestDb();
        await testDb.reset();
        const reports = await ingestFiles(testDb.db, seedFiles());
        expect(reports.filter((r) => r.status === 'REJECTED')).toEqual([]);
      })(),
    ]);
    expect(build).not.toBe('unavailable');
    session = await openLoopbackBrowser(createServer({ db: testDb.db, config: testDb.config, log: () => {} }), { reducedMotion: 'reduce' });
    ({ context, baseUrl, requested, offLoopback } = session);
    context.on('page', (page) => {
      page.on('pageerror', (error) => pageErrors.push(error.message));
      // A Content-Security-Policy refusal (an inline style or script, a remote fetch) is logged as a console error.
      page.on('console', (message) => {
        if (message.type() === 'error') consoleErrors.push(message.text());
      });
    });
  }, 300_000);

  afterAll(async () => {
    await session?.close();
    await testDb?.close();
  });

  async function open(hash: string): Promise<Page> {
    const page = await context.newPage();
    await page.goto(`${baseUrl}/explore#${hash}`, { waitUntil: 'load' });
    await settle(page);
    return page;
  }

  it('places OpenAI’s deals and hires on a time axis, partial dates marked, undated ones apart; choosing one shows its sources', async () => {
    const page = await open('view=timeline&scope=openai');
    const items = await page.$$eval('#timeline-chart .tl-item', (els) => els.map((el) => ({ id: el.getAttribute('data-item'), kind: el.getAttribute('data-kind'), precision: el.getAttribute('data-precision'), partial: el.classList.contains('partial'), dash: el.querySelector('circle')?.getAttribute('stroke-dasharray') })));
    expect(items.filter((i) => i.kind === 'deal').length).toBeGreaterThan(0);
    expect(items.filter((i) => i.kind === 'hire').length).toBeGreaterThan(0);
    // A partial date (month or year) is hollow and dashed; a full one is not.
    for (const item of items) expect({ id: item.id, partial: item.partial, dashed: item.dash !== 'none' }).toEqual({ id: item.id, partial: item.precision !== 'day', dashed: item.precision !== 'day' });
    expect(items.some((i) => i.partial)).toBe(true);
    expect(await text(page, '#timeline-caption')).toMatch(/^OpenAI: \d+ dated items \(\d+ with a partial date\), \d+ undated\./);
    expect(await text(page, '#timeline-undated')).toMatch(/Undated \(\d+\)/);

    const hire = items.find((i) => i.kind === 'hire')!;
    await page.click(`#timeline-chart .tl-item[data-item="${hire.id}"]`);
    await settle(page);
    await page.waitForSelector(`#timeline-panel[data-selected="${hire.id}"]`);
    expect(await text(page, '#timeline-panel')).toMatch(/Evidence \(\d+ articles?\)/);
    expect(await page.evaluate(() => location.hash)).toContain(`sel=${encodeURIComponent(hire.id!)}`);
    expect(await page.getAttribute(`#timeline-chart .tl-item[data-item="${hire.id}"]`, 'aria-pressed')).toBe('true');
    await shoot(page, 'timeline', true);

    const deal = items.find((i) => i.kind === 'deal')!;
    await page.focus(`#timeline-chart .tl-item[data-item="${deal.id}"]`);
    await page.keyboard.press('Enter');
    await settle(page);
    await page.waitForSelector(`#timeline-panel[data-selected="${deal.id}"] [data-entity="${deal.id}"]`);

    // Everything: more items than OpenAI alone.
    await page.click('#timeline-all');
    await settle(page);
    expect(await page.evaluate(() => location.hash)).not.toContain('scope=');
    expect(await page.$$eval('#timeline-chart .tl-item', (els) => els.length)).toBeGreaterThan(items.length);
    expect(await text(page, '#timeline-caption')).toMatch(/^Everything: /);
    await page.close();
  }, 90_000);

  it('maps the sites offline, markers sized by megawatts, sites without a figure hollow and counted; choosing one shows it', async () => {
    const before = requested.length;
    const page = await open('view=map');
    const markers = await page.$$eval('#map-chart .map-marker', (els) => els.map((el) => ({ id: el.getAttribute('data-site')!, mw: el.getAttribute('data-mw'), r: Number(el.getAttribute('data-r')), hollow: el.classList.contains('no-figure') })));
    expect(markers.length).toBeGreaterThan(10);
    expect(await page.$$eval('#map-chart .map-country', (els) => els.length)).toBeGreaterThan(100);
    const sized = markers.filter((m) => m.mw).map((m) => ({ ...m, mw: Number(m.mw) })).sort((a, b) => a.mw - b.mw);
    expect(sized.length).toBeGreaterThan(5);
    // Radius grows with megawatts (area proportional): never smaller for more MW, and the largest is far larger than the smallest.
    for (let i = 1; i < sized.length; i++) expect(sized[i].r).toBeGreaterThanOrEqual(sized[i - 1].r);
    expect(sized[sized.length - 1].r).toBeGreaterThan(3 * sized[0].r);
    const hollow = markers.filter((m) => m.hollow);
    expect(hollow.length).toBeGreaterThan(0);
    const rows = await page.$$eval('#map-table tbody tr', (trs) => trs.map((tr) => tr.getAttribute('data-site')));
    const withoutFigure = await page.$$eval('#map-table tbody tr', (trs) => trs.filter((tr) => tr.querySelector('td.num')?.textContent === '—').length);
    expect(await text(page, '#map-no-figure')).toBe(` ${withoutFigure} sites without a power figure`);
    expect(rows.length).toBeGreaterThanOrEqual(markers.length);
    expect(await text(page, '#map-caption')).toMatch(/^\d+ of \d+ sites placed: \d+ at their city, \d+ at their region, \d+ at their country's centre/);

    // The marker drawn on top at its own centre is the one a pointer reaches there.
    const abilene = await page.$$eval('#map-chart .map-marker', (els) => {
      const top = els.find((el) => {
        const box = el.getBoundingClientRect();
        return document.elementFromPoint(box.x + box.width / 2, box.y + box.height / 2)?.closest('.map-marker') === el;
      });
      return { id: top!.getAttribute('data-site')! };
    });
    await page.click(`#map-chart .map-marker[data-site="${abilene.id}"]`);
    await settle(page);
    await page.waitForSelector(`#map-panel[data-selected="${abilene.id}"] [data-entity="${abilene.id}"]`);
    expect(await text(page, '#map-panel')).toContain('Location');
    await shoot(page, 'map', true);

    // Fitted to the US sites, they spread over the drawing instead of one corner of it.
    const usSpread = () => page.$$eval('#map-chart .map-marker[data-country="US"] circle', (cs) => { const xs = cs.map((c) => Number(c.getAttribute('cx'))); return Math.max(...xs) - Math.min(...xs); });
    const worldSpread = await usSpread();
    await page.selectOption('#map-zoom', 'US');
    await settle(page);
    expect(await page.evaluate(() => location.hash)).toContain('zoom=US');
    expect(await usSpread()).toBeGreaterThan(2 * worldSpread);
    await shoot(page, 'map-us', false);
    // Nothing but the page's own origin: no tiles, no fonts, no geometry from elsewhere.
    const mine = requested.slice(before);
    expect(mine.every((r) => r.includes(`${baseUrl}/`))).toBe(true);
    expect(offLoopback).toEqual([]);

    const sitesCsv = await page.getAttribute('#map-table a[data-export="sites.csv"]', 'href');
    expect(sitesCsv).toBe('/export/sites.csv');
    const csv = await (await fetch(`${baseUrl}${sitesCsv}`)).text();
    expect(parse(csv, { columns: true }).length).toBe(Number(/of (\d+) sites/.exec(await text(page, '#map-caption'))![1]));
    await page.close();
  }, 90_000);

  it('filters deals by party and role, sorts by the clicked header, and links the download to the same filter', async () => {
    const page = await open('view=numbers');
    await page.waitForSelector('#deals-table tbody tr[data-deal]');
    const all = await page.$$eval('#deals-table tbody tr[data-deal]', (trs) => trs.length);

    await page.fill('#deal-filter [name="party"]', 'Oracle');
    await page.press('#deal-filter [name="party"]', 'Enter');
    await settle(page);
    const parties = await page.$$eval('#deals-table tbody tr[data-deal] td:nth-of-type(1)', (tds) => tds.map((td) => td.textContent ?? ''));
    expect(parties.length).toBeGreaterThan(0);
    expect(parties.length).toBeLessThan(all);
    for (const p of parties) expect(p).toContain('Oracle');
    expect(await page.evaluate(() => location.hash)).toContain('party=Oracle');

    await page.selectOption('#deal-filter [name="role"]', 'PROVIDER');
    await settle(page);
    const providers = await page.$$eval('#deals-table tbody tr[data-deal] td:nth-of-type(1)', (tds) => tds.map((td) => td.textContent ?? ''));
    expect(providers.length).toBeGreaterThan(0);
    for (const p of providers) expect(p).toMatch(/Oracle \([^)]*provider/);
    expect(await text(page, '#deals-summary')).toMatch(/^\d+ deals? matching the filter/);

    // Sorting by header: the name column sorts by name, server-side.
    const firstBefore = await page.getAttribute('#deals-table tbody tr:first-child', 'data-deal');
    await page.click('#deals-table th[data-sort="name"] button');
    await settle(page);
    expect(await page.getAttribute('#deals-table th[data-sort="name"]', 'aria-sort')).toBe('ascending');
    expect(await page.evaluate(() => location.hash)).toContain('order=NAME_ASC');
    const names = await page.$$eval('#deals-table tbody tr[data-deal] th', (ths) => ths.map((th) => th.textContent ?? ''));
    expect(names.length).toBe(providers.length);
    expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b, 'en', { sensitivity: 'base' })));
    const firstAfter = await page.getAttribute('#deals-table tbody tr:first-child', 'data-deal');
    if (names.length > 1) expect(firstAfter).not.toBe(firstBefore);

    // The download carries the same filter and order, and the file holds the same deals.
    const href = (await page.getAttribute('#deals-table a[data-export="deals.csv"]', 'href'))!;
    expect(href).toBe('/export/deals.csv?party=Oracle&role=PROVIDER&orderBy=NAME_ASC');
    expect(await page.getAttribute('#deals-table a[data-export="deals.jsonl"]', 'href')).toBe('/export/deals.jsonl?party=Oracle&role=PROVIDER&orderBy=NAME_ASC');
    const csv = parse(await (await fetch(`${baseUrl}${href}`)).text(), { columns: true }) as Array<Record<string, string>>;
    const ids = await page.$$eval('#deals-table tbody tr[data-deal]', (trs) => trs.map((tr) => tr.getAttribute('data-deal')));
    expect(csv.map((row) => row.id)).toEqual(ids);

    // A reload keeps the filter; Clear drops it.
    await page.reload({ waitUntil: 'load' });
    await settle(page);
    expect(await page.inputValue('#deal-filter [name="party"]')).toBe('Oracle');
    expect(await page.$$eval('#deals-table tbody tr[data-deal]', (trs) => trs.length)).toBe(providers.length);
    await page.click('#deal-filter button[type="reset"]');
    await settle(page);
    await page.waitForFunction(() => !location.hash.includes('party='));
    await settle(page);
    expect(await page.$$eval('#deals-table tbody tr[data-deal]', (trs) => trs.length)).toBe(all);

    // Min annualized value.
    await page.fill('#deal-filter [name="minAnnualizedUsd"]', '10000000000');
    await page.press('#deal-filter [name="minAnnualizedUsd"]', 'Enter');
    await settle(page);
    const big = await page.$$eval('#deals-table tbody tr[data-deal]', (trs) => trs.length);
    expect(big).toBeGreaterThan(0);
    expect(big).toBeLessThan(all);

    // The value column sorts by total USD value, server-side; the kind filter offers the DealKind values.
    await page.click('#deals-table th[data-sort="total"] button');
    await settle(page);
    expect(await page.evaluate(() => location.hash)).toContain('order=TOTAL_USD_DESC');
    expect(await page.$$eval('#deal-filter [name="kind"] option', (options) => options.map((o) => (o as HTMLOptionElement).value))).toEqual(expect.arrayContaining(['', 'CLOUD_CAPACITY', 'CHIP_SUPPLY']));

    // The hires download is the chosen organization's, and the server answers it.
    const hiresHref = (await page.getAttribute('#hires-downloads a[data-export="hires.csv"]', 'href'))!;
    expect(hiresHref).toMatch(/^\/export\/hires\.csv\?to=[a-z0-9-]+$/);
    expect((await fetch(`${baseUrl}${hiresHref}`)).status).toBe(200);
    await page.close();
  }, 90_000);

  it('groups OpenAI’s neighbours by relation with counts, labels apart, and opens a group on a tap', async () => {
    const page = await open('view=graph&id=openai');
    await page.waitForSelector('#cy[data-layout="done"]');
    const groups = await page.evaluate(() => window.__explorer.groups());
    expect(groups.length).toBeGreaterThanOrEqual(2);
    for (const g of groups) expect(g.label).toMatch(/^(← )?[A-Z_]+ · \d+$/);
    expect(groups.every((g) => !g.open)).toBe(true);
    const partyTo = groups.find((g) => g.key === 'PARTY_TO>');
    expect(partyTo?.label).toMatch(/^PARTY_TO · \d+$/);
    // People point at OpenAI (EMPLOYED_BY, HIRED_BY): a group of links towards the hub.
    expect(groups.some((g) => g.key.startsWith('<'))).toBe(true);
    // Far fewer things drawn than the neighbourhood holds.
    const drawn = await page.evaluate(() => window.__explorer.labelBoxes().length);
    const entities = await page.evaluate(() => window.__explorer.nodes().length);
    expect(drawn).toBeLessThan(entities / 2);
    expectApart(await page.evaluate(() => window.__explorer.labelBoxes()));
    await shoot(page, 'grouped-hub', false);

    // Tapping the group opens it: its members are drawn inside it, labels still apart.
    const count = Number(/· (\d+)$/.exec(partyTo!.label)![1]);
    await page.evaluate((key) => window.__explorer.tapGroup(key), 'PARTY_TO>');
    await settle(page);
    await page.waitForSelector('#cy[data-layout="done"]');
    const opened = (await page.evaluate(() => window.__explorer.groups())).find((g) => g.key === 'PARTY_TO>')!;
    expect(opened).toMatchObject({ open: true, members: count });
    expect(await page.evaluate(() => location.hash)).toContain('gx=PARTY_TO%3E');
    expectApart(await page.evaluate(() => window.__explorer.labelBoxes()));
    await shoot(page, 'grouped-hub-open', false);

    // A selected link is never folded away: the group holding its person opens by itself.
    await page.goto(`${baseUrl}/explore#view=graph&id=openai&sel=hire--spas-lazarov--openai`);
    await settle(page);
    await page.waitForSelector('#cy[data-layout="done"]');
    expect(await page.evaluate(() => window.__explorer.groups().some((g) => g.open))).toBe(true);
    expect(await page.evaluate(() => window.__explorer.labelBoxes().some((b) => b.id === 'spas-lazarov'))).toBe(true);

    // The organization's panel opens its timeline.
    await page.goto(`${baseUrl}/explore#view=graph&id=openai`);
    await settle(page);
    await page.click('#panel [data-timeline="openai"]');
    await settle(page);
    expect(await page.evaluate(() => location.hash)).toBe('#view=timeline&scope=openai');
    expect(await page.$$eval('#timeline-chart .tl-item', (els) => els.length)).toBeGreaterThan(0);
    await page.close();
  }, 90_000);

  it('says in words why the displayed value of the Oracle–OpenAI deal is the one shown', async () => {
    const page = await open('view=graph&id=oracle-openai-cloud');
    await page.waitForSelector('#panel [data-claims="Value"] .claim-reason');
    const reason = await text(page, '#panel [data-claims="Value"] .claim-reason');
    expect(reason).toMatch(/^Shown because it is the most recent report from a source not marked weak \(CDO Magazine via WSJ, 19 Sep 2025\); /);
    expect(reason).toContain('the 2 Jul 2025 report by Indebta via Financial Times says about $30B a year');
    expect(reason).toContain('the undated report by actualitecloud.com says more than $30B a year');
    expect(reason).toContain('Retracted articles are not counted.');
    await page.close();
  }, 60_000);

  it('raised no page error, broke no Content-Security-Policy rule and sent no request beyond loopback', () => {
    expect(pageErrors).toEqual([]);
    expect(consoleErrors).toEqual([]);
    expect(offLoopback).toEqual([]);
  });
});
