/**
 * The deals table's filters and sort columns, as data: each filter is one `DealFilter` field, written in the URL hash
 * and in the export link under that field's own name (the names `/export/deals.csv` takes), so a new DealFilter
 * field (`announcedFrom`, `minTotalUsd`, ...) or DealOrder value (`TOTAL_USD_DESC`) is one entry here.
 */
import type { DealFilter, DealKind, DealOrder, DealStatus, PartyRole } from './api';

/** Every member of a GraphQL enum, checked complete by the compiler (a missing or unknown member fails typecheck). */
const members = <T extends string>(all: Record<T, true>): T[] => Object.keys(all) as T[];

export const PARTY_ROLES = members<PartyRole>({ BUYER: true, PROVIDER: true, INVESTOR: true, INVESTEE: true, SUPPLIER: true, PARTNER: true, LESSEE: true, LESSOR: true });
export const DEAL_STATUSES = members<DealStatus>({ RUMORED: true, LOI: true, SIGNED: true, ACTIVE: true, ENDED: true });
export const DEAL_KINDS = members<DealKind>({
  ACQUISITION: true, CHIP_SUPPLY: true, CLOUD_CAPACITY: true, EQUITY_WARRANT: true, FINANCING: true, GOVERNMENT_CONTRACT: true, INVESTMENT: true,
  JOINT_VENTURE: true, LEASE: true, OFFTAKE: true, OTHER: true, PARTNERSHIP: true, RIGHT_OF_FIRST_REFUSAL: true,
});
export const DEAL_ORDERS = members<DealOrder>({ ANNUALIZED_USD_DESC: true, ANNUALIZED_USD_ASC: true, TOTAL_USD_DESC: true, TOTAL_USD_ASC: true, ANNOUNCED_DESC: true, NAME_ASC: true });

export interface FilterField {
  key: keyof DealFilter & string;
  label: string;
  /** text: sent as typed; number: parsed, sent as a number; select: one of `options`. */
  input: 'text' | 'number' | 'select';
  options?: readonly string[];
  placeholder?: string;
}

export const DEAL_FILTER_FIELDS: readonly FilterField[] = [
  { key: 'party', label: 'Party', input: 'text', placeholder: 'name or id, e.g. Oracle' },
  { key: 'role', label: 'Role', input: 'select', options: PARTY_ROLES },
  { key: 'kind', label: 'Kind', input: 'select', options: DEAL_KINDS },
  { key: 'status', label: 'Status', input: 'select', options: DEAL_STATUSES },
  { key: 'announcedFrom', label: 'Announced from', input: 'text', placeholder: 'e.g. 2025 or 2025-07' },
  { key: 'announcedTo', label: 'Announced to', input: 'text', placeholder: 'e.g. 2025-12-31' },
  { key: 'minTotalUsd', label: 'Min total USD', input: 'number', placeholder: 'e.g. 10000000000' },
  { key: 'minAnnualizedUsd', label: 'Min annualized USD', input: 'number', placeholder: 'e.g. 1000000000' },
];

/** The filter as the hash keeps it: field name → the text given; empty fields are absent. */
export type DealFilterState = Partial<Record<FilterField['key'], string>>;

/** Reads the filter fields from URL parameters, ignoring empty and unknown ones. */
export function parseDealFilter(params: URLSearchParams): DealFilterState {
  const filter: DealFilterState = {};
  for (const field of DEAL_FILTER_FIELDS) {
    const value = params.get(field.key)?.trim();
    if (!value) continue;
    if (field.input === 'select' && !field.options!.includes(value)) continue;
    if (field.input === 'number' && !Number.isFinite(Number(value))) continue;
    filter[field.key] = value;
  }
  return filter;
}

/** Writes the filter into URL parameters, in the order of DEAL_FILTER_FIELDS. */
export function writeDealFilter(params: URLSearchParams, filter: DealFilterState): void {
  for (const field of DEAL_FILTER_FIELDS) {
    const value = filter[field.key];
    if (value) params.set(field.key, value);
  }
}

/** The GraphQL `DealFilter` of the hash's filter: numbers as numbers, enum values as given (checked by parseDealFilter). */
export function toDealFilter(filter: DealFilterState): DealFilter {
  const out: Record<string, string | number> = {};
  for (const field of DEAL_FILTER_FIELDS) {
    const value = filter[field.key];
    if (value) out[field.key] = field.input === 'number' ? Number(value) : value;
  }
  return out as DealFilter;
}

/** The query parameters of the deals export for the table as shown: the same filter fields, and `orderBy`. */
export function dealsExportParams(filter: DealFilterState, order: DealOrder): Record<string, string | undefined> {
  return { ...filter, orderBy: order };
}

/** A sortable column: the orders a click on its header steps through, and which way each sorts. */
export interface SortColumn {
  orders: ReadonlyArray<{ order: DealOrder; direction: 'ascending' | 'descending' }>;
}

export const SORT_COLUMNS = {
  name: { orders: [{ order: 'NAME_ASC', direction: 'ascending' }] },
  announced: { orders: [{ order: 'ANNOUNCED_DESC', direction: 'descending' }] },
  total: { orders: [{ order: 'TOTAL_USD_DESC', direction: 'descending' }, { order: 'TOTAL_USD_ASC', direction: 'ascending' }] },
  annualized: { orders: [{ order: 'ANNUALIZED_USD_DESC', direction: 'descending' }, { order: 'ANNUALIZED_USD_ASC', direction: 'ascending' }] },
} as const satisfies Record<string, SortColumn>;

export type SortColumnName = keyof typeof SORT_COLUMNS;

/** The order a click on `column`'s header asks for: the column's next order when it sorts the table now, else its first. */
export function nextOrder(column: SortColumnName, current: DealOrder): DealOrder {
  const orders: SortColumn['orders'] = SORT_COLUMNS[column].orders;
  const at = orders.findIndex((o) => o.order === current);
  return orders[(at + 1) % orders.length].order;
}

/** `aria-sort` of a column's header under `current`. */
export function ariaSort(column: SortColumnName, current: DealOrder): 'ascending' | 'descending' | 'none' {
  const orders: SortColumn['orders'] = SORT_COLUMNS[column].orders;
  return orders.find((o) => o.order === current)?.direction ?? 'none';
}
