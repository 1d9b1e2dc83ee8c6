/** The cytoscape canvas: draws a GraphModel, keeps positions across updates, reports taps. */
import cytoscape, { type Core, type ElementDefinition } from 'cytoscape';
import fcose from 'cytoscape-fcose';
import type { GraphModel } from './model';
import { ENTITY_TYPES, TYPE_STYLE } from './theme';

cytoscape.use(fcose);

export interface GraphHandlers {
  onNode(id: string): void;
  onEdge(id: string): void;
}

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
      ],
    });
    this.cy.on('tap', 'node', (event) => handlers.onNode(event.target.id()));
    this.cy.on('tap', 'edge', (event) => handlers.onEdge(event.target.id()));
  }

  /** Replaces the drawing with `model`, keeping the positions of nodes already drawn; new nodes start beside `anchor`. */
  show(model: GraphModel, options: { root?: string; expanded?: Iterable<string>; anchor?: string; showPartners: boolean }): void {
    const cy = this.cy;
    const wanted = new Set<string>();
    const added: ElementDefinition[] = [];
    const anchorNode = options.anchor ? cy.getElementById(options.anchor) : null;
    const anchorPos = anchorNode && anchorNode.nonempty() ? anchorNode.position() : null;
    for (const node of model.nodes.values()) {
      wanted.add(node.id);
      if (cy.getElementById(node.id).empty()) {
        // Never two nodes on one spot: cytoscape cannot draw an edge between overlapping nodes.
        const position = anchorPos ? { x: anchorPos.x + (Math.random() - 0.5) * 80, y: anchorPos.y + (Math.random() - 0.5) * 80 } : { x: Math.random() * 600, y: Math.random() * 600 };
        added.push({ group: 'nodes', data: { id: node.id, label: node.label, type: node.type }, position });
      }
    }
    for (const edge of model.edges.values()) {
      if (edge.kind === 'partner' && !options.showPartners) continue;
      wanted.add(edge.id);
      if (cy.getElementById(edge.id).empty()) {
        const label = edge.role && edge.kind !== 'path' ? `${edge.relation} (${edge.role.toLowerCase().replace(/_/g, ' ')})` : edge.relation;
        added.push({ group: 'edges', data: { id: edge.id, source: edge.source, target: edge.target, label, kind: edge.kind } });
      }
    }
    const removed = cy.elements().filter((el) => !wanted.has(el.id()));
    cy.batch(() => {
      removed.remove();
      cy.add(added);
      cy.nodes().removeClass('root expanded');
      if (options.root) cy.getElementById(options.root).addClass('root');
      for (const id of options.expanded ?? []) cy.getElementById(id).addClass('expanded');
    });
    if (added.length || removed.length || !this.laidOut) this.layout(!this.laidOut || !anchorPos);
  }

  private layout(randomize: boolean): void {
    const animate = !reducedMotion() && this.laidOut;
    this.laidOut = true;
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
