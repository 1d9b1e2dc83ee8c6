/**
 * Money as analysts compare it: amounts stay as stated (period and qualifier
 * included); `annualizeUsd` derives a yearly USD figure only where the period
 * or a stated term allows it, and never guesses a term.
 */

/** USD per unit of each currency, with the day the rate is for. Indicative end-of-month reference rates; update them here. */
export const FX_RATES = {
  USD: { usdPerUnit: 1, asOf: '2025-07-31' },
  EUR: { usdPerUnit: 1.14, asOf: '2025-07-31' },
  GBP: { usdPerUnit: 1.32, asOf: '2025-07-31' },
  NOK: { usdPerUnit: 0.097, asOf: '2025-07-31' },
} as const;

export type Currency = keyof typeof FX_RATES;
export const CURRENCIES = Object.keys(FX_RATES) as [Currency, ...Currency[]];

export type Qualifier = 'EXACT' | 'ABOUT' | 'MORE_THAN' | 'AT_LEAST' | 'UP_TO' | 'NEARLY';
export type Period = 'TOTAL' | 'PER_YEAR';

export interface Duration {
  years: number;
  qualifier: Qualifier;
}

export interface Money {
  amount: number | null;
  currency: Currency;
  period: Period;
  qualifier: Qualifier;
  estimated: boolean;
  text?: string | null;
  low?: number;
  high?: number;
  withOptions?: number;
  /** The period a TOTAL is stated over, when the source ties a term to this very figure. */
  over?: Duration;
}

/** A computed yearly figure: it says that it is derived, how, and from what. */
export interface Annualized {
  amountUsd: number;
  qualifier: Qualifier;
  estimated: boolean;
  /** Day of the exchange rate used, or null for USD. */
  rateAsOf: string | null;
  derived: true;
  /** PER_YEAR_AS_STATED: the value is stated per year; TOTAL_OVER_STATED_TERM: a total divided by the term stated for it. */
  method: 'PER_YEAR_AS_STATED' | 'TOTAL_OVER_STATED_TERM';
  /** The inputs, by field: `value`, and `value.over` for a divided total. */
  inputs: string[];
  /** Years divided by, for TOTAL_OVER_STATED_TERM. */
  years: number | null;
}

/**
 * The weakest of several qualifiers: EXACT when all are; the one hedge when only one kind appears; ABOUT when hedges
 * of different kinds meet (a "more than" figure over "about" five years is neither more nor less than anything).
 */
export function weakestQualifier(qualifiers: readonly Qualifier[]): Qualifier {
  const hedges = [...new Set(qualifiers.filter((q) => q !== 'EXACT'))];
  if (hedges.length === 0) return 'EXACT';
  return hedges.length === 1 ? hedges[0] : 'ABOUT';
}

/**
 * Yearly USD value of `money`, only where the value itself says it: PER_YEAR converts directly; a TOTAL needs the
 * term stated for that very value (`over`); dividing by a term makes a hedge on the term ABOUT (dividing by "more
 * than five years" gives less per year, not more). Returns null without an amount, or for a TOTAL without `over`.
 * A deal's contract or lease term is never used: it may belong to another figure than the value.
 */
export function annualizeUsd(money: Money | null): Annualized | null {
  if (!money || money.amount === null) return null;
  const rate = FX_RATES[money.currency];
  const usd = money.amount * rate.usdPerUnit;
  const rateAsOf = money.currency === 'USD' ? null : rate.asOf;
  if (money.period === 'PER_YEAR') {
    return { amountUsd: usd, qualifier: money.qualifier, estimated: money.estimated, rateAsOf, derived: true, method: 'PER_YEAR_AS_STATED', inputs: ['value'], years: null };
  }
  const over = money.over;
  if (!over || over.years <= 0) return null;
  const qualifier = weakestQualifier([money.qualifier, over.qualifier === 'EXACT' ? 'EXACT' : 'ABOUT']);
  return { amountUsd: usd / over.years, qualifier, estimated: money.estimated, rateAsOf, derived: true, method: 'TOTAL_OVER_STATED_TERM', inputs: ['value', 'value.over'], years: over.years };
}
