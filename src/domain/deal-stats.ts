/**
 * Deals counted and summed by group, honestly: a deal counts once in every group it belongs to; a sum adds only
 * figures of one meaning (TOTAL values stated in USD, or the already-derived yearly USD figures, never the one into
 * the other), says it is derived and from which deals, how many deals of the group had a figure, and keeps the
 * hedges of its terms by the rule of capacity totals (`combineQualifiers`).
 */
import { combineQualifiers } from './capacity';
import { compareKeys, descendingNullsLast, keyPart, keyString, organizationPart, type KeyPart } from './group-keys';
import type { Money, Qualifier } from './money';
import { quarterOf, yearOf } from './partial-dates';

export const DEAL_DIMENSIONS = ['PARTY', 'ROLE', 'KIND', 'STATUS', 'ANNOUNCED_YEAR', 'ANNOUNCED_QUARTER'] as const;
export type DealDimension = (typeof DEAL_DIMENSIONS)[number];
export type DealStatsOrder = 'COUNT_DESC' | 'TOTAL_USD_DESC' | 'ANNUALIZED_USD_DESC' | 'KEY_ASC';

/** One USD figure of a deal, with its hedge. */
export interface UsdFigure {
  usd: number;
  qualifier: Qualifier;
  estimated: boolean;
}

/** A deal as `dealStats` reads it: its grouping values and its two figures (null where it has none in USD). */
export interface StatsDeal {
  id: string;
  kind: string | null;
  status: string | null;
  announced: string | null;
  parties: Array<{ organizationId: string; name: string; roles: string[] }>;
  total: UsdFigure | null;
  annualized: UsdFigure | null;
}

/** A computed sum: derived, from which deals, how covered, hedged as its terms are. */
export interface UsdSum {
  usd: number | null;
  qualifier: Qualifier | null;
  estimated: boolean;
  derived: true;
  method: 'Deal.totalUsd' | 'Deal.annualized';
  inputs: string[];
  coverage: { withFigure: number; of: number };
}

export interface DealStatsGroup {
  key: KeyPart[];
  count: number;
  /** The group's deals, by id. */
  dealIds: string[];
  totalValue: UsdSum;
  annualizedValue: UsdSum;
}

/** The figure of a stored TOTAL value stated in USD; null for none, a words-only value, PER_YEAR or another currency. */
export function totalUsdFigure(money: Money | null): UsdFigure | null {
  if (!money || money.amount === null || money.period !== 'TOTAL' || money.currency !== 'USD') return null;
  return { usd: money.amount, qualifier: money.qualifier, estimated: money.estimated };
}

/** The figure of a stored annualized value; null without one or when it was converted from another currency. */
export function annualizedUsdFigure(annualized: { amountUsd: number; qualifier: Qualifier; estimated: boolean; rateAsOf: string | null } | null): UsdFigure | null {
  if (!annualized || annualized.rateAsOf !== null) return null;
  return { usd: annualized.amountUsd, qualifier: annualized.qualifier, estimated: annualized.estimated };
}

/** Sums the figures of `deals` picked by `figure`; deals without one count in `coverage.of` only. */
export function sumUsd(deals: readonly StatsDeal[], figure: (deal: StatsDeal) => UsdFigure | null, method: UsdSum['method']): UsdSum {
  const terms = deals.flatMap((deal) => {
    const f = figure(deal);
    return f ? [{ id: deal.id, ...f }] : [];
  });
  return {
    usd: terms.length > 0 ? terms.reduce((sum, t) => sum + t.usd, 0) : null,
    qualifier: combineQualifiers(terms.map((t) => t.qualifier)),
    estimated: terms.some((t) => t.estimated),
    derived: true,
    method,
    inputs: terms.map((t) => t.id).sort(),
    coverage: { withFigure: terms.length, of: deals.length },
  };
}

/** The (party, role) units of a deal that the party and role dimensions read; one null unit when it has none. */
type Unit = { party: StatsDeal['parties'][number] | null; role: string | null };

function units(deal: StatsDeal, byParty: boolean, byRole: boolean): Unit[] {
  let list: Unit[] = [];
  if (byParty && byRole) list = deal.parties.flatMap((p): Unit[] => (p.roles.length > 0 ? p.roles.map((role) => ({ party: p, role })) : [{ party: p, role: null }]));
  else if (byParty) list = deal.parties.map((p) => ({ party: p, role: null }));
  else if (byRole) list = [...new Set(deal.parties.flatMap((p) => p.roles))].map((role) => ({ party: null, role }));
  return list.length > 0 ? list : [{ party: null, role: null }];
}

/** Every key a deal counts under for `dimensions` (in that order); several for the party and role dimensions. */
export function dealKeys(deal: StatsDeal, dimensions: readonly DealDimension[]): KeyPart[][] {
  return units(deal, dimensions.includes('PARTY'), dimensions.includes('ROLE')).map((unit) =>
    dimensions.map((dimension) => {
      switch (dimension) {
        case 'PARTY':
          return organizationPart(dimension, unit.party ? { id: unit.party.organizationId, name: unit.party.name } : null);
        case 'ROLE':
          return keyPart(dimension, unit.role);
        case 'KIND':
          return keyPart(dimension, deal.kind);
        case 'STATUS':
          return keyPart(dimension, deal.status);
        case 'ANNOUNCED_YEAR':
          return keyPart(dimension, yearOf(deal.announced));
        case 'ANNOUNCED_QUARTER':
          return keyPart(dimension, quarterOf(deal.announced));
      }
    }),
  );
}

/** Groups `deals` by `dimensions` (each deal once per group), with their sums, in `order` (ties by key). */
export function groupDeals(deals: readonly StatsDeal[], dimensions: readonly DealDimension[], order: DealStatsOrder): DealStatsGroup[] {
  const groups = new Map<string, { key: KeyPart[]; deals: Map<string, StatsDeal> }>();
  for (const deal of deals) {
    for (const key of dealKeys(deal, dimensions)) {
      const id = keyString(key);
      const group = groups.get(id) ?? { key, deals: new Map() };
      group.deals.set(deal.id, deal);
      groups.set(id, group);
    }
  }
  const result = [...groups.values()].map(({ key, deals: members }) => {
    const list = [...members.values()];
    return {
      key,
      count: list.length,
      dealIds: list.map((d) => d.id).sort(),
      totalValue: sumUsd(list, (d) => d.total, 'Deal.totalUsd'),
      annualizedValue: sumUsd(list, (d) => d.annualized, 'Deal.annualized'),
    };
  });
  const by: Record<DealStatsOrder, (a: DealStatsGroup, b: DealStatsGroup) => number> = {
    COUNT_DESC: (a, b) => b.count - a.count,
    TOTAL_USD_DESC: (a, b) => descendingNullsLast(a.totalValue.usd, b.totalValue.usd),
    ANNUALIZED_USD_DESC: (a, b) => descendingNullsLast(a.annualizedValue.usd, b.annualizedValue.usd),
    KEY_ASC: () => 0,
  };
  return result.sort((a, b) => by[order](a, b) || compareKeys(a.key, b.key));
}
