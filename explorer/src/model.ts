/**
 * The graph the explorer draws, built client-side from each entity's own
 * fields. Edges carry the id of the fact behind them (a Hire, a DealParty, ...)
 * so selecting one can fetch that fact's evidence; the same fact seen from
 * either end gives the same edge.
 */
import { FACT_KINDS, MENTIONS, REFERENCES } from '../../src/model/graph-model';
import { rememberType, type EntityType, type FactType, type Hood, type PartnerVia, type Ref, type Step } from './api';

export interface GraphNode {
  id: string;
  label: string;
  type: EntityType;
}

export type EdgeKind = 'fact' | 'ref' | 'partner' | 'mention' | 'path';

export interface GraphEdge {
  id: string;
  source: string;
  target: string;
  relation: string;
  kind: EdgeKind;
  /** For fact edges: the fact's type and id (the CAME_FROM edge of a hire shares the hire's id). */
  factType?: FactType;
  factId?: string;
  /** A role or a short note shown with the relation, e.g. BUYER. */
  role?: string | null;
  /** Partner edges: what links the two. */
  via?: PartnerVia[];
  /** Path edges: the step, with its evidence. */
  step?: Step;
}

export class GraphModel {
  readonly nodes = new Map<string, GraphNode>();
  readonly edges = new Map<string, GraphEdge>();

  addNode(ref: Ref, type: EntityType): void {
    rememberType(ref.id, type);
    if (!this.nodes.has(ref.id)) this.nodes.set(ref.id, { id: ref.id, label: ref.name, type });
  }

  addEdge(edge: GraphEdge): void {
    if (!this.edges.has(edge.id)) this.edges.set(edge.id, edge);
  }

  edgesOf(id: string, includePartners: boolean): GraphEdge[] {
    return [...this.edges.values()].filter((e) => (e.source === id || e.target === id) && (includePartners || e.kind !== 'partner'));
  }

  /** Entities linked to `id` by a visible edge. */
  neighbours(id: string, includePartners: boolean): string[] {
    return [...new Set(this.edgesOf(id, includePartners).map((e) => (e.source === id ? e.target : e.source)))];
  }
}

// Relation names are the server's path step names (src/model/graph-model.ts), read subject → object.
type FactSteps = { steps: { 'subject>object': string }; roleSteps?: Record<string, { 'subject>object': string }> };
/** The step name of a fact read from its subject to its object; a role may name it differently (a DEVELOPER DEVELOPS). */
const stepOf = (kind: FactType, role: string | null = null): string => {
  const steps: FactSteps = FACT_KINDS[kind];
  return (role && steps.roleSteps?.[role]?.['subject>object']) || steps.steps['subject>object'];
};
/** A hire's person CAME_FROM the previous employer. */
export const CAME_FROM = FACT_KINDS.Hire.steps['subject>from'];
const SUBSIDIARY_OF = REFERENCES.parent.steps.forward;
const PART_OF = REFERENCES.parentProject.steps.forward;
const IN_PROJECT = REFERENCES.project.steps.forward;
/** Not a fact of the graph: two organizations linked through a shared project or deal (`Organization.partners`). */
const PARTNER_OF = 'PARTNER_OF';

/** An edge for a fact, subject → object, named by its step; its id is the fact's id. */
const fact = (model: GraphModel, id: string, factType: FactType, source: string, target: string, role: string | null = null) =>
  model.addEdge({ id, source, target, relation: stepOf(factType, role), kind: 'fact', factType, factId: id, role });

/** The CAME_FROM edge of a hire: person → previous employer, backed by the hire (it shares the hire's fact id). */
const cameFrom = (model: GraphModel, hireId: string, person: string, from: string) =>
  model.addEdge({ id: `${hireId}~from`, source: person, target: from, relation: CAME_FROM, kind: 'fact', factType: 'Hire', factId: hireId, role: null });

const ref = (model: GraphModel, child: string, relation: string, target: string) => model.addEdge({ id: `ref:${child}:${relation}:${target}`, source: child, target, relation, kind: 'ref' });

/** Adds an entity, its neighbours and the edges between them. */
export function addHood(model: GraphModel, hood: Hood, options: { partners: boolean } = { partners: false }): void {
  const self = hood.id;
  switch (hood.__typename) {
    case 'Organization': {
      model.addNode(hood, 'Organization');
      if (hood.parent) {
        model.addNode(hood.parent, 'Organization');
        ref(model, self, SUBSIDIARY_OF, hood.parent.id);
      }
      for (const sub of hood.subsidiaries) {
        model.addNode(sub, 'Organization');
        ref(model, sub.id, SUBSIDIARY_OF, self);
      }
      for (const hire of hood.hires) {
        model.addNode(hire.person, 'Person');
        fact(model, hire.id, 'Hire', hire.person.id, self);
        if (hire.from) {
          model.addNode(hire.from, 'Organization');
          cameFrom(model, hire.id, hire.person.id, hire.from.id);
        }
      }
      for (const hire of hood.departures) {
        model.addNode(hire.person, 'Person');
        model.addNode(hire.organization, 'Organization');
        cameFrom(model, hire.id, hire.person.id, self);
        fact(model, hire.id, 'Hire', hire.person.id, hire.organization.id);
      }
      for (const job of hood.people) {
        model.addNode(job.person, 'Person');
        fact(model, job.id, 'Employment', job.person.id, self);
      }
      for (const p of hood.projects) {
        model.addNode(p.project, 'Project');
        fact(model, p.id, 'Participation', self, p.project.id, p.roles.join(', '));
      }
      for (const deal of hood.deals) {
        model.addNode(deal, 'Deal');
        for (const party of deal.parties) {
          if (party.organization.id !== self) continue;
          fact(model, party.id, 'DealParty', self, deal.id, party.roles.join(', '));
        }
      }
      for (const s of hood.sites) {
        model.addNode(s.site, 'Site');
        fact(model, s.id, 'SiteRole', self, s.site.id, s.role);
      }
      for (const stake of hood.stakes) {
        model.addNode(stake.owned, stake.owned.__typename);
        fact(model, stake.id, 'Ownership', self, stake.owned.id, stake.kind);
      }
      for (const m of hood.members) {
        model.addNode(m.person, 'Person');
        fact(model, m.id, 'Membership', m.person.id, self);
      }
      for (const f of hood.founders) {
        model.addNode(f.person, 'Person');
        fact(model, f.id, 'Founding', f.person.id, self);
      }
      for (const partner of options.partners ? hood.partners : []) {
        model.addNode(partner.organization, 'Organization');
        const [a, b] = [self, partner.organization.id].sort();
        model.addEdge({ id: `partner:${a}:${b}`, source: self, target: partner.organization.id, relation: PARTNER_OF, kind: 'partner', via: partner.via });
      }
      break;
    }
    case 'Person': {
      model.addNode(hood, 'Person');
      for (const job of hood.employments) {
        model.addNode(job.organization, 'Organization');
        fact(model, job.id, 'Employment', self, job.organization.id);
      }
      for (const hire of hood.hires) {
        model.addNode(hire.organization, 'Organization');
        fact(model, hire.id, 'Hire', self, hire.organization.id);
        if (hire.from) {
          model.addNode(hire.from, 'Organization');
          cameFrom(model, hire.id, self, hire.from.id);
        }
      }
      for (const m of hood.memberships) {
        model.addNode(m.organization, 'Organization');
        fact(model, m.id, 'Membership', self, m.organization.id);
      }
      for (const f of hood.foundings) {
        model.addNode(f.organization, 'Organization');
        fact(model, f.id, 'Founding', self, f.organization.id);
      }
      break;
    }
    case 'Project': {
      model.addNode(hood, 'Project');
      if (hood.parent) {
        model.addNode(hood.parent, 'Project');
        ref(model, self, PART_OF, hood.parent.id);
      }
      for (const o of hood.offshoots) {
        model.addNode(o, 'Project');
        ref(model, o.id, PART_OF, self);
      }
      for (const p of hood.partners) {
        model.addNode(p.organization, 'Organization');
        fact(model, p.id, 'Participation', p.organization.id, self, p.roles.join(', '));
      }
      for (const site of hood.sites) {
        model.addNode(site, 'Site');
        ref(model, site.id, IN_PROJECT, self);
      }
      for (const deal of hood.deals) {
        model.addNode(deal, 'Deal');
        ref(model, deal.id, IN_PROJECT, self);
      }
      break;
    }
    case 'Site': {
      model.addNode(hood, 'Site');
      if (hood.project) {
        model.addNode(hood.project, 'Project');
        ref(model, self, IN_PROJECT, hood.project.id);
      }
      // The link to each operator and developer is its SiteRole fact, found among the organization's site roles.
      for (const [orgs, role] of [[hood.operators, 'OPERATOR'], [hood.developers, 'DEVELOPER']] as const) {
        for (const org of orgs) {
          model.addNode(org, 'Organization');
          const siteRole = org.sites.find((s) => s.site.id === self && s.role === role);
          if (siteRole) fact(model, siteRole.id, 'SiteRole', org.id, self, role);
          // Beyond the organization's first LIST site roles: drawn, but without the fact behind it.
          else ref(model, org.id, stepOf('SiteRole', role), self);
        }
      }
      break;
    }
    case 'Deal': {
      model.addNode(hood, 'Deal');
      if (hood.project) {
        model.addNode(hood.project, 'Project');
        ref(model, self, IN_PROJECT, hood.project.id);
      }
      for (const party of hood.parties) {
        model.addNode(party.organization, 'Organization');
        fact(model, party.id, 'DealParty', party.organization.id, self, party.roles.join(', '));
      }
      break;
    }
    case 'Article': {
      model.addNode({ id: hood.id, name: hood.title }, 'Article');
      for (const entity of hood.mentions) {
        model.addNode(entity, entity.__typename);
        model.addEdge({ id: `mention:${self}:${entity.id}`, source: self, target: entity.id, relation: MENTIONS, kind: 'mention' });
      }
      break;
    }
  }
}

/** The paths of `connections`, as one graph; a step shared by several paths is one edge. */
export function pathModel(paths: Array<{ steps: Step[] }>): GraphModel {
  const model = new GraphModel();
  for (const path of paths) {
    for (const step of path.steps) {
      model.addNode(step.from, step.from.__typename);
      model.addNode(step.to, step.to.__typename);
      model.addEdge({ id: pathEdgeId(step), source: step.from.id, target: step.to.id, relation: step.relation, kind: 'path', step });
    }
  }
  return model;
}

export function pathEdgeId(step: Step): string {
  return `step:${step.from.id}:${step.relation}:${step.to.id}`;
}
