/**
 * The explorer's pure parts: the static file resolver's traversal guard, the
 * formatting of claims as analysts read them, WCAG AA contrast of the white
 * badge text on every entity colour, and the server's request limits on every
 * query the explorer sends.
 */
import path from 'node:path';
import { createYoga, type Plugin } from 'graphql-yoga';
import { loadConfig } from '../../src/config';
import { resolveExplorerFile } from '../../src/explorer/serve';
import { requestLimitPlugins } from '../../src/request-limits';
import { createSchema } from '../../src/server';
import { formatDate, formatMoney, formatPower, sourceLabel } from '../../explorer/src/format';
import { validKnownAt, withKnownAt } from '../../explorer/src/as-of';
import { TYPE_STYLE } from '../../explorer/src/theme';

describe('resolveExplorerFile', () => {
  const root = path.resolve('/srv/explorer/dist');

  it('maps /explore and /explore/ to index.html and assets inside dist', () => {
    expect(resolveExplorerFile(root, '/explore')).toBe(path.join(root, 'index.html'));
    expect(resolveExplorerFile(root, '/explore/')).toBe(path.join(root, 'index.html'));
    expect(resolveExplorerFile(root, '/explore/assets/index-abc.js')).toBe(path.join(root, 'assets', 'index-abc.js'));
  });

  it.each(['/explore/../package.json', '/explore/%2e%2e/package.json', '/explore/..%2fpackage.json', '/explore/assets/..%2F..%2Fsecret', '/explore/a%5c..%5cb', '/explore/%00', '/explore/.env', '/explore/assets/', '/explore//etc/passwd', '/explore/%E0%A4%A'])(
    'refuses %s',
    (pathname) => {
      expect(resolveExplorerFile(root, pathname)).toBeNull();
    },
  );
});

describe('claim formatting', () => {
  const article = { id: 'a', title: 't', titleOrigin: 'PAGE' as const, url: 'https://example.test', language: 'en', reliability: 'NORMAL' as const, publishedAtInferred: false, attribution: 'MEDIA_REPORT' as const };

  it('reads money, power and dates as sources state them', () => {
    expect(formatMoney({ amount: 30e9, currency: 'USD', period: 'PER_YEAR', qualifier: 'ABOUT', estimated: false, text: null })).toBe('about $30B a year');
    expect(formatMoney({ amount: 300e9, currency: 'USD', period: 'TOTAL', qualifier: 'EXACT', estimated: false, text: null })).toBe('$300B total');
    expect(formatMoney({ amount: 30e9, currency: 'USD', period: 'PER_YEAR', qualifier: 'MORE_THAN', estimated: false, text: null })).toBe('more than $30B a year');
    expect(formatMoney({ amount: null, currency: 'USD', period: 'TOTAL', qualifier: 'EXACT', estimated: false, text: 'tens of billions' })).toBe('“tens of billions” (total)');
    expect(formatPower({ megawatts: 1200, qualifier: 'UP_TO', basis: 'FACILITY' })).toBe('up to 1.2 GW');
    expect(formatDate('2025-07-02')).toBe('2 Jul 2025');
    expect(formatDate('2024-10')).toBe('Oct 2024');
    expect(formatDate(null)).toBe('undated');
  });

  it('names the outlet a repost came from', () => {
    expect(sourceLabel({ ...article, publisher: 'Indebta', originalOutlet: 'Financial Times', publishedAt: '2025-07-02' })).toBe('Indebta via Financial Times, 2 Jul 2025');
    expect(sourceLabel({ ...article, publisher: 'actualitecloud.com', originalOutlet: null, publishedAt: null })).toBe('actualitecloud.com, undated');
  });
});

describe('"as known at"', () => {
  it('takes a year, a month or a day, and nothing else', () => {
    expect(['2025', '2025-07', '2025-07-15', ' 2025-07 '].map(validKnownAt)).toEqual(['2025', '2025-07', '2025-07-15', '2025-07']);
    expect(['', '2025-13', '2025-07-32', '25-07', '2025-07-15T00:00', '2025") { x }', null, undefined].map(validKnownAt)).toEqual(Array(8).fill(undefined));
  });

  it('dates an operation with the directive and a variable, keeping its own variables', () => {
    expect(withKnownAt('query Capacity($groupBy: CapacityGroupBy!) {\n  capacity(groupBy: $groupBy) { key }\n}')).toBe(
      'query Capacity($groupBy: CapacityGroupBy!, $kbKnownAt: String!) @asOf(knownAt: $kbKnownAt) {\n  capacity(groupBy: $groupBy) { key }\n}',
    );
    expect(withKnownAt('query Q { a }\nfragment F on T { b }')).toBe('query Q($kbKnownAt: String!) @asOf(knownAt: $kbKnownAt) { a }\nfragment F on T { b }');
  });
});

describe('entity colours', () => {
  const luminance = (hex: string) => {
    const [r, g, b] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255).map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
    return 0.2126 * r + 0.7152 * g + 0.0722 * b;
  };
  const contrast = (a: string, b: string) => {
    const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
    return (hi + 0.05) / (lo + 0.05);
  };

  it.each(Object.entries(TYPE_STYLE))('%s badges keep white text at AA contrast (>= 4.5:1)', (_type, style) => {
    expect(contrast(style.color, '#ffffff')).toBeGreaterThanOrEqual(4.5);
  });
});

describe('the explorer\'s requests', () => {
  /** Every request the explorer's API module sends, captured from a stubbed fetch (no server, no DOM). */
  async function sentRequests(): Promise<Array<{ call: string; query: string; variables: Record<string, unknown> }>> {
    const sent: Array<{ call: string; query: string; variables: Record<string, unknown> }> = [];
    let call = '';
    const globals = globalThis as unknown as { document?: unknown; fetch: typeof fetch };
    const saved = { document: globals.document, fetch: globals.fetch };
    globals.document = { body: { dataset: {} } };
    globals.fetch = (async (_url: string, init: { body: string }) => {
      const { query, variables } = JSON.parse(init.body);
      sent.push({ call, query, variables });
      return new Response('{}', { status: 500 });
    }) as unknown as typeof fetch;
    try {
      const api = await import('../../explorer/src/api');
      const run = async (name: string, request: () => Promise<unknown>) => {
        call = name;
        await request().catch(() => undefined);
      };
      // Page sizes the callers choose are asked at the server's maxima (search 50, connections 20, deals 100).
      await run('search', () => api.search('Lazarov', 50));
      await run('entityType', () => api.entityType('unknown-id'));
      for (const type of ['Organization', 'Person', 'Project', 'Site', 'Deal', 'Article'] as const) {
        api.rememberType(`some-${type}`, type);
        await run(`neighbourhood(${type})`, () => api.neighbourhood(`some-${type}`));
        await run(`entityDetails(${type})`, () => api.entityDetails(`some-${type}`, type));
      }
      for (const type of ['Hire', 'Employment', 'Membership', 'Founding', 'Participation', 'DealParty', 'SiteRole', 'Ownership'] as const) {
        await run(`factDetails(${type})`, () => api.factDetails(`some-${type}`, type));
      }
      await run('connections', () => api.connections('voltage-park', 'oracle', 6, 20));
      await run('capacity', () => api.capacity('COUNTRY'));
      await run('deals', () => api.deals('ANNUALIZED_USD_DESC', { party: 'oracle', role: 'PROVIDER', kind: 'CLOUD_CAPACITY', status: 'SIGNED', minAnnualizedUsd: 1e9 }, 100));
      await run('orgHires', () => api.orgHires('openai'));
      await run('timeline(organization)', () => api.timeline('openai'));
      await run('timeline(everything)', () => api.timeline(null));
      await run('mapSites', () => api.mapSites(100));
    } finally {
      Object.assign(globals, saved);
    }
    return sent;
  }

  it('stay within the server\'s depth, token and cost limits, page sizes included', async () => {
    const sent = await sentRequests();
    expect(sent.length).toBe(30);
    // The server's own request-limit plugins and default limits, variables as sent; requests are never executed.
    // Dearest: deals 86,234 (100 deals × up to 20 parties), timeline(everything) 52,825, neighbourhood(Site) 37,216, neighbourhood(Organization) 26,977.
    const validateOnly: Plugin = { onExecute: ({ setResultAndStopExecution }) => setResultAndStopExecution({ data: null }) };
    const yoga = createYoga({ schema: createSchema(), plugins: [...requestLimitPlugins(loadConfig({}).limits), validateOnly], logging: false, maskedErrors: false });
    const refused: string[] = [];
    for (const { call, query, variables } of sent) {
      const response = await yoga.fetch('http://explorer.test/graphql', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query, variables }) });
      const body = (await response.json()) as { errors?: Array<{ message: string }> };
      if (body.errors?.length) refused.push(`${call}: ${body.errors.map((e) => e.message).join('; ')}`);
    }
    expect(refused).toEqual([]);
  });
});
