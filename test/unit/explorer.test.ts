/**
 * The explorer's pure parts: the static file resolver's traversal guard, the
 * formatting of claims as analysts read them, and WCAG AA contrast of the
 * white badge text on every entity colour.
 */
import path from 'node:path';
import { resolveExplorerFile } from '../../src/explorer/serve';
import { formatDate, formatMoney, formatPower, sourceLabel } from '../../explorer/src/format';
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
  const article = { id: 'a', title: 't', url: 'https://example.test', language: 'en', reliability: 'NORMAL' as const };

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
