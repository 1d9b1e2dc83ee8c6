/** The URL hash holds the whole picture: view, entity, depth, expansions, selection, path ends, chart groupings, table filters. */
import type { CapacityGroupBy, DealOrder } from './api';
import { validKnownAt } from './as-of';
import { DEAL_ORDERS, parseDealFilter, writeDealFilter, type DealFilterState } from './deal-filters';

export const VIEWS = ['graph', 'path', 'numbers', 'timeline', 'map'] as const;

export interface State {
  view: (typeof VIEWS)[number];
  /** Graph: the centre entity. */
  id?: string;
  depth: 1 | 2;
  /** Graph: entities expanded beyond the centre. */
  x: string[];
  /** The entity whose links the side list shows. */
  f?: string;
  /** The selected entity or link. */
  sel?: string;
  partners: boolean;
  /** Graph: the centre's neighbours grouped by relation (off: `flat=1`). */
  grouped: boolean;
  /** Graph: the relation groups opened (their keys, e.g. `PARTY_TO>`). */
  open: string[];
  from?: string;
  to?: string;
  hops: number;
  group: CapacityGroupBy;
  order: DealOrder;
  /** Numbers: the organization of the hires timeline. */
  org: string;
  /** Numbers: the deals table's filter. */
  deals: DealFilterState;
  /** Timeline: the organization whose deals and hires it places; undefined for everything. */
  scope?: string;
  /** Map: the ISO country whose sites it is fitted to; undefined for all sites. */
  zoom?: string;
  /** The evidence panel and the numbers view: "as known at" this date (YYYY, YYYY-MM or YYYY-MM-DD); undefined for today. */
  known?: string;
}

const GROUPS: CapacityGroupBy[] = ['COUNTRY', 'PROJECT', 'OPERATOR', 'STATUS'];

/** What a first visit shows: OpenAI, whose hires answer "who did OpenAI hire from Meta, and who says so?". */
export const DEFAULT_ENTITY = 'openai';

export function parseState(hash: string): State {
  const p = new URLSearchParams(hash.replace(/^#/, ''));
  const view = p.get('view');
  const hops = Number(p.get('hops'));
  const group = p.get('group') as CapacityGroupBy;
  const order = p.get('order') as DealOrder;
  return {
    view: VIEWS.find((v) => v === view) ?? 'graph',
    id: p.get('id') || DEFAULT_ENTITY,
    depth: p.get('depth') === '2' ? 2 : 1,
    x: (p.get('x') ?? '').split(',').filter(Boolean),
    f: p.get('f') || undefined,
    sel: p.get('sel') || undefined,
    partners: p.get('partners') === '1',
    grouped: p.get('flat') !== '1',
    open: (p.get('gx') ?? '').split(',').filter(Boolean),
    from: p.get('from') || undefined,
    to: p.get('to') || undefined,
    hops: Number.isInteger(hops) && hops >= 1 && hops <= 6 ? hops : 4,
    group: GROUPS.includes(group) ? group : 'COUNTRY',
    order: DEAL_ORDERS.includes(order) ? order : 'ANNUALIZED_USD_DESC',
    org: p.get('org') || DEFAULT_ENTITY,
    deals: parseDealFilter(p),
    scope: p.get('scope') || undefined,
    zoom: p.get('zoom') || undefined,
    known: validKnownAt(p.get('known')),
  };
}

export function serialize(s: State): string {
  const p = new URLSearchParams();
  p.set('view', s.view);
  if (s.view === 'graph') {
    if (s.id) p.set('id', s.id);
    if (s.depth === 2) p.set('depth', '2');
    if (s.x.length) p.set('x', s.x.join(','));
    if (s.partners) p.set('partners', '1');
    if (!s.grouped) p.set('flat', '1');
    if (s.open.length) p.set('gx', s.open.join(','));
  } else if (s.view === 'path') {
    if (s.from) p.set('from', s.from);
    if (s.to) p.set('to', s.to);
    p.set('hops', String(s.hops));
  } else if (s.view === 'numbers') {
    p.set('group', s.group);
    p.set('order', s.order);
    p.set('org', s.org);
    writeDealFilter(p, s.deals);
  } else if (s.view === 'timeline' && s.scope) p.set('scope', s.scope);
  else if (s.view === 'map' && s.zoom) p.set('zoom', s.zoom);
  if (s.view !== 'numbers') {
    if (s.f) p.set('f', s.f);
    if (s.sel) p.set('sel', s.sel);
  }
  if (s.known && (s.view === 'graph' || s.view === 'numbers')) p.set('known', s.known);
  return `#${p.toString()}`;
}
