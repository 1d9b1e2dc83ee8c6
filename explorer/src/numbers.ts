/**
 * Numbers: planned capacity by country, project or operator; deals sorted by
 * annualized value; an organization's hires by month and where they came
 * from. Loaded on demand, so the graph does not wait for Chart.js.
 */
import { BarController, BarElement, CategoryScale, Chart, Legend, LinearScale, Tooltip } from 'chart.js';
import { capacity, deals, orgHires, type CapacityGroupBy, type DealOrder, type HireRow } from './api';
import { ariaSort, DEAL_FILTER_FIELDS, dealsExportParams, nextOrder, toDealFilter, type DealFilterState, type SortColumnName } from './deal-filters';
import { downloadLinks } from './downloads';
import { h, replace } from './dom';
import { knownAtControl } from './known-control';
import { formatDate, formatMegawatts, formatMoney, formatUsdPerYear, humanize, sourceLabel } from './format';
import { evidenceItem, typeBadge } from './panel';
import { attachSearch } from './search';
import type { State } from './state';

Chart.register(BarController, BarElement, CategoryScale, LinearScale, Tooltip, Legend);
Chart.defaults.font.family = 'system-ui, sans-serif';
Chart.defaults.color = '#1b1b1b';

export interface NumbersContext {
  navigate(patch: Partial<State>, mode?: 'push' | 'replace'): void;
  open(id: string): void;
  say(message: string): void;
}

/** Distinct hues, each dark enough for AA text on white in the tables and legends. */
const PALETTE = ['#1f5fae', '#a84300', '#2e6b30', '#6a3d9a', '#b3261e', '#00697a', '#7a5c00', '#4a4a4a', '#8e2a6b', '#3b5b00'];
const UNDATED = 'undated';

let built = false;
let capacityChart: Chart | null = null;
let hiresChart: Chart | null = null;
let lastGroup: string | null = null;
let lastDeals: string | null = null;
let lastOrg: string | null = null;

export async function renderNumbers(root: HTMLElement, s: State, ctx: NumbersContext): Promise<void> {
  if (!built) build(root, ctx);
  // Every figure of the view is asked as known at the URL's date (src/api.ts dates the requests): a new date redraws all.
  const known = s.known ?? '';
  replace(root.querySelector('#numbers-known')!, knownAtControl('numbers-known-at', s.known, (next) => ctx.navigate({ known: next })));
  const tasks: Array<Promise<void>> = [];
  if (lastGroup !== `${s.group}|${known}`) tasks.push(renderCapacity(s.group, known));
  const dealsKey = JSON.stringify([s.order, s.deals, known]);
  if (lastDeals !== dealsKey) {
    lastDeals = dealsKey;
    tasks.push(renderDeals(s.order, s.deals, ctx));
  }
  if (lastOrg !== `${s.org}|${known}`) tasks.push(renderHires(s.org, ctx, known));
  (root.querySelector('#capacity-group') as HTMLSelectElement).value = s.group;
  await Promise.all(tasks);
  document.title = 'Numbers · AI-infrastructure explorer';
}

function build(root: HTMLElement, ctx: NumbersContext): void {
  built = true;
  const groupSelect = h(
    'select',
    { id: 'capacity-group', onchange: (e: Event) => ctx.navigate({ group: (e.target as HTMLSelectElement).value as CapacityGroupBy }, 'replace') },
    (['COUNTRY', 'PROJECT', 'OPERATOR', 'STATUS'] as const).map((g) => h('option', { value: g }, humanize(g))),
  );
  const orgInput = h('input', { id: 'hires-org', type: 'text', placeholder: 'Organization, e.g. Meta' }) as HTMLInputElement;
  const orgResults = h('ul', { id: 'hires-org-results', class: 'listbox', 'aria-label': 'Organizations' });
  replace(
    root,
    h('h2', { class: 'visually-hidden' }, 'Numbers'),
    h('div', { id: 'numbers-known' }),
    h(
      'div',
      { class: 'numbers-grid' },
      h(
        'section',
        { class: 'card', 'aria-labelledby': 'capacity-heading' },
        h('h2', { id: 'capacity-heading' }, 'Planned capacity'),
        h('label', {}, 'Group by ', groupSelect),
        h('div', { class: 'chart-box' }, h('canvas', { id: 'capacity-chart', role: 'img', 'aria-label': 'Planned capacity chart' })),
        h('div', { id: 'capacity-table' }),
      ),
      h(
        'section',
        { class: 'card', 'aria-labelledby': 'hires-heading-n' },
        h('h2', { id: 'hires-heading-n' }, 'Hires by month'),
        h('div', { class: 'search small-search' }, h('label', { for: 'hires-org' }, 'Organization '), orgInput, orgResults),
        h('div', { class: 'chart-box' }, h('canvas', { id: 'hires-chart', role: 'img', 'aria-label': 'Hires by month chart' })),
        h('p', { class: 'downloads', id: 'hires-downloads' }),
        h('div', { id: 'hires-detail' }),
      ),
      h('section', { class: 'card wide', 'aria-labelledby': 'deals-heading' }, h('h2', { id: 'deals-heading' }, 'Deals'), dealFilterForm(ctx), h('div', { id: 'deals-table' })),
      h(
        'section',
        { class: 'card wide', 'aria-labelledby': 'downloads-heading' },
        h('h2', { id: 'downloads-heading' }, 'Download the data'),
        h('p', { class: 'muted small' }, 'Each export is every row the API returns for its filter, with the evidence columns; the deals export takes the table’s filter and order.'),
        h('p', {}, 'Sites: ', downloadLinks('sites', {}), ' · Organizations: ', downloadLinks('organizations', {}), ' · Hires: per hiring organization, under “Hires by month”.'),
      ),
    ),
  );
  attachSearch(orgInput, orgResults, { status: document.getElementById('status')!, types: ['Organization'], onPick: (hit) => ctx.navigate({ org: hit.id }) });
}

async function renderCapacity(group: CapacityGroupBy, known: string): Promise<void> {
  lastGroup = `${group}|${known}`;
  const groups = await capacity(group);
  const withFigure = groups.filter((g) => g.megawatts != null);
  const canvas = document.getElementById('capacity-chart') as HTMLCanvasElement;
  capacityChart?.destroy();
  canvas.setAttribute('aria-label', `Planned megawatts by ${humanize(group)}: ${withFigure.map((g) => `${g.key} ${formatMegawatts(g.megawatts, g.qualifier)}`).join('; ')}. The table below lists every group.`);
  capacityChart = new Chart(canvas, {
    type: 'bar',
    data: { labels: withFigure.map((g) => g.key), datasets: [{ label: 'Planned MW', data: withFigure.map((g) => g.megawatts ?? 0), backgroundColor: '#1f5fae' }] },
    options: {
      indexAxis: 'y',
      maintainAspectRatio: false,
      animation: window.matchMedia('(prefers-reduced-motion: reduce)').matches ? false : undefined,
      plugins: {
        legend: { display: false },
        tooltip: { callbacks: { label: (item) => { const g = withFigure[item.dataIndex]; return `${formatMegawatts(g.megawatts, g.qualifier)} · ${g.sitesWithFigure} of ${g.sites} sites with a figure`; } } },
      },
      scales: { x: { title: { display: true, text: 'MW (sum of the displayed site capacities)' } } },
    },
  });
  replace(
    document.getElementById('capacity-table')!,
    h(
      'table',
      { class: 'data-table' },
      h('caption', { class: 'visually-hidden' }, `Planned capacity by ${humanize(group)}`),
      h('thead', {}, h('tr', {}, h('th', { scope: 'col' }, humanize(group)), h('th', { scope: 'col' }, 'Planned'), h('th', { scope: 'col' }, 'Sites with a figure'))),
      h('tbody', {}, groups.map((g) => h('tr', {}, h('th', { scope: 'row' }, g.key), h('td', {}, formatMegawatts(g.megawatts, g.qualifier)), h('td', {}, `${g.sitesWithFigure} of ${g.sites}`)))),
    ),
  );
}

/** The filter form above the deals table; its fields are DEAL_FILTER_FIELDS, its values the hash's. */
function dealFilterForm(ctx: NumbersContext): HTMLElement {
  const read = (form: HTMLFormElement): DealFilterState => {
    const filter: DealFilterState = {};
    for (const field of DEAL_FILTER_FIELDS) {
      const value = (form.elements.namedItem(field.key) as HTMLInputElement | HTMLSelectElement).value.trim();
      if (value) filter[field.key] = value;
    }
    return filter;
  };
  const form = h(
    'form',
    { id: 'deal-filter', class: 'filters', 'aria-label': 'Filter the deals' },
    DEAL_FILTER_FIELDS.map((field) =>
      h(
        'label',
        {},
        `${field.label} `,
        field.input === 'select'
          ? h('select', { name: field.key, 'data-filter': field.key }, h('option', { value: '' }, 'any'), field.options!.map((o) => h('option', { value: o }, humanize(o))))
          : h('input', { name: field.key, 'data-filter': field.key, type: field.input === 'number' ? 'number' : 'text', min: field.input === 'number' ? '0' : null, step: field.input === 'number' ? 'any' : null, placeholder: field.placeholder ?? null }),
      ),
    ),
    h('button', { type: 'submit' }, 'Apply'),
    h('button', { type: 'reset' }, 'Clear'),
  ) as HTMLFormElement;
  form.addEventListener('change', () => ctx.navigate({ deals: read(form) }, 'replace'));
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    ctx.navigate({ deals: read(form) }, 'replace');
  });
  form.addEventListener('reset', () => setTimeout(() => ctx.navigate({ deals: {} }, 'replace')));
  return form;
}

function syncFilterForm(filter: DealFilterState): void {
  for (const field of DEAL_FILTER_FIELDS) {
    const el = document.querySelector<HTMLInputElement | HTMLSelectElement>(`#deal-filter [name="${field.key}"]`);
    if (el && document.activeElement !== el) el.value = filter[field.key] ?? '';
  }
}

const ORDER_WORDS: Record<DealOrder, string> = {
  ANNUALIZED_USD_DESC: 'annualized value, largest first',
  ANNUALIZED_USD_ASC: 'annualized value, smallest first',
  TOTAL_USD_DESC: 'total USD value, largest first (per-year and non-USD values count as unknown)',
  TOTAL_USD_ASC: 'total USD value, smallest first (per-year and non-USD values count as unknown)',
  ANNOUNCED_DESC: 'newest announced first',
  NAME_ASC: 'by name',
};

async function renderDeals(order: DealOrder, filter: DealFilterState, ctx: NumbersContext): Promise<void> {
  syncFilterForm(filter);
  const table = document.getElementById('deals-table')!;
  let answer: Awaited<ReturnType<typeof deals>>;
  try {
    answer = await deals(order, toDealFilter(filter), 100);
  } catch (error) {
    return replace(table, h('p', { class: 'error', id: 'deals-error' }, `The API refused this filter: ${(error as Error).message}`));
  }
  const { totalCount, rows } = answer;
  const header = (column: SortColumnName, label: string) => {
    const sort = ariaSort(column, order);
    const arrow = sort === 'descending' ? ' ▼' : sort === 'ascending' ? ' ▲' : '';
    return h('th', { scope: 'col', 'aria-sort': sort, 'data-sort': column }, h('button', { type: 'button', class: 'sort', onclick: () => ctx.navigate({ order: nextOrder(column, order) }, 'replace') }, label + arrow));
  };
  const filtered = Object.keys(filter).length > 0;
  replace(
    table,
    h(
      'p',
      { class: 'muted', id: 'deals-summary' },
      `${totalCount} deal${totalCount === 1 ? '' : 's'}${filtered ? ' matching the filter' : ''}${totalCount > rows.length ? ` (the first ${rows.length} shown)` : ''}, ${ORDER_WORDS[order]}. Unknown values come last. Choose a column title to sort. `,
      h('span', { class: 'downloads' }, 'Download this table: ', downloadLinks('deals', dealsExportParams(filter, order))),
    ),
    h('p', { class: 'muted small' }, 'Annualized is derived by the API from the displayed value and its own period or term (USD a year, the source’s hedge kept); no source states it as such. The minimum filter compares that derived figure.'),
    h(
      'div',
      { class: 'table-scroll' },
      h(
        'table',
        { class: 'data-table deals' },
        h('caption', { class: 'visually-hidden' }, 'Deals'),
        h(
          'thead',
          {},
          h(
            'tr',
            {},
            header('name', 'Deal'),
            h('th', { scope: 'col' }, 'Parties'),
            h('th', { scope: 'col' }, 'Kind / status'),
            header('announced', 'Announced'),
            header('total', 'Displayed value'),
            header('annualized', 'Annualized'),
            h('th', { scope: 'col' }, 'Claims'),
          ),
        ),
        h(
          'tbody',
          {},
          rows.length ? null : h('tr', {}, h('td', { colspan: '7' }, 'No deal matches this filter.')),
          rows.map((d) =>
            h(
              'tr',
              { 'data-deal': d.id },
              h('th', { scope: 'row' }, h('button', { type: 'button', class: 'link', onclick: () => ctx.open(d.id) }, d.name)),
              h('td', {}, d.parties.map((p) => `${p.organization.name}${p.roles.length ? ` (${p.roles.map(humanize).join(', ')})` : ''}`).join(', ')),
              h('td', {}, [humanize(d.kind), humanize(d.status)].filter(Boolean).join(' · ')),
              h('td', {}, formatDate(d.announced, '—')),
              h('td', {}, d.value ? formatMoney(d.value) : '—'),
              h('td', { class: 'num' }, d.annualized ? formatUsdPerYear(d.annualized.amountUsd, d.annualized.qualifier) : '—'),
              h('td', { class: 'num' }, String(d.valueClaims.length)),
            ),
          ),
        ),
      ),
    ),
  );
}

function monthOf(date: string | null): string {
  const m = date ? /^(\d{4}-\d{2})/.exec(date) : null;
  return m ? m[1] : UNDATED;
}

async function renderHires(orgId: string, ctx: NumbersContext, known: string): Promise<void> {
  lastOrg = `${orgId}|${known}`;
  const org = await orgHires(orgId);
  const detail = document.getElementById('hires-detail')!;
  const canvas = document.getElementById('hires-chart') as HTMLCanvasElement;
  hiresChart?.destroy();
  hiresChart = null;
  const downloads = document.getElementById('hires-downloads')!;
  if (!org) {
    replace(downloads);
    return replace(detail, h('p', {}, `No organization “${orgId}”.`));
  }
  replace(downloads, `Download ${org.name}’s hires: `, downloadLinks('hires', { to: org.id }));
  const input = document.getElementById('hires-org') as HTMLInputElement;
  if (document.activeElement !== input) input.value = org.name;

  const months = [...new Set(org.hires.map((hire) => monthOf(hire.date)))].sort((a, b) => (a === UNDATED ? 1 : b === UNDATED ? -1 : a.localeCompare(b)));
  const sources = [...new Set(org.hires.map((hire) => hire.from?.name ?? 'unknown'))];
  const label = (month: string) => (month === UNDATED ? 'undated' : formatDate(month));
  hiresChart = new Chart(canvas, {
    type: 'bar',
    data: {
      labels: months.map(label),
      datasets: sources.map((source, i) => ({
        label: `from ${source}`,
        data: months.map((month) => org.hires.filter((hire) => monthOf(hire.date) === month && (hire.from?.name ?? 'unknown') === source).length),
        backgroundColor: source === 'unknown' ? '#9a9a9a' : PALETTE[i % PALETTE.length],
      })),
    },
    options: {
      maintainAspectRatio: false,
      animation: window.matchMedia('(prefers-reduced-motion: reduce)').matches ? false : undefined,
      scales: { x: { stacked: true }, y: { stacked: true, beginAtZero: true, ticks: { precision: 0 }, title: { display: true, text: 'hires' } } },
      plugins: { tooltip: { callbacks: { afterBody: (items) => { const month = months[items[0].dataIndex]; return org.hires.filter((hire) => monthOf(hire.date) === month).map((hire) => `${hire.person.name} (from ${hire.from?.name ?? 'unknown'})`); } } } },
    },
  });
  canvas.setAttribute('aria-label', `${org.name}'s hires by month, stacked by where they came from: ${months.map((m) => `${label(m)}: ${org.hires.filter((hire) => monthOf(hire.date) === m).map((hire) => hire.person.name).join(', ')}`).join('; ')}. The list below has each hire with its sources.`);

  const byMonth = months.map((month) => ({ month, hires: org.hires.filter((hire) => monthOf(hire.date) === month) }));
  replace(
    detail,
    h(
      'p',
      { class: 'talent-sources' },
      h('strong', {}, `Where ${org.name}'s hires came from: `),
      org.talentSources.map((t, i) => [i ? '; ' : '', t.from ? t.from.name : 'unknown', ` (${t.count}): ${t.people.map((p) => p.name).join(', ')}`]),
    ),
    h(
      'ol',
      { class: 'timeline' },
      byMonth.map(({ month, hires }) =>
        h('li', {}, h('h3', {}, month === UNDATED ? 'Undated (no month given)' : label(month)), h('ul', {}, hires.map((hire) => hireItem(hire, ctx)))),
      ),
    ),
  );
}

function hireItem(hire: HireRow, ctx: NumbersContext): HTMLElement {
  return h(
    'li',
    { class: 'hire', 'data-hire': hire.id },
    typeBadge('Person'),
    ' ',
    h('button', { type: 'button', class: 'link', onclick: () => ctx.open(hire.person.id) }, hire.person.name),
    ' from ',
    hire.from ? h('button', { type: 'button', class: 'link', onclick: () => ctx.open(hire.from!.id) }, hire.from.name) : h('em', {}, 'unknown'),
    hire.date ? ` · ${formatDate(hire.date)}${hire.dateInferred ? ' (inferred)' : ''}` : '',
    hire.title ? ` · ${hire.title}` : '',
    h(
      'details',
      {},
      h('summary', {}, `Who says so: ${[...new Set(hire.evidence.map((e) => sourceLabel(e.article)))].join('; ')}`),
      h('ul', { class: 'evidence-list' }, hire.evidence.map(evidenceItem)),
    ),
  );
}
