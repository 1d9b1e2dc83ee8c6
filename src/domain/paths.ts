/**
 * Turns a graph path (entities, fact nodes and reference links) into the
 * entity-to-entity steps analysts read: "Melissa Du FOUNDED Voltage Park",
 * "OpenAI PARTY_TO Oracle–OpenAI cloud contract". A fact node between two
 * entities is one step; so is a reference link such as a site's project.
 * Step names come from the graph model.
 */
import { FACT_KINDS, FACT_KIND_NAMES, REFERENCES, REFERENCE_FIELDS, type FactKind, type ReferenceField, type StepSide } from '../model/graph-model';

/** A path as the query store returns it: its nodes in order and the relationships between them. */
export interface PathRow {
  nodes: Array<{ id: string; type: string; fact: boolean; role?: string | null }>;
  rels: Array<{ type: string; startId: string }>;
}

export interface PathStep {
  fromId: string;
  toId: string;
  relation: string;
  /** The node whose support edges are this step's evidence: the fact, or the entity holding the reference. */
  evidenceNodeId: string;
  /** For a reference step or a hire's previous employer: the claim field that carries the link. */
  evidenceField: string | null;
  /** The fact the step goes through (a hire, a party to a deal); null for a reference step. */
  factId: string | null;
  /**
   * A step between two ends of a fact that leaves out its subject (an employer to its hire's previous employer): that
   * fact, whose subject (the person who moved) the step names. Read only when asked, so a path costs no extra reads.
   */
  throughFactId: string | null;
}

/** The side of a fact a relationship type attaches to: its subject, its object, or a reference it holds (`from`). */
const SIDE_OF: Record<string, StepSide> = Object.fromEntries([
  ...FACT_KIND_NAMES.flatMap((kind) => [[FACT_KINDS[kind].subject.rel, 'subject'], [FACT_KINDS[kind].object.rel, 'object']]),
  [REFERENCES.from.rel, 'from'],
]);

/** References between entities, by relationship type. */
const REFERENCE_BY_REL = new Map(REFERENCE_FIELDS.map((field) => [REFERENCES[field].rel, field] as [string, ReferenceField]));

const REFERENCE_STEPS: Partial<Record<ReferenceField, { forward: string; backward: string }>> = Object.fromEntries(
  REFERENCE_FIELDS.map((field) => [field, (REFERENCES[field] as { steps?: { forward: string; backward: string } }).steps]),
);

function isFactKind(type: string): type is FactKind {
  return Object.hasOwn(FACT_KINDS, type);
}

function factRelation(kind: string, role: string | null, fromSide: StepSide, toSide: StepSide): string {
  if (!isFactKind(kind)) return 'LINKED_TO';
  const model: { steps: Partial<Record<string, string>>; roleSteps?: Record<string, Partial<Record<string, string>>> } = FACT_KINDS[kind];
  const key = `${fromSide}>${toSide}`;
  return (role ? model.roleSteps?.[role]?.[key] : undefined) ?? model.steps[key] ?? 'LINKED_TO';
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
      const skipsSubject = fromSide !== 'subject' && toSide !== 'subject';
      steps.push({
        fromId: here.id,
        toId: after.id,
        relation: factRelation(next.type, next.role ?? null, fromSide, toSide),
        evidenceNodeId: next.id,
        evidenceField: usesFrom ? 'from' : null,
        factId: next.id,
        throughFactId: skipsSubject ? next.id : null,
      });
      i += 2;
    } else {
      const rel = path.rels[i];
      const field = REFERENCE_BY_REL.get(rel.type);
      const names = field ? REFERENCE_STEPS[field] : undefined;
      const childIsHere = rel.startId === here.id;
      steps.push({
        fromId: here.id,
        toId: next.id,
        relation: names ? (childIsHere ? names.forward : names.backward) : 'LINKED_TO',
        evidenceNodeId: childIsHere ? here.id : next.id,
        evidenceField: field ?? null,
        factId: null,
        throughFactId: null,
      });
      i += 1;
    }
  }
  return steps;
}
