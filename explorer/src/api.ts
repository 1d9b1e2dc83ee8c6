/**
 * The explorer's only data source: POST JSON to /graphql on the same origin.
 * Queries stay small and shallow (at most five levels): neighbourhoods carry
 * structure only, evidence is fetched per selected node or fact.
 */

export type EntityType = 'Organization' | 'Person' | 'Project' | 'Site' | 'Deal' | 'Article';

export interface Ref {
  id: string;
  name: string;
}
export interface TypedRef extends Ref {
  __typename: EntityType;
}
export interface ArticleRef {
  id: string;
  title: string;
  url: string;
  publisher: string;
  publishedAt: string | null;
  language: string;
  originalOutlet: string | null;
  reliability: 'NORMAL' | 'WEAK';
}
export interface Evidence {
  quote: string | null;
  note: string | null;
  article: ArticleRef;
}
export interface Money {
  amount: number | null;
  currency: string;
  period: 'TOTAL' | 'PER_YEAR';
  qualifier: string;
  estimated: boolean;
  text: string | null;
}
export interface Power {
  megawatts: number;
  qualifier: string;
  basis: string;
}
export interface Duration {
  years: number;
  qualifier: string;
}
export interface Percent {
  value: number;
  qualifier: string;
}
export interface Claim<T> {
  value: T;
  evidence: Evidence;
}

const ARTICLE = 'id title url publisher publishedAt language originalOutlet reliability';
const EV = `quote note article { ${ARTICLE} }`;
const MONEY = 'amount currency period qualifier estimated text';
const POWER = 'megawatts qualifier basis';

export class ApiError extends Error {}

let pending = 0;
function setBusy(delta: number): void {
  pending += delta;
  document.body.dataset.busy = pending > 0 ? 'true' : 'false';
}

export async function gql<T>(query: string, variables: Record<string, unknown> = {}): Promise<T> {
  setBusy(1);
  try {
    const response = await fetch('/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json, application/json', 'x-graphql-yoga-csrf': 'explorer' },
      body: JSON.stringify({ query, variables }),
    });
    let body: { data?: T; errors?: Array<{ message: string }> };
    try {
      body = await response.json();
    } catch {
      throw new ApiError(`The API answered HTTP ${response.status} without JSON.`);
    }
    if (body.errors?.length) throw new ApiError(body.errors.map((e) => e.message).join('; '));
    if (!response.ok || !body.data) throw new ApiError(`The API answered HTTP ${response.status}.`);
    return body.data;
  } finally {
    setBusy(-1);
  }
}

// ─── Search ─────────────────────────────────────────────────────────────────

export interface SearchHit {
  __typename: EntityType;
  id: string;
  name?: string;
  title?: string;
  kind?: string | null;
  publisher?: string;
  publishedAt?: string | null;
  location?: { country: string } | null;
}

export async function search(text: string, first = 12): Promise<SearchHit[]> {
  const data = await gql<{ search: SearchHit[] }>(
    `query Search($text: String!, $first: Int) { search(text: $text, first: $first) { __typename
      ... on Organization { id name kind } ... on Person { id name } ... on Project { id name }
      ... on Site { id name location { country } } ... on Deal { id name kind } ... on Article { id title publisher publishedAt } } }`,
    { text, first },
  );
  return data.search;
}

export function hitName(hit: SearchHit): string {
  return hit.name ?? hit.title ?? hit.id;
}

// ─── Neighbourhoods (structure only) ────────────────────────────────────────

export interface OrganizationHood {
  __typename: 'Organization';
  id: string;
  name: string;
  parent: Ref | null;
  subsidiaries: Ref[];
  hires: Array<{ id: string; person: Ref; from: Ref | null }>;
  departures: Array<{ id: string; person: Ref; organization: Ref }>;
  people: Array<{ id: string; person: Ref }>;
  projects: Array<{ id: string; role: string | null; project: Ref }>;
  deals: Array<{ id: string; name: string; parties: Array<{ id: string; role: string | null; organization: Ref }> }>;
  sites: Array<{ id: string; role: string | null; site: Ref }>;
  stakes: Array<{ id: string; kind: string | null; owned: TypedRef }>;
  members: Array<{ id: string; person: Ref }>;
  founders: Array<{ id: string; person: Ref }>;
  partners: Array<{ organization: Ref; via: TypedRef[] }>;
}
export interface PersonHood {
  __typename: 'Person';
  id: string;
  name: string;
  employments: Array<{ id: string; current: boolean | null; organization: Ref }>;
  hires: Array<{ id: string; organization: Ref; from: Ref | null }>;
  memberships: Array<{ id: string; organization: Ref }>;
  foundings: Array<{ id: string; organization: Ref }>;
}
export interface ProjectHood {
  __typename: 'Project';
  id: string;
  name: string;
  parent: Ref | null;
  offshoots: Ref[];
  partners: Array<{ id: string; role: string | null; organization: Ref }>;
  sites: Ref[];
  deals: Ref[];
}
export interface SiteHood {
  __typename: 'Site';
  id: string;
  name: string;
  project: Ref | null;
  operators: Ref[];
  developers: Ref[];
}
export interface DealHood {
  __typename: 'Deal';
  id: string;
  name: string;
  project: Ref | null;
  parties: Array<{ id: string; role: string | null; organization: Ref }>;
}
export interface ArticleHood {
  __typename: 'Article';
  id: string;
  title: string;
  mentions: TypedRef[];
}
export type Hood = OrganizationHood | PersonHood | ProjectHood | SiteHood | DealHood | ArticleHood;

/**
 * The server prices a query by its list sizes (graphql-armor cost limit), so lists ask for at most LIST items:
 * more than any entity in the corpus has, and cheap enough to stay far below the limit.
 */
const LIST = 40;

const HOOD: Record<EntityType, string[]> = {
  // Two halves, fetched in parallel, keep each request well under the cost limit.
  Organization: [
    `... on Organization { name parent { id name } subsidiaries(first: ${LIST}) { id name }
    hires(first: ${LIST}) { id person { id name } from { id name } }
    departures(first: ${LIST}) { id person { id name } organization { id name } }
    people(first: ${LIST}) { id person { id name } }
    members(first: ${LIST}) { id person { id name } }
    founders(first: ${LIST}) { id person { id name } } }`,
    `... on Organization { projects(first: ${LIST}) { id role project { id name } }
    deals(first: ${LIST}) { id name parties { id role organization { id name } } }
    sites(first: ${LIST}) { id role site { id name } }
    stakes(first: ${LIST}) { id kind owned { __typename id name } }
    partners(first: ${LIST}) { organization { id name } via { __typename ... on Project { id name } ... on Deal { id name } } } }`,
  ],
  Person: [`... on Person { name employments(first: ${LIST}) { id current organization { id name } }
    hires(first: ${LIST}) { id organization { id name } from { id name } }
    memberships(first: ${LIST}) { id organization { id name } } foundings(first: ${LIST}) { id organization { id name } } }`],
  Project: [`... on Project { name parent { id name } offshoots(first: ${LIST}) { id name }
    partners(first: ${LIST}) { id role organization { id name } } sites(first: ${LIST}) { id name } deals(first: ${LIST}) { id name } }`],
  Site: [`... on Site { name project { id name } operators { id name } developers { id name } }`],
  Deal: [`... on Deal { name project { id name } parties { id role organization { id name } } }`],
  Article: [`... on Article { title mentions(first: 60) { __typename id name } }`],
};

const typeCache = new Map<string, EntityType>();

/** Remembers the type of an entity seen anywhere, so later queries can ask for that type's fields only. */
export function rememberType(id: string, type: EntityType): void {
  typeCache.set(id, type);
}

export async function entityType(id: string): Promise<EntityType | null> {
  const known = typeCache.get(id);
  if (known) return known;
  const data = await gql<{ node: { __typename: string } | null }>('query Type($id: ID!) { node(id: $id) { __typename } }', { id });
  const type = data.node?.__typename as EntityType | undefined;
  if (!type || !(type in HOOD)) return null;
  typeCache.set(id, type);
  return type;
}

const hoodCache = new Map<string, Promise<Hood | null>>();

export function neighbourhood(id: string): Promise<Hood | null> {
  let cached = hoodCache.get(id);
  if (!cached) {
    cached = entityType(id).then(async (type) => {
      if (!type) return null;
      const parts = await Promise.all(HOOD[type].map((fields) => gql<{ node: Hood | null }>(`query Neighbourhood($id: ID!) { node(id: $id) { __typename id ${fields} } }`, { id })));
      return parts.some((part) => !part.node) ? null : (Object.assign({}, ...parts.map((part) => part.node)) as Hood);
    });
    cached.catch(() => hoodCache.delete(id));
    hoodCache.set(id, cached);
  }
  return cached;
}

// ─── Details of an entity (for the panel) ───────────────────────────────────

export interface OrganizationDetails {
  __typename: 'Organization';
  id: string;
  name: string;
  aliases: string[];
  kind: string | null;
  country: string | null;
  parent: Ref | null;
  hires: Array<{ id: string; person: Ref; from: Ref | null; title: string | null; previousTitle: string | null; date: string | null; dateInferred: boolean; evidence: Evidence[] }>;
  talentSources: Array<{ from: Ref | null; count: number; people: Ref[] }>;
  partners: Array<{ organization: Ref; via: TypedRef[] }>;
  mentions: ArticleRef[];
}
export interface PersonDetails {
  __typename: 'Person';
  id: string;
  name: string;
  aliases: string[];
  currentEmployer: Ref | null;
  employments: Array<{ id: string; organization: Ref; title: string | null; current: boolean | null; start: string | null; end: string | null; tenure: Duration | null }>;
  hires: Array<{ id: string; organization: Ref; from: Ref | null; date: string | null }>;
  memberships: Array<{ id: string; organization: Ref; role: string | null }>;
  foundings: Array<{ id: string; organization: Ref; date: string | null }>;
  mentions: ArticleRef[];
}
export interface ProjectDetails {
  __typename: 'Project';
  id: string;
  name: string;
  aliases: string[];
  announced: string | null;
  announcedClaims: Array<Claim<string>>;
  investment: Money | null;
  investmentClaims: Array<Claim<Money>>;
  targetCapacity: Power | null;
  targetCapacityClaims: Array<Claim<Power>>;
  plannedMegawatts: { megawatts: number | null; qualifier: string | null; sites: number; sitesWithFigure: number };
  parent: Ref | null;
  partners: Array<{ id: string; role: string | null; organization: Ref }>;
  sites: Array<{ id: string; name: string; status: string | null; capacity: Power | null; location: { city: string | null; region: string | null; country: string } | null }>;
  deals: Array<{ id: string; name: string; value: Money | null }>;
  evidence: Evidence[];
}
export interface SiteDetails {
  __typename: 'Site';
  id: string;
  name: string;
  aliases: string[];
  location: { city: string | null; region: string | null; country: string } | null;
  status: string | null;
  statusClaims: Array<Claim<string>>;
  capacity: Power | null;
  capacityClaims: Array<Claim<Power>>;
  chips: string | null;
  project: Ref | null;
  operators: Ref[];
  developers: Ref[];
  evidence: Evidence[];
}
export interface DealDetails {
  __typename: 'Deal';
  id: string;
  name: string;
  aliases: string[];
  kind: string | null;
  status: string | null;
  statusClaims: Array<Claim<string>>;
  value: Money | null;
  valueClaims: Array<Claim<Money>>;
  annualizedUsd: number | null;
  annualized: { amountUsd: number; qualifier: string; estimated: boolean; rateAsOf: string | null } | null;
  announced: string | null;
  term: Duration | null;
  termClaims: Array<Claim<Duration>>;
  starts: string | null;
  startsClaims: Array<Claim<string>>;
  capacity: Power | null;
  capacityClaims: Array<Claim<Power>>;
  project: Ref | null;
  parties: Array<{ id: string; role: string | null; organization: Ref }>;
  evidence: Evidence[];
}
export interface ArticleDetails extends ArticleRef {
  __typename: 'Article';
  summary: string;
  retrievedAt: string | null;
  mentions: TypedRef[];
}
export type EntityDetails = OrganizationDetails | PersonDetails | ProjectDetails | SiteDetails | DealDetails | ArticleDetails;

const DETAILS: Record<EntityType, string> = {
  Organization: `... on Organization { name aliases kind country parent { id name }
    hires(first: ${LIST}) { id person { id name } from { id name } title previousTitle date dateInferred evidence { ${EV} } }
    talentSources(first: 30) { from { id name } count people { id name } }
    partners(first: ${LIST}) { organization { id name } via { __typename ... on Project { id name } ... on Deal { id name } } }
    mentions(first: 10) { ${ARTICLE} } }`,
  Person: `... on Person { name aliases currentEmployer { id name }
    employments(first: ${LIST}) { id organization { id name } title current start end tenure { years qualifier } }
    hires(first: ${LIST}) { id organization { id name } from { id name } date }
    memberships(first: ${LIST}) { id organization { id name } role } foundings(first: ${LIST}) { id organization { id name } date }
    mentions(first: 10) { ${ARTICLE} } }`,
  Project: `... on Project { name aliases announced announcedClaims { value evidence { ${EV} } }
    investment { ${MONEY} } investmentClaims { value { ${MONEY} } evidence { ${EV} } }
    targetCapacity { ${POWER} } targetCapacityClaims { value { ${POWER} } evidence { ${EV} } }
    plannedMegawatts { megawatts qualifier sites sitesWithFigure } parent { id name }
    partners(first: ${LIST}) { id role organization { id name } }
    sites(first: ${LIST}) { id name status capacity { ${POWER} } location { city region country } }
    deals(first: ${LIST}) { id name value { ${MONEY} } } evidence { ${EV} } }`,
  Site: `... on Site { name aliases location { city region country } status statusClaims { value evidence { ${EV} } }
    capacity { ${POWER} } capacityClaims { value { ${POWER} } evidence { ${EV} } } chips project { id name }
    operators { id name } developers { id name } evidence { ${EV} } }`,
  Deal: `... on Deal { name aliases kind status statusClaims { value evidence { ${EV} } }
    value { ${MONEY} } valueClaims { value { ${MONEY} } evidence { ${EV} } } annualizedUsd annualized { amountUsd qualifier estimated rateAsOf }
    announced term { years qualifier } termClaims { value { years qualifier } evidence { ${EV} } }
    starts startsClaims { value evidence { ${EV} } } capacity { ${POWER} } capacityClaims { value { ${POWER} } evidence { ${EV} } }
    project { id name } parties { id role organization { id name } } evidence { ${EV} } }`,
  Article: `... on Article { ${ARTICLE} summary retrievedAt mentions(first: ${LIST}) { __typename id name } }`,
};

export async function entityDetails(id: string, type: EntityType): Promise<EntityDetails | null> {
  const data = await gql<{ node: EntityDetails | null }>(`query Details($id: ID!) { node(id: $id) { __typename id ${DETAILS[type]} } }`, { id });
  return data.node;
}

// ─── Facts (edges) ──────────────────────────────────────────────────────────

export type FactType = 'Hire' | 'Employment' | 'Membership' | 'Founding' | 'Participation' | 'DealParty' | 'SiteRole' | 'Ownership';

export interface FactDetails {
  __typename: FactType;
  id: string;
  evidence: Evidence[];
  [field: string]: unknown;
}

const FACTS: Record<FactType, string> = {
  Hire: `... on Hire { person { id name } organization { id name } from { id name } title previousTitle date dateInferred dateClaims { value evidence { ${EV} } } evidence { ${EV} } }`,
  Employment: `... on Employment { person { id name } organization { id name } title titleClaims { value evidence { ${EV} } } start startClaims { value evidence { ${EV} } } end current
    tenure { years qualifier } tenureClaims { value { years qualifier } evidence { ${EV} } } evidence { ${EV} } }`,
  Membership: `... on Membership { person { id name } organization { id name } role evidence { ${EV} } }`,
  Founding: `... on Founding { person { id name } organization { id name } date evidence { ${EV} } }`,
  Participation: `... on Participation { organization { id name } project { id name } role evidence { ${EV} } }`,
  DealParty: `... on DealParty { organization { id name } deal { id name } role evidence { ${EV} } }`,
  SiteRole: `... on SiteRole { organization { id name } site { id name } role evidence { ${EV} } }`,
  Ownership: `... on Ownership { owner { id name } owned { __typename id name } kind percent { value qualifier } percentClaims { value { value qualifier } evidence { ${EV} } }
    value { ${MONEY} } valueClaims { value { ${MONEY} } evidence { ${EV} } } evidence { ${EV} } }`,
};

const factCache = new Map<string, Promise<FactDetails | null>>();

export function factDetails(id: string, type: FactType): Promise<FactDetails | null> {
  let cached = factCache.get(id);
  if (!cached) {
    cached = gql<{ node: FactDetails | null }>(`query Fact($id: ID!) { node(id: $id) { __typename id ${FACTS[type]} } }`, { id }).then((d) => d.node);
    cached.catch(() => factCache.delete(id));
    factCache.set(id, cached);
  }
  return cached;
}

// ─── Paths ──────────────────────────────────────────────────────────────────

export interface Step {
  from: TypedRef;
  relation: string;
  to: TypedRef;
  evidence: Evidence[];
}
export interface Path {
  hops: number;
  steps: Step[];
}

export async function connections(from: string, to: string, maxHops: number, first = 5): Promise<Path[]> {
  const data = await gql<{ connections: Path[] }>(
    `query Connections($from: String!, $to: String!, $maxHops: Int, $first: Int) { connections(from: $from, to: $to, maxHops: $maxHops, first: $first) {
      hops steps { from { __typename id name } relation to { __typename id name } evidence { ${EV} } } } }`,
    { from, to, maxHops, first },
  );
  return data.connections;
}

// ─── Numbers ────────────────────────────────────────────────────────────────

export type CapacityGroupBy = 'COUNTRY' | 'PROJECT' | 'OPERATOR' | 'STATUS';
export interface CapacityGroup {
  key: string;
  megawatts: number | null;
  qualifier: string | null;
  sites: number;
  sitesWithFigure: number;
}

export async function capacity(groupBy: CapacityGroupBy): Promise<CapacityGroup[]> {
  const data = await gql<{ capacity: CapacityGroup[] }>(`query Capacity($groupBy: CapacityGroupBy!) { capacity(groupBy: $groupBy) { key megawatts qualifier sites sitesWithFigure } }`, { groupBy });
  return data.capacity;
}

export type DealOrder = 'ANNUALIZED_USD_DESC' | 'ANNUALIZED_USD_ASC' | 'ANNOUNCED_DESC' | 'NAME_ASC';
export interface DealRow {
  id: string;
  name: string;
  kind: string | null;
  status: string | null;
  announced: string | null;
  value: Money | null;
  annualizedUsd: number | null;
  annualized: { amountUsd: number; qualifier: string } | null;
  valueClaims: Array<{ value: { amount: number | null } }>;
  parties: Array<{ role: string | null; organization: Ref }>;
}

export async function deals(orderBy: DealOrder, first = 100): Promise<{ totalCount: number; rows: DealRow[] }> {
  const data = await gql<{ deals: { totalCount: number; edges: Array<{ node: DealRow }> } }>(
    `query Deals($orderBy: DealOrder, $first: Int) { deals(orderBy: $orderBy, first: $first) { totalCount edges { node {
      id name kind status announced value { ${MONEY} } annualizedUsd annualized { amountUsd qualifier } valueClaims { value { amount } }
      parties { role organization { id name } } } } } }`,
    { orderBy, first },
  );
  return { totalCount: data.deals.totalCount, rows: data.deals.edges.map((e) => e.node) };
}

export interface HireRow {
  id: string;
  person: Ref;
  from: Ref | null;
  title: string | null;
  date: string | null;
  dateInferred: boolean;
  evidence: Evidence[];
}

export async function orgHires(id: string): Promise<{ id: string; name: string; hires: HireRow[]; talentSources: Array<{ from: Ref | null; count: number; people: Ref[] }> } | null> {
  const data = await gql<{ organization: { id: string; name: string; hires: HireRow[]; talentSources: Array<{ from: Ref | null; count: number; people: Ref[] }> } | null }>(
    `query Hires($id: ID!) { organization(id: $id) { id name hires(first: 60) { id person { id name } from { id name } title date dateInferred evidence { ${EV} } }
      talentSources(first: 30) { from { id name } count people { id name } } } }`,
    { id },
  );
  return data.organization;
}
