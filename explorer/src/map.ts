/**
 * The map of sites, offline: world-atlas's countries-110m TopoJSON (bundled), turned into GeoJSON by
 * topojson-client and drawn as SVG with d3-geo; no tiles, nothing from the network. Markers are sized by the
 * site's displayed power (area proportional to megawatts, the figure as stated, its hedge kept in the label);
 * sites without a power figure get a small hollow marker and are counted in the legend. Positions come from
 * places.ts: the curator's placement of the named place, a display aid, not a source claim.
 */
import { geoNaturalEarth1, geoPath } from 'd3-geo';
import type { Feature, FeatureCollection, Geometry } from 'geojson';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import world from 'world-atlas/countries-110m.json';
import { mapSites, type MapSite } from './api';
import { h, replace } from './dom';
import { downloadLinks } from './downloads';
import { formatPower, humanize } from './format';
import { placeSite, type Placement } from './places';
import { renderSelection } from './selection';
import type { State } from './state';
import type { ViewContext } from './timeline';
import { TYPE_STYLE } from './theme';

const SVG = 'http://www.w3.org/2000/svg';
const WIDTH = 960;
const HEIGHT = 500;
/** The largest marker's radius, in px of the 960-wide drawing; the others scale by the square root of MW. */
const MAX_RADIUS = 22;
const MIN_RADIUS = 3;
const NO_FIGURE_RADIUS = 4;

const topology = world as unknown as Topology<{ countries: GeometryCollection }>;
const countries = feature(topology, topology.objects.countries) as FeatureCollection<Geometry>;
const byCode = new Map<string, Feature<Geometry>>(countries.features.map((f) => [String(f.id), f]));

function svg<K extends keyof SVGElementTagNameMap>(tag: K, attrs: Record<string, string | number>, ...children: Array<SVGElement | string>): SVGElementTagNameMap[K] {
  const el = document.createElementNS(SVG, tag);
  for (const [key, value] of Object.entries(attrs)) el.setAttribute(key, String(value));
  for (const child of children) el.append(child);
  return el;
}

export function placeName(site: MapSite): string {
  const l = site.location;
  return l ? [l.city, l.region, l.country].filter(Boolean).join(', ') : 'unknown';
}

/** Marker radius for a site's megawatts: area proportional to MW, the largest site at MAX_RADIUS. */
export function radiusFor(megawatts: number | null | undefined, maxMegawatts: number): number {
  if (megawatts == null || maxMegawatts <= 0) return NO_FIGURE_RADIUS;
  return Math.max(MIN_RADIUS, MAX_RADIUS * Math.sqrt(megawatts / maxMegawatts));
}

let built = false;
let loaded: { totalCount: number; sites: MapSite[] } | null = null;

function build(root: HTMLElement, ctx: ViewContext): void {
  built = true;
  const zoom = h('select', { id: 'map-zoom', onchange: (e: Event) => ctx.navigate({ zoom: (e.target as HTMLSelectElement).value || undefined }, 'replace') });
  replace(
    root,
    h(
      'div',
      { class: 'analyst-grid' },
      h(
        'section',
        { class: 'card', 'aria-labelledby': 'map-heading' },
        h('h2', { id: 'map-heading' }, 'Map of sites'),
        h('label', { class: 'small' }, 'Show ', zoom),
        h('p', { id: 'map-caption', class: 'muted small' }),
        h('div', { id: 'map-chart', class: 'map-chart' }),
        h('ul', { id: 'map-legend', class: 'legend map-legend', 'aria-label': 'Map legend' }),
        h(
          'p',
          { class: 'muted small' },
          'Positions are the curator’s placement of the named city, region or country (the API stores no coordinates and no article states them): a display aid, not a source claim. Markers are sized by each site’s displayed power as stated (“up to”, “more than” kept in the label); nothing is summed.',
        ),
        h('div', { id: 'map-table' }),
      ),
      h('section', { id: 'map-panel', class: 'panel', 'aria-label': 'Facts and evidence' }),
    ),
  );
}

interface Marker {
  site: MapSite;
  placement: Placement;
  x: number;
  y: number;
  r: number;
}

function markers(sites: MapSite[], zoom: string | undefined): { markers: Marker[]; unplaced: MapSite[]; project: ReturnType<typeof geoNaturalEarth1> } {
  const placed = sites.map((site) => ({ site, placement: placeSite(site.location, byCode) }));
  const inZoom = placed.filter((p) => p.placement && (!zoom || p.site.location?.country === zoom));
  const points = inZoom.map((p) => p.placement!.lonLat);
  const projection = geoNaturalEarth1();
  // Fit the drawing to the sites (with room around them), so the clusters are not specks on a whole world; zoomed
  // to a country, to that country's sites.
  if (points.length) projection.fitExtent(zoom ? [[120, 80], [WIDTH - 120, HEIGHT - 80]] : [[60, 40], [WIDTH - 60, HEIGHT - 40]], { type: 'MultiPoint', coordinates: points });
  else projection.fitSize([WIDTH, HEIGHT], { type: 'Sphere' });
  const max = Math.max(0, ...sites.map((s) => s.capacity?.megawatts ?? 0));
  const seen = new Map<string, number>();
  const out: Marker[] = [];
  for (const { site, placement } of placed) {
    if (!placement) continue;
    const [px, py] = projection(placement.lonLat)!;
    // Sites on one named place fan out on a small spiral, so each stays clickable.
    const spot = `${Math.round(px)}:${Math.round(py)}`;
    const n = seen.get(spot) ?? 0;
    seen.set(spot, n + 1);
    const angle = n * 2.4;
    const dist = n ? 7 * Math.sqrt(n) : 0;
    out.push({ site, placement, x: px + dist * Math.cos(angle), y: py + dist * Math.sin(angle), r: radiusFor(site.capacity?.megawatts, max) });
  }
  return { markers: out, unplaced: placed.filter((p) => !p.placement).map((p) => p.site), project: projection };
}

function describe(m: Marker): string {
  const power = m.site.capacity ? formatPower(m.site.capacity) : 'no power figure';
  return `${m.site.name}: ${power}; ${placeName(m.site)} (placed at its ${m.placement.by})${m.site.status ? `; ${humanize(m.site.status)}` : ''}`;
}

function drawMap(list: Marker[], projection: ReturnType<typeof geoNaturalEarth1>, selected: string | undefined, choose: (id: string) => void): SVGSVGElement {
  const path = geoPath(projection);
  const map = svg('svg', { viewBox: `0 0 ${WIDTH} ${HEIGHT}`, width: '100%', role: 'group', 'aria-label': `Map of ${list.length} placed sites`, class: 'map-svg' });
  map.append(svg('path', { d: path({ type: 'Sphere' }) ?? '', class: 'map-sea' }));
  for (const country of countries.features) map.append(svg('path', { d: path(country) ?? '', class: 'map-country' }));
  // Largest first, so smaller markers stay on top and clickable.
  for (const m of [...list].sort((a, b) => b.r - a.r)) {
    const hasFigure = m.site.capacity != null;
    const marker = svg(
      'g',
      { class: `map-marker${hasFigure ? '' : ' no-figure'}${m.site.id === selected ? ' selected' : ''}`, 'data-site': m.site.id, 'data-country': m.site.location?.country ?? '', 'data-mw': m.site.capacity?.megawatts ?? '', 'data-r': m.r.toFixed(2), tabindex: 0, role: 'button', 'aria-label': describe(m), 'aria-pressed': String(m.site.id === selected) },
      svg('title', {}, describe(m)),
      svg('circle', { cx: m.x.toFixed(1), cy: m.y.toFixed(1), r: m.r.toFixed(2), fill: hasFigure ? TYPE_STYLE.Site.color : '#ffffff', 'fill-opacity': hasFigure ? 0.55 : 1, stroke: TYPE_STYLE.Site.color, 'stroke-width': hasFigure ? 1 : 2 }),
    );
    marker.addEventListener('click', () => choose(m.site.id));
    marker.addEventListener('keydown', (event) => {
      if (event.key === 'Enter' || event.key === ' ') {
        event.preventDefault();
        choose(m.site.id);
      }
    });
    map.append(marker);
  }
  return map;
}

function legend(sites: MapSite[]): HTMLElement[] {
  const max = Math.max(0, ...sites.map((s) => s.capacity?.megawatts ?? 0));
  const without = sites.filter((s) => !s.capacity).length;
  const key = (mw: number) => {
    const r = radiusFor(mw, max);
    return h('li', {}, svgKey(r, true), ` ${formatPower({ megawatts: mw, qualifier: 'EXACT', basis: 'UNSPECIFIED' })}`);
  };
  return [
    ...(max > 0 ? [100, 1000].filter((mw) => mw <= max).map(key) : []),
    h('li', { id: 'map-no-figure' }, svgKey(NO_FIGURE_RADIUS, false), ` ${without} site${without === 1 ? '' : 's'} without a power figure`),
  ];
}

function svgKey(r: number, filled: boolean): SVGSVGElement {
  const size = Math.ceil(2 * r + 4);
  return svg('svg', { width: size, height: size, 'aria-hidden': 'true', class: 'map-key' }, svg('circle', { cx: size / 2, cy: size / 2, r, fill: filled ? TYPE_STYLE.Site.color : '#ffffff', 'fill-opacity': filled ? 0.55 : 1, stroke: TYPE_STYLE.Site.color, 'stroke-width': filled ? 1 : 2 }));
}

function siteTable(list: Marker[], unplaced: MapSite[], selected: string | undefined, choose: (id: string) => void): HTMLElement {
  const rows = [...list.map((m) => ({ site: m.site, by: m.placement.by as string })), ...unplaced.map((site) => ({ site, by: 'not placed' }))];
  return h(
    'div',
    {},
    h('p', { class: 'downloads' }, 'Download every site: ', downloadLinks('sites')),
    h(
      'div',
      { class: 'table-scroll' },
      h(
        'table',
        { class: 'data-table sites' },
        h('caption', { class: 'visually-hidden' }, 'Sites on the map'),
        h('thead', {}, h('tr', {}, h('th', { scope: 'col' }, 'Site'), h('th', { scope: 'col' }, 'Place'), h('th', { scope: 'col' }, 'Placed at'), h('th', { scope: 'col' }, 'Power (displayed)'), h('th', { scope: 'col' }, 'Status'))),
        h(
          'tbody',
          {},
          rows.map(({ site, by }) =>
            h(
              'tr',
              { 'data-site': site.id, class: site.id === selected ? 'current' : '' },
              h('th', { scope: 'row' }, h('button', { type: 'button', class: 'link', onclick: () => choose(site.id) }, site.name)),
              h('td', {}, placeName(site)),
              h('td', {}, by),
              h('td', { class: 'num' }, site.capacity ? formatPower(site.capacity) : '—'),
              h('td', {}, humanize(site.status) || '—'),
            ),
          ),
        ),
      ),
    ),
  );
}

export async function renderMap(root: HTMLElement, s: State, ctx: ViewContext): Promise<void> {
  if (!built) build(root, ctx);
  loaded ??= await mapSites(100);
  const { totalCount, sites } = loaded;
  const countriesWithSites = [...new Set(sites.map((site) => site.location?.country).filter((c): c is string => Boolean(c)))].sort();
  const zoom = s.zoom && countriesWithSites.includes(s.zoom) ? s.zoom : undefined;
  const select = document.getElementById('map-zoom') as HTMLSelectElement;
  replace(select, h('option', { value: '' }, 'all sites'), countriesWithSites.map((c) => h('option', { value: c }, `the sites in ${c} (${sites.filter((site) => site.location?.country === c).length})`)));
  select.value = zoom ?? '';
  const { markers: list, unplaced, project } = markers(sites, zoom);
  const choose = (id: string) => ctx.navigate({ sel: id }, 'replace');
  document.title = 'Map · AI-infrastructure explorer';
  const byCity = list.filter((m) => m.placement.by === 'city').length;
  const byRegion = list.filter((m) => m.placement.by === 'region').length;
  const byCountry = list.filter((m) => m.placement.by === 'country').length;
  document.getElementById('map-caption')!.textContent =
    `${list.length} of ${totalCount} sites placed: ${byCity} at their city, ${byRegion} at their region, ${byCountry} at their country's centre${unplaced.length ? `; ${unplaced.length} not placed (listed below)` : ''}${totalCount > sites.length ? `; only the ${sites.length} largest are loaded` : ''}.`;
  replace(document.getElementById('map-chart')!, drawMap(list, project, s.sel, choose));
  replace(document.getElementById('map-legend')!, legend(sites));
  replace(document.getElementById('map-table')!, siteTable(list, unplaced, s.sel, choose));
  const selected = sites.find((site) => site.id === s.sel);
  await renderSelection(document.getElementById('map-panel')!, selected ? { kind: 'entity', id: selected.id, type: 'Site' } : null, ctx.actions, 'Choose a site on the map or in the table to see its facts and sources.');
}
