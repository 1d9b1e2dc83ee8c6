/**
 * The graph model, defined once: pure data, no imports. Everything that names a
 * label, a relationship type, a reference, a relation field or an order is derived
 * from this file: the read and write statements (src/stores/statements.ts), the
 * relationship lists of paths and their step names, the entity types of the news
 * format, the benchmark generator's writes and the relation names the explorer draws.
 *
 * A fact is a node between two entities, always written
 *   (subject)-[:<subject.rel>]->(fact:Node:Fact:<Kind>)-[:<object.rel>]->(object)
 * and supported by articles through (:Article)-[:SUPPORTS {claims, evidence}]->(fact): values by field, and each
 * value's own evidence (the evidence that the fact exists under `exists`).
 * Single-valued references chosen from claims are materialized as
 *   (holder)-[:<reference.rel>]->(target)
 * with the chosen target's id kept on the holder under `reference.idProperty`.
 */

/** Every stored node carries `Node`; entities, facts and articles one of these too. */
export const NODE_LABEL = 'Node';
export const ENTITY_LABEL = 'Entity';
export const FACT_LABEL = 'Fact';
export const ARTICLE_LABEL = 'Article';
/** Normalized names (`<Type>:<name>`) under a uniqueness constraint: duplicate names are caught by the database. */
export const NAME_KEY_LABEL = 'NameKey';

export const ENTITY_LABELS = ['Organization', 'Person', 'Project', 'Site', 'Deal'] as const;
export type EntityLabel = (typeof ENTITY_LABELS)[number];

/** Article → target edges: SUPPORTS carries claims about a fact or an entity's attributes, MENTIONS declares an entity. */
export const SUPPORTS = 'SUPPORTS';
export const MENTIONS = 'MENTIONS';
export const NAMES = 'NAMES';

/**
 * Soft retraction. A retracted article keeps its node (relabelled RetractedArticle, with the time and reason) and its
 * claims: its SUPPORTS and MENTIONS edges become RETRACTED_SUPPORTS and RETRACTED_MENTIONS, so no read path that
 * follows live edges sees them. A fact or entity left with no live support keeps only `Node` and takes `Retracted`:
 * its domain labels, structural edges, references and name keys go, so nothing reaches it but its own retracted
 * claims; ingesting a supporting article again restores it.
 */
export const RETRACTED_ARTICLE_LABEL = 'RetractedArticle';
export const RETRACTED_LABEL = 'Retracted';
export const RETRACTED_SUPPORTS = 'RETRACTED_SUPPORTS';
export const RETRACTED_MENTIONS = 'RETRACTED_MENTIONS';

/**
 * The change feed, an outbox in the graph: every ingestion and retraction writes its events in its own transaction, so
 * a process killed mid-write loses none and invents none. Events never carry `Node`, so no entity read path meets
 * them; their `seq` comes from the one ChangeSequence node, taken under its write lock, so it has no gaps.
 */
export const CHANGE_EVENT_LABEL = 'ChangeEvent';
export const CHANGE_SEQUENCE_LABEL = 'ChangeSequence';

/** Which end of a fact a node stands at; `from` is the hire's previous employer, a reference. */
export type FactEnd = 'subject' | 'object';
export type StepSide = FactEnd | 'from';

export interface FactKindModel {
  subject: { label: EntityLabel; rel: string };
  /** `Entity` where any entity type may stand at the end (an ownership's owned entity). */
  object: { label: EntityLabel | 'Entity'; rel: string };
  /** Path step names read side → side ("Melissa Du FOUNDED Voltage Park"). */
  steps: Partial<Record<`${StepSide}>${StepSide}`, string>>;
  /** Step names that replace `steps` for a fact with this `role`. */
  roleSteps?: Record<string, Partial<Record<`${StepSide}>${StepSide}`, string>>>;
}

export const FACT_KINDS = {
  Employment: { subject: { label: 'Person', rel: 'EMPLOYED' }, object: { label: 'Organization', rel: 'AT' }, steps: { 'subject>object': 'EMPLOYED_BY', 'object>subject': 'EMPLOYS' } },
  Hire: {
    subject: { label: 'Person', rel: 'HIRED' },
    object: { label: 'Organization', rel: 'BY' },
    steps: { 'subject>object': 'HIRED_BY', 'object>subject': 'HIRED', 'subject>from': 'CAME_FROM', 'from>subject': 'LOST', 'object>from': 'HIRED_FROM', 'from>object': 'LOST_TO' },
  },
  Membership: { subject: { label: 'Person', rel: 'MEMBER' }, object: { label: 'Organization', rel: 'OF' }, steps: { 'subject>object': 'MEMBER_OF', 'object>subject': 'HAS_MEMBER' } },
  Founding: { subject: { label: 'Person', rel: 'FOUNDED' }, object: { label: 'Organization', rel: 'OF' }, steps: { 'subject>object': 'FOUNDED', 'object>subject': 'FOUNDED_BY' } },
  Participation: { subject: { label: 'Organization', rel: 'PARTICIPATES' }, object: { label: 'Project', rel: 'IN' }, steps: { 'subject>object': 'PARTICIPATES_IN', 'object>subject': 'HAS_PARTICIPANT' } },
  Ownership: { subject: { label: 'Organization', rel: 'OWNS' }, object: { label: 'Entity', rel: 'OF' }, steps: { 'subject>object': 'OWNS', 'object>subject': 'OWNED_BY' } },
  ProjectRole: {
    subject: { label: 'Person', rel: 'PROJECT_ROLE' },
    object: { label: 'Project', rel: 'ON' },
    // One step name for every role of the set: the step's `fact` gives the roles (a path reads no role set).
    steps: { 'subject>object': 'HAS_ROLE_ON', 'object>subject': 'HAS_PERSON' },
  },
  DealParty: { subject: { label: 'Organization', rel: 'PARTY' }, object: { label: 'Deal', rel: 'TO' }, steps: { 'subject>object': 'PARTY_TO', 'object>subject': 'HAS_PARTY' } },
  SiteRole: {
    subject: { label: 'Organization', rel: 'SITE_ROLE' },
    object: { label: 'Site', rel: 'AT' },
    steps: { 'subject>object': 'OPERATES', 'object>subject': 'OPERATED_BY' },
    roleSteps: { DEVELOPER: { 'subject>object': 'DEVELOPS', 'object>subject': 'DEVELOPED_BY' } },
  },
} as const satisfies Record<string, FactKindModel>;
export type FactKind = keyof typeof FACT_KINDS;
export const FACT_KIND_NAMES = Object.keys(FACT_KINDS) as FactKind[];

export interface ReferenceModel {
  rel: string;
  holders: readonly (EntityLabel | FactKind)[];
  target: EntityLabel;
  /** Property of the holder that keeps the chosen target's id. */
  idProperty: string;
  /** Path step names: holder → target, target → holder. Absent where the reference is part of a fact's steps. */
  steps?: { forward: string; backward: string };
  /** The edge whose claims state the reference: an entity's declaration (MENTIONS) or an attribute claim (SUPPORTS). */
  via: typeof SUPPORTS | typeof MENTIONS;
}

/** References, by the claim field that states them. */
export const REFERENCES = {
  project: { rel: 'IN_PROJECT', holders: ['Site', 'Deal'], target: 'Project', idProperty: 'projectId', steps: { forward: 'IN_PROJECT', backward: 'PROJECT_OF' }, via: SUPPORTS },
  parentProject: { rel: 'PART_OF', holders: ['Project'], target: 'Project', idProperty: 'parentProjectId', steps: { forward: 'PART_OF', backward: 'HAS_PART' }, via: SUPPORTS },
  parent: { rel: 'PARENT', holders: ['Organization'], target: 'Organization', idProperty: 'parentId', steps: { forward: 'SUBSIDIARY_OF', backward: 'PARENT_OF' }, via: MENTIONS },
  from: { rel: 'FROM', holders: ['Hire'], target: 'Organization', idProperty: 'fromId', via: SUPPORTS },
  site: { rel: 'AT_SITE', holders: ['Deal'], target: 'Site', idProperty: 'siteId', steps: { forward: 'FOR_SITE', backward: 'SITE_OF' }, via: SUPPORTS },
} as const satisfies Record<string, ReferenceModel>;
export type ReferenceField = keyof typeof REFERENCES;
export const REFERENCE_FIELDS = Object.keys(REFERENCES) as ReferenceField[];

/** One sort key of a relation's rows: `missing` replaces null (coalesce), `nullsLast` sorts nulls after values. */
export interface OrderKey {
  property: string;
  descending?: boolean;
  missing?: string | boolean;
  nullsLast?: boolean;
}

/**
 * The whitelisted orders of relation rows. Each ends on a key unique among one parent's rows, so pages are stable:
 * a fact's id derives from its kind, endpoints and discriminator, so the far end's id (with the role or the id where
 * one pair of endpoints holds several facts) is unique under a parent, and no sort key is read that is not needed.
 */
export const ORDERS = {
  newestDate: [{ property: 'date', descending: true, missing: '' }, { property: 'id' }],
  newestStart: [{ property: 'start', descending: true, missing: '' }, { property: 'id' }],
  currentThenNewestStart: [{ property: 'current', descending: true, missing: false }, { property: 'start', descending: true, missing: '' }, { property: 'id' }],
  newestPublished: [{ property: 'publishedAt', descending: true, missing: '' }, { property: 'id' }],
  largestAnnualized: [{ property: 'annualizedUsd', descending: true, nullsLast: true }, { property: 'id' }],
  largestCapacity: [{ property: 'megawatts', descending: true, nullsLast: true }, { property: 'id' }],
  id: [{ property: 'id' }],
  name: [{ property: 'name' }, { property: 'id' }],
  typeThenName: [{ property: 'type' }, { property: 'name' }, { property: 'id' }],
  subject: [{ property: 'subjectId' }],
  object: [{ property: 'objectId' }],
  objectThenId: [{ property: 'objectId' }, { property: 'id' }],
  objectThenRole: [{ property: 'objectId' }, { property: 'role' }],
  roleThenSubject: [{ property: 'roleKey' }, { property: 'subjectId' }],
} as const satisfies Record<string, readonly OrderKey[]>;
export type OrderName = keyof typeof ORDERS;

/**
 * A relation field's optional filter on the fact it goes through: `arg` names the GraphQL argument whose value is
 * compared (null means no filter), `value` fixes it in the model instead.
 */
export interface FilterModel {
  property: string;
  arg?: string;
  value?: string | boolean;
  /** What a missing property counts as (coalesce). */
  missing?: string | boolean;
  /** The property is a list (a role set): the filter keeps rows whose list contains the value. */
  contains?: boolean;
}

/**
 * How a relation field reaches its rows from the parent:
 * - `fact`: the facts of `fact` with the parent at `parentEnd`; each row's other end comes with it;
 * - `factsByReference`: the facts of `fact` whose `reference` points at the parent; each row's `end` comes with it;
 * - `farEnd`: the entities at the other end of the parent's `fact` facts (the filter applies to the fact);
 * - `referrers`: the nodes of `label` whose `reference` points at the parent;
 * - `mentions`: the articles mentioning an entity (`parentEnd: 'target'`), or the entities an article mentions.
 */
export type RelationPath =
  | { kind: 'fact'; fact: FactKind; parentEnd: FactEnd }
  | { kind: 'factsByReference'; fact: FactKind; reference: ReferenceField; end: FactEnd }
  | { kind: 'farEnd'; fact: FactKind; parentEnd: FactEnd }
  | { kind: 'referrers'; reference: ReferenceField; label: EntityLabel }
  | { kind: 'mentions'; parentEnd: 'target' | 'source' };

export interface RelationFieldModel {
  /** The GraphQL type (an entity label, `Entity` for every entity type, or `Article`). */
  parent: EntityLabel | 'Entity' | typeof ARTICLE_LABEL;
  field: string;
  path: RelationPath;
  order: OrderName;
  filter?: FilterModel;
  /**
   * A single-valued field (`Person.currentEmployer`): one row is read and the field resolves to that row's far
   * end, or null. Every other relation field takes `first`.
   */
  single?: boolean;
}

/** The relation fields of the API, by statement name (`<rows>By<Parent>`). */
export const RELATION_FIELDS = {
  subsidiariesByOrganization: { parent: 'Organization', field: 'subsidiaries', path: { kind: 'referrers', reference: 'parent', label: 'Organization' }, order: 'name' },
  hiresByOrganization: { parent: 'Organization', field: 'hires', path: { kind: 'fact', fact: 'Hire', parentEnd: 'object' }, order: 'newestDate' },
  departuresByOrganization: { parent: 'Organization', field: 'departures', path: { kind: 'factsByReference', fact: 'Hire', reference: 'from', end: 'subject' }, order: 'newestDate' },
  employmentsByOrganization: {
    parent: 'Organization', field: 'people', path: { kind: 'fact', fact: 'Employment', parentEnd: 'object' }, order: 'newestStart',
    filter: { property: 'current', arg: 'current', missing: false },
  },
  participationsByOrganization: { parent: 'Organization', field: 'projects', path: { kind: 'fact', fact: 'Participation', parentEnd: 'subject' }, order: 'object' },
  dealsByOrganization: { parent: 'Organization', field: 'deals', path: { kind: 'farEnd', fact: 'DealParty', parentEnd: 'subject' }, order: 'largestAnnualized', filter: { property: 'roles', arg: 'role', contains: true } },
  siteRolesByOrganization: { parent: 'Organization', field: 'sites', path: { kind: 'fact', fact: 'SiteRole', parentEnd: 'subject' }, order: 'objectThenRole' },
  stakesByOrganization: { parent: 'Organization', field: 'stakes', path: { kind: 'fact', fact: 'Ownership', parentEnd: 'subject' }, order: 'objectThenId' },
  membersByOrganization: { parent: 'Organization', field: 'members', path: { kind: 'fact', fact: 'Membership', parentEnd: 'object' }, order: 'subject' },
  foundersByOrganization: { parent: 'Organization', field: 'founders', path: { kind: 'fact', fact: 'Founding', parentEnd: 'object' }, order: 'subject' },
  employmentsByPerson: { parent: 'Person', field: 'employments', path: { kind: 'fact', fact: 'Employment', parentEnd: 'subject' }, order: 'currentThenNewestStart' },
  currentEmploymentByPerson: {
    parent: 'Person', field: 'currentEmployer', path: { kind: 'fact', fact: 'Employment', parentEnd: 'subject' }, order: 'newestStart',
    filter: { property: 'current', value: true, missing: false }, single: true,
  },
  membershipsByPerson: { parent: 'Person', field: 'memberships', path: { kind: 'fact', fact: 'Membership', parentEnd: 'subject' }, order: 'object' },
  hiresByPerson: { parent: 'Person', field: 'hires', path: { kind: 'fact', fact: 'Hire', parentEnd: 'subject' }, order: 'newestDate' },
  foundingsByPerson: { parent: 'Person', field: 'foundings', path: { kind: 'fact', fact: 'Founding', parentEnd: 'subject' }, order: 'object' },
  participationsByProject: { parent: 'Project', field: 'partners', path: { kind: 'fact', fact: 'Participation', parentEnd: 'object' }, order: 'subject' },
  sitesByProject: { parent: 'Project', field: 'sites', path: { kind: 'referrers', reference: 'project', label: 'Site' }, order: 'largestCapacity' },
  dealsByProject: { parent: 'Project', field: 'deals', path: { kind: 'referrers', reference: 'project', label: 'Deal' }, order: 'largestAnnualized' },
  offshootsByProject: { parent: 'Project', field: 'offshoots', path: { kind: 'referrers', reference: 'parentProject', label: 'Project' }, order: 'name' },
  peopleByProject: { parent: 'Project', field: 'people', path: { kind: 'fact', fact: 'ProjectRole', parentEnd: 'object' }, order: 'subject' },
  projectRolesByPerson: { parent: 'Person', field: 'projects', path: { kind: 'fact', fact: 'ProjectRole', parentEnd: 'subject' }, order: 'object' },
  dealsBySite: { parent: 'Site', field: 'deals', path: { kind: 'referrers', reference: 'site', label: 'Deal' }, order: 'largestAnnualized' },
  partiesByDeal: { parent: 'Deal', field: 'parties', path: { kind: 'fact', fact: 'DealParty', parentEnd: 'object' }, order: 'roleThenSubject' },
  operatorsBySite: { parent: 'Site', field: 'operators', path: { kind: 'farEnd', fact: 'SiteRole', parentEnd: 'object' }, order: 'id', filter: { property: 'role', value: 'OPERATOR' } },
  developersBySite: { parent: 'Site', field: 'developers', path: { kind: 'farEnd', fact: 'SiteRole', parentEnd: 'object' }, order: 'id', filter: { property: 'role', value: 'DEVELOPER' } },
  mentionsByEntity: { parent: 'Entity', field: 'mentions', path: { kind: 'mentions', parentEnd: 'target' }, order: 'newestPublished' },
  mentionsByArticle: { parent: 'Article', field: 'mentions', path: { kind: 'mentions', parentEnd: 'source' }, order: 'typeThenName' },
} as const satisfies Record<string, RelationFieldModel>;
export type RelationName = keyof typeof RELATION_FIELDS;
export const RELATION_NAMES = Object.keys(RELATION_FIELDS) as RelationName[];

/** Orders of the root `deals` page (hand-tuned statements in the query store, chosen by this whitelist). */
export const DEAL_ORDERS = ['ANNUALIZED_USD_DESC', 'ANNUALIZED_USD_ASC', 'ANNOUNCED_DESC', 'NAME_ASC', 'TOTAL_USD_DESC', 'TOTAL_USD_ASC'] as const;
export type DealOrder = (typeof DEAL_ORDERS)[number];

/** Groupings of `capacity`, one hand-tuned statement each. */
export const CAPACITY_GROUPS = ['PROJECT', 'COUNTRY', 'OPERATOR', 'STATUS'] as const;
export type CapacityGroupBy = (typeof CAPACITY_GROUPS)[number];
