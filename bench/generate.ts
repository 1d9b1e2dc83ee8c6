/**
 * Deterministic synthetic graphs for the benchmark, shaped exactly like what
 * ingestion writes (src/ingest/ingest-store.ts): entities `:Node:Entity:<Type>`,
 * facts `:Node:Fact:<Label>` between subject and object, articles with
 * MENTIONS/SUPPORTS edges carrying claims, NameKey nodes, materialized
 * references. Displayed properties are computed by the same `resolveNode` as
 * ingestion, from the claims the generator gives each node.
 *
 *   npm run bench:data -- --scale S|M|XS [--seed N] [--data DIR]
 *
 * S ingests the seed corpus through src/ingest; M is ~100k nodes and ~1M
 * relationships with power-law degrees (hub organizations `hub-openai`,
 * `hub-microsoft`, `hub-nvidia` with > 10k hires or employments each); XS is a
 * few hundred nodes with the same shape, for tests.
 */
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { createHash } from 'node:crypto';
import neo4j, { type Driver } from 'neo4j-driver';
import { resolveNode, type Claim } from '../src/domain/claims';
import type { FactKind as FactLabel } from '../src/model/graph-model';
import { factId } from '../src/domain/ids';
import { BULK_STATEMENTS } from '../src/stores/statements';
import type { Db } from '../src/neo4j/driver';
import { ensureSchema } from '../src/stores/schema-store';

export type Scale = 'XS' | 'S' | 'M';

export interface ScaleSpec {
  organizations: number;
  people: number;
  projects: number;
  sites: number;
  deals: number;
  articles: number;
  /** Hires into hub-openai; the rest of `hires` spread by a power law. */
  hubHires: number;
  hires: number;
  /** Employments at hub-microsoft and at hub-nvidia each; the rest spread by a power law. */
  hubEmployments: number;
  employments: number;
  /** Deals with hundreds of parties. */
  megaDeals: number;
  megaDealParties: number;
  /** Mean number of articles supporting a fact / mentioning an entity. */
  supportsPerFact: number;
  mentionsPerEntity: number;
}

export const SCALES: Record<'XS' | 'M', ScaleSpec> = {
  XS: {
    organizations: 40, people: 120, projects: 6, sites: 30, deals: 25, articles: 30,
    hubHires: 40, hires: 80, hubEmployments: 30, employments: 160, megaDeals: 1, megaDealParties: 12,
    supportsPerFact: 2, mentionsPerEntity: 3,
  },
  M: {
    organizations: 1500, people: 20000, projects: 150, sites: 2500, deals: 2000, articles: 4000,
    hubHires: 10500, hires: 16000, hubEmployments: 10500, employments: 30000, megaDeals: 4, megaDealParties: 250,
    supportsPerFact: 6, mentionsPerEntity: 18,
  },
};

export const HUBS = [
  { id: 'hub-openai', name: 'OpenAI', kind: 'AI_LAB', country: 'US' },
  { id: 'hub-microsoft', name: 'Microsoft', kind: 'HYPERSCALER', country: 'US' },
  { id: 'hub-nvidia', name: 'NVIDIA', kind: 'CHIPMAKER', country: 'US' },
  { id: 'hub-oracle', name: 'Oracle', kind: 'HYPERSCALER', country: 'US' },
  { id: 'hub-meta', name: 'Meta Platforms', kind: 'TECH_COMPANY', country: 'US' },
  { id: 'hub-google', name: 'Google', kind: 'HYPERSCALER', country: 'US' },
  { id: 'hub-amazon', name: 'Amazon', kind: 'HYPERSCALER', country: 'US' },
  { id: 'hub-anthropic', name: 'Anthropic', kind: 'AI_LAB', country: 'US' },
] as const;

/** Entity ids every synthetic scale has (the query mix uses them). */
export const SYNTHETIC_IDS = {
  hub: 'hub-openai',
  employerHub: 'hub-microsoft',
  chipHub: 'hub-nvidia',
  midOrganization: 'org-00010',
  project: 'project-0000',
};

// ---------------------------------------------------------------- PRNG

/** mulberry32: small, fast, deterministic. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Samples indexes 0..n-1 with weight 1/(i+1)^s (Zipf). */
function zipf(n: number, s: number, rand: () => number): () => number {
  const cumulative = new Float64Array(n);
  let total = 0;
  for (let i = 0; i < n; i++) {
    total += 1 / Math.pow(i + 1, s);
    cumulative[i] = total;
  }
  return () => {
    const x = rand() * total;
    let lo = 0;
    let hi = n - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (cumulative[mid] < x) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
}

const pad = (n: number, width = 5) => String(n).padStart(width, '0');

const FIRST = ['Ava', 'Liam', 'Noah', 'Mia', 'Sofia', 'Lucas', 'Amara', 'Kenji', 'Priya', 'Omar', 'Elena', 'Mateo', 'Yara', 'Ivan', 'Chen', 'Fatima', 'Hugo', 'Ingrid', 'Ravi', 'Zoe'];
const LAST = ['Moreau', 'Chen', 'Okafor', 'Schmidt', 'Rossi', 'Tanaka', 'Kowalski', 'Silva', 'Haddad', 'Novak', 'Larsen', 'Gupta', 'Dubois', 'Kim', 'Petrov', 'Nakamura', 'Garcia', 'Walsh', 'Costa', 'Berg'];
const ORG_A = ['Helix', 'Vertex', 'Nimbus', 'Quanta', 'Aurora', 'Cobalt', 'Granite', 'Photon', 'Tensor', 'Voltage', 'Lattice', 'Boreal', 'Meridian', 'Kestrel', 'Summit'];
const ORG_B = ['Compute', 'Cloud', 'Power', 'Systems', 'Data Centers', 'Silicon', 'Energy', 'Networks', 'Capital', 'Labs'];
const ORG_KINDS = ['NEOCLOUD', 'TECH_COMPANY', 'UTILITY', 'INVESTOR', 'CHIPMAKER', 'DEVELOPER', 'GOVERNMENT'];
const COUNTRIES = ['US', 'US', 'US', 'US', 'US', 'GB', 'NO', 'AE', 'FR', 'DE', 'IN', 'JP', 'AR', 'CA', 'SA', 'SE'];
const REGIONS = ['Texas', 'Ohio', 'Virginia', 'Arizona', 'Wisconsin', 'Oregon', 'Nevada', 'Georgia'];
const QUALIFIERS = ['EXACT', 'EXACT', 'EXACT', 'ABOUT', 'UP_TO', 'MORE_THAN', 'NEARLY', 'AT_LEAST'] as const;
const DEAL_KINDS = ['CLOUD_CAPACITY', 'CHIP_SUPPLY', 'INVESTMENT', 'LEASE', 'JOINT_VENTURE', 'POWER_PURCHASE'];
const DEAL_ROLES = ['BUYER', 'PROVIDER', 'INVESTOR', 'SUPPLIER', 'PARTNER'];
const SITE_STATUS = ['PLANNED', 'UNDER_CONSTRUCTION', 'OPERATIONAL', 'PARTIALLY_OPERATIONAL'];
const TITLES = ['engineer', 'director of data-center engineering', 'head of infrastructure', 'research scientist', 'vice president, compute', 'site lead', 'energy manager'];

// ---------------------------------------------------------------- graph model

interface EntityNode {
  id: string;
  type: 'Organization' | 'Person' | 'Project' | 'Site' | 'Deal';
  declaration: Record<string, unknown>;
  attributes: Record<string, unknown> | null;
}

interface FactNode {
  id: string;
  label: FactLabel;
  subject: string;
  object: string;
  attributes: Record<string, unknown>;
}

interface ArticleNode {
  id: string;
  title: string;
  url: string;
  publisher: string;
  publishedAt: string | null;
  language: string;
  summary: string;
  reliability: 'NORMAL' | 'WEAK';
  titleOrigin: 'PAGE';
  attribution: 'MEDIA_REPORT';
  publishedAtInferred: false;
  ingestedAt: string;
}

export interface SyntheticGraph {
  entities: EntityNode[];
  facts: FactNode[];
  articles: ArticleNode[];
  /** Articles per node: the first one states the node's claims, the others support it with `{}`. */
  mentions: Map<string, number[]>;
  supports: Map<string, number[]>;
}

/** Builds the graph in memory (no database). Same seed, same graph. */
export function buildGraph(spec: ScaleSpec, seed: number): SyntheticGraph {
  const rand = prng(seed);
  const pick = <T>(list: readonly T[]) => list[Math.floor(rand() * list.length)];
  const int = (lo: number, hi: number) => lo + Math.floor(rand() * (hi - lo + 1));
  const date = (from = 2019, to = 2025) => `${int(from, to)}-${pad(int(1, 12), 2)}-${pad(int(1, 28), 2)}`;

  const entities: EntityNode[] = [];
  const orgIds: string[] = [];
  for (const hub of HUBS.slice(0, Math.min(HUBS.length, spec.organizations))) {
    orgIds.push(hub.id);
    entities.push({ id: hub.id, type: 'Organization', declaration: { name: hub.name, aliases: [], kind: hub.kind, country: hub.country }, attributes: null });
  }
  for (let i = orgIds.length; i < spec.organizations; i++) {
    const id = `org-${pad(i)}`;
    orgIds.push(id);
    // Org 9's parent (no random draw, so the rest of the graph is unchanged) makes even scale XS hold a PARENT link.
    const parent = i % 97 === 0 && i > 0 ? orgIds[Math.floor(rand() * Math.min(i, HUBS.length))] : i === 9 ? orgIds[0] : undefined;
    entities.push({ id, type: 'Organization', declaration: { name: `${pick(ORG_A)} ${pick(ORG_B)} ${i}`, aliases: [], kind: pick(ORG_KINDS), country: pick(COUNTRIES), ...(parent ? { parent } : {}) }, attributes: null });
  }
  const personIds: string[] = [];
  for (let i = 0; i < spec.people; i++) {
    const id = `person-${pad(i)}`;
    personIds.push(id);
    entities.push({ id, type: 'Person', declaration: { name: `${pick(FIRST)} ${pick(LAST)} ${i}`, aliases: [] }, attributes: null });
  }
  const projectIds: string[] = [];
  for (let i = 0; i < spec.projects; i++) {
    const id = `project-${pad(i, 4)}`;
    projectIds.push(id);
    const attributes: Record<string, unknown> = { announced: date(2022, 2025) };
    if (i > 0 && (i % 10 === 0 || i === 3)) attributes.parentProject = projectIds[0];
    if (rand() < 0.5) attributes.targetCapacity = { megawatts: int(100, 10000), qualifier: pick(QUALIFIERS), basis: 'UNSPECIFIED' };
    entities.push({ id, type: 'Project', declaration: { name: `${pick(ORG_A)} Project ${i}`, aliases: [] }, attributes });
  }
  // Sites: a few projects have hundreds of sites (Zipf over projects).
  const projectOfSite = zipf(spec.projects, 1.1, rand);
  const siteIds: string[] = [];
  for (let i = 0; i < spec.sites; i++) {
    const id = `site-${pad(i)}`;
    siteIds.push(id);
    const country = pick(COUNTRIES);
    const attributes: Record<string, unknown> = { status: pick(SITE_STATUS), location: { city: `City ${i % 300}`, ...(country === 'US' ? { region: pick(REGIONS) } : {}), country }, project: projectIds[projectOfSite()] };
    if (rand() < 0.7) attributes.capacity = { megawatts: int(5, 2000), qualifier: pick(QUALIFIERS), basis: 'UNSPECIFIED' };
    if (rand() < 0.3) attributes.chips = pick(['NVIDIA GB200', 'AMD MI450', 'Google TPU v7', 'NVIDIA H100']);
    entities.push({ id, type: 'Site', declaration: { name: `${pick(ORG_A)} Campus ${i}`, aliases: [] }, attributes });
  }
  // Deals: every deal has a value the API can annualize (PER_YEAR, or TOTAL stated over a term), so every system orders them alike.
  const dealIds: string[] = [];
  for (let i = 0; i < spec.deals; i++) {
    const id = `deal-${pad(i)}`;
    dealIds.push(id);
    const amount = Math.round(1e6 * Math.pow(10, rand() * 5)) * 1000;
    const perYear = rand() < 0.5;
    const attributes: Record<string, unknown> = {
      kind: pick(DEAL_KINDS),
      status: pick(['SIGNED', 'ANNOUNCED', 'COMPLETED']),
      value: { amount, currency: pick(['USD', 'USD', 'USD', 'EUR']), period: perYear ? 'PER_YEAR' : 'TOTAL', qualifier: pick(QUALIFIERS), estimated: rand() < 0.2, text: null },
      announced: date(2022, 2025),
    };
    if (!perYear) {
      // The term is stated for the value itself (`over`), the only term a yearly figure is derived from.
      attributes.term = { years: int(1, 10), qualifier: pick(QUALIFIERS) };
      (attributes.value as Record<string, unknown>).over = attributes.term;
    }
    // The first deal draws its capacity from a site, without a random draw (the stream, and so the graph, stays as before).
    if (i === 0 && siteIds.length > 0) attributes.site = siteIds[0];
    if (rand() < 0.3) attributes.capacity = { megawatts: int(10, 5000), qualifier: pick(QUALIFIERS), basis: 'UNSPECIFIED' };
    if (rand() < 0.3) attributes.project = projectIds[projectOfSite()];
    entities.push({ id, type: 'Deal', declaration: { name: `Deal ${i} ${pick(ORG_A)} ${pick(DEAL_KINDS).toLowerCase().replace('_', ' ')}`, aliases: [] }, attributes });
  }

  const facts: FactNode[] = [];
  const seen = new Set<string>();
  const addFact = (label: FactLabel, subject: string, object: string, attributes: Record<string, unknown>, discriminator?: string): boolean => {
    const id = factId(label, subject, object, discriminator);
    if (seen.has(id)) return false;
    seen.add(id);
    facts.push({ id, label, subject, object, attributes });
    return true;
  };
  const orgZipf = zipf(spec.organizations, 1.0, rand);
  const otherOrg = (not: string) => {
    for (;;) {
      const org = orgIds[orgZipf()];
      if (org !== not) return org;
    }
  };

  // Hires: one per person; hub-openai takes `hubHires` of them.
  for (let i = 0; i < spec.hires; i++) {
    const person = personIds[i % spec.people];
    const org = i < spec.hubHires ? 'hub-openai' : otherOrg('hub-openai');
    const attributes: Record<string, unknown> = { date: date(2020, 2025), title: pick(TITLES) };
    if (rand() < 0.7) attributes.from = otherOrg(org);
    if (rand() < 0.3) attributes.previousTitle = pick(TITLES);
    addFact('Hire', person, org, attributes);
  }
  // Employments: hub-microsoft and hub-nvidia take `hubEmployments` each.
  for (let i = 0; i < spec.employments; i++) {
    const person = personIds[(i * 7919) % spec.people];
    let org = i < spec.hubEmployments ? 'hub-microsoft' : i < 2 * spec.hubEmployments ? 'hub-nvidia' : orgIds[orgZipf()];
    const start = date(2005, 2025);
    const attributes: Record<string, unknown> = { title: pick(TITLES), start, current: rand() < 0.4 };
    if (rand() < 0.2) attributes.tenure = { years: int(1, 20), qualifier: pick(QUALIFIERS) };
    while (!addFact('Employment', person, org, attributes)) org = otherOrg(org);
  }
  // Deal parties: 2-6 per deal, a few deals with hundreds.
  for (let i = 0; i < spec.deals; i++) {
    const count = i < spec.megaDeals ? spec.megaDealParties : int(2, 6);
    for (let p = 0, tries = 0; p < count && tries < count * 20; tries++) {
      if (addFact('DealParty', orgIds[orgZipf()], dealIds[i], { roles: [pick(DEAL_ROLES)] })) p++;
    }
  }
  for (let i = 0; i < spec.projects; i++) {
    const count = int(3, 15);
    for (let p = 0; p < count; p++) addFact('Participation', orgIds[orgZipf()], projectIds[i], { roles: [pick(['DEVELOPER', 'EQUITY_FUNDER', 'OPERATOR', 'TECHNOLOGY_PARTNER'])] });
  }
  // A person leads each tenth project, without a random draw.
  for (let i = 0; i < spec.projects; i += 10) addFact('ProjectRole', personIds[i % spec.people], projectIds[i], { roles: ['LEADS'], title: 'project lead' });
  for (let i = 0; i < spec.sites; i++) {
    addFact('SiteRole', orgIds[orgZipf()], siteIds[i], { role: 'OPERATOR' }, 'operator');
    if (rand() < 0.5) addFact('SiteRole', orgIds[orgZipf()], siteIds[i], { role: 'DEVELOPER' }, 'developer');
  }
  const small = Math.max(5, Math.floor(spec.people / 40));
  for (let i = 0; i < small; i++) {
    addFact('Membership', personIds[int(0, spec.people - 1)], orgIds[orgZipf()], { role: 'board member' });
    addFact('Founding', personIds[int(0, spec.people - 1)], orgIds[int(HUBS.length, spec.organizations - 1)], { date: date(2010, 2024) });
    const kind = pick(['EQUITY_STAKE', 'SUBSIDIARY']);
    const target = rand() < 0.6 ? orgIds[orgZipf()] : rand() < 0.5 ? projectIds[int(0, spec.projects - 1)] : dealIds[int(0, spec.deals - 1)];
    const owner = otherOrg(target);
    addFact('Ownership', owner, target, { kind, percent: { value: int(1, 100), qualifier: pick(QUALIFIERS) } }, kind);
  }
  // One stake in a project, without a random draw: every shape ingestion can write appears at every scale.
  addFact('Ownership', orgIds[1], projectIds[0], { kind: 'EQUITY_STAKE', percent: { value: 10, qualifier: 'ABOUT' } }, 'EQUITY_STAKE');
  if (siteIds.length > 0) addFact('Ownership', orgIds[2], siteIds[0], { kind: 'EQUITY_STAKE' }, 'EQUITY_STAKE');

  const articles: ArticleNode[] = [];
  for (let i = 0; i < spec.articles; i++) {
    articles.push({
      id: `article-${pad(i)}`,
      title: `${pick(ORG_A)} ${pick(ORG_B)} news ${i}`,
      url: `https://news.example.test/${i}`,
      publisher: pick(['Example Wire', 'Data Center Daily', 'Compute Times', 'Le Nuage', 'Power & Chips']),
      publishedAt: rand() < 0.9 ? date(2023, 2025) : null,
      language: pick(['en', 'en', 'en', 'fr', 'de']),
      summary: `A synthetic article about AI infrastructure, number ${i}.`,
      reliability: rand() < 0.9 ? 'NORMAL' : 'WEAK',
      // The honesty flags and recording time ingestion writes, without a random draw.
      titleOrigin: 'PAGE',
      attribution: 'MEDIA_REPORT',
      publishedAtInferred: false,
      ingestedAt: '2025-01-01T00:00:00.000Z',
    });
  }

  // Which articles mention each entity and support each fact or attribute set: distinct articles, power-law counts.
  const stride = 7919 % spec.articles === 0 ? 7907 : 7919;
  const choose = (k: number): number[] => {
    const n = Math.max(1, Math.min(spec.articles, k));
    const start = Math.floor(rand() * spec.articles);
    return withNormal(Array.from({ length: n }, (_, j) => (start + j * stride) % spec.articles));
  };
  // Every node gets at least one NORMAL article, so the claims it is given are displayed (WEAK ones never are).
  const withNormal = (list: number[]): number[] => {
    if (list.some((i) => articles[i].reliability === 'NORMAL')) return list;
    for (let j = 1; j < spec.articles; j++) {
      const candidate = (list[0] + j) % spec.articles;
      if (articles[candidate].reliability === 'NORMAL' && !list.includes(candidate)) return [candidate, ...list];
    }
    return list;
  };
  const geometric = (mean: number) => 1 + Math.floor(-Math.log(1 - rand()) * (mean - 1));
  const mentions = new Map<string, number[]>();
  const supports = new Map<string, number[]>();
  const orgRank = new Map(orgIds.map((id, i) => [id, i]));
  for (const entity of entities) {
    const rank = orgRank.get(entity.id);
    const k = rank !== undefined ? Math.max(geometric(spec.mentionsPerEntity), Math.floor((spec.articles * 0.6) / Math.pow(rank + 1, 0.9))) : geometric(spec.mentionsPerEntity);
    mentions.set(entity.id, choose(k));
    if (entity.attributes) supports.set(entity.id, choose(geometric(spec.supportsPerFact)));
  }
  for (const fact of facts) supports.set(fact.id, choose(geometric(spec.supportsPerFact)));
  return { entities, facts, articles, mentions, supports };
}

// ---------------------------------------------------------------- writing

export interface LoadStats {
  scale: string;
  seed: number;
  specHash?: string;
  nodes: number;
  relationships: number;
  seconds: number;
  nodesPerSecond: number;
  relationshipsPerSecond: number;
}

function clean(props: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(props).filter(([, v]) => v !== null && v !== undefined));
}

/** Writes `graph` with batched UNWIND statements, one write transaction per batch, `concurrency` batches in flight. */
export async function writeGraph(driver: Driver, graph: SyntheticGraph, options: { database?: string; batchSize?: number; concurrency?: number; log?: (line: string) => void } = {}): Promise<{ nodes: number; relationships: number }> {
  const database = options.database ?? 'neo4j';
  const batchSize = options.batchSize ?? 10_000;
  const concurrency = options.concurrency ?? 2;
  const started = Date.now();
  const say = options.log ?? (() => undefined);
  const log = (line: string) => say(`${line} (${((Date.now() - started) / 1000).toFixed(1)} s)`);
  let nodes = 0;
  let relationships = 0;
  const inFlight = new Set<Promise<void>>();
  const runBatch = async (cypher: string, rows: unknown[]) => {
    const session = driver.session({ database, defaultAccessMode: neo4j.session.WRITE });
    try {
      const summary = await session.executeWrite(async (tx) => (await tx.run(cypher, { rows })).summary, { timeout: 300_000 });
      const c = summary.counters.updates();
      nodes += c.nodesCreated;
      relationships += c.relationshipsCreated;
    } finally {
      await session.close();
    }
  };
  const submit = async (cypher: string, rows: unknown[]) => {
    while (inFlight.size >= concurrency) await Promise.race(inFlight);
    const p = runBatch(cypher, rows).finally(() => inFlight.delete(p));
    inFlight.add(p);
  };
  const drain = async () => {
    await Promise.all(inFlight);
  };
  const batches = async (cypher: string, rows: Iterable<unknown>) => {
    let batch: unknown[] = [];
    for (const row of rows) {
      batch.push(row);
      if (batch.length >= batchSize) {
        await submit(cypher, batch);
        batch = [];
      }
    }
    if (batch.length > 0) await submit(cypher, batch);
  };

  const articleById = graph.articles;
  const claimOf = (articleIndex: number, via: Claim['via'], values: Record<string, unknown>): Claim => {
    const a = articleById[articleIndex];
    return { articleId: a.id, publishedAt: a.publishedAt, reliability: a.reliability, via, values };
  };
  // The first article of a node states its values; make sure it is a NORMAL one so the values are displayed.
  const primary = (list: number[]) => list.find((i) => articleById[i].reliability === 'NORMAL') ?? list[0];

  // Articles.
  await batches(
    BULK_STATEMENTS.articles,
    graph.articles.map((a) => clean({ ...a, type: 'Article', hash: createHash('sha256').update(a.id).digest('hex'), searchText: `${a.title} | ${a.summary}` })),
  );
  await drain();
  log(`articles: ${graph.articles.length}`);

  // Entities, with their displayed values resolved from their claims as ingestion does.
  const nameKeys: Array<{ key: string; id: string }> = [];
  const refs: Array<{ type: string; from: string; to: string }> = [];
  const byType = new Map<EntityNode['type'], Array<Record<string, unknown>>>();
  for (const entity of graph.entities) {
    const mentionList = graph.mentions.get(entity.id)!;
    const supportList = graph.supports.get(entity.id);
    const claims = mentionList.map((i) => claimOf(i, 'MENTIONS', entity.declaration));
    if (supportList && entity.attributes) claims.push(claimOf(primary(supportList), 'SUPPORTS', entity.attributes));
    const resolved = resolveNode(entity.type, claims);
    for (const key of resolved.nameKeys) nameKeys.push({ key: `${entity.type}:${key}`, id: entity.id });
    for (const ref of resolved.refs) refs.push({ type: ref.type, from: entity.id, to: ref.target });
    const rows = byType.get(entity.type) ?? [];
    rows.push(clean({ id: entity.id, type: entity.type, ...resolved.props }));
    byType.set(entity.type, rows);
  }
  for (const [type, rows] of byType) await batches(BULK_STATEMENTS.entities[type], rows);
  await drain();
  log(`entities: ${graph.entities.length}`);

  // Facts with their subject and object edges.
  const factsByLabel = new Map<FactLabel, Array<Record<string, unknown>>>();
  for (const fact of graph.facts) {
    const supportList = graph.supports.get(fact.id)!;
    const resolved = resolveNode(fact.label, [claimOf(primary(supportList), 'SUPPORTS', fact.attributes)]);
    for (const ref of resolved.refs) refs.push({ type: ref.type, from: fact.id, to: ref.target });
    const rows = factsByLabel.get(fact.label) ?? [];
    rows.push({ s: fact.subject, o: fact.object, props: clean({ id: fact.id, type: fact.label, subjectId: fact.subject, objectId: fact.object, ...resolved.props }) });
    factsByLabel.set(fact.label, rows);
  }
  for (const [label, rows] of factsByLabel) {
    await batches(BULK_STATEMENTS.facts[label], rows);
  }
  await drain();
  log(`facts: ${graph.facts.length}`);

  for (const [type, statement] of Object.entries(BULK_STATEMENTS.references)) await batches(statement, refs.filter((r) => r.type === type));
  await batches(BULK_STATEMENTS.nameKeys, nameKeys);
  await drain();
  log(`references: ${refs.length}, name keys: ${nameKeys.length}`);

  // MENTIONS and SUPPORTS, streamed.
  const declarations = new Map(graph.entities.map((e) => [e.id, JSON.stringify(e.declaration)]));
  const attributes = new Map<string, string>([...graph.entities.filter((e) => e.attributes).map((e) => [e.id, JSON.stringify(e.attributes)] as [string, string]), ...graph.facts.map((f) => [f.id, JSON.stringify(f.attributes)] as [string, string])]);
  function* mentionRows() {
    for (const [id, list] of graph.mentions) for (const i of list) yield { a: graph.articles[i].id, n: id, c: declarations.get(id) };
  }
  function* supportRows() {
    for (const [id, list] of graph.supports) {
      const first = primary(list);
      for (const i of list) {
        const states = i === first;
        yield { a: graph.articles[i].id, n: id, c: states ? attributes.get(id) : '{}', e: JSON.stringify({ exists: states ? { quote: `synthetic quote ${i}`, attribution: 'COMPANY_ANNOUNCEMENT', speaker: 'synthetic speaker' } : { note: 'corroborates' } }) };
      }
    }
  }
  await batches(BULK_STATEMENTS.mentions, mentionRows());
  await drain();
  log('mentions written');
  await batches(BULK_STATEMENTS.supports, supportRows());
  await drain();
  log('supports written');
  return { nodes, relationships };
}

// ---------------------------------------------------------------- the seed corpus (scale S)

async function ingestSeed(db: Db, log: (line: string) => void): Promise<void> {
  const { createIngestion } = await import('../src/ingest/ingestion');
  const { listNewsFiles } = await import('../src/ingest/read-file');
  const ingestion = createIngestion(db);
  const files = listNewsFiles([path.resolve(__dirname, '..', 'seed', 'news')]);
  for (const file of files) {
    const report = await ingestion.ingestFile(file);
    if (report.status === 'REJECTED') throw new Error(`seed file rejected: ${file}`);
  }
  log(`ingested ${files.length} seed files`);
}

export async function countGraph(driver: Driver, database = 'neo4j'): Promise<{ nodes: number; relationships: number }> {
  const result = await driver.executeQuery('CALL { MATCH (n) RETURN count(n) AS nodes } CALL { MATCH ()-[r]->() RETURN count(r) AS relationships } RETURN nodes, relationships', {}, { database });
  const r = result.records[0];
  return { nodes: Number(r.get('nodes')), relationships: Number(r.get('relationships')) };
}

/** Generates `scale` into the (empty) database behind `db`: creates the schema first, then loads. */
export async function generate(db: Db, scale: Scale, seed = 42, log: (line: string) => void = () => undefined): Promise<LoadStats> {
  await ensureSchema(db);
  const started = process.hrtime.bigint();
  if (scale === 'S') {
    await ingestSeed(db, log);
  } else {
    const graph = buildGraph(SCALES[scale], seed);
    await writeGraph(db.driver, graph, { database: db.database, log });
    // Full-text and range indexes catch up before anyone queries.
    await db.driver.executeQuery('CALL db.awaitIndexes(300)', {}, { database: db.database });
  }
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  const { nodes, relationships } = await countGraph(db.driver, db.database);
  return { scale, seed, specHash: specHash(scale, seed), nodes, relationships, seconds, nodesPerSecond: nodes / seconds, relationshipsPerSecond: relationships / seconds };
}

export const BENCH_DATA = path.resolve(__dirname, '.data');

/** Identifies what a data dir was generated from: scale, seed, spec and this file; a change regenerates. */
export function specHash(scale: Scale, seed: number): string {
  const spec = scale === 'S' ? fs.readdirSync(path.resolve(__dirname, '..', 'seed', 'news')).sort().join(',') : JSON.stringify(SCALES[scale]);
  return createHash('sha256').update(`${scale}|${seed}|${spec}|${fs.readFileSync(__filename, 'utf8')}`).digest('hex').slice(0, 16);
}
export const MARKER = 'generated.json';

/** The data dir of a scale and its marker, if a complete generation left one. */
export function readMarker(dataDir: string): LoadStats | null {
  const file = path.join(dataDir, MARKER);
  return fs.existsSync(file) ? (JSON.parse(fs.readFileSync(file, 'utf8')) as LoadStats) : null;
}

export function writeMarker(dataDir: string, stats: LoadStats): void {
  fs.writeFileSync(path.join(dataDir, MARKER), `${JSON.stringify(stats, null, 2)}\n`);
}

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { scale: { type: 'string', default: 'M' }, seed: { type: 'string', default: '42' }, data: { type: 'string' }, force: { type: 'boolean', default: false } } });
  const scale = values.scale as Scale;
  if (!['XS', 'S', 'M'].includes(scale)) throw new Error('--scale must be XS, S or M');
  const seed = Number(values.seed);
  const dataDir = path.resolve(values.data ?? path.join(BENCH_DATA, scale));
  if (fs.existsSync(dataDir)) {
    if (!values.force && readMarker(dataDir)?.specHash === specHash(scale, seed)) {
      process.stdout.write(`${dataDir} already holds scale ${scale} (${JSON.stringify(readMarker(dataDir))}); --force regenerates\n`);
      return;
    }
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
  fs.mkdirSync(dataDir, { recursive: true });
  const { startEmbeddedNeo4j } = await import('../src/neo4j/embedded');
  const { createDriver } = await import('../src/neo4j/driver');
  const { loadConfig } = await import('../src/config');
  const log = (line: string) => process.stderr.write(`${line}\n`);
  const embedded = await startEmbeddedNeo4j({ port: 0, dataDir, txTimeoutSeconds: 600, log });
  const driver = createDriver(loadConfig({}).neo4j, embedded.uri);
  try {
    const db: Db = { driver, database: 'neo4j', readTimeoutMs: 60_000, writeTimeoutMs: 600_000 };
    const stats = await generate(db, scale, seed, log);
    writeMarker(dataDir, stats);
    process.stdout.write(
      `scale ${scale} (seed ${seed}): ${stats.nodes} nodes, ${stats.relationships} relationships in ${stats.seconds.toFixed(1)} s ` +
        `(${Math.round(stats.nodesPerSecond)} nodes/s, ${Math.round(stats.relationshipsPerSecond)} relationships/s) into ${dataDir}\n`,
    );
  } finally {
    await driver.close();
    await embedded.stop();
  }
}

if (require.main === module) {
  main().catch((error) => {
    process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    process.exitCode = 1;
  });
}
