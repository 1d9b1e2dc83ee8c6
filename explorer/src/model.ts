/**
 * The graph the explorer draws, built client-side from each entity's own
 * fields. Edges carry the id of the fact behind them (a Hire, a DealParty, ...)
 * so selecting one can fetch that fact's evidence; the same fact seen from
 * either end gives the same edge.
 */
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

const fact = (model: GraphModel, id: string, factType: FactType, source: string, target: string, relation: string, role: string | null = null) =>
  model.addEdge({ id, source, target, relation, kind: 'fact', factType, factId: id, role });

const ref = (model: GraphModel, child: string, relation: string, target: string) => model.addEdge({ id: `ref:${child}:${relation}:${target}`, source: child, target, relation, kind: 'ref' });

const siteRoleId = (org: string, site: string, role: string) => `siterole--${org}--${site}--${role.toLowerCase()}`;

/** Adds an entity, its neighbours and the edges between them. */
export function addHood(model: GraphModel, hood: Hood, options: { partners: boolean } = { partners: false }): void {
  const self = hood.id;
  switch (hood.__typename) {
    case 'Organization': {
      model.addNode(hood, 'Organization');
      if (hood.parent) {
        model.addNode(hood.parent, 'Organization');
        ref(model, self, 'SUBSIDIARY_OF', hood.parent.id);
      }
      for (const sub of hood.subsidiaries) {
        model.addNode(sub, 'Organization');
        ref(model, sub.id, 'SUBSIDIARY_OF', self);
      }
      for (const hire of hood.hires) {
        model.addNode(hire.person, 'Person');
        fact(model, hire.id, 'Hire', hire.person.id, self, 'HIRED_BY');
        if (hire.from) {
          model.addNode(hire.from, 'Organization');
          fact(model, `${hire.id}~from`, 'Hire', hire.person.id, hire.from.id, 'CAME_FROM');
          model.edges.get(`${hire.id}~from`)!.factId = hire.id;
        }
      }
      for (const hire of hood.departures) {
        model.addNode(hire.person, 'Person');
        model.addNode(hire.organization, 'Organization');
        fact(model, `${hire.id}~from`, 'Hire', hire.person.id, self, 'CAME_FROM');
        model.edges.get(`${hire.id}~from`)!.factId = hire.id;
        fact(model, hire.id, 'Hire', hire.person.id, hire.organization.id, 'HIRED_BY');
      }
      for (const job of hood.people) {
        model.addNode(job.person, 'Person');
        fact(model, job.id, 'Employment', job.person.id, self, 'EMPLOYED_BY');
      }
      for (const p of hood.projects) {
        model.addNode(p.project, 'Project');
        fact(model, p.id, 'Participation', self, p.project.id, 'PARTICIPATES_IN', p.role);
      }
      for (const deal of hood.deals) {
        model.addNode(deal, 'Deal');
        for (const party of deal.parties) {
          if (party.organization.id !== self) continue;
          fact(model, party.id, 'DealParty', self, deal.id, 'PARTY_TO', party.role);
        }
      }
      for (const s of hood.sites) {
        model.addNode(s.site, 'Site');
        fact(model, s.id, 'SiteRole', self, s.site.id, s.role === 'DEVELOPER' ? 'DEVELOPS' : 'OPERATES', s.role);
      }
      for (const stake of hood.stakes) {
        model.addNode(stake.owned, stake.owned.__typename);
        fact(model, stake.id, 'Ownership', self, stake.owned.id, 'OWNS', stake.kind);
      }
      for (const m of hood.members) {
        model.addNode(m.person, 'Person');
        fact(model, m.id, 'Membership', m.person.id, self, 'MEMBER_OF');
      }
      for (const f of hood.founders) {
        model.addNode(f.person, 'Person');
        fact(model, f.id, 'Founding', f.person.id, self, 'FOUNDED');
      }
      for (const partner of options.partners ? hood.partners : []) {
        model.addNode(partner.organization, 'Organization');
        const [a, b] = [self, partner.organization.id].sort();
        model.addEdge({ id: `partner:${a}:${b}`, source: self, target: partner.organization.id, relation: 'PARTNER_OF', kind: 'partner', via: partner.via });
      }
      break;
    }
    case 'Person': {
      model.addNode(hood, 'Person');
      for (const job of hood.employments) {
        model.addNode(job.organization, 'Organization');
        fact(model, job.id, 'Employment', self, job.organization.id, 'EMPLOYED_BY');
      }
      for (const hire of hood.hires) {
        model.addNode(hire.organization, 'Organization');
        fact(model, hire.id, 'Hire', self, hire.organization.id, 'HIRED_BY');
        if (hire.from) {
          model.addNode(hire.from, 'Organization');
          fact(model, `${hire.id}~from`, 'Hire', self, hire.from.id, 'CAME_FROM');
          model.edges.get(`${hire.id}~from`)!.factId = hire.id;
        }
      }
      for (const m of hood.memberships) {
        model.addNode(m.organization, 'Organization');
        fact(model, m.id, 'Membership', self, m.organization.id, 'MEMBER_OF');
      }
      for (const f of hood.foundings) {
        model.addNode(f.organization, 'Organization');
        fact(model, f.id, 'Founding', self, f.organization.id, 'FOUNDED');
      }
      break;
    }
    case 'Project': {
      model.addNode(hood, 'Project');
      if (hood.parent) {
        model.addNode(hood.parent, 'Project');
        ref(model, self, 'PART_OF', hood.parent.id);
      }
      for (const o of hood.offshoots) {
        model.addNode(o, 'Project');
        ref(model, o.id, 'PART_OF', self);
      }
      for (const p of hood.partners) {
        model.addNode(p.organization, 'Organization');
        fact(model, p.id, 'Participation', p.organization.id, self, 'PARTICIPATES_IN', p.role);
      }
      for (const site of hood.sites) {
        model.addNode(site, 'Site');
        ref(model, site.id, 'IN_PROJECT', self);
      }
      for (const deal of hood.deals) {
        model.addNode(deal, 'Deal');
        ref(model, deal.id, 'IN_PROJECT', self);
      }
      break;
    }
    case 'Site': {
      model.addNode(hood, 'Site');
      if (hood.project) {
        model.addNode(hood.project, 'Project');
        ref(model, self, 'IN_PROJECT', hood.project.id);
      }
      for (const org of hood.operators) {
        model.addNode(org, 'Organization');
        fact(model, siteRoleId(org.id, self, 'OPERATOR'), 'SiteRole', org.id, self, 'OPERATES', 'OPERATOR');
      }
      for (const org of hood.developers) {
        model.addNode(org, 'Organization');
        fact(model, siteRoleId(org.id, self, 'DEVELOPER'), 'SiteRole', org.id, self, 'DEVELOPS', 'DEVELOPER');
      }
      break;
    }
    case 'Deal': {
      model.addNode(hood, 'Deal');
      if (hood.project) {
        model.addNode(hood.project, 'Project');
        ref(model, self, 'IN_PROJECT', hood.project.id);
      }
      for (const party of hood.parties) {
        model.addNode(party.organization, 'Organization');
        fact(model, party.id, 'DealParty', party.organization.id, self, 'PARTY_TO', party.role);
      }
      break;
    }
    case 'Article': {
      model.addNode({ id: hood.id, name: hood.title }, 'Article');
      for (const entity of hood.mentions) {
        model.addNode(entity, entity.__typename);
        model.addEdge({ id: `mention:${self}:${entity.id}`, source: self, target: entity.id, relation: 'MENTIONS', kind: 'mention' });
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
