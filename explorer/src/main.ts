/**
 * The explorer: a search box, the neighbourhood graph of the selected entity
 * with its keyboard-usable list of links, the evidence panel, the path finder
 * and the numbers. All state lives in the URL hash, so a reload or a shared
 * link reopens the same picture.
 */
import './style.css';
import { connections, entityDetails, factDetails, neighbourhood, setKnownAt, type EntityType, type Path, type SearchHit } from './api';
import { knownAtControl } from './known-control';
import { $, h, replace } from './dom';
import { GraphView } from './graph';
import { groupNeighbours } from './groups';
import { addHood, CAME_FROM, GraphModel, pathEdgeId, pathModel, type GraphEdge } from './model';
import { edgeHeader, edgeTitle, entityPanel, evidenceList, factBody, partnerBody, typeBadge, type Actions } from './panel';
import { attachSearch } from './search';
import { parseState, serialize, type State } from './state';
import { ENTITY_TYPES, TYPE_STYLE } from './theme';

const status = $('#status');
const sideHeading = $('#side-heading');
const sideBody = $('#side-body');
const panelBody = $('#panel-body');
const backButton = $('#back') as HTMLButtonElement;
const depthSelect = $('#depth') as HTMLSelectElement;
const partnersBox = $('#partners') as HTMLInputElement;
const groupedBox = $('#grouped') as HTMLInputElement;
const caption = $('#graph-caption');
const cyContainer = $('#cy');

let state: State = parseState(location.hash);
const past: string[] = [];
let model = new GraphModel();
let builtKey = '';
let generation = 0;
let lastAnchor: string | undefined;
let paths: Path[] = [];

function say(message: string): void {
  status.textContent = message;
}

// ─── Navigation ─────────────────────────────────────────────────────────────

function navigate(patch: Partial<State>, mode: 'push' | 'replace' = 'push'): void {
  const next = { ...state, ...patch };
  const hash = serialize(next);
  if (hash === serialize(state)) return void render();
  if (mode === 'push') {
    past.push(serialize(state));
    history.pushState(null, '', hash);
  } else history.replaceState(null, '', hash);
  state = next;
  void render();
}

window.addEventListener('popstate', () => {
  const hash = location.hash || '#';
  if (past.length && past[past.length - 1] === hash) past.pop();
  state = parseState(location.hash);
  void render();
});

backButton.addEventListener('click', () => {
  const previous = past.pop();
  if (!previous) return;
  history.replaceState(null, '', previous);
  state = parseState(previous);
  void render();
});

const actions: Actions = {
  open: (id) => openNode(id),
  selectEdge: (id) => selectEdge(id),
  recentre: (id) => navigate({ view: 'graph', id, x: [], open: [], sel: undefined, f: undefined }),
  hiresOf: (id) => navigate({ view: 'numbers', org: id }),
  timelineOf: (id) => navigate({ view: 'timeline', scope: id, sel: undefined }),
};

/** Tapping a node (or choosing it in a list): select it, show its links, and expand it on the graph. */
function openNode(id: string): void {
  if (state.view === 'path' && !model.nodes.has(id)) return navigate({ view: 'graph', id, x: [], open: [], sel: undefined, f: undefined });
  if (state.view === 'path') return navigate({ sel: id, f: id }, 'replace');
  if (!model.nodes.has(id)) return navigate({ id, x: [], open: [], sel: undefined, f: undefined });
  lastAnchor = id;
  const x = id === state.id || state.x.includes(id) ? state.x : [...state.x, id];
  navigate({ x, sel: id, f: id }, x === state.x ? 'replace' : 'push');
}

function selectEdge(id: string): void {
  if (!model.edges.has(id)) return;
  navigate({ sel: id }, 'replace');
}

// ─── Graph ──────────────────────────────────────────────────────────────────

const graph = new GraphView(cyContainer, { onNode: (id) => openNode(id), onEdge: (id) => selectEdge(id), onGroup: (key) => toggleGroup(key) });

/** Opens a relation group of the hub (its members drawn inside it), or closes it. */
function toggleGroup(key: string): void {
  const open = state.open.includes(key) ? state.open.filter((k) => k !== key) : [...state.open, key];
  navigate({ open }, 'replace');
}
new ResizeObserver(() => graph.resize()).observe(cyContainer);

replace(
  $('.legend'),
  ENTITY_TYPES.map((type) => h('li', {}, h('span', { class: `swatch swatch-${type.toLowerCase()}`, 'aria-hidden': 'true' }, TYPE_STYLE[type].symbol), ` ${TYPE_STYLE[type].label}`)),
  h('li', { class: 'muted' }, 'dashed: belongs to · dotted: partner / mention'),
);

async function mapLimit<T>(items: T[], limit: number, fn: (item: T) => Promise<void>): Promise<void> {
  let i = 0;
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, async () => {
    while (i < items.length) await fn(items[i++]);
  }));
}

async function buildGraph(s: State, mine: number): Promise<boolean> {
  const next = new GraphModel();
  const root = await neighbourhood(s.id!);
  if (mine !== generation) return false;
  if (!root) {
    say(`Nothing has the id “${s.id}”.`);
    model = next;
    graph.clear();
    return false;
  }
  addHood(next, root, { partners: s.partners });
  const toExpand = new Set(s.x);
  if (s.depth === 2) for (const id of next.neighbours(root.id, false)) toExpand.add(id);
  toExpand.delete(root.id);
  const failed: string[] = [];
  await mapLimit([...toExpand], 6, async (id) => {
    try {
      const hood = await neighbourhood(id);
      if (hood) addHood(next, hood, { partners: s.partners });
    } catch {
      failed.push(id);
    }
  });
  if (mine !== generation) return false;
  if (failed.length) say(`Could not load ${failed.length} neighbourhood(s).`);
  model = next;
  expandedIds = new Set([root.id, ...toExpand]);
  return true;
}

let expandedIds = new Set<string>();
let shownKey = '';

/** Draws the model; at depth 1, grouped, the centre's neighbours come grouped by relation. */
function drawGraph(s: State): void {
  let grouping = s.grouped && s.depth === 1 && s.id ? groupNeighbours(model, s.id, expandedIds, new Set(s.open), s.partners) : undefined;
  // The selection is never folded away: the closed group holding the selected entity (or an end of the selected link) opens.
  const selected = s.sel ? (model.edges.has(s.sel) ? [model.edges.get(s.sel)!.source, model.edges.get(s.sel)!.target] : [s.sel]) : [];
  const holding = grouping?.groups.filter((g) => !g.open && g.members.some((m) => selected.includes(m))) ?? [];
  if (holding.length) grouping = groupNeighbours(model, s.id!, expandedIds, new Set([...s.open, ...holding.map((g) => g.key)]), s.partners);
  graph.show(model, { root: s.id, expanded: expandedIds, anchor: lastAnchor, showPartners: s.partners, grouping });
  lastGrouping = grouping;
  lastAnchor = undefined;
}

let lastGrouping: ReturnType<typeof groupNeighbours> | undefined;

function updateCaption(): void {
  const visibleEdges = [...model.edges.values()].filter((e) => state.partners || e.kind !== 'partner').length;
  const rootName = state.view === 'path' ? 'the paths found' : (model.nodes.get(state.id ?? '')?.label ?? '');
  const closed = state.view === 'graph' ? (lastGrouping?.groups.filter((g) => !g.open) ?? []) : [];
  const folded = closed.reduce((n, g) => n + g.members.length, 0);
  caption.textContent = `${model.nodes.size} entities, ${visibleEdges} links${closed.length ? ` · ${folded} in ${closed.length} closed group${closed.length === 1 ? '' : 's'} (click one to open it)` : ''}`;
  cyContainer.setAttribute('aria-label', `Graph of ${model.nodes.size} entities and ${visibleEdges} links around ${rootName}. The list of links beside it holds the same information and is keyboard usable.`);
}

// ─── Side list: the links of the focused entity ─────────────────────────────

function relationPhrase(edge: GraphEdge, focus: string): string {
  const role = edge.role && edge.kind !== 'path' ? ` (${edge.role.toLowerCase().replace(/_/g, ' ')})` : '';
  return edge.source === focus ? `${edge.relation}${role} →` : `← ${edge.relation}${role}`;
}

function renderNeighbours(focus: string): void {
  const node = model.nodes.get(focus);
  if (!node) return replace(sideBody, h('p', { class: 'muted' }, 'Nothing selected.'));
  const edges = model.edgesOf(focus, state.partners).sort((a, b) => a.relation.localeCompare(b.relation) || otherName(a, focus).localeCompare(otherName(b, focus)));
  sideHeading.textContent = `Links of ${node.label} (${edges.length})`;
  replace(
    sideBody,
    h('p', { class: 'muted small' }, 'Choose a name to open it; choose a link to see who says so.'),
    h(
      'ul',
      { class: 'neighbour-list', id: 'neighbour-list' },
      edges.map((edge) => {
        const otherId = edge.source === focus ? edge.target : edge.source;
        const other = model.nodes.get(otherId)!;
        return h(
          'li',
          { class: edge.id === state.sel ? 'current' : '' },
          typeBadge(other.type),
          ' ',
          h('button', { type: 'button', class: 'link node-btn', 'data-node-id': other.id, onclick: () => openNode(other.id) }, other.label),
          h('br'),
          h('button', { type: 'button', class: 'edge-btn', 'data-edge-id': edge.id, 'aria-label': `Evidence for: ${edgeTitle(edge, model)}`, 'aria-pressed': String(edge.id === state.sel), onclick: () => selectEdge(edge.id) }, relationPhrase(edge, focus)),
        );
      }),
    ),
  );
}

function otherName(edge: GraphEdge, focus: string): string {
  return model.nodes.get(edge.source === focus ? edge.target : edge.source)?.label ?? '';
}

function renderSteps(): void {
  sideHeading.textContent = paths.length ? `${paths.length} path${paths.length === 1 ? '' : 's'} found` : 'Paths';
  if (!state.from || !state.to) return replace(sideBody, h('p', { class: 'muted' }, 'Choose two entities above to see how they are connected.'));
  if (!paths.length) return replace(sideBody, h('p', {}, `No path within ${state.hops} hops.`));
  replace(
    sideBody,
    h(
      'ol',
      { class: 'paths', id: 'path-list' },
      paths.map((path, i) =>
        h(
          'li',
          {},
          h('h3', {}, `Path ${i + 1}: ${path.hops} hop${path.hops === 1 ? '' : 's'}`),
          h(
            'ol',
            { class: 'steps' },
            path.steps.map((step) => {
              const id = pathEdgeId(step);
              return h(
                'li',
                { class: id === state.sel ? 'current' : '' },
                h('button', { type: 'button', class: 'link node-btn', 'data-node-id': step.from.id, onclick: () => openNode(step.from.id) }, step.from.name),
                ' ',
                h('button', { type: 'button', class: 'edge-btn', 'data-edge-id': id, 'aria-pressed': String(id === state.sel), 'aria-label': `Evidence for: ${step.from.name} ${step.relation} ${step.to.name}`, onclick: () => selectEdge(id) }, `${step.relation} →`),
                ' ',
                h('button', { type: 'button', class: 'link node-btn', 'data-node-id': step.to.id, onclick: () => openNode(step.to.id) }, step.to.name),
                h('span', { class: 'muted small' }, ` · ${step.evidence.length} source${step.evidence.length === 1 ? '' : 's'}`),
              );
            }),
          ),
        ),
      ),
    ),
  );
}

// ─── Panel ──────────────────────────────────────────────────────────────────

let panelSeq = 0;

async function renderPanel(sel: string): Promise<void> {
  const mine = ++panelSeq;
  const node = model.nodes.get(sel);
  const edge = model.edges.get(sel);
  graph.select(node || edge ? sel : null);
  if (!node && !edge) return replace(panelBody, h('p', { class: 'muted' }, 'Select an entity or a link to see its facts and sources.'));
  replace(panelBody, h('p', { class: 'loading' }, 'Loading…'));
  try {
    let content: HTMLElement;
    if (node) {
      const details = await entityDetails(node.id, node.type);
      if (mine !== panelSeq) return;
      content = details ? entityPanel(details, actions, model) : h('p', {}, 'Not found.');
    } else {
      content = await edgePanel(edge!);
      if (mine !== panelSeq) return;
    }
    replace(panelBody, content);
    panelBody.dataset.selected = sel;
  } catch (error) {
    if (mine === panelSeq) replace(panelBody, h('p', { class: 'error' }, `Could not load: ${(error as Error).message}`));
  }
}

async function edgePanel(edge: GraphEdge): Promise<HTMLElement> {
  const header = edgeHeader(edge, model, actions);
  const wrap = (...children: Parameters<typeof h>[2][]) => h('div', { class: 'edge-panel', 'data-edge': edge.id }, header, ...children);
  switch (edge.kind) {
    case 'fact': {
      const fact = await factDetails(edge.factId!, edge.factType!);
      if (!fact) return wrap(h('p', {}, 'This fact is no longer in the graph.'));
      const note = edge.relation === CAME_FROM ? h('p', { class: 'muted' }, 'Where the person came from is part of the hire; these are the hire’s sources.') : null;
      return wrap(note, factBody(fact, actions), evidenceList(fact.evidence));
    }
    case 'ref': {
      const child = model.nodes.get(edge.source);
      if (child && (child.type === 'Site' || child.type === 'Deal' || child.type === 'Project')) {
        const details = await entityDetails(child.id, child.type);
        const evidence = details && 'evidence' in details ? details.evidence : [];
        return wrap(h('p', { class: 'muted' }, `The link is one of ${child.label}’s attributes; these articles state its attributes.`), evidenceList(evidence));
      }
      return wrap(h('p', { class: 'muted' }, 'The API keeps no separate source for this link; open either organization for the articles that mention it.'));
    }
    case 'partner':
      return wrap(partnerBody(edge, actions));
    case 'mention':
      return wrap(h('p', {}, 'The article mentions this entity; open the article for its details.'));
    case 'path':
      return wrap(evidenceList(edge.step!.evidence));
  }
}

// ─── Views ──────────────────────────────────────────────────────────────────

const viewButtons = document.querySelectorAll<HTMLButtonElement>('[data-view]');
viewButtons.forEach((button) => button.addEventListener('click', () => navigate({ view: button.dataset.view as State['view'], sel: undefined })));

depthSelect.addEventListener('change', () => navigate({ depth: depthSelect.value === '2' ? 2 : 1 }));
partnersBox.addEventListener('change', () => navigate({ partners: partnersBox.checked }, 'replace'));
groupedBox.addEventListener('change', () => navigate({ grouped: groupedBox.checked }, 'replace'));
$('#fit').addEventListener('click', () => graph.fit());

attachSearch($('#search-input') as HTMLInputElement, $('#search-results'), {
  status,
  onPick: (hit: SearchHit) => {
    (document.activeElement as HTMLElement | null)?.blur();
    navigate({ view: 'graph', id: hit.id, x: [], open: [], sel: undefined, f: undefined });
    ($('#search-input') as HTMLInputElement).value = '';
  },
});

// Path finder: the inputs keep the picked ids; typed names work too (the API takes names or ids).
const pathFrom = $('#path-from') as HTMLInputElement;
const pathTo = $('#path-to') as HTMLInputElement;
const pathHops = $('#path-hops') as HTMLSelectElement;
const entityTypes: EntityType[] = ['Organization', 'Person', 'Project', 'Site', 'Deal'];
attachSearch(pathFrom, $('#path-from-results'), { status, types: entityTypes, onPick: (hit) => (pathFrom.dataset.id = hit.id) });
attachSearch(pathTo, $('#path-to-results'), { status, types: entityTypes, onPick: (hit) => (pathTo.dataset.id = hit.id) });
pathFrom.addEventListener('input', () => delete pathFrom.dataset.id);
pathTo.addEventListener('input', () => delete pathTo.dataset.id);
$('#path-form').addEventListener('submit', (event) => {
  event.preventDefault();
  const from = pathFrom.dataset.id ?? pathFrom.value.trim();
  const to = pathTo.dataset.id ?? pathTo.value.trim();
  if (!from || !to) return say('Choose both ends of the path.');
  navigate({ view: 'path', from, to, hops: Number(pathHops.value), sel: undefined, f: undefined });
});

let numbersModule: typeof import('./numbers') | null = null;
let timelineModule: typeof import('./timeline') | null = null;
let mapModule: typeof import('./map') | null = null;
/** The analyst views open a selection in the graph (and its panel) through the same actions as the panel. */
const viewContext = { navigate, say, actions: { ...actions, open: (id: string) => navigate({ view: 'graph', id, x: [], open: [], sel: undefined, f: undefined }) } };
const PAGE_VIEWS: ReadonlyArray<State['view']> = ['numbers', 'timeline', 'map'];

async function render(): Promise<void> {
  const s = state;
  const mine = ++generation;
  viewButtons.forEach((b) => b.setAttribute('aria-current', b.dataset.view === s.view ? 'page' : 'false'));
  backButton.disabled = past.length === 0;
  document.body.dataset.view = s.view;
  $('#workspace').hidden = PAGE_VIEWS.includes(s.view);
  for (const view of PAGE_VIEWS) $(`#${view}`).hidden = s.view !== view;
  $('#graph-toolbar').hidden = s.view !== 'graph';
  $('#path-form').hidden = s.view !== 'path';
  document.body.dataset.rendering = 'true';
  // Only the evidence panel (graph view) and the numbers view are dated; the URL keeps `known` for those two.
  const dated = s.view === 'graph' || s.view === 'numbers';
  setKnownAt(dated ? s.known : undefined);
  const panelKnown = $('#panel-known');
  if (s.view === 'graph') replace(panelKnown, knownAtControl('panel-known-at', s.known, (known) => navigate({ known })));
  else replace(panelKnown);
  try {
    if (s.view === 'numbers') {
      numbersModule ??= await import('./numbers');
      await numbersModule.renderNumbers($('#numbers'), s, { navigate, open: (id) => navigate({ view: 'graph', id, x: [], open: [], sel: undefined, f: undefined }), say });
      return;
    }
    if (s.view === 'timeline') {
      timelineModule ??= await import('./timeline');
      return await timelineModule.renderTimeline($('#timeline'), s, viewContext);
    }
    if (s.view === 'map') {
      mapModule ??= await import('./map');
      return await mapModule.renderMap($('#map'), s, viewContext);
    }
    if (s.view === 'graph') {
      depthSelect.value = String(s.depth);
      partnersBox.checked = s.partners;
      groupedBox.checked = s.grouped;
      groupedBox.disabled = s.depth === 2;
      const key = `graph|${s.id}|${s.depth}|${s.x.join(',')}|${s.partners}`;
      if (key !== builtKey) {
        if (!(await buildGraph(s, mine))) return;
        builtKey = key;
      }
      if (mine !== generation) return;
      const drawKey = `${key}|${s.grouped}|${s.open.join(',')}|${s.sel ?? ''}`;
      if (drawKey !== shownKey) {
        drawGraph(s);
        shownKey = drawKey;
      }
      const focus = s.f && model.nodes.has(s.f) ? s.f : s.id!;
      renderNeighbours(focus);
      document.title = `${model.nodes.get(s.id!)?.label ?? 'Explorer'} · AI-infrastructure explorer`;
    } else {
      pathHops.value = String(s.hops);
      const key = `path|${s.from}|${s.to}|${s.hops}`;
      if (key !== builtKey) {
        paths = s.from && s.to ? await connections(s.from, s.to, s.hops, 5) : [];
        if (mine !== generation) return;
        model = pathModel(paths);
        graph.clear();
        graph.show(model, { showPartners: false });
        builtKey = key;
        shownKey = '';
        const first = paths[0]?.steps;
        if (first?.length) {
          if (!pathFrom.matches(':focus')) pathFrom.value = first[0].from.name;
          if (!pathTo.matches(':focus')) pathTo.value = first[first.length - 1].to.name;
        }
        say(s.from && s.to ? (paths.length ? `${paths.length} path(s) found.` : `No path within ${s.hops} hops.`) : '');
      }
      renderSteps();
      document.title = 'Path finder · AI-infrastructure explorer';
    }
    updateCaption();
    const sel = s.sel ?? (s.view === 'graph' ? s.id : undefined);
    if (sel) await renderPanel(sel);
    else replace(panelBody, h('p', { class: 'muted' }, s.view === 'path' ? 'Choose a step to see who says so.' : 'Select an entity or a link.'));
  } catch (error) {
    if (mine === generation) say(`Error: ${(error as Error).message}`);
  } finally {
    if (mine === generation) document.body.dataset.rendering = 'false';
  }
}

// Test and debugging hook: the canvas cannot be clicked by name, so tests tap through here (or use the lists).
declare global {
  interface Window {
    __explorer: {
      tapNode(id: string): void;
      tapGroup(key: string): void;
      selectEdge(id: string): void;
      state(): State;
      nodes(): string[];
      edges(): string[];
      /** The drawn relation groups: key, label and whether open. */
      groups(): Array<{ key: string; label: string; open: boolean; members: number }>;
      labelBoxes(): ReturnType<GraphView['labelBoxes']>;
    };
  }
}
window.__explorer = {
  tapNode: (id) => openNode(id),
  tapGroup: (key) => toggleGroup(key),
  selectEdge: (id) => selectEdge(id),
  state: () => ({ ...state }),
  nodes: () => [...model.nodes.keys()],
  edges: () => [...model.edges.keys()],
  groups: () => graph.cy.nodes('[kind = "group"]').map((n) => ({ key: n.data('key'), label: n.data('label'), open: n.isParent(), members: n.children().length })),
  labelBoxes: () => graph.labelBoxes(),
};

if (!location.hash) history.replaceState(null, '', serialize(state));
void render();
