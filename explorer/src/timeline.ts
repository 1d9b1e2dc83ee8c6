/**
 * The timeline view: deals (announced date) and hires (hire date) on one time axis, for one organization or for
 * everything, drawn as SVG. Partial dates sit at their first day as hollow, dashed markers; undated items are
 * listed apart. Choosing an item (click, or Enter on the focused marker) shows its facts and sources beside it.
 */
import { timeline, type TimelineData } from './api';
import { h, replace } from './dom';
import { downloadLinks } from './downloads';
import { formatDate } from './format';
import type { Actions } from './panel';
import { attachSearch } from './search';
import { renderSelection, type Selected } from './selection';
import type { State } from './state';
import { TYPE_STYLE } from './theme';
import { timelineItems, type TimelineItem } from './timeline-items';

export interface ViewContext {
  navigate(patch: Partial<State>, mode?: 'push' | 'replace'): void;
  say(message: string): void;
  actions: Actions;
}

const SVG = 'http://www.w3.org/2000/svg';
const WIDTH = 960;
const MARGIN = { left: 70, right: 20, top: 24 };
const LANE_GAP = 34;
const ROW = 13;
const LANES = [
  { kind: 'deal', label: 'Deals', color: TYPE_STYLE.Deal.color },
  { kind: 'hire', label: 'Hires', color: TYPE_STYLE.Person.color },
] as const;

function svg<K extends keyof SVGElementTagNameMap>(tag: K, attrs: Record<string, string | number>, ...children: Array<SVGElement | string>): SVGElementTagNameMap[K] {
  const el = document.createElementNS(SVG, tag);
  for (const [key, value] of Object.entries(attrs)) el.setAttribute(key, String(value));
  for (const child of children) el.append(child);
  return el;
}

let built = false;
let loaded: { scope: string; data: TimelineData | null } | null = null;

function build(root: HTMLElement, ctx: ViewContext): void {
  built = true;
  const input = h('input', { id: 'timeline-org', type: 'text', placeholder: 'Organization, e.g. OpenAI' }) as HTMLInputElement;
  const results = h('ul', { id: 'timeline-org-results', class: 'listbox', 'aria-label': 'Organizations' });
  replace(
    root,
    h(
      'div',
      { class: 'analyst-grid' },
      h(
        'section',
        { class: 'card', 'aria-labelledby': 'timeline-heading' },
        h('h2', { id: 'timeline-heading' }, 'Timeline of deals and hires'),
        h(
          'div',
          { class: 'toolbar compact-toolbar' },
          h('div', { class: 'search small-search' }, h('label', { for: 'timeline-org' }, 'Organization '), input, results),
          h('button', { type: 'button', id: 'timeline-all', onclick: () => ctx.navigate({ scope: undefined, sel: undefined }) }, 'Everything'),
          h('span', { class: 'downloads', id: 'timeline-downloads' }),
        ),
        h('p', { id: 'timeline-caption', class: 'muted small' }),
        h('div', { id: 'timeline-chart', class: 'timeline-chart' }),
        h(
          'p',
          { class: 'muted small legend-line' },
          h('span', { class: 'tl-key tl-full', 'aria-hidden': 'true' }),
          ' date given to the day · ',
          h('span', { class: 'tl-key tl-partial', 'aria-hidden': 'true' }),
          ' partial date (a month or a year), placed at its first day · * date inferred by the curator',
        ),
        h('div', { id: 'timeline-undated' }),
      ),
      h('section', { id: 'timeline-panel', class: 'panel', 'aria-label': 'Facts and evidence' }),
    ),
  );
  attachSearch(input, results, { status: document.getElementById('status')!, types: ['Organization'], onPick: (hit) => ctx.navigate({ scope: hit.id, sel: undefined }) });
}

function describe(item: TimelineItem): string {
  const when = item.date ? formatDate(item.date) : 'undated';
  const partial = item.precision && item.precision !== 'day' ? `, partial date (${item.precision} only), placed at its first day` : '';
  return `${item.kind === 'deal' ? 'Deal' : 'Hire'}: ${item.label}, ${item.kind === 'deal' ? 'announced' : 'hired'} ${when}${partial}${item.inferred ? ', date inferred by the curator' : ''}`;
}

/** The chart: one lane per kind, markers stacked in rows where they would touch. */
function chart(items: TimelineItem[], selected: string | undefined, choose: (item: TimelineItem) => void): SVGSVGElement | HTMLElement {
  if (!items.length) return h('p', {}, 'Nothing dated to place.');
  const times = items.map((i) => i.at!);
  const month = 30 * 86_400_000;
  const min = Math.min(...times) - month;
  const max = Math.max(...times) + month;
  const x = (t: number) => MARGIN.left + ((t - min) / (max - min)) * (WIDTH - MARGIN.left - MARGIN.right);
  const lanes = LANES.map((lane) => {
    const rows: number[] = [];
    const placed = items.filter((i) => i.kind === lane.kind).map((item) => {
      const px = x(item.at!);
      let row = rows.findIndex((last) => px - last >= ROW);
      if (row < 0) row = rows.push(px) - 1;
      else rows[row] = px;
      return { item, px, row };
    });
    return { ...lane, placed, rows: Math.max(rows.length, 1) };
  });
  let y = MARGIN.top;
  const laneY = lanes.map((lane) => {
    const top = y;
    y += lane.rows * ROW + LANE_GAP;
    return top;
  });
  const height = y;
  const chartEl = svg('svg', { viewBox: `0 0 ${WIDTH} ${height}`, width: '100%', role: 'group', 'aria-label': `Timeline of ${items.length} dated deals and hires`, class: 'timeline-svg' });
  // Year ticks.
  for (let year = new Date(min).getUTCFullYear(); Date.UTC(year, 0, 1) <= max; year++) {
    const t = Date.UTC(year, 0, 1);
    if (t < min) continue;
    chartEl.append(svg('line', { x1: x(t), x2: x(t), y1: MARGIN.top - 14, y2: height - 10, class: 'tl-tick' }), svg('text', { x: x(t) + 3, y: MARGIN.top - 6, class: 'tl-year' }, String(year)));
  }
  lanes.forEach((lane, i) => {
    const top = laneY[i];
    chartEl.append(svg('text', { x: 4, y: top + 10, class: 'tl-lane' }, lane.label), svg('line', { x1: MARGIN.left, x2: WIDTH - MARGIN.right, y1: top + lane.rows * ROW + 6, y2: top + lane.rows * ROW + 6, class: 'tl-axis' }));
    for (const { item, px, row } of lane.placed) {
      const partial = item.precision !== 'day';
      const marker = svg(
        'g',
        { class: `tl-item${partial ? ' partial' : ''}${item.id === selected ? ' selected' : ''}`, 'data-item': item.id, 'data-kind': item.kind, 'data-precision': item.precision!, tabindex: 0, role: 'button', 'aria-label': describe(item), 'aria-pressed': String(item.id === selected) },
        svg('title', {}, describe(item)),
        svg('circle', { cx: px, cy: top + row * ROW + 6, r: 5, fill: partial ? '#ffffff' : lane.color, stroke: lane.color, 'stroke-width': 2, 'stroke-dasharray': partial ? '2 2' : 'none' }),
      );
      if (item.inferred) marker.append(svg('text', { x: px + 6, y: top + row * ROW + 4, class: 'tl-inferred' }, '*'));
      marker.addEventListener('click', () => choose(item));
      marker.addEventListener('keydown', (event) => {
        if (event.key === 'Enter' || event.key === ' ') {
          event.preventDefault();
          choose(item);
        }
      });
      chartEl.append(marker);
    }
  });
  return chartEl;
}

const selectedOf = (item: TimelineItem): Selected => (item.kind === 'deal' ? { kind: 'entity', id: item.id, type: 'Deal' } : { kind: 'fact', id: item.id, type: 'Hire', title: item.label });

export async function renderTimeline(root: HTMLElement, s: State, ctx: ViewContext): Promise<void> {
  if (!built) build(root, ctx);
  const scope = s.scope ?? '';
  if (loaded?.scope !== scope) loaded = { scope, data: await timeline(scope || null) };
  const data = loaded.data;
  const caption = document.getElementById('timeline-caption')!;
  const input = document.getElementById('timeline-org') as HTMLInputElement;
  document.title = 'Timeline · AI-infrastructure explorer';
  if (!data) {
    replace(document.getElementById('timeline-chart')!);
    replace(document.getElementById('timeline-undated')!);
    caption.textContent = `No organization “${scope}”.`;
    return;
  }
  if (document.activeElement !== input) input.value = data.scope?.name ?? '';
  // The hires export is per hiring organization, as talentFlow is: offered once one is chosen.
  replace(document.getElementById('timeline-downloads')!, ...(data.scope ? [`${data.scope.name}’s hires: `, downloadLinks('hires', { to: data.scope.id })] : []));
  const { placed, undated } = timelineItems(data);
  const choose = (item: TimelineItem) => ctx.navigate({ sel: item.id }, 'replace');
  const partial = placed.filter((i) => i.precision !== 'day').length;
  caption.textContent = `${data.scope ? data.scope.name : 'Everything'}: ${placed.length} dated item${placed.length === 1 ? '' : 's'} (${partial} with a partial date), ${undated.length} undated.${data.truncated.length ? ` Only ${data.truncated.join(' and ')} are shown.` : ''}`;
  replace(document.getElementById('timeline-chart')!, chart(placed, s.sel, choose));
  replace(
    document.getElementById('timeline-undated')!,
    h('h3', {}, `Undated (${undated.length})`),
    undated.length
      ? h('ul', { class: 'compact undated-list' }, undated.map((item) => h('li', {}, h('button', { type: 'button', class: 'link', 'data-item': item.id, 'aria-pressed': String(item.id === s.sel), onclick: () => choose(item) }, `${item.kind === 'deal' ? 'Deal' : 'Hire'}: ${item.label}`))))
      : h('p', { class: 'muted' }, 'none'),
  );
  const selected = [...placed, ...undated].find((i) => i.id === s.sel);
  await renderSelection(document.getElementById('timeline-panel')!, selected ? selectedOf(selected) : null, ctx.actions, 'Choose a deal or a hire to see its facts and sources.');
}
