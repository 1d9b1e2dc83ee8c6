/** The cytoscape canvas: draws a GraphModel, keeps positions across updates, reports taps. */
import cytoscape, { type Core, type EdgeSingular, type ElementDefinition, type NodeSingular } from 'cytoscape';
import fcose from 'cytoscape-fcose';
import type { Grouping } from './groups';
import type { GraphModel } from './model';
import { ENTITY_TYPES, TYPE_STYLE } from './theme';

cytoscape.use(fcose);

export interface GraphHandlers {
  onNode(id: string): void;
  onEdge(id: string): void;
  /** A relation group was tapped: open it, or close it when open. */
  onGroup(key: string): void;
}

type Box = { x1: number; y1: number; x2: number; y2: number };
const overlaps = (a: Box, b: Box, gap: number) => a.x1 < b.x2 + gap && b.x1 < a.x2 + gap && a.y1 < b.y2 + gap && b.y1 < a.y2 + gap;
const LABEL_GAP = 3;
/** A label's own box, without the node's body or the edge's line. */
const LABEL_ONLY = { includeNodes: false, includeEdges: false, includeLabels: true, includeSourceLabels: false, includeTargetLabels: false } as const;

const reducedMotion = () => window.matchMedia('(prefers-reduced-motion: reduce)').matches;

export class GraphView {
  readonly cy: Core;
  private laidOut = false;

  constructor(container: HTMLElement, handlers: GraphHandlers) {
    this.cy = cytoscape({
      container,
      autounselectify: true,
      boxSelectionEnabled: false,
      minZoom: 0.2,
      maxZoom: 3,
      style: [
        {
          selector: 'node',
          style: {
            label: 'data(label)',
            'font-size': 11,
            'font-family': 'system-ui, sans-serif',
            color: '#1b1b1b',
            'text-valign': 'bottom',
            'text-margin-y': 4,
            'text-wrap': 'ellipsis',
            'text-max-width': '140px',
            'text-outline-color': '#ffffff',
            'text-outline-width': 2,
            width: 26,
            height: 26,
            'border-width': 1,
            'border-color': '#ffffff',
            'min-zoomed-font-size': 6,
          },
        },
        ...ENTITY_TYPES.map((type) => ({
          selector: `node[type = "${type}"]`,
          style: { 'background-color': TYPE_STYLE[type].color, shape: TYPE_STYLE[type].shape as cytoscape.Css.NodeShape },
        })),
        { selector: 'node[type = "Deal"]', style: { width: 30, height: 30 } },
        { selector: 'node.root', style: { width: 38, height: 38, 'border-width': 3, 'border-color': '#1b1b1b', 'font-weight': 'bold', 'font-size': 13 } },
        { selector: 'node.expanded', style: { 'border-width': 2, 'border-color': '#1b1b1b' } },
        {
          selector: 'edge',
          style: {
            width: 1.5,
            'line-color': '#8a8a8a',
            'target-arrow-color': '#8a8a8a',
            'target-arrow-shape': 'triangle',
            'arrow-scale': 0.8,
            'curve-style': 'bezier',
            label: 'data(label)',
            'font-size': 8,
            color: '#333333',
            'text-rotation': 'autorotate',
            'text-background-color': '#ffffff',
            'text-background-opacity': 0.85,
            'text-background-padding': '1px',
            'min-zoomed-font-size': 7,
          },
        },
        { selector: 'edge[kind = "ref"]', style: { 'line-style': 'dashed' } },
        { selector: 'edge[kind = "partner"]', style: { 'line-style': 'dotted', 'line-color': '#b0b0b0', 'target-arrow-shape': 'none' } },
        { selector: 'edge[kind = "mention"]', style: { 'line-style': 'dotted' } },
        { selector: 'edge[kind = "path"]', style: { width: 3, 'line-color': '#b3261e', 'target-arrow-color': '#b3261e', 'font-size': 10 } },
        { selector: '.sel', style: { 'underlay-color': '#ffb000', 'underlay-opacity': 0.7, 'underlay-padding': 7 } },
        { selector: 'edge.sel', style: { width: 4, 'line-color': '#e07b00', 'target-arrow-color': '#e07b00', 'font-size': 10, 'font-weight': 'bold' } },
        { selector: '.faded', style: { opacity: 0.25 } },
        {
          selector: 'node[kind = "group"]',
          style: {
            shape: 'round-rectangle',
            'background-color': '#f4f5f7',
            'border-width': 2,
            'border-style': 'dashed',
            'border-color': '#595959',
            width: 'data(width)',
            height: 26,
            'text-valign': 'center',
            'text-margin-y': 0,
            'font-weight': 'bold',
            'text-max-width': '200px',
            'text-outline-width': 0,
          },
        },
        {
          selector: 'node[kind = "group"]:parent',
          style: { 'background-opacity': 0.35, 'text-valign': 'top', 'text-margin-y': -4, padding: '14px', shape: 'round-rectangle' },
        },
        { selector: 'edge[kind = "group"]', style: { 'line-style': 'dashed', width: 2, label: '' } },
      ],
    });
    this.cy.on('tap', 'node[kind = "group"]', (event) => handlers.onGroup(event.target.data('key')));
    this.cy.on('tap', 'node[kind != "group"]', (event) => handlers.onNode(event.target.id()));
    this.cy.on('tap', 'edge', (event) => handlers.onEdge(event.target.id()));
  }

  /**
   * Replaces the drawing with `model`, keeping the positions of nodes already drawn; new nodes start beside `anchor`.
   * With `grouping`, the hub's neighbours in a closed group are drawn as one node for the group, and an open group's
   * members inside it.
   */
  show(model: GraphModel, options: { root?: string; expanded?: Iterable<string>; anchor?: string; showPartners: boolean; grouping?: Grouping }): void {
    const cy = this.cy;
    const grouping = options.grouping;
    const hidden = grouping?.hidden ?? new Set<string>();
    const parentOf = new Map<string, string>();
    for (const g of grouping?.groups ?? []) if (g.open) for (const m of g.members) parentOf.set(m, g.id);
    const wanted = new Set<string>();
    const added: ElementDefinition[] = [];
    const anchorNode = options.anchor ? cy.getElementById(options.anchor) : null;
    const anchorPos = anchorNode && anchorNode.nonempty() ? anchorNode.position() : null;
    const near = () => (anchorPos ? { x: anchorPos.x + (Math.random() - 0.5) * 80, y: anchorPos.y + (Math.random() - 0.5) * 80 } : { x: Math.random() * 600, y: Math.random() * 600 });
    for (const g of grouping?.groups ?? []) {
      wanted.add(g.id);
      const existing = cy.getElementById(g.id);
      if (existing.empty()) added.push({ group: 'nodes', data: { id: g.id, key: g.key, label: g.label, kind: 'group', width: Math.round(16 + g.label.length * 7.2) }, position: near() });
      // One link from the hub to the group, open or closed: an open group's members are not linked one by one.
      const id = `${g.id}~link`;
      wanted.add(id);
      if (cy.getElementById(id).empty()) added.push({ group: 'edges', data: { id, source: g.direction === 'out' ? grouping!.hub : g.id, target: g.direction === 'out' ? g.id : grouping!.hub, label: '', kind: 'group' } });
    }
    const moves: Array<[string, string | null]> = [];
    for (const node of model.nodes.values()) {
      if (hidden.has(node.id)) continue;
      wanted.add(node.id);
      const parent = parentOf.get(node.id) ?? null;
      const existing = cy.getElementById(node.id);
      if (existing.empty()) {
        // Never two nodes on one spot: cytoscape cannot draw an edge between overlapping nodes.
        added.push({ group: 'nodes', data: { id: node.id, label: node.label, type: node.type, parent: parent ?? undefined }, position: near() });
      } else if ((existing.data('parent') ?? null) !== parent) moves.push([node.id, parent]);
    }
    for (const edge of model.edges.values()) {
      if (edge.kind === 'partner' && !options.showPartners) continue;
      if (hidden.has(edge.source) || hidden.has(edge.target)) continue;
      if (grouping && (edge.source === grouping.hub || edge.target === grouping.hub) && parentOf.has(edge.source === grouping.hub ? edge.target : edge.source)) continue;
      wanted.add(edge.id);
      if (cy.getElementById(edge.id).empty()) {
        const label = edge.role && edge.kind !== 'path' ? `${edge.relation} (${edge.role.toLowerCase().replace(/_/g, ' ')})` : edge.relation;
        added.push({ group: 'edges', data: { id: edge.id, source: edge.source, target: edge.target, label, kind: edge.kind } });
      }
    }
    const removed = cy.elements().filter((el) => !wanted.has(el.id()));
    cy.batch(() => {
      removed.remove();
      // Parents first, so a child added in the same batch finds its group.
      cy.add(added.filter((el) => el.group === 'nodes' && el.data.kind === 'group'));
      cy.add(added.filter((el) => !(el.group === 'nodes' && el.data.kind === 'group')));
      for (const [id, parent] of moves) cy.getElementById(id).move({ parent });
      for (const g of grouping?.groups ?? []) cy.getElementById(g.id).data('label', g.label);
      cy.nodes().removeClass('root expanded');
      if (options.root) cy.getElementById(options.root).addClass('root');
      for (const id of options.expanded ?? []) cy.getElementById(id).addClass('expanded');
    });
    if (added.length || removed.length || moves.length || !this.laidOut) this.layout(!this.laidOut || !anchorPos);
  }

  /** The rendered box of every node and edge label, for tests: none may overlap another once the layout is done. */
  labelBoxes(): Array<{ id: string; label: string } & Box> {
    return this.cy
      .elements()
      .filter((el) => Boolean(el.data('label')))
      .map((el) => ({ id: el.id(), label: String(el.data('label')), ...el.renderedBoundingBox(LABEL_ONLY) }));
  }

  /**
   * Lengthens edges whose label touches a node (its body or label) or another edge's label: the edge's far end (the
   * end with fewer links, never the centre) moves outward along the edge, which carries the label away from the
   * crowd at the centre. True when anything moved.
   */
  private clearEdgeLabels(): boolean {
    const edges = (this.cy.edges().toArray() as EdgeSingular[]).filter((e) => Boolean(e.data('label')));
    const nodes = (this.cy.nodes().toArray() as NodeSingular[]).filter((n) => !n.isParent());
    let movedAny = false;
    for (let pass = 0; pass < 40; pass++) {
      let moved = false;
      for (const edge of edges) {
        const box = edge.boundingBox(LABEL_ONLY);
        if (box.w === 0) continue;
        const clash = nodes.some((n) => overlaps(box, n.boundingBox({ includeNodes: true, includeEdges: false, includeLabels: true }), LABEL_GAP)) || edges.some((other) => other !== edge && overlaps(box, other.boundingBox(LABEL_ONLY), LABEL_GAP));
        if (!clash) continue;
        const [source, target] = [edge.source(), edge.target()];
        const far = target.hasClass('root') || (!source.hasClass('root') && source.degree(false) < target.degree(false)) ? source : target;
        const near = far === source ? target : source;
        if (far.isParent()) continue;
        const dx = far.position('x') - near.position('x');
        const dy = far.position('y') - near.position('y');
        const length = Math.hypot(dx, dy) || 1;
        far.shift({ x: (dx / length) * 12, y: (dy / length) * 12 });
        moved = true;
      }
      if (!moved) break;
      movedAny = true;
    }
    return movedAny;
  }

  /**
   * Moves nodes apart until no two node labels overlap (fcose separates nodes, not their labels below them); edge
   * labels are cleared after it (clearEdgeLabels), and the two alternate a few rounds. Each
   * pass pushes every overlapping pair apart along the axis that needs the smaller move; a compound group moves
   * with its members, so only childless nodes are moved, and a group's own label pushes the other node away.
   */
  private separateLabels(): void {
    const nodes = (this.cy.nodes().toArray() as NodeSingular[]).filter((n) => Boolean(n.data('label')));
    for (let pass = 0; pass < 80; pass++) {
      let moved = false;
      const boxes = nodes.map((n) => ({ n, b: n.boundingBox({ includeNodes: true, includeEdges: false, includeLabels: true }), l: n.boundingBox({ includeNodes: false, includeEdges: false, includeLabels: true }) }));
      for (let i = 0; i < boxes.length; i++) {
        for (let j = i + 1; j < boxes.length; j++) {
          const a = boxes[i];
          const b = boxes[j];
          if (a.n.isParent() || b.n.isParent()) {
            const [parent, other] = a.n.isParent() ? [a, b] : [b, a];
            if (other.n.isParent() || other.n.ancestors().contains(parent.n)) continue;
            // The group's label and box push a node that is not its member out of the way.
            if (!overlaps(parent.b, other.b, LABEL_GAP)) continue;
            const down = other.b.y1 + other.b.y2 > parent.b.y1 + parent.b.y2;
            const dy = down ? parent.b.y2 + LABEL_GAP - other.b.y1 : parent.b.y1 - LABEL_GAP - other.b.y2;
            other.n.shift({ x: 0, y: dy });
            moved = true;
            continue;
          }
          if (!overlaps(a.l, b.l, LABEL_GAP) && !overlaps(a.b, b.b, 0)) continue;
          const ox = Math.min(a.b.x2, b.b.x2) - Math.max(a.b.x1, b.b.x1) + LABEL_GAP;
          const oy = Math.min(a.b.y2, b.b.y2) - Math.max(a.b.y1, b.b.y1) + LABEL_GAP;
          const sign = (d: number) => (d >= 0 ? 1 : -1);
          if (oy <= ox) {
            const s = sign(b.b.y1 + b.b.y2 - a.b.y1 - a.b.y2);
            a.n.shift({ x: 0, y: (-s * oy) / 2 });
            b.n.shift({ x: 0, y: (s * oy) / 2 });
          } else {
            const s = sign(b.b.x1 + b.b.x2 - a.b.x1 - a.b.x2);
            a.n.shift({ x: (-s * ox) / 2, y: 0 });
            b.n.shift({ x: (s * ox) / 2, y: 0 });
          }
          moved = true;
          a.b = a.n.boundingBox({ includeNodes: true, includeEdges: false, includeLabels: true });
          a.l = a.n.boundingBox({ includeNodes: false, includeEdges: false, includeLabels: true });
          b.b = b.n.boundingBox({ includeNodes: true, includeEdges: false, includeLabels: true });
          b.l = b.n.boundingBox({ includeNodes: false, includeEdges: false, includeLabels: true });
        }
      }
      if (!moved) break;
    }
  }

  private layout(randomize: boolean): void {
    const animate = !reducedMotion() && this.laidOut;
    this.laidOut = true;
    this.cy.container()!.dataset.layout = 'running';
    const count = this.cy.nodes().length;
    this.cy
      .layout({
        name: 'fcose',
        quality: 'default',
        randomize,
        animate,
        animationDuration: 350,
        fit: true,
        padding: 30,
        nodeRepulsion: () => 6500,
        idealEdgeLength: () => (count > 60 ? 70 : 95),
        nodeSeparation: 60,
        nodeDimensionsIncludeLabels: true,
        stop: () => {
          this.separateLabels();
          for (let round = 0; round < 4 && this.clearEdgeLabels(); round++) this.separateLabels();
          this.cy.fit(undefined, 30);
          this.cy.container()!.dataset.layout = 'done';
        },
      } as cytoscape.LayoutOptions)
      .run();
  }

  select(id: string | null): void {
    this.cy.elements().removeClass('sel');
    if (id) this.cy.getElementById(id).addClass('sel');
  }

  clear(): void {
    this.cy.elements().remove();
    this.laidOut = false;
  }

  fit(): void {
    this.cy.animate({ fit: { eles: this.cy.elements(), padding: 30 } }, { duration: reducedMotion() ? 0 : 250 });
  }

  resize(): void {
    this.cy.resize();
  }
}
