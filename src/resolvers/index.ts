/** The resolver map: one file per root field, one per type; typed from schema.graphql (src/generated/resolvers.ts). */
import type { Resolvers } from '../generated/resolvers';
import { Article } from './Article';
import { ChangeEvent } from './ChangeEvent';
import { Deal } from './Deal';
import { FACT_RESOLVERS, Partner, TalentFlow } from './facts';
import { history, resolveTypeAmong, validity } from './fields';
import { ARTICLE_LABEL, ENTITY_LABELS, FACT_KIND_NAMES } from '../model/graph-model';
import { Organization } from './Organization';
import { Person } from './Person';
import { Project } from './Project';
import { Site } from './Site';
import { Step } from './Step';
import { articles } from './Query/articles';
import { article } from './Query/article';
import { capacity } from './Query/capacity';
import { changes } from './Query/changes';
import { connections } from './Query/connections';
import { deals } from './Query/deals';
import { dealStats } from './Query/dealStats';
import { hireStats } from './Query/hireStats';
import { DealGroup, GroupKeyPart } from './groups';
import { deal, organization, person, project, site } from './Query/entities';
import { node } from './Query/node';
import { organizations } from './Query/organizations';
import { people } from './Query/people';
import { projects } from './Query/projects';
import { search } from './Query/search';
import { searchHits } from './Query/searchHits';
import { sites } from './Query/sites';
import { stats } from './Query/stats';
import { talentFlow } from './Query/talentFlow';
import { ingestArticle } from './Mutation/ingestArticle';
import { retractArticle } from './Mutation/retractArticle';
import { dealChanged } from './Subscription/dealChanged';
import { hireAdded } from './Subscription/hireAdded';
import { valueChanged } from './Subscription/valueChanged';
import { DealChange, HireAdded } from './LiveEvents';
import { HistoryStep } from './HistoryStep';

/** `history` on every entity and fact, `validity` on those with a validity period (schema.graphql). */
const timeFields = <T extends object>(resolvers: T, valid = true) => ({ history, ...(valid ? { validity } : {}), ...resolvers });
const WITHOUT_VALIDITY = new Set(['Founding', 'SiteRole', 'ProjectRole']);
const FACTS_WITH_TIME = Object.fromEntries(Object.entries(FACT_RESOLVERS).map(([name, fields]) => [name, timeFields(fields, !WITHOUT_VALIDITY.has(name))])) as unknown as typeof FACT_RESOLVERS;

export const resolvers: Resolvers = {
  Query: { node, organization, person, project, site, deal, article, organizations, people, projects, sites, deals, dealStats, hireStats, articles, changes, search, searchHits, talentFlow, connections, capacity, stats },
  Mutation: { ingestArticle, retractArticle },
  Subscription: { dealChanged, hireAdded, valueChanged },
  Node: { __resolveType: resolveTypeAmong([...ENTITY_LABELS, ...FACT_KIND_NAMES, ARTICLE_LABEL] as const) },
  Entity: { __resolveType: resolveTypeAmong(ENTITY_LABELS) },
  SearchResult: { __resolveType: resolveTypeAmong([...ENTITY_LABELS, ARTICLE_LABEL] as const) },
  PartnerVia: { __resolveType: resolveTypeAmong(['Project', 'Deal'] as const) },
  Organization: timeFields(Organization, false),
  Person: timeFields(Person, false),
  Project: timeFields(Project, false),
  Site: timeFields(Site, false),
  Deal: timeFields(Deal),
  Article,
  ChangeEvent,
  DealChange,
  HireAdded,
  ...FACTS_WITH_TIME,
  HistoryStep,
  Partner,
  TalentFlow,
  Step,
  DealGroup,
  GroupKeyPart,
};

