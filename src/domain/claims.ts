/**
 * Conflicting claims, resolved honestly. Every article's statement about a
 * field is kept; the displayed value of a field is the claim of the most
 * recently published article that is not WEAK. Partial dates compare by their
 * first day ("2025-07" is 1 July), undated articles count as the oldest, and
 * equal dates fall back to the article id so the choice never depends on the
 * order files were ingested in.
 */
import { totalUsdFigure } from './deal-stats';
import { annualizeUsd, type Money } from './money';
import { nameKeys, normalizeName } from './names';
import { MENTIONS, REFERENCES, REFERENCE_FIELDS } from '../model/graph-model';

export interface Claim {
  articleId: string;
  publishedAt: string | null;
  reliability: 'NORMAL' | 'WEAK';
  /** MENTIONS for an entity declaration, SUPPORTS for a fact or attribute statement. */
  via: 'MENTIONS' | 'SUPPORTS';
  values: Record<string, unknown>;
}

/** Fields whose values are objects; stored as JSON text on the node. */
export const JSON_FIELDS = new Set(['tenure', 'value', 'cost', 'capacity', 'compute', 'location', 'percent', 'investment', 'targetCapacity', 'term', 'positions']);

/**
 * Fields whose displayed value is a set: the union of what every article that is neither WEAK nor retracted states,
 * each member a claim of its own (an organization's roles in a project, a party's roles in a deal).
 */
export const SET_FIELDS = new Set(['roles', 'announcedBy']);

/** Every displayable field, so a field no longer claimed by anyone is cleared. */
export const DISPLAY_FIELDS = [
  'kind', 'country', 'title', 'previousTitle', 'start', 'end', 'current', 'date', 'dateInferred', 'role', 'status',
  'announced', 'starts', 'ends', 'deliveryTarget', 'online', 'chips', 'horizon', 'validFrom', 'validTo', ...JSON_FIELDS,
] as const;

/** Sort key of a partial date: its first day; undated sorts before everything. */
export function dateKey(partial: string | null | undefined): string {
  if (!partial) return '0000-00-00';
  const [year, month = '01', day = '01'] = partial.split('-');
  return `${year}-${month}-${day}`;
}

/** Claims ordered best first: NORMAL before WEAK, then newest, then article id. */
export function rankClaims<T extends Pick<Claim, 'articleId' | 'publishedAt' | 'reliability'>>(claims: readonly T[]): T[] {
  return [...claims].sort((a, b) => {
    if (a.reliability !== b.reliability) return a.reliability === 'WEAK' ? 1 : -1;
    const byDate = dateKey(b.publishedAt).localeCompare(dateKey(a.publishedAt));
    return byDate !== 0 ? byDate : a.articleId.localeCompare(b.articleId);
  });
}

/** The claim whose value of `field` is displayed: the best non-WEAK claim that states it, else undefined. */
export function displayedClaim<T extends Pick<Claim, 'reliability' | 'values'>>(ranked: readonly T[], field: string): T | undefined {
  return ranked.find((c) => c.reliability !== 'WEAK' && c.values[field] !== undefined && c.values[field] !== null);
}

/** The displayed value of `field`: from the best non-WEAK claim that states it, else null. */
export function displayedValue(ranked: readonly Claim[], field: string): unknown {
  const claim = displayedClaim(ranked, field);
  return claim ? claim.values[field] : null;
}

/** The displayed set of `field`: the union of the members stated by non-WEAK claims, sorted. */
export function displayedSet(claims: readonly Pick<Claim, 'reliability' | 'values'>[], field: string): string[] {
  const members = new Set<string>();
  for (const claim of claims) {
    const value = claim.values[field];
    if (claim.reliability !== 'WEAK' && Array.isArray(value)) for (const member of value) members.add(String(member));
  }
  return [...members].sort();
}

export interface Resolved {
  props: Record<string, unknown>;
  /** The materialized references: relationship type and target id. */
  refs: Array<{ type: string; target: string }>;
  nameKeys: string[];
}

/** Computes what a node shows from all its claims. `type` is the entity type, or the fact label. */
export function resolveNode(type: string, claims: readonly Claim[]): Resolved {
  const ranked = rankClaims(claims);
  const supports = ranked.filter((c) => c.via === 'SUPPORTS');
  const props: Record<string, unknown> = {};
  for (const field of DISPLAY_FIELDS) {
    const source = field === 'kind' || field === 'country' ? (type === 'Organization' ? ranked.filter((c) => c.via === 'MENTIONS') : supports) : supports;
    const value = displayedValue(source, field);
    props[field] = value !== null && JSON_FIELDS.has(field) ? JSON.stringify(value) : value;
  }
  for (const field of SET_FIELDS) {
    const members = displayedSet(supports, field);
    const stated = supports.some((c) => Array.isArray(c.values[field]));
    props[field] = stated ? members : null;
  }
  // A sort key for rows ordered by their role set (a deal's parties).
  props.roleKey = Array.isArray(props.roles) ? (props.roles as string[]).join(',') : null;

  const refs: Resolved['refs'] = [];
  for (const field of REFERENCE_FIELDS) {
    const reference = REFERENCES[field];
    const source = reference.via === MENTIONS ? ranked.filter((c) => c.via === 'MENTIONS') : supports;
    const target = displayedValue(source, field);
    // The id is kept as a property too, so a row alone tells a resolver where to go.
    props[reference.idProperty] = typeof target === 'string' ? target : null;
    if (typeof target === 'string') refs.push({ type: reference.rel, target });
  }

  const declarations = ranked.filter((c) => c.via === 'MENTIONS');
  let keys: string[] = [];
  if (declarations.length > 0) {
    // A name is needed even when only WEAK pages declare the entity.
    const best = declarations.find((c) => c.reliability !== 'WEAK') ?? declarations[0];
    const name = String(best.values.name);
    const aliases = [...new Set(declarations.flatMap((c) => [String(c.values.name), ...((c.values.aliases as string[]) ?? [])]))]
      .filter((alias) => alias !== name)
      .sort();
    props.name = name;
    props.normName = normalizeName(name);
    props.aliases = aliases;
    props.searchText = [name, ...aliases].join(' | ');
    props.allowSimilarName = declarations.some((c) => c.values.allowSimilarName === true);
    keys = nameKeys(name, aliases);
  }

  Object.assign(props, derived(type, props, displayedClaim(supports, 'value')?.articleId ?? null));
  return { props, refs, nameKeys: keys };
}

/** Flat copies of nested values that queries filter, sort and group by. */
function derived(type: string, props: Record<string, unknown>, valueArticleId: string | null): Record<string, unknown> {
  const parse = <T>(field: string): T | null => (typeof props[field] === 'string' ? (JSON.parse(props[field] as string) as T) : null);
  if (type === 'Site') {
    const location = parse<{ city?: string; region?: string; country?: string }>('location');
    const capacity = parse<{ megawatts: number }>('capacity');
    return { city: location?.city ?? null, region: location?.region ?? null, country: location?.country ?? null, megawatts: capacity?.megawatts ?? null };
  }
  if (type === 'Deal') {
    const value = parse<Money>('value');
    const annualized = annualizeUsd(value);
    return {
      // A TOTAL stated in USD, as stated: what totals sort, filter and sum by (never a PER_YEAR figure, never converted).
      totalUsd: totalUsdFigure(value)?.usd ?? null,
      annualizedUsd: annualized?.amountUsd ?? null,
      annualized: annualized ? JSON.stringify({ ...annualized, sourceArticleId: valueArticleId }) : null,
      megawatts: parse<{ megawatts: number }>('capacity')?.megawatts ?? null,
    };
  }
  return {};
}
