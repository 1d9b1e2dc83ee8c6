/**
 * The explorer's only data source: POST JSON to /graphql on the same origin.
 * Queries stay small and shallow (at most five levels): neighbourhoods carry
 * structure only, evidence is fetched per selected node or fact.
 *
 * Every query is a static `graphql(...)` document; `npm run codegen` reads them
 * and writes their result types to ./generated/ from schema.graphql, so the
 * types below are derived from the documents, never written by hand.
 */
import { KNOWN_AT_VARIABLE, withKnownAt } from './as-of';
import { graphql } from './generated';
import type { ArticleFieldsFragment, CapacityGroupBy, DealFilter, DealKind, DealOrder, DealStatus, PartyRole, DurationFieldsFragment, EvidenceFieldsFragment, MoneyFieldsFragment, PercentFieldsFragment, PowerFieldsFragment, TypedDocumentString } from './generated/graphql';

export type { CapacityGroupBy, DealFilter, DealKind, DealOrder, DealStatus, PartyRole };

/** The result type of a document. */
type ResultOf<D> = D extends TypedDocumentString<infer R, never> ? R : never;
/** The member of a `node(id:)` result with this `__typename`. */
type NodeOf<D, T extends string> = Extract<NonNullable<ResultOf<D> extends { node: infer N } ? N : never>, { __typename: T }>;

// ─── Values repeated across queries ─────────────────────────────────────────

graphql(`
  fragment ArticleFields on Article { id title titleOrigin url publisher publishedAt publishedAtInferred language originalOutlet reliability attribution }
`);
graphql(`
  fragment EvidenceFields on Evidence { quote note attribution speaker article { ...ArticleFields } }
`);
graphql(`
  fragment MoneyFields on Money { amount currency period qualifier estimated text }
`);
graphql(`
  fragment PowerFields on Power { megawatts qualifier basis }
`);
graphql(`
  fragment DurationFields on Duration { years qualifier }
`);
graphql(`
  fragment PercentFields on Percent { value qualifier }
`);

export type ArticleRef = ArticleFieldsFragment;
export type Evidence = EvidenceFieldsFragment;
export type Money = MoneyFieldsFragment;
export type Power = PowerFieldsFragment;
export type Duration = DurationFieldsFragment;
export type Percent = PercentFieldsFragment;
/** What every reference to an entity selects (`{ id name }`): enough to draw it and link to it. */
export type Ref = { id: string; name: string };

/**
 * The server prices a query by its list sizes (KB_MAX_COST), variables and defaults included, so lists ask for at
 * most LIST items: more than any entity in the corpus has, and cheap enough to stay below the limit. It is sent as
 * the `$first` variable; test/unit/explorer.test.ts prices every request, with its variables, by the server's limits.
 */
export const LIST = 40;

export class ApiError extends Error {}

let pending = 0;
function setBusy(delta: number): void {
  pending += delta;
  document.body.dataset.busy = pending > 0 ? 'true' : 'false';
}

/** The "as known at" date of the evidence panel and the numbers view (the URL's `known`), or null for today. */
let knownAt: string | null = null;

export function setKnownAt(value: string | null | undefined): void {
  knownAt = value ?? null;
}

/** `dated`: the request belongs to the evidence panel or the numbers view, so it is asked as known at the set date. */
export async function gql<TResult, TVariables>(query: TypedDocumentString<TResult, TVariables>, variables: TVariables, dated = false): Promise<TResult> {
  setBusy(1);
  try {
    const asOf = dated && knownAt !== null;
    const text = asOf ? withKnownAt(query.toString()) : query.toString();
    const sent = asOf ? { ...variables, [KNOWN_AT_VARIABLE]: knownAt } : variables;
    const response = await fetch('/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json, application/json', 'x-graphql-yoga-csrf': 'explorer' },
      body: JSON.stringify({ query: text, variables: sent }),
    });
    let body: { data?: TResult; errors?: Array<{ message: string }> };
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

const SearchQuery = graphql(`
  query Search($text: String!, $first: Int) {
    search(text: $text, first: $first) {
      __typename
      ... on Organization { id name kind }
      ... on Person { id name }
      ... on Project { id name }
      ... on Site { id name location { country } }
      ... on Deal { id name kind }
      ... on Article { id title publisher publishedAt }
    }
  }
`);

export type SearchHit = ResultOf<typeof SearchQuery>['search'][number];
/** Organization, Person, Project, Site, Deal or Article: the types search finds and the explorer draws. */
export type EntityType = SearchHit['__typename'];

export async function search(text: string, first = 12): Promise<SearchHit[]> {
  const data = await gql(SearchQuery, { text, first });
  return data.search;
}

export function hitName(hit: SearchHit): string {
  return 'name' in hit ? hit.name : hit.title;
}

// ─── Neighbourhoods (structure only) ────────────────────────────────────────

// An organization in two halves, fetched in parallel: each request stays well under the cost limit.
const NeighbourhoodOrganizationPeople = graphql(`
  query NeighbourhoodOrganizationPeople($id: ID!, $first: Int!) {
    node(id: $id) {
      __typename id
      ... on Organization {
        name parent { id name } subsidiaries(first: $first) { id name }
        hires(first: $first) { id person { id name } from { id name } }
        departures(first: $first) { id person { id name } organization { id name } }
        people(first: $first) { id person { id name } }
        members(first: $first) { id person { id name } }
        founders(first: $first) { id person { id name } }
      }
    }
  }
`);

const NeighbourhoodOrganizationLinks = graphql(`
  query NeighbourhoodOrganizationLinks($id: ID!, $first: Int!) {
    node(id: $id) {
      __typename id
      ... on Organization {
        projects(first: $first) { id roles project { id name } }
        deals(first: $first) { id name parties { id roles organization { id name } } }
        sites(first: $first) { id role site { id name } }
        stakes(first: $first) { id kind owned { __typename id name } }
        partners(first: $first) { organization { id name } via { __typename ... on Project { id name } ... on Deal { id name } } }
      }
    }
  }
`);

const NeighbourhoodPerson = graphql(`
  query NeighbourhoodPerson($id: ID!, $first: Int!) {
    node(id: $id) {
      __typename id
      ... on Person {
        name employments(first: $first) { id current organization { id name } }
        hires(first: $first) { id organization { id name } from { id name } }
        memberships(first: $first) { id organization { id name } }
        foundings(first: $first) { id organization { id name } }
      }
    }
  }
`);

const NeighbourhoodProject = graphql(`
  query NeighbourhoodProject($id: ID!, $first: Int!) {
    node(id: $id) {
      __typename id
      ... on Project {
        name parent { id name } offshoots(first: $first) { id name }
        partners(first: $first) { id roles organization { id name } }
        sites(first: $first) { id name }
        deals(first: $first) { id name }
      }
    }
  }
`);

// A site's operators and developers come with their site roles, so the link to each carries the SiteRole's own id.
const NeighbourhoodSite = graphql(`
  query NeighbourhoodSite($id: ID!, $first: Int!) {
    node(id: $id) {
      __typename id
      ... on Site {
        name project { id name }
        operators { id name sites(first: $first) { id role site { id } } }
        developers { id name sites(first: $first) { id role site { id } } }
      }
    }
  }
`);

const NeighbourhoodDeal = graphql(`
  query NeighbourhoodDeal($id: ID!) {
    node(id: $id) {
      __typename id
      ... on Deal { name project { id name } parties { id roles organization { id name } } }
    }
  }
`);

const NeighbourhoodArticle = graphql(`
  query NeighbourhoodArticle($id: ID!) {
    node(id: $id) {
      __typename id
      ... on Article { title mentions(first: 60) { __typename id name } }
    }
  }
`);

export type OrganizationHood = NodeOf<typeof NeighbourhoodOrganizationPeople, 'Organization'> & NodeOf<typeof NeighbourhoodOrganizationLinks, 'Organization'>;
export type PersonHood = NodeOf<typeof NeighbourhoodPerson, 'Person'>;
export type ProjectHood = NodeOf<typeof NeighbourhoodProject, 'Project'>;
export type SiteHood = NodeOf<typeof NeighbourhoodSite, 'Site'>;
export type DealHood = NodeOf<typeof NeighbourhoodDeal, 'Deal'>;
export type ArticleHood = NodeOf<typeof NeighbourhoodArticle, 'Article'>;
export type Hood = OrganizationHood | PersonHood | ProjectHood | SiteHood | DealHood | ArticleHood;
/** What links two partner organizations: a shared project or deal. */
export type PartnerVia = OrganizationHood['partners'][number]['via'][number];

type HoodDocument = typeof NeighbourhoodOrganizationPeople | typeof NeighbourhoodOrganizationLinks | typeof NeighbourhoodPerson | typeof NeighbourhoodProject | typeof NeighbourhoodSite | typeof NeighbourhoodDeal | typeof NeighbourhoodArticle;
type HoodPart = NonNullable<ResultOf<HoodDocument>['node']>;

const node = <R extends { node: unknown }, V>(document: TypedDocumentString<R, V>, variables: V, dated = false): Promise<R['node']> => gql(document, variables, dated).then((data) => data.node);

/** The requests of each type's neighbourhood; their answers merge into one Hood. */
const HOOD: Record<EntityType, Array<(id: string) => Promise<HoodPart | null>>> = {
  Organization: [(id) => node(NeighbourhoodOrganizationPeople, { id, first: LIST }), (id) => node(NeighbourhoodOrganizationLinks, { id, first: LIST })],
  Person: [(id) => node(NeighbourhoodPerson, { id, first: LIST })],
  Project: [(id) => node(NeighbourhoodProject, { id, first: LIST })],
  Site: [(id) => node(NeighbourhoodSite, { id, first: LIST })],
  Deal: [(id) => node(NeighbourhoodDeal, { id })],
  Article: [(id) => node(NeighbourhoodArticle, { id })],
};

const TypeQuery = graphql(`
  query Type($id: ID!) { node(id: $id) { __typename } }
`);

const typeCache = new Map<string, EntityType>();

/** Remembers the type of an entity seen anywhere, so later queries can ask for that type's fields only. */
export function rememberType(id: string, type: EntityType): void {
  typeCache.set(id, type);
}

export async function entityType(id: string): Promise<EntityType | null> {
  const known = typeCache.get(id);
  if (known) return known;
  const data = await gql(TypeQuery, { id });
  const type = data.node?.__typename;
  if (!type || !(type in HOOD)) return null;
  typeCache.set(id, type as EntityType);
  return type as EntityType;
}

const hoodCache = new Map<string, Promise<Hood | null>>();

export function neighbourhood(id: string): Promise<Hood | null> {
  let cached = hoodCache.get(id);
  if (!cached) {
    cached = entityType(id).then(async (type) => {
      if (!type) return null;
      const parts = await Promise.all(HOOD[type].map((part) => part(id)));
      // Each part answers for the same entity, so its fields merge into the type's Hood.
      return parts.some((part) => !part) ? null : (Object.assign({}, ...parts) as Hood);
    });
    cached.catch(() => hoodCache.delete(id));
    hoodCache.set(id, cached);
  }
  return cached;
}

// ─── Details of an entity (for the panel) ───────────────────────────────────

const DetailsOrganization = graphql(`
  query DetailsOrganization($id: ID!, $first: Int!) {
    node(id: $id) {
      __typename id
      ... on Organization {
        name aliases kind country parent { id name }
        hires(first: $first) { id person { id name } from { id name } title previousTitle date dateInferred evidence { ...EvidenceFields } }
        talentSources(first: 30) { from { id name } count people { id name } }
        partners(first: $first) { organization { id name } via { __typename ... on Project { id name } ... on Deal { id name } } }
        mentions(first: 10) { ...ArticleFields }
      }
    }
  }
`);

const DetailsPerson = graphql(`
  query DetailsPerson($id: ID!, $first: Int!) {
    node(id: $id) {
      __typename id
      ... on Person {
        name aliases currentEmployer { id name }
        employments(first: $first) { id organization { id name } title current start end tenure { ...DurationFields } }
        hires(first: $first) { id organization { id name } from { id name } date }
        memberships(first: $first) { id organization { id name } role }
        foundings(first: $first) { id organization { id name } date }
        mentions(first: 10) { ...ArticleFields }
      }
    }
  }
`);

const DetailsProject = graphql(`
  query DetailsProject($id: ID!, $first: Int!) {
    node(id: $id) {
      __typename id
      ... on Project {
        name aliases announced announcedClaims { value evidence { ...EvidenceFields } }
        investment { ...MoneyFields } investmentClaims { value { ...MoneyFields } evidence { ...EvidenceFields } }
        targetCapacity { ...PowerFields } targetCapacityClaims { value { ...PowerFields } evidence { ...EvidenceFields } }
        plannedMegawatts { megawatts qualifier sites sitesWithFigure } parent { id name }
        partners(first: $first) { id roles organization { id name } }
        sites(first: $first) { id name status capacity { ...PowerFields } location { city region country } }
        deals(first: $first) { id name value { ...MoneyFields } }
        evidence { ...EvidenceFields }
      }
    }
  }
`);

const DetailsSite = graphql(`
  query DetailsSite($id: ID!) {
    node(id: $id) {
      __typename id
      ... on Site {
        name aliases location { city region country } status statusClaims { value evidence { ...EvidenceFields } }
        capacity { ...PowerFields } capacityClaims { value { ...PowerFields } evidence { ...EvidenceFields } } chips project { id name }
        operators { id name } developers { id name } evidence { ...EvidenceFields }
      }
    }
  }
`);

const DetailsDeal = graphql(`
  query DetailsDeal($id: ID!) {
    node(id: $id) {
      __typename id
      ... on Deal {
        name aliases kind status statusClaims { value evidence { ...EvidenceFields } }
        value { ...MoneyFields } valueClaims { value { ...MoneyFields } evidence { ...EvidenceFields } }
        annualizedUsd annualized { amountUsd qualifier estimated rateAsOf }
        announced term { ...DurationFields } termClaims { value { ...DurationFields } evidence { ...EvidenceFields } }
        starts startsClaims { value evidence { ...EvidenceFields } }
        capacity { ...PowerFields } capacityClaims { value { ...PowerFields } evidence { ...EvidenceFields } }
        project { id name } parties { id roles organization { id name } } evidence { ...EvidenceFields }
      }
    }
  }
`);

const DetailsArticle = graphql(`
  query DetailsArticle($id: ID!, $first: Int!) {
    node(id: $id) {
      __typename id
      ... on Article { ...ArticleFields summary retrievedAt mentions(first: $first) { __typename id name } }
    }
  }
`);

export type OrganizationDetails = NodeOf<typeof DetailsOrganization, 'Organization'>;
export type PersonDetails = NodeOf<typeof DetailsPerson, 'Person'>;
export type ProjectDetails = NodeOf<typeof DetailsProject, 'Project'>;
export type SiteDetails = NodeOf<typeof DetailsSite, 'Site'>;
export type DealDetails = NodeOf<typeof DetailsDeal, 'Deal'>;
export type ArticleDetails = NodeOf<typeof DetailsArticle, 'Article'>;
export type EntityDetails = OrganizationDetails | PersonDetails | ProjectDetails | SiteDetails | DealDetails | ArticleDetails;

const DETAILS: { [T in EntityType]: (id: string) => Promise<Extract<EntityDetails, { __typename: T }> | null> } = {
  Organization: (id) => node(DetailsOrganization, { id, first: LIST }, true).then((n) => (n?.__typename === 'Organization' ? n : null)),
  Person: (id) => node(DetailsPerson, { id, first: LIST }, true).then((n) => (n?.__typename === 'Person' ? n : null)),
  Project: (id) => node(DetailsProject, { id, first: LIST }, true).then((n) => (n?.__typename === 'Project' ? n : null)),
  Site: (id) => node(DetailsSite, { id }, true).then((n) => (n?.__typename === 'Site' ? n : null)),
  Deal: (id) => node(DetailsDeal, { id }, true).then((n) => (n?.__typename === 'Deal' ? n : null)),
  Article: (id) => node(DetailsArticle, { id, first: LIST }, true).then((n) => (n?.__typename === 'Article' ? n : null)),
};

export async function entityDetails(id: string, type: EntityType): Promise<EntityDetails | null> {
  return DETAILS[type](id);
}

// ─── Facts (edges) ──────────────────────────────────────────────────────────

const FactHire = graphql(`
  query FactHire($id: ID!) {
    node(id: $id) {
      __typename id
      ... on Hire {
        person { id name } organization { id name } from { id name } title previousTitle date dateInferred
        dateClaims { value evidence { ...EvidenceFields } } evidence { ...EvidenceFields }
      }
    }
  }
`);

const FactEmployment = graphql(`
  query FactEmployment($id: ID!) {
    node(id: $id) {
      __typename id
      ... on Employment {
        person { id name } organization { id name } title titleClaims { value evidence { ...EvidenceFields } }
        start startClaims { value evidence { ...EvidenceFields } } end current
        tenure { ...DurationFields } tenureClaims { value { ...DurationFields } evidence { ...EvidenceFields } } evidence { ...EvidenceFields }
      }
    }
  }
`);

const FactMembership = graphql(`
  query FactMembership($id: ID!) {
    node(id: $id) {
      __typename id
      ... on Membership { person { id name } organization { id name } role evidence { ...EvidenceFields } }
    }
  }
`);

const FactFounding = graphql(`
  query FactFounding($id: ID!) {
    node(id: $id) {
      __typename id
      ... on Founding { person { id name } organization { id name } date evidence { ...EvidenceFields } }
    }
  }
`);

const FactParticipation = graphql(`
  query FactParticipation($id: ID!) {
    node(id: $id) {
      __typename id
      ... on Participation { organization { id name } project { id name } roles roleClaims { role displayed evidence { ...EvidenceFields } } evidence { ...EvidenceFields } }
    }
  }
`);

const FactDealParty = graphql(`
  query FactDealParty($id: ID!) {
    node(id: $id) {
      __typename id
      ... on DealParty { organization { id name } deal { id name } roles roleClaims { role displayed evidence { ...EvidenceFields } } evidence { ...EvidenceFields } }
    }
  }
`);

const FactSiteRole = graphql(`
  query FactSiteRole($id: ID!) {
    node(id: $id) {
      __typename id
      ... on SiteRole { organization { id name } site { id name } role evidence { ...EvidenceFields } }
    }
  }
`);

const FactOwnership = graphql(`
  query FactOwnership($id: ID!) {
    node(id: $id) {
      __typename id
      ... on Ownership {
        owner { id name } owned { __typename id name } kind
        percent { ...PercentFields } percentClaims { value { ...PercentFields } evidence { ...EvidenceFields } }
        value { ...MoneyFields } valueClaims { value { ...MoneyFields } evidence { ...EvidenceFields } } evidence { ...EvidenceFields }
      }
    }
  }
`);

const FACT_DOCUMENTS = {
  Hire: FactHire,
  Employment: FactEmployment,
  Membership: FactMembership,
  Founding: FactFounding,
  Participation: FactParticipation,
  DealParty: FactDealParty,
  SiteRole: FactSiteRole,
  Ownership: FactOwnership,
} as const;

/** Hire, Employment, Membership, Founding, Participation, DealParty, SiteRole or Ownership. */
export type FactType = keyof typeof FACT_DOCUMENTS;
export type FactDetails = { [T in FactType]: NodeOf<(typeof FACT_DOCUMENTS)[T], T> }[FactType];
export type FactOf<T extends FactType> = Extract<FactDetails, { __typename: T }>;

const factCache = new Map<string, Promise<FactDetails | null>>();

export function factDetails<T extends FactType>(id: string, type: T): Promise<FactOf<T> | null> {
  // A fact's evidence differs by date: the cache is per (fact, date).
  const key = `${id}|${knownAt ?? ''}`;
  let cached = factCache.get(key);
  if (!cached) {
    const document: TypedDocumentString<{ node: { __typename: string } | null }, { id: string }> = FACT_DOCUMENTS[type];
    cached = node(document, { id }, true).then((n) => (n?.__typename === type ? (n as FactDetails) : null));
    cached.catch(() => factCache.delete(key));
    factCache.set(key, cached);
  }
  return cached as Promise<FactOf<T> | null>;
}

// ─── Paths ──────────────────────────────────────────────────────────────────

const ConnectionsQuery = graphql(`
  query Connections($from: String!, $to: String!, $maxHops: Int, $first: Int) {
    connections(from: $from, to: $to, maxHops: $maxHops, first: $first) {
      hops steps { from { __typename id name } relation to { __typename id name } evidence { ...EvidenceFields } }
    }
  }
`);

export type Path = ResultOf<typeof ConnectionsQuery>['connections'][number];
export type Step = Path['steps'][number];

export async function connections(from: string, to: string, maxHops: number, first = 5): Promise<Path[]> {
  const data = await gql(ConnectionsQuery, { from, to, maxHops, first });
  return data.connections;
}

// ─── Numbers ────────────────────────────────────────────────────────────────

const CapacityQuery = graphql(`
  query Capacity($groupBy: CapacityGroupBy!) {
    capacity(groupBy: $groupBy) { key megawatts qualifier sites sitesWithFigure }
  }
`);

export type CapacityGroup = ResultOf<typeof CapacityQuery>['capacity'][number];

export async function capacity(groupBy: CapacityGroupBy): Promise<CapacityGroup[]> {
  const data = await gql(CapacityQuery, { groupBy }, true);
  return data.capacity;
}

const DealsQuery = graphql(`
  query Deals($orderBy: DealOrder, $filter: DealFilter, $first: Int) {
    deals(orderBy: $orderBy, filter: $filter, first: $first) {
      totalCount
      edges {
        node {
          id name kind status announced value { ...MoneyFields } annualizedUsd annualized { amountUsd qualifier } valueClaims { value { amount } }
          parties { roles organization { id name } }
        }
      }
    }
  }
`);

export type DealRow = ResultOf<typeof DealsQuery>['deals']['edges'][number]['node'];

/** Deals matching `filter` (the API resolves a party's name), in `orderBy`, at most `first`. */
export async function deals(orderBy: DealOrder, filter: DealFilter = {}, first = 100): Promise<{ totalCount: number; rows: DealRow[] }> {
  const data = await gql(DealsQuery, { orderBy, filter, first }, true);
  return { totalCount: data.deals.totalCount, rows: data.deals.edges.map((e) => e.node) };
}

const HiresQuery = graphql(`
  query Hires($id: ID!) {
    organization(id: $id) {
      id name
      hires(first: 60) { id person { id name } from { id name } title date dateInferred evidence { ...EvidenceFields } }
      talentSources(first: 30) { from { id name } count people { id name } }
    }
  }
`);

export type OrganizationHires = NonNullable<ResultOf<typeof HiresQuery>['organization']>;
export type HireRow = OrganizationHires['hires'][number];

export async function orgHires(id: string): Promise<OrganizationHires | null> {
  const data = await gql(HiresQuery, { id }, true);
  return data.organization;
}

// ─── Timeline ───────────────────────────────────────────────────────────────

const TimelineOrganizationQuery = graphql(`
  query TimelineOrganization($id: ID!, $first: Int!) {
    organization(id: $id) {
      id name
      hires(first: $first) { id person { id name } organization { id name } from { id name } date dateInferred }
      deals(first: $first) { id name kind announced }
    }
  }
`);

// Hires have no root list: they are read through people, at most PERSON_HIRES each (a person has one or two), which
// keeps the request near 50,000 of the cost limit; a person with that many is reported as possibly cut.
const TimelineAllQuery = graphql(`
  query TimelineAll($first: Int!) {
    deals(first: $first, orderBy: ANNOUNCED_DESC) { totalCount edges { node { id name kind announced } } }
    people(first: $first) { totalCount edges { node { name hires(first: 5) { id person { id name } organization { id name } from { id name } date dateInferred } } } }
  }
`);

export type TimelineHire = NonNullable<ResultOf<typeof TimelineOrganizationQuery>['organization']>['hires'][number];
export type TimelineDeal = NonNullable<ResultOf<typeof TimelineOrganizationQuery>['organization']>['deals'][number];
export interface TimelineData {
  /** The organization, or null for everything. */
  scope: Ref | null;
  deals: TimelineDeal[];
  hires: TimelineHire[];
  /** What the page could not hold: more deals or people than one page (100) of them. */
  truncated: string[];
}

/** The deals and hires of an organization (`scope` an id), or of the whole graph (`scope` null); null for an unknown organization. */
const PERSON_HIRES = 5;

export async function timeline(scope: string | null): Promise<TimelineData | null> {
  if (scope) {
    const data = await gql(TimelineOrganizationQuery, { id: scope, first: 60 });
    const org = data.organization;
    return org ? { scope: { id: org.id, name: org.name }, deals: org.deals, hires: org.hires, truncated: [] } : null;
  }
  const first = 100;
  const data = await gql(TimelineAllQuery, { first });
  const truncated: string[] = [];
  if (data.deals.totalCount > first) truncated.push(`${first} of ${data.deals.totalCount} deals`);
  if (data.people.totalCount > first) truncated.push(`the hires of ${first} of ${data.people.totalCount} people`);
  const full = data.people.edges.filter((e) => e.node.hires.length >= PERSON_HIRES).map((e) => e.node.name);
  if (full.length) truncated.push(`the first ${PERSON_HIRES} hires of ${full.join(', ')}`);
  return { scope: null, deals: data.deals.edges.map((e) => e.node), hires: data.people.edges.flatMap((e) => e.node.hires), truncated };
}

// ─── Map ────────────────────────────────────────────────────────────────────

const SitesMapQuery = graphql(`
  query SitesMap($first: Int!) {
    sites(first: $first) {
      totalCount
      edges { node { id name status location { city region country } capacity { ...PowerFields } project { id name } } }
    }
  }
`);

export type MapSite = ResultOf<typeof SitesMapQuery>['sites']['edges'][number]['node'];

/** Every site (at most 100, the API's page maximum), largest capacity first, with `totalCount`. */
export async function mapSites(first = 100): Promise<{ totalCount: number; sites: MapSite[] }> {
  const data = await gql(SitesMapQuery, { first });
  return { totalCount: data.sites.totalCount, sites: data.sites.edges.map((e) => e.node) };
}
