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

export interface Money {
  amount: number | null;
  currency: Currency;
  period: Period;
  qualifier: Qualifier;
  estimated: boolean;
  text?: string | null;
}

export interface Duration {
  years: number;
  qualifier: Qualifier;
}

export interface Annualized {
  amountUsd: number;
  qualifier: Qualifier;
  estimated: boolean;
  /** Day of the exchange rate used, or null for USD. */
  rateAsOf: string | null;
}

/**
 * Yearly USD value of `money`. PER_YEAR converts directly; TOTAL needs a term
 * ("about five years" counts as five and makes the result ABOUT). Returns null
 * without an amount, or for a TOTAL without a term.
 */
export function annualizeUsd(money: Money | null, term: Duration | null): Annualized | null {
  if (!money || money.amount === null) return null;
  const rate = FX_RATES[money.currency];
  const usd = money.amount * rate.usdPerUnit;
  const rateAsOf = money.currency === 'USD' ? null : rate.asOf;
  if (money.period === 'PER_YEAR') return { amountUsd: usd, qualifier: money.qualifier, estimated: money.estimated, rateAsOf };
  if (!term || term.years <= 0) return null;
  const approximateTerm = term.qualifier !== 'EXACT';
  const qualifier: Qualifier = approximateTerm ? 'ABOUT' : money.qualifier;
  return { amountUsd: usd / term.years, qualifier, estimated: money.estimated, rateAsOf };
}
