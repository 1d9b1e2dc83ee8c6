/**
 * Turns a graph path (entities, fact nodes and reference links) into the
 * entity-to-entity steps analysts read: "Melissa Du FOUNDED Voltage Park",
 * "OpenAI PARTY_TO Oracle–OpenAI cloud contract". A fact node between two
 * entities is one step; so is a reference link such as a site's project.
 */
import type { PathRow } from './query-store';

export interface PathStep {
  fromId: string;
  toId: string;
  relation: string;
  /** The node whose support edges are this step's evidence: the fact, or the entity holding the reference. */
  evidenceNodeId: string;
  /** For a reference step or a hire's previous employer: the claim field that carries the link. */
  evidenceField: string | null;
}

type Side = 'subject' | 'object' | 'from';

const SIDE_OF: Record<string, Side> = {
  EMPLOYED: 'subject', HIRED: 'subject', MEMBER: 'subject', FOUNDED: 'subject', PARTICIPATES: 'subject', OWNS: 'subject', PARTY: 'subject', SITE_ROLE: 'subject',
  AT: 'object', BY: 'object', OF: 'object', IN: 'object', TO: 'object', FROM: 'from',
};

/** Relation names read subject → object, and object → subject. */
const FACT_RELATIONS: Record<string, [string, string]> = {
  Employment: ['EMPLOYED_BY', 'EMPLOYS'],
  Hire: ['HIRED_BY', 'HIRED'],
  Membership: ['MEMBER_OF', 'HAS_MEMBER'],
  Founding: ['FOUNDED', 'FOUNDED_BY'],
  Participation: ['PARTICIPATES_IN', 'HAS_PARTICIPANT'],
  Ownership: ['OWNS', 'OWNED_BY'],
  DealParty: ['PARTY_TO', 'HAS_PARTY'],
  SiteRole: ['OPERATES', 'OPERATED_BY'],
};

/** Reference links: name read child → target, target → child, and the claim field behind it. */
const REF_RELATIONS: Record<string, [string, string, string]> = {
  IN_PROJECT: ['IN_PROJECT', 'PROJECT_OF', 'project'],
  PART_OF: ['PART_OF', 'HAS_PART', 'parentProject'],
  PARENT: ['SUBSIDIARY_OF', 'PARENT_OF', 'parent'],
};

function hireRelation(fromSide: Side, toSide: Side): string {
  const names: Record<string, string> = {
    'subject>object': 'HIRED_BY',
    'object>subject': 'HIRED',
    'subject>from': 'CAME_FROM',
    'from>subject': 'LOST',
    'object>from': 'HIRED_FROM',
    'from>object': 'LOST_TO',
  };
  return names[`${fromSide}>${toSide}`];
}

function factRelation(label: string, role: string | null, fromSide: Side, toSide: Side): string {
  if (label === 'Hire') return hireRelation(fromSide, toSide);
  const [forward, backward] = FACT_RELATIONS[label] ?? ['LINKED_TO', 'LINKED_TO'];
  if (label === 'SiteRole' && role === 'DEVELOPER') return fromSide === 'subject' ? 'DEVELOPS' : 'DEVELOPED_BY';
  return fromSide === 'subject' ? forward : backward;
}

/** The entity-to-entity steps of one path, in order. */
export function pathSteps(path: PathRow): PathStep[] {
  const steps: PathStep[] = [];
  let i = 0;
  while (i < path.nodes.length - 1) {
    const here = path.nodes[i];
    const next = path.nodes[i + 1];
    if (next.fact) {
      const after = path.nodes[i + 2];
      const fromSide = SIDE_OF[path.rels[i].type];
      const toSide = SIDE_OF[path.rels[i + 1].type];
      const usesFrom = fromSide === 'from' || toSide === 'from';
      steps.push({ fromId: here.id, toId: after.id, relation: factRelation(next.type, next.role ?? null, fromSide, toSide), evidenceNodeId: next.id, evidenceField: usesFrom ? 'from' : null });
      i += 2;
    } else {
      const rel = path.rels[i];
      const [forward, backward, field] = REF_RELATIONS[rel.type] ?? ['LINKED_TO', 'LINKED_TO', ''];
      const childIsHere = rel.startId === here.id;
      steps.push({ fromId: here.id, toId: next.id, relation: childIsHere ? forward : backward, evidenceNodeId: childIsHere ? here.id : next.id, evidenceField: field || null });
      i += 1;
    }
  }
  return steps;
}
