/* eslint-disable @typescript-eslint/no-explicit-any -- benchmark harness: GraphQL JSON answers, driver proxies and autocannon (untyped) */
/**
 * The benchmark's named query mix. Each query has our GraphQL operation, the
 * equivalent @neo4j/graphql 7 operation (null where it cannot express it), and
 * the best hand-written single Cypher statement, with the same per-level
 * limits and orders; `normalize` maps each system's answer to one canonical
 * shape so the three can be compared before timing.
 */
import { pathSteps, type PathStep } from '../src/domain/paths';
import type { PathRow } from '../src/domain/paths';
import { toLuceneQuery } from '../src/service/read-service';
import { SYNTHETIC_IDS, type Scale } from './generate';

export type System = 'ours' | 'neo4jGraphql' | 'cypher';
export const SYSTEMS: System[] = ['ours', 'neo4jGraphql', 'cypher'];

export interface GraphQLOperation {
  query: string;
  variables: Record<string, unknown>;
}

export interface BenchQuery {
  name: string;
  /** Depth of our operation (fields nested, root field = 1): the bound on our round trips. */
  depth: number;
  ours: GraphQLOperation;
  neo4jGraphql: GraphQLOperation | null;
  /** Why @neo4j/graphql cannot express it, when `neo4jGraphql` is null. */
  neo4jGraphqlNote?: string;
  cypher: { statement: string; params: Record<string, unknown> };
  /** Canonical answer from each system's `data` (GraphQL) or records (Cypher, as plain objects). */
  normalize: Record<System, (answer: any) => unknown>;
}

/** Ids and values the mix uses at each scale (S is the seed corpus, the others are synthetic). */
export function mixParams(scale: Scale) {
  if (scale === 'S') {
    return { shallowOrg: 'openai', hub: 'openai', minAnnualizedUsd: 1e9, searchText: 'Stargate', talentTo: 'openai', talentSince: '2024', connectFrom: 'voltage-park', connectTo: 'oracle' };
  }
  return {
    shallowOrg: SYNTHETIC_IDS.midOrganization,
    hub: SYNTHETIC_IDS.hub,
    minAnnualizedUsd: 1e9,
    searchText: 'Helix Compute',
    talentTo: SYNTHETIC_IDS.hub,
    talentSince: '2025',
    connectFrom: SYNTHETIC_IDS.hub,
    connectTo: SYNTHETIC_IDS.chipHub,
  };
}

const RELATION_TYPES = 'EMPLOYED|AT|HIRED|BY|FROM|MEMBER|OF|FOUNDED|PARTICIPATES|IN|OWNS|PARTY|TO|SITE_ROLE|IN_PROJECT|PART_OF|PARENT';
const identity = (x: unknown) => x;

/** Paths as their hop counts and endpoints: which of several equally short paths a LIMIT keeps is up to the planner. */
function pathSummary(paths: Array<{ hops: number; steps: Array<{ from: string; to: string }> }>) {
  return paths.map((p) => ({ hops: p.hops, from: p.steps[0]?.from, to: p.steps[p.steps.length - 1]?.to })).sort((a, b) => a.hops - b.hops);
}

export function queryMix(scale: Scale): BenchQuery[] {
  const p = mixParams(scale);
  const luceneQuery = toLuceneQuery(p.searchText);
  const dealsPage: BenchQuery = {
    name: 'dealsPage',
    depth: 4,
    ours: {
      query: `query ($min: Float!) { deals(first: 20, filter: { minAnnualizedUsd: $min }, orderBy: ANNUALIZED_USD_DESC) {
        totalCount edges { node { id name annualizedUsd } } pageInfo { hasNextPage } } }`,
      variables: { min: p.minAnnualizedUsd },
    },
    neo4jGraphql: {
      query: `query ($min: Float!) { dealsConnection(first: 20, where: { annualizedUsd: { gte: $min } }, sort: [{ annualizedUsd: DESC }, { id: ASC }]) {
        totalCount edges { node { id name annualizedUsd } } pageInfo { hasNextPage } } }`,
      variables: { min: p.minAnnualizedUsd },
    },
    cypher: {
      statement: `MATCH (n:Deal) WHERE n.annualizedUsd >= $min
        WITH n ORDER BY n.annualizedUsd DESC, n.id LIMIT 20
        WITH collect({node: {id: n.id, name: n.name, annualizedUsd: n.annualizedUsd}}) AS edges
        CALL () { MATCH (c:Deal) WHERE c.annualizedUsd >= $min RETURN count(c) AS totalCount }
        RETURN totalCount, edges, {hasNextPage: totalCount > 20} AS pageInfo`,
      params: { min: p.minAnnualizedUsd },
    },
    normalize: { ours: (d) => d.deals, neo4jGraphql: (d) => d.dealsConnection, cypher: (r) => r[0] },
  };
  return [
    {
      name: 'shallowLookup',
      depth: 4,
      ours: {
        query: 'query ($id: ID!) { organization(id: $id) { id name hires(first: 20) { id person { id name } } } }',
        variables: { id: p.shallowOrg },
      },
      neo4jGraphql: {
        query: 'query ($id: ID!) { organizations(where: { id: { eq: $id } }) { id name hires(sort: [{ date: DESC }, { id: ASC }], limit: 20) { id person { id name } } } }',
        variables: { id: p.shallowOrg },
      },
      cypher: {
        statement: `MATCH (o:Organization {id: $id})
          CALL (o) {
            MATCH (o)<-[:BY]-(h:Hire) WITH h ORDER BY coalesce(h.date, '') DESC, h.id LIMIT 20
            MATCH (person:Person)-[:HIRED]->(h)
            RETURN collect({id: h.id, person: {id: person.id, name: person.name}}) AS hires
          }
          RETURN o.id AS id, o.name AS name, hires`,
        params: { id: p.shallowOrg },
      },
      normalize: { ours: (d) => d.organization, neo4jGraphql: (d) => d.organizations[0] ?? null, cypher: (r) => r[0] ?? null },
    },
    {
      name: 'hubTraversal4',
      depth: 9,
      ours: {
        query: `query ($id: ID!) { organization(id: $id) { id name deals(first: 5) { id name parties(first: 100) { roles organization { id name
          hires(first: 5) { id person { id name employments(first: 5) { id organization { id name } } } } } } } } }`,
        variables: { id: p.hub },
      },
      neo4jGraphql: {
        query: `query ($id: ID!) { organizations(where: { id: { eq: $id } }) { id name deals(first: 5) { id name
          parties(sort: [{ roleKey: ASC }, { subjectId: ASC }], limit: 100) { roles organization { id name
          hires(sort: [{ date: DESC }, { id: ASC }], limit: 5) { id person { id name
          employments(sort: [{ current: DESC }, { start: DESC }, { id: ASC }], limit: 5) { id organization { id name } } } } } } } } }`,
        variables: { id: p.hub },
      },
      cypher: {
        statement: `MATCH (o:Organization {id: $id})
          CALL (o) {
            MATCH (o)-[:PARTY]->(:DealParty)-[:TO]->(d:Deal)
            WITH d ORDER BY d.annualizedUsd IS NULL, d.annualizedUsd DESC, d.id LIMIT 5
            CALL (d) {
              MATCH (d)<-[:TO]-(dp:DealParty) WITH dp ORDER BY dp.roleKey, dp.subjectId LIMIT 100
              MATCH (po:Organization)-[:PARTY]->(dp)
              CALL (po) {
                MATCH (po)<-[:BY]-(h:Hire) WITH h ORDER BY coalesce(h.date, '') DESC, h.id LIMIT 5
                MATCH (person:Person)-[:HIRED]->(h)
                CALL (person) {
                  MATCH (person)-[:EMPLOYED]->(e:Employment)
                  WITH e ORDER BY coalesce(e.current, false) DESC, coalesce(e.start, '') DESC, e.id LIMIT 5
                  MATCH (e)-[:AT]->(eo:Organization)
                  RETURN collect({id: e.id, organization: {id: eo.id, name: eo.name}}) AS employments
                }
                RETURN collect({id: h.id, person: {id: person.id, name: person.name, employments: employments}}) AS hires
              }
              RETURN collect({roles: dp.roles, organization: {id: po.id, name: po.name, hires: hires}}) AS parties
            }
            RETURN collect({id: d.id, name: d.name, parties: parties}) AS deals
          }
          RETURN o.id AS id, o.name AS name, deals`,
        params: { id: p.hub },
      },
      normalize: { ours: (d) => d.organization, neo4jGraphql: (d) => d.organizations[0] ?? null, cypher: (r) => r[0] ?? null },
    },
    dealsPage,
    {
      // dealsPage as known at a day after every article: the same answer, through the @asOf path (each deal's
      // version and parties read, then filtered, sorted and paged in TypeScript), so its cost is what @asOf adds.
      ...dealsPage,
      name: 'dealsPageAsOf',
      ours: { ...dealsPage.ours, query: dealsPage.ours.query.replace('query ($min: Float!) {', 'query ($min: Float!) @asOf(knownAt: "2100") {') },
      neo4jGraphql: null,
      neo4jGraphqlNote: '@neo4j/graphql has no reporting time to ask as of',
    },
    {
      name: 'search',
      depth: 2,
      ours: {
        query: `query ($text: String!) { search(text: $text, first: 10) { __typename
          ... on Organization { id } ... on Person { id } ... on Project { id } ... on Site { id } ... on Deal { id } ... on Article { id } } }`,
        variables: { text: p.searchText },
      },
      neo4jGraphql: {
        query: 'query ($query: String!) { search(query: $query, first: 10) { id type } }',
        variables: { query: luceneQuery },
      },
      cypher: {
        statement: `CALL db.index.fulltext.queryNodes('search', $query, {limit: 10}) YIELD node, score
          RETURN node.id AS id, node.type AS type ORDER BY score DESC, node.id`,
        params: { query: luceneQuery },
      },
      normalize: {
        ours: (d) => d.search.map((n: { id: string; __typename: string }) => ({ id: n.id, type: n.__typename })),
        neo4jGraphql: (d) => d.search,
        cypher: identity,
      },
    },
    {
      name: 'talentFlow',
      depth: 3,
      ours: {
        query: 'query ($to: String!, $since: String) { talentFlow(to: $to, since: $since, first: 20) { from { id name } count } }',
        variables: { to: p.talentTo, since: p.talentSince },
      },
      neo4jGraphql: null,
      neo4jGraphqlNote: 'grouping hires by previous employer with counts is an aggregation @neo4j/graphql only offers as a hand-written @cypher field',
      cypher: {
        statement: `MATCH (:Organization {id: $to})<-[:BY]-(h:Hire) WHERE h.date >= $since
          WITH h.fromId AS fromId, count(*) AS count ORDER BY count DESC, fromId IS NULL, fromId LIMIT 20
          OPTIONAL MATCH (f:Organization {id: fromId})
          RETURN CASE WHEN f IS NULL THEN null ELSE {id: f.id, name: f.name} END AS from, count`,
        params: { to: p.talentTo, since: p.talentSince },
      },
      normalize: { ours: (d) => d.talentFlow, neo4jGraphql: identity, cypher: identity },
    },
    {
      name: 'connections',
      depth: 4,
      ours: {
        query: 'query ($from: String!, $to: String!) { connections(from: $from, to: $to, maxHops: 3, first: 5) { hops steps { from { id } relation to { id } } } }',
        variables: { from: p.connectFrom, to: p.connectTo },
      },
      neo4jGraphql: null,
      neo4jGraphqlNote: 'shortest paths over fact nodes need a hand-written @cypher field',
      cypher: {
        statement: `MATCH (a:Entity {id: $from}), (b:Entity {id: $to})
          MATCH p = allShortestPaths((a)-[:${RELATION_TYPES}*..6]-(b))
          WITH p LIMIT 20
          RETURN [n IN nodes(p) | {id: n.id, type: n.type, fact: n:Fact, role: n.role}] AS nodes,
                 [r IN relationships(p) | {type: type(r), startId: startNode(r).id}] AS rels`,
        params: { from: p.connectFrom, to: p.connectTo },
      },
      normalize: {
        ours: (d) => pathSummary(d.connections.map((c: { hops: number; steps: Array<{ from: { id: string }; to: { id: string } }> }) => ({ hops: c.hops, steps: c.steps.map((s) => ({ from: s.from.id, to: s.to.id })) }))),
        neo4jGraphql: identity,
        cypher: (rows: PathRow[]) =>
          pathSummary(
            rows
              .map((row) => pathSteps(row))
              .filter((steps: PathStep[]) => steps.length <= 3)
              .slice(0, 5)
              .map((steps) => ({ hops: steps.length, steps: steps.map((s) => ({ from: s.fromId, to: s.toId })) })),
          ),
      },
    },
    {
      name: 'capacityByCountry',
      depth: 2,
      ours: { query: '{ capacity(groupBy: COUNTRY) { key megawatts qualifier sites sitesWithFigure } }', variables: {} },
      neo4jGraphql: null,
      neo4jGraphqlNote: 'sums with hedged qualifiers grouped by country need a hand-written @cypher field',
      cypher: {
        statement: `MATCH (s:Site)
          WITH coalesce(s.country, 'UNKNOWN') AS key, s.capacity AS cap, s.megawatts AS mw
          WITH key, count(*) AS sites, count(cap) AS sitesWithFigure, sum(mw) AS total,
               collect(CASE WHEN cap IS NULL THEN null ELSE split(split(cap, '"qualifier":"')[1], '"')[0] END) AS qualifiers
          WITH key, sites, sitesWithFigure, CASE WHEN sitesWithFigure = 0 THEN null ELSE total END AS megawatts, qualifiers,
               [q IN qualifiers WHERE q <> 'EXACT'] AS inexact
          RETURN key, megawatts, sites, sitesWithFigure,
            CASE WHEN size(qualifiers) = 0 THEN null
                 WHEN size(inexact) = 0 THEN 'EXACT'
                 WHEN all(q IN inexact WHERE q IN ['MORE_THAN', 'AT_LEAST']) THEN CASE WHEN 'MORE_THAN' IN inexact THEN 'MORE_THAN' ELSE 'AT_LEAST' END
                 WHEN all(q IN inexact WHERE q = 'UP_TO') THEN 'UP_TO'
                 WHEN all(q IN inexact WHERE q IN ['UP_TO', 'NEARLY']) THEN 'NEARLY'
                 ELSE 'ABOUT' END AS qualifier
          ORDER BY coalesce(megawatts, -1) DESC, key`,
        params: {},
      },
      normalize: {
        ours: (d) => roundAll(d.capacity),
        neo4jGraphql: identity,
        cypher: (r) => roundAll(r),
      },
    },
  ];
}

/** Float sums may differ in the last bits with the order of addition. */
function roundAll(groups: Array<{ megawatts: number | null }>) {
  return groups.map((g) => ({ ...g, megawatts: g.megawatts === null ? null : Math.round(g.megawatts * 1000) / 1000 }));
}
