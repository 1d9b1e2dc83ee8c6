/** Formatting of the API's values the way analysts read them: "about $30B a year (Indebta via Financial Times, 2 Jul 2025)". */
import type { ArticleRef, Duration, Evidence, Money, Percent, Power } from './api';

const QUALIFIER_WORDS: Record<string, string> = { EXACT: '', ABOUT: 'about', MORE_THAN: 'more than', AT_LEAST: 'at least', UP_TO: 'up to', NEARLY: 'nearly' };

export function qualifierWord(qualifier: string | null | undefined): string {
  return qualifier ? (QUALIFIER_WORDS[qualifier] ?? qualifier.toLowerCase().replace(/_/g, ' ')) : '';
}

function withQualifier(qualifier: string | null | undefined, text: string): string {
  const word = qualifierWord(qualifier);
  return word ? `${word} ${text}` : text;
}

const CURRENCY_SIGNS: Record<string, string> = { USD: '$', EUR: '€', GBP: '£', JPY: '¥' };

/** 30000000000 → "30B", 6400000000 → "6.4B", 1500000 → "1.5M". */
export function compactNumber(value: number): string {
  const abs = Math.abs(value);
  const units: Array<[number, string]> = [[1e12, 'T'], [1e9, 'B'], [1e6, 'M'], [1e3, 'K']];
  for (const [size, unit] of units) {
    if (abs >= size) return `${trimNumber(value / size)}${unit}`;
  }
  return trimNumber(value);
}

function trimNumber(value: number): string {
  return Number.isInteger(value) ? String(value) : value.toFixed(value >= 100 ? 0 : value >= 10 ? 1 : 2).replace(/\.?0+$/, '');
}

export function moneyAmount(amount: number, currency: string): string {
  const sign = CURRENCY_SIGNS[currency];
  return sign ? `${sign}${compactNumber(amount)}` : `${compactNumber(amount)} ${currency}`;
}

/** "about $30B a year", "$300B total", "more than $30B a year"; words-only figures keep the source's words. */
export function formatMoney(money: Money | null | undefined): string {
  if (!money) return 'unknown';
  const period = money.period === 'PER_YEAR' ? 'a year' : 'total';
  if (money.amount == null) return `${money.text ? `“${money.text}”` : 'undisclosed'} (${period})`;
  const text = withQualifier(money.qualifier, `${moneyAmount(money.amount, money.currency)} ${period}`);
  return money.estimated ? `${text} (estimate)` : text;
}

export function formatUsdPerYear(amount: number | null | undefined, qualifier?: string | null): string {
  if (amount == null) return 'unknown';
  return withQualifier(qualifier, `$${compactNumber(amount)} a year`);
}

export function formatPower(power: Power | null | undefined): string {
  if (!power) return 'unknown';
  const figure = power.megawatts >= 1000 ? `${trimNumber(power.megawatts / 1000)} GW` : `${trimNumber(power.megawatts)} MW`;
  const basis = power.basis === 'CRITICAL_IT' ? ' (critical IT)' : '';
  return withQualifier(power.qualifier, figure) + basis;
}

export function formatMegawatts(mw: number | null | undefined, qualifier?: string | null): string {
  if (mw == null) return 'no figure';
  return withQualifier(qualifier, `${trimNumber(mw)} MW`);
}

export function formatDuration(duration: Duration | null | undefined): string {
  if (!duration) return 'unknown';
  return withQualifier(duration.qualifier, `${trimNumber(duration.years)} year${duration.years === 1 ? '' : 's'}`);
}

export function formatPercent(percent: Percent | null | undefined): string {
  if (!percent) return 'unknown';
  return withQualifier(percent.qualifier, `${trimNumber(percent.value)}%`);
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** Partial dates at their own precision: "2025" → "2025", "2025-07" → "Jul 2025", "2025-07-02" → "2 Jul 2025". */
export function formatDate(date: string | null | undefined, undated = 'undated'): string {
  if (!date) return undated;
  const match = /^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?/.exec(date);
  if (!match) return date;
  const [, year, month, day] = match;
  if (!month) return year;
  const name = MONTHS[Number(month) - 1] ?? month;
  return day ? `${Number(day)} ${name} ${year}` : `${name} ${year}`;
}

/** "Indebta via Financial Times, 2 Jul 2025" or "actualitecloud.com, undated". */
export function sourceLabel(article: Pick<ArticleRef, 'publisher' | 'originalOutlet' | 'publishedAt'>): string {
  const outlet = article.originalOutlet && article.originalOutlet !== article.publisher ? ` via ${article.originalOutlet}` : '';
  return `${article.publisher}${outlet}, ${formatDate(article.publishedAt)}`;
}

export function evidenceSource(evidence: Evidence): string {
  return sourceLabel(evidence.article);
}

const LANGUAGES: Record<string, string> = { en: 'English', fr: 'French', pt: 'Portuguese', es: 'Spanish', de: 'German', it: 'Italian', ja: 'Japanese', zh: 'Chinese', ko: 'Korean', ar: 'Arabic', nl: 'Dutch', no: 'Norwegian', nb: 'Norwegian' };

export function languageName(code: string): string {
  return LANGUAGES[code] ?? code;
}

export function humanize(value: string | null | undefined): string {
  if (!value) return '';
  return value.toLowerCase().replace(/_/g, ' ');
}
