/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
/** Who stands behind a claim, as the article presents it. */
export type Attribution =
  /** An analyst's estimate. */
  | 'ANALYST_ESTIMATE'
  /** A company's own announcement: press release, blog, statement. */
  | 'COMPANY_ANNOUNCEMENT'
  /** The curator's inference, not a statement of the source. */
  | 'CURATOR_INFERENCE'
  /** An executive or spokesperson quoted by name. */
  | 'EXECUTIVE_STATEMENT'
  /** A regulatory filing or reported results. */
  | 'FILING'
  /** The outlet's own reporting. */
  | 'MEDIA_REPORT'
  /** People familiar with the matter, unnamed sources. */
  | 'PEOPLE_FAMILIAR'
  /** A page relaying another outlet's story. */
  | 'REPOST';

/** How to group sites in `capacity`. */
export type CapacityGroupBy =
  /** By ISO country code. */
  | 'COUNTRY'
  /** By operator organization (a site counts in each of its operators' groups). */
  | 'OPERATOR'
  /** By the project the site belongs to. */
  | 'PROJECT'
  /** By lifecycle status. */
  | 'STATUS';

/**
 * Filters for deals; all given filters must match. Dates are partial ISO dates (`2025`, `2025-07`, `2025-07-15`) compared
 * by their first day (`2025-07` is 2025-07-01), on both sides, so `announcedTo: "2025-07"` keeps a deal announced
 * `2025-07` but not one announced `2025-07-15`; bounds are inclusive, and a deal without the date fails any bound on it.
 * A malformed date or an out-of-range amount is a BAD_USER_INPUT error naming the argument.
 */
export type DealFilter = {
  /** Announced on or after this partial date (first days compared). */
  announcedFrom?: string | null | undefined;
  /** Announced on or before this partial date (first days compared). */
  announcedTo?: string | null | undefined;
  /** Deal kind. */
  kind?: DealKind | null | undefined;
  /** Maximum annualized USD value, 0 to 1e15. */
  maxAnnualizedUsd?: number | null | undefined;
  /** Maximum total USD value, 0 to 1e15; deals without one fail it. */
  maxTotalUsd?: number | null | undefined;
  /** Minimum annualized USD value (Float: GraphQL Int is 32-bit), 0 to 1e15. */
  minAnnualizedUsd?: number | null | undefined;
  /** Minimum total USD value (`Deal.totalUsd`: a TOTAL stated in USD), 0 to 1e15; deals without one fail it. */
  minTotalUsd?: number | null | undefined;
  /** Deals involving ALL these parties, each in its `role` when one is given (a party's roles are a set: it must hold that one among them). At most 10. */
  parties?: Array<PartyCondition> | null | undefined;
  /** One party's name or id: the one-party shorthand of `parties` (with `role`, `parties: [{party, role}]`). Combined with `parties`, it is one more condition. */
  party?: string | null | undefined;
  /** Project name or id. */
  project?: string | null | undefined;
  /** With `party`: only deals where it has this role. */
  role?: PartyRole | null | undefined;
  /** Starting on or after this partial date (first days compared). */
  startsFrom?: string | null | undefined;
  /** Starting on or before this partial date (first days compared). */
  startsTo?: string | null | undefined;
  /** Deal status. */
  status?: DealStatus | null | undefined;
};

/** What a deal is. */
export type DealKind =
  /** One company buying another. */
  | 'ACQUISITION'
  /** Chips supplied. */
  | 'CHIP_SUPPLY'
  /** Cloud compute capacity bought or sold. */
  | 'CLOUD_CAPACITY'
  /** An equity stake or warrant granted. */
  | 'EQUITY_WARRANT'
  /** Debt or other financing. */
  | 'FINANCING'
  /** A contract with a government. */
  | 'GOVERNMENT_CONTRACT'
  /** Money invested. */
  | 'INVESTMENT'
  /** A joint venture. */
  | 'JOINT_VENTURE'
  /** A lease of land, buildings or capacity. */
  | 'LEASE'
  /** An offtake agreement (e.g. for power). */
  | 'OFFTAKE'
  /** Anything else. */
  | 'OTHER'
  /** A partnership. */
  | 'PARTNERSHIP'
  /** A right of first refusal. */
  | 'RIGHT_OF_FIRST_REFUSAL';

/** Sort orders for deals; ties are broken by id, unknown values last. */
export type DealOrder =
  /** Most recently announced first. */
  | 'ANNOUNCED_DESC'
  /** Smallest annualized USD value first. */
  | 'ANNUALIZED_USD_ASC'
  /** Largest annualized USD value first. */
  | 'ANNUALIZED_USD_DESC'
  /** By name. */
  | 'NAME_ASC'
  /** Smallest total USD value first. */
  | 'TOTAL_USD_ASC'
  /** Largest total USD value (`Deal.totalUsd`) first. */
  | 'TOTAL_USD_DESC';

/** How far a deal has gone. */
export type DealStatus =
  /** In force and delivering. */
  | 'ACTIVE'
  /** Ended. */
  | 'ENDED'
  /** Letter of intent. */
  | 'LOI'
  /** Reported but unconfirmed. */
  | 'RUMORED'
  /** Signed. */
  | 'SIGNED';

/** One party a deal must involve. */
export type PartyCondition = {
  /** The organization's name or id (exact name or alias; a name that matches nothing matches no deal). */
  party: string;
  /** Only when the party holds this role in the deal. */
  role?: PartyRole | null | undefined;
};

/** A party's role in a deal. */
export type PartyRole =
  /** Buys the service or goods. */
  | 'BUYER'
  /** Receives the investment. */
  | 'INVESTEE'
  /** Invests. */
  | 'INVESTOR'
  /** Leases. */
  | 'LESSEE'
  /** Lets. */
  | 'LESSOR'
  /** Partner. */
  | 'PARTNER'
  /** Provides a service. */
  | 'PROVIDER'
  /** Supplies goods such as chips. */
  | 'SUPPLIER';

/** Whether money is a total or a yearly figure. */
export type Period =
  /** An amount per year. */
  | 'PER_YEAR'
  /** A total amount. */
  | 'TOTAL';

/** What a power figure measures. */
export type PowerBasis =
  /** IT load only. */
  | 'CRITICAL_IT'
  /** The whole facility's power. */
  | 'FACILITY'
  /** The source does not say. */
  | 'UNSPECIFIED';

/** How exact a figure is. */
export type Qualifier =
  /** "About", "around", "roughly". */
  | 'ABOUT'
  /** "At least": a lower bound. */
  | 'AT_LEAST'
  /** As stated, no qualifier. */
  | 'EXACT'
  /** "More than", "over": a lower bound. */
  | 'MORE_THAN'
  /** "Nearly", "almost". */
  | 'NEARLY'
  /** "Up to": an upper bound. */
  | 'UP_TO';

/** Source reliability. */
export type Reliability =
  /** An ordinary source. */
  | 'NORMAL'
  /** Low quality, AI-generated or inconsistent: kept as a claim, never displayed as the value. */
  | 'WEAK';

/** Where an article's title comes from. */
export type TitleOrigin =
  /** Written by the curator. */
  | 'CURATOR'
  /** As shown on the page. */
  | 'PAGE'
  /** Rebuilt from the address's slug. */
  | 'URL_SLUG';

export type ArticleFieldsFragment = { id: string, title: string, titleOrigin: TitleOrigin, url: string, publisher: string, publishedAt: string | null, publishedAtInferred: boolean, language: string, originalOutlet: string | null, reliability: Reliability, attribution: Attribution };

export type EvidenceFieldsFragment = { quote: string | null, note: string | null, attribution: Attribution, speaker: string | null, article: { id: string, title: string, titleOrigin: TitleOrigin, url: string, publisher: string, publishedAt: string | null, publishedAtInferred: boolean, language: string, originalOutlet: string | null, reliability: Reliability, attribution: Attribution } };

export type MoneyFieldsFragment = { amount: number | null, currency: string, period: Period, qualifier: Qualifier, estimated: boolean, text: string | null };

export type PowerFieldsFragment = { megawatts: number, qualifier: Qualifier, basis: PowerBasis };

export type DurationFieldsFragment = { years: number, qualifier: Qualifier };

export type PercentFieldsFragment = { value: number, qualifier: Qualifier };

export type SearchQueryVariables = Exact<{
  text: string;
  first?: number | null | undefined;
}>;


export type SearchQuery = { search: Array<
    | { __typename: 'Article', id: string, title: string, publisher: string, publishedAt: string | null }
    | { __typename: 'Deal', id: string, name: string, kind: string | null }
    | { __typename: 'Organization', id: string, name: string, kind: string | null }
    | { __typename: 'Person', id: string, name: string }
    | { __typename: 'Project', id: string, name: string }
    | { __typename: 'Site', id: string, name: string, location: { country: string } | null }
  > };

export type NeighbourhoodOrganizationPeopleQueryVariables = Exact<{
  id: string | number;
  first: number;
}>;


export type NeighbourhoodOrganizationPeopleQuery = { node:
    | { __typename: 'Article', id: string }
    | { __typename: 'Deal', id: string }
    | { __typename: 'DealParty', id: string }
    | { __typename: 'Employment', id: string }
    | { __typename: 'Founding', id: string }
    | { __typename: 'Hire', id: string }
    | { __typename: 'Membership', id: string }
    | { __typename: 'Organization', name: string, id: string, parent: { id: string, name: string } | null, subsidiaries: Array<{ id: string, name: string }>, hires: Array<{ id: string, person: { id: string, name: string }, from: { id: string, name: string } | null }>, departures: Array<{ id: string, person: { id: string, name: string }, organization: { id: string, name: string } }>, people: Array<{ id: string, person: { id: string, name: string } }>, members: Array<{ id: string, person: { id: string, name: string } }>, founders: Array<{ id: string, person: { id: string, name: string } }> }
    | { __typename: 'Ownership', id: string }
    | { __typename: 'Participation', id: string }
    | { __typename: 'Person', id: string }
    | { __typename: 'Project', id: string }
    | { __typename: 'ProjectRole', id: string }
    | { __typename: 'Site', id: string }
    | { __typename: 'SiteRole', id: string }
   | null };

export type NeighbourhoodOrganizationLinksQueryVariables = Exact<{
  id: string | number;
  first: number;
}>;


export type NeighbourhoodOrganizationLinksQuery = { node:
    | { __typename: 'Article', id: string }
    | { __typename: 'Deal', id: string }
    | { __typename: 'DealParty', id: string }
    | { __typename: 'Employment', id: string }
    | { __typename: 'Founding', id: string }
    | { __typename: 'Hire', id: string }
    | { __typename: 'Membership', id: string }
    | { __typename: 'Organization', id: string, projects: Array<{ id: string, roles: Array<string>, project: { id: string, name: string } }>, deals: Array<{ id: string, name: string, parties: Array<{ id: string, roles: Array<string>, organization: { id: string, name: string } }> }>, sites: Array<{ id: string, role: string | null, site: { id: string, name: string } }>, stakes: Array<{ id: string, kind: string | null, owned:
          | { __typename: 'Deal', id: string, name: string }
          | { __typename: 'Organization', id: string, name: string }
          | { __typename: 'Person', id: string, name: string }
          | { __typename: 'Project', id: string, name: string }
          | { __typename: 'Site', id: string, name: string }
         }>, partners: Array<{ organization: { id: string, name: string }, via: Array<
          | { __typename: 'Deal', id: string, name: string }
          | { __typename: 'Project', id: string, name: string }
        > }> }
    | { __typename: 'Ownership', id: string }
    | { __typename: 'Participation', id: string }
    | { __typename: 'Person', id: string }
    | { __typename: 'Project', id: string }
    | { __typename: 'ProjectRole', id: string }
    | { __typename: 'Site', id: string }
    | { __typename: 'SiteRole', id: string }
   | null };

export type NeighbourhoodPersonQueryVariables = Exact<{
  id: string | number;
  first: number;
}>;


export type NeighbourhoodPersonQuery = { node:
    | { __typename: 'Article', id: string }
    | { __typename: 'Deal', id: string }
    | { __typename: 'DealParty', id: string }
    | { __typename: 'Employment', id: string }
    | { __typename: 'Founding', id: string }
    | { __typename: 'Hire', id: string }
    | { __typename: 'Membership', id: string }
    | { __typename: 'Organization', id: string }
    | { __typename: 'Ownership', id: string }
    | { __typename: 'Participation', id: string }
    | { __typename: 'Person', name: string, id: string, employments: Array<{ id: string, current: boolean | null, organization: { id: string, name: string } }>, hires: Array<{ id: string, organization: { id: string, name: string }, from: { id: string, name: string } | null }>, memberships: Array<{ id: string, organization: { id: string, name: string } }>, foundings: Array<{ id: string, organization: { id: string, name: string } }> }
    | { __typename: 'Project', id: string }
    | { __typename: 'ProjectRole', id: string }
    | { __typename: 'Site', id: string }
    | { __typename: 'SiteRole', id: string }
   | null };

export type NeighbourhoodProjectQueryVariables = Exact<{
  id: string | number;
  first: number;
}>;


export type NeighbourhoodProjectQuery = { node:
    | { __typename: 'Article', id: string }
    | { __typename: 'Deal', id: string }
    | { __typename: 'DealParty', id: string }
    | { __typename: 'Employment', id: string }
    | { __typename: 'Founding', id: string }
    | { __typename: 'Hire', id: string }
    | { __typename: 'Membership', id: string }
    | { __typename: 'Organization', id: string }
    | { __typename: 'Ownership', id: string }
    | { __typename: 'Participation', id: string }
    | { __typename: 'Person', id: string }
    | { __typename: 'Project', name: string, id: string, parent: { id: string, name: string } | null, offshoots: Array<{ id: string, name: string }>, partners: Array<{ id: string, roles: Array<string>, organization: { id: string, name: string } }>, sites: Array<{ id: string, name: string }>, deals: Array<{ id: string, name: string }> }
    | { __typename: 'ProjectRole', id: string }
    | { __typename: 'Site', id: string }
    | { __typename: 'SiteRole', id: string }
   | null };

export type NeighbourhoodSiteQueryVariables = Exact<{
  id: string | number;
  first: number;
}>;


export type NeighbourhoodSiteQuery = { node:
    | { __typename: 'Article', id: string }
    | { __typename: 'Deal', id: string }
    | { __typename: 'DealParty', id: string }
    | { __typename: 'Employment', id: string }
    | { __typename: 'Founding', id: string }
    | { __typename: 'Hire', id: string }
    | { __typename: 'Membership', id: string }
    | { __typename: 'Organization', id: string }
    | { __typename: 'Ownership', id: string }
    | { __typename: 'Participation', id: string }
    | { __typename: 'Person', id: string }
    | { __typename: 'Project', id: string }
    | { __typename: 'ProjectRole', id: string }
    | { __typename: 'Site', name: string, id: string, project: { id: string, name: string } | null, operators: Array<{ id: string, name: string, sites: Array<{ id: string, role: string | null, site: { id: string } }> }>, developers: Array<{ id: string, name: string, sites: Array<{ id: string, role: string | null, site: { id: string } }> }> }
    | { __typename: 'SiteRole', id: string }
   | null };

export type NeighbourhoodDealQueryVariables = Exact<{
  id: string | number;
}>;


export type NeighbourhoodDealQuery = { node:
    | { __typename: 'Article', id: string }
    | { __typename: 'Deal', name: string, id: string, project: { id: string, name: string } | null, parties: Array<{ id: string, roles: Array<string>, organization: { id: string, name: string } }> }
    | { __typename: 'DealParty', id: string }
    | { __typename: 'Employment', id: string }
    | { __typename: 'Founding', id: string }
    | { __typename: 'Hire', id: string }
    | { __typename: 'Membership', id: string }
    | { __typename: 'Organization', id: string }
    | { __typename: 'Ownership', id: string }
    | { __typename: 'Participation', id: string }
    | { __typename: 'Person', id: string }
    | { __typename: 'Project', id: string }
    | { __typename: 'ProjectRole', id: string }
    | { __typename: 'Site', id: string }
    | { __typename: 'SiteRole', id: string }
   | null };

export type NeighbourhoodArticleQueryVariables = Exact<{
  id: string | number;
}>;


export type NeighbourhoodArticleQuery = { node:
    | { __typename: 'Article', title: string, id: string, mentions: Array<
        | { __typename: 'Deal', id: string, name: string }
        | { __typename: 'Organization', id: string, name: string }
        | { __typename: 'Person', id: string, name: string }
        | { __typename: 'Project', id: string, name: string }
        | { __typename: 'Site', id: string, name: string }
      > }
    | { __typename: 'Deal', id: string }
    | { __typename: 'DealParty', id: string }
    | { __typename: 'Employment', id: string }
    | { __typename: 'Founding', id: string }
    | { __typename: 'Hire', id: string }
    | { __typename: 'Membership', id: string }
    | { __typename: 'Organization', id: string }
    | { __typename: 'Ownership', id: string }
    | { __typename: 'Participation', id: string }
    | { __typename: 'Person', id: string }
    | { __typename: 'Project', id: string }
    | { __typename: 'ProjectRole', id: string }
    | { __typename: 'Site', id: string }
    | { __typename: 'SiteRole', id: string }
   | null };

export type TypeQueryVariables = Exact<{
  id: string | number;
}>;


export type TypeQuery = { node:
    | { __typename: 'Article' }
    | { __typename: 'Deal' }
    | { __typename: 'DealParty' }
    | { __typename: 'Employment' }
    | { __typename: 'Founding' }
    | { __typename: 'Hire' }
    | { __typename: 'Membership' }
    | { __typename: 'Organization' }
    | { __typename: 'Ownership' }
    | { __typename: 'Participation' }
    | { __typename: 'Person' }
    | { __typename: 'Project' }
    | { __typename: 'ProjectRole' }
    | { __typename: 'Site' }
    | { __typename: 'SiteRole' }
   | null };

export type DetailsOrganizationQueryVariables = Exact<{
  id: string | number;
  first: number;
}>;


export type DetailsOrganizationQuery = { node:
    | { __typename: 'Article', id: string }
    | { __typename: 'Deal', id: string }
    | { __typename: 'DealParty', id: string }
    | { __typename: 'Employment', id: string }
    | { __typename: 'Founding', id: string }
    | { __typename: 'Hire', id: string }
    | { __typename: 'Membership', id: string }
    | { __typename: 'Organization', name: string, aliases: Array<string>, kind: string | null, country: string | null, id: string, parent: { id: string, name: string } | null, hires: Array<{ id: string, title: string | null, previousTitle: string | null, date: string | null, dateInferred: boolean, person: { id: string, name: string }, from: { id: string, name: string } | null, evidence: Array<{ quote: string | null, note: string | null, attribution: Attribution, speaker: string | null, article: { id: string, title: string, titleOrigin: TitleOrigin, url: string, publisher: string, publishedAt: string | null, publishedAtInferred: boolean, language: string, originalOutlet: string | null, reliability: Reliability, attribution: Attribution } }> }>, talentSources: Array<{ count: number, from: { id: string, name: string } | null, people: Array<{ id: string, name: string }> }>, partners: Array<{ organization: { id: string, name: string }, via: Array<
          | { __typename: 'Deal', id: string, name: string }
          | { __typename: 'Project', id: string, name: string }
        > }>, mentions: Array<{ id: string, title: string, titleOrigin: TitleOrigin, url: string, publisher: string, publishedAt: string | null, publishedAtInferred: boolean, language: string, originalOutlet: string | null, reliability: Reliability, attribution: Attribution }> }
    | { __typename: 'Ownership', id: string }
    | { __typename: 'Participation', id: string }
    | { __typename: 'Person', id: string }
    | { __typename: 'Project', id: string }
    | { __typename: 'ProjectRole', id: string }
    | { __typename: 'Site', id: string }
    | { __typename: 'SiteRole', id: string }
   | null };

export type DetailsPersonQueryVariables = Exact<{
  id: string | number;
  first: number;
}>;


export type DetailsPersonQuery = { node:
    | { __typename: 'Article', id: string }
    | { __typename: 'Deal', id: string }
    | { __typename: 'DealParty', id: string }
    | { __typename: 'Employment', id: string }
    | { __typename: 'Founding', id: string }
    | { __typename: 'Hire', id: string }
    | { __typename: 'Membership', id: string }
    | { __typename: 'Organization', id: string }
    | { __typename: 'Ownership', id: string }
    | { __typename: 'Participation', id: string }
    | { __typename: 'Person', name: string, aliases: Array<string>, id: string, currentEmployer: { id: string, name: string } | null, employments: Array<{ id: string, title: string | null, current: boolean | null, start: string | null, end: string | null, organization: { id: string, name: string }, tenure: { years: number, qualifier: Qualifier } | null }>, hires: Array<{ id: string, date: string | null, organization: { id: string, name: string }, from: { id: string, name: string } | null }>, memberships: Array<{ id: string, role: string | null, organization: { id: string, name: string } }>, foundings: Array<{ id: string, date: string | null, organization: { id: string, name: string } }>, mentions: Array<{ id: string, title: string, titleOrigin: TitleOrigin, url: string, publisher: string, publishedAt: string | null, publishedAtInferred: boolean, language: string, originalOutlet: string | null, reliability: Reliability, attribution: Attribution }> }
    | { __typename: 'Project', id: string }
    | { __typename: 'ProjectRole', id: string }
    | { __typename: 'Site', id: string }
    | { __typename: 'SiteRole', id: string }
   | null };

export type DetailsProjectQueryVariables = Exact<{
  id: string | number;
  first: number;
}>;


export type DetailsProjectQuery = { node:
    | { __typename: 'Article', id: string }
    | { __typename: 'Deal', id: string }
    | { __typename: 'DealParty', id: string }
    | { __typename: 'Employment', id: string }
    | { __typename: 'Founding', id: string }
    | { __typename: 'Hire', id: string }
    | { __typename: 'Membership', id: string }
    | { __typename: 'Organization', id: string }
    | { __typename: 'Ownership', id: string }
    | { __typename: 'Participation', id: string }
    | { __typename: 'Person', id: string }
    | { __typename: 'Project', name: string, aliases: Array<string>, announced: string | null, id: string, announcedClaims: Array<{ value: string, evidence: { quote: string | null, note: string | null, attribution: Attribution, speaker: string | null, article: { id: string, title: string, titleOrigin: TitleOrigin, url: string, publisher: string, publishedAt: string | null, publishedAtInferred: boolean, language: string, originalOutlet: string | null, reliability: Reliability, attribution: Attribution } } }>, investment: { amount: number | null, currency: string, period: Period, qualifier: Qualifier, estimated: boolean, text: string | null } | null, investmentClaims: Array<{ value: { amount: number | null, currency: string, period: Period, qualifier: Qualifier, estimated: boolean, text: string | null }, evidence: { quote: string | null, note: string | null, attribution: Attribution, speaker: string | null, article: { id: string, title: string, titleOrigin: TitleOrigin, url: string, publisher: string, publishedAt: string | null, publishedAtInferred: boolean, language: string, originalOutlet: string | null, reliability: Reliability, attribution: Attribution } } }>, targetCapacity: { megawatts: number, qualifier: Qualifier, basis: PowerBasis } | null, targetCapacityClaims: Array<{ value: { megawatts: number, qualifier: Qualifier, basis: PowerBasis }, evidence: { quote: string | null, note: string | null, attribution: Attribution, speaker: string | null, article: { id: string, title: string, titleOrigin: TitleOrigin, url: string, publisher: string, publishedAt: string | null, publishedAtInferred: boolean, language: string, originalOutlet: string | null, reliability: Reliability, attribution: Attribution } } }>, plannedMegawatts: { megawatts: number | null, qualifier: Qualifier | null, sites: number, sitesWithFigure: number }, parent: { id: string, name: string } | null, partners: Array<{ id: string, roles: Array<string>, organization: { id: string, name: string } }>, sites: Array<{ id: string, name: string, status: string | null, capacity: { megawatts: number, qualifier: Qualifier, basis: PowerBasis } | null, location: { city: string | null, region: string | null, country: string } | null }>, deals: Array<{ id: string, name: string, value: { amount: number | null, currency: string, period: Period, qualifier: Qualifier, estimated: boolean, text: string | null } | null }>, evidence: Array<{ quote: string | null, note: string | null, attribution: Attribution, speaker: string | null, article: { id: string, title: string, titleOrigin: TitleOrigin, url: string, publisher: string, publishedAt: string | null, publishedAtInferred: boolean, language: string, originalOutlet: string | null, reliability: Reliability, attribution: Attribution } }> }
    | { __typename: 'ProjectRole', id: string }
    | { __typename: 'Site', id: string }
    | { __typename: 'SiteRole', id: string }
   | null };

export type DetailsSiteQueryVariables = Exact<{
  id: string | number;
}>;


export type DetailsSiteQuery = { node:
    | { __typename: 'Article', id: string }
    | { __typename: 'Deal', id: string }
    | { __typename: 'DealParty', id: string }
    | { __typename: 'Employment', id: string }
    | { __typename: 'Founding', id: string }
    | { __typename: 'Hire', id: string }
    | { __typename: 'Membership', id: string }
    | { __typename: 'Organization', id: string }
    | { __typename: 'Ownership', id: string }
    | { __typename: 'Participation', id: string }
    | { __typename: 'Person', id: string }
    | { __typename: 'Project', id: string }
    | { __typename: 'ProjectRole', id: string }
    | { __typename: 'Site', name: string, aliases: Array<string>, status: string | null, chips: string | null, id: string, location: { city: string | null, region: string | null, country: string } | null, statusClaims: Array<{ value: string, evidence: { quote: string | null, note: string | null, attribution: Attribution, speaker: string | null, article: { id: string, title: string, titleOrigin: TitleOrigin, url: string, publisher: string, publishedAt: string | null, publishedAtInferred: boolean, language: string, originalOutlet: string | null, reliability: Reliability, attribution: Attribution } } }>, capacity: { megawatts: number, qualifier: Qualifier, basis: PowerBasis } | null, capacityClaims: Array<{ value: { megawatts: number, qualifier: Qualifier, basis: PowerBasis }, evidence: { quote: string | null, note: string | null, attribution: Attribution, speaker: string | null, article: { id: string, title: string, titleOrigin: TitleOrigin, url: string, publisher: string, publishedAt: string | null, publishedAtInferred: boolean, language: string, originalOutlet: string | null, reliability: Reliability, attribution: Attribution } } }>, project: { id: string, name: string } | null, operators: Array<{ id: string, name: string }>, developers: Array<{ id: string, name: string }>, evidence: Array<{ quote: string | null, note: string | null, attribution: Attribution, speaker: string | null, article: { id: string, title: string, titleOrigin: TitleOrigin, url: string, publisher: string, publishedAt: string | null, publishedAtInferred: boolean, language: string, originalOutlet: string | null, reliability: Reliability, attribution: Attribution } }> }
    | { __typename: 'SiteRole', id: string }
   | null };

export type DetailsDealQueryVariables = Exact<{
  id: string | number;
}>;


export type DetailsDealQuery = { node:
    | { __typename: 'Article', id: string }
    | { __typename: 'Deal', name: string, aliases: Array<string>, kind: string | null, status: string | null, annualizedUsd: number | null, announced: string | null, starts: string | null, id: string, statusClaims: Array<{ value: string, evidence: { quote: string | null, note: string | null, attribution: Attribution, speaker: string | null, article: { id: string, title: string, titleOrigin: TitleOrigin, url: string, publisher: string, publishedAt: string | null, publishedAtInferred: boolean, language: string, originalOutlet: string | null, reliability: Reliability, attribution: Attribution } } }>, value: { amount: number | null, currency: string, period: Period, qualifier: Qualifier, estimated: boolean, text: string | null } | null, valueClaims: Array<{ value: { amount: number | null, currency: string, period: Period, qualifier: Qualifier, estimated: boolean, text: string | null }, evidence: { quote: string | null, note: string | null, attribution: Attribution, speaker: string | null, article: { id: string, title: string, titleOrigin: TitleOrigin, url: string, publisher: string, publishedAt: string | null, publishedAtInferred: boolean, language: string, originalOutlet: string | null, reliability: Reliability, attribution: Attribution } } }>, annualized: { amountUsd: number, qualifier: Qualifier, estimated: boolean, rateAsOf: string | null } | null, term: { years: number, qualifier: Qualifier } | null, termClaims: Array<{ value: { years: number, qualifier: Qualifier }, evidence: { quote: string | null, note: string | null, attribution: Attribution, speaker: string | null, article: { id: string, title: string, titleOrigin: TitleOrigin, url: string, publisher: string, publishedAt: string | null, publishedAtInferred: boolean, language: string, originalOutlet: string | null, reliability: Reliability, attribution: Attribution } } }>, startsClaims: Array<{ value: string, evidence: { quote: string | null, note: string | null, attribution: Attribution, speaker: string | null, article: { id: string, title: string, titleOrigin: TitleOrigin, url: string, publisher: string, publishedAt: string | null, publishedAtInferred: boolean, language: string, originalOutlet: string | null, reliability: Reliability, attribution: Attribution } } }>, capacity: { megawatts: number, qualifier: Qualifier, basis: PowerBasis } | null, capacityClaims: Array<{ value: { megawatts: number, qualifier: Qualifier, basis: PowerBasis }, evidence: { quote: string | null, note: string | null, attribution: Attribution, speaker: string | null, article: { id: string, title: string, titleOrigin: TitleOrigin, url: string, publisher: string, publishedAt: string | null, publishedAtInferred: boolean, language: string, originalOutlet: string | null, reliability: Reliability, attribution: Attribution } } }>, project: { id: string, name: string } | null, parties: Array<{ id: string, roles: Array<string>, organization: { id: string, name: string } }>, evidence: Array<{ quote: string | null, note: string | null, attribution: Attribution, speaker: string | null, article: { id: string, title: string, titleOrigin: TitleOrigin, url: string, publisher: string, publishedAt: string | null, publishedAtInferred: boolean, language: string, originalOutlet: string | null, reliability: Reliability, attribution: Attribution } }> }
    | { __typename: 'DealParty', id: string }
    | { __typename: 'Employment', id: string }
    | { __typename: 'Founding', id: string }
    | { __typename: 'Hire', id: string }
    | { __typename: 'Membership', id: string }
    | { __typename: 'Organization', id: string }
    | { __typename: 'Ownership', id: string }
    | { __typename: 'Participation', id: string }
    | { __typename: 'Person', id: string }
    | { __typename: 'Project', id: string }
    | { __typename: 'ProjectRole', id: string }
    | { __typename: 'Site', id: string }
    | { __typename: 'SiteRole', id: string }
   | null };

export type DetailsArticleQueryVariables = Exact<{
  id: string | number;
  first: number;
}>;


export type DetailsArticleQuery = { node:
    | { __typename: 'Article', summary: string, retrievedAt: string | null, id: string, title: string, titleOrigin: TitleOrigin, url: string, publisher: string, publishedAt: string | null, publishedAtInferred: boolean, language: string, originalOutlet: string | null, reliability: Reliability, attribution: Attribution, mentions: Array<
        | { __typename: 'Deal', id: string, name: string }
        | { __typename: 'Organization', id: string, name: string }
        | { __typename: 'Person', id: string, name: string }
        | { __typename: 'Project', id: string, name: string }
        | { __typename: 'Site', id: string, name: string }
      > }
    | { __typename: 'Deal', id: string }
    | { __typename: 'DealParty', id: string }
    | { __typename: 'Employment', id: string }
    | { __typename: 'Founding', id: string }
    | { __typename: 'Hire', id: string }
    | { __typename: 'Membership', id: string }
    | { __typename: 'Organization', id: string }
    | { __typename: 'Ownership', id: string }
    | { __typename: 'Participation', id: string }
    | { __typename: 'Person', id: string }
    | { __typename: 'Project', id: string }
    | { __typename: 'ProjectRole', id: string }
    | { __typename: 'Site', id: string }
    | { __typename: 'SiteRole', id: string }
   | null };

export type FactHireQueryVariables = Exact<{
  id: string | number;
}>;


export type FactHireQuery = { node:
    | { __typename: 'Article', id: string }
    | { __typename: 'Deal', id: string }
    | { __typename: 'DealParty', id: string }
    | { __typename: 'Employment', id: string }
    | { __typename: 'Founding', id: string }
    | { __typename: 'Hire', title: string | null, previousTitle: string | null, date: string | null, dateInferred: boolean, id: string, person: { id: string, name: string }, organization: { id: string, name: string }, from: { id: string, name: string } | null, dateClaims: Array<{ value: string, evidence: { quote: string | null, note: string | null, attribution: Attribution, speaker: string | null, article: { id: string, title: string, titleOrigin: TitleOrigin, url: string, publisher: string, publishedAt: string | null, publishedAtInferred: boolean, language: string, originalOutlet: string | null, reliability: Reliability, attribution: Attribution } } }>, evidence: Array<{ quote: string | null, note: string | null, attribution: Attribution, speaker: string | null, article: { id: string, title: string, titleOrigin: TitleOrigin, url: string, publisher: string, publishedAt: string | null, publishedAtInferred: boolean, language: string, originalOutlet: string | null, reliability: Reliability, attribution: Attribution } }> }
    | { __typename: 'Membership', id: string }
    | { __typename: 'Organization', id: string }
    | { __typename: 'Ownership', id: string }
    | { __typename: 'Participation', id: string }
    | { __typename: 'Person', id: string }
    | { __typename: 'Project', id: string }
    | { __typename: 'ProjectRole', id: string }
    | { __typename: 'Site', id: string }
    | { __typename: 'SiteRole', id: string }
   | null };

export type FactEmploymentQueryVariables = Exact<{
  id: string | number;
}>;


export type FactEmploymentQuery = { node:
    | { __typename: 'Article', id: string }
    | { __typename: 'Deal', id: string }
    | { __typename: 'DealParty', id: string }
    | { __typename: 'Employment', title: string | null, start: string | null, end: string | null, current: boolean | null, id: string, person: { id: string, name: string }, organization: { id: string, name: string }, titleClaims: Array<{ value: string, evidence: { quote: string | null, note: string | null, attribution: Attribution, speaker: string | null, article: { id: string, title: string, titleOrigin: TitleOrigin, url: string, publisher: string, publishedAt: string | null, publishedAtInferred: boolean, language: string, originalOutlet: string | null, reliability: Reliability, attribution: Attribution } } }>, startClaims: Array<{ value: string, evidence: { quote: string | null, note: string | null, attribution: Attribution, speaker: string | null, article: { id: string, title: string, titleOrigin: TitleOrigin, url: string, publisher: string, publishedAt: string | null, publishedAtInferred: boolean, language: string, originalOutlet: string | null, reliability: Reliability, attribution: Attribution } } }>, tenure: { years: number, qualifier: Qualifier } | null, tenureClaims: Array<{ value: { years: number, qualifier: Qualifier }, evidence: { quote: string | null, note: string | null, attribution: Attribution, speaker: string | null, article: { id: string, title: string, titleOrigin: TitleOrigin, url: string, publisher: string, publishedAt: string | null, publishedAtInferred: boolean, language: string, originalOutlet: string | null, reliability: Reliability, attribution: Attribution } } }>, evidence: Array<{ quote: string | null, note: string | null, attribution: Attribution, speaker: string | null, article: { id: string, title: string, titleOrigin: TitleOrigin, url: string, publisher: string, publishedAt: string | null, publishedAtInferred: boolean, language: string, originalOutlet: string | null, reliability: Reliability, attribution: Attribution } }> }
    | { __typename: 'Founding', id: string }
    | { __typename: 'Hire', id: string }
    | { __typename: 'Membership', id: string }
    | { __typename: 'Organization', id: string }
    | { __typename: 'Ownership', id: string }
    | { __typename: 'Participation', id: string }
    | { __typename: 'Person', id: string }
    | { __typename: 'Project', id: string }
    | { __typename: 'ProjectRole', id: string }
    | { __typename: 'Site', id: string }
    | { __typename: 'SiteRole', id: string }
   | null };

export type FactMembershipQueryVariables = Exact<{
  id: string | number;
}>;


export type FactMembershipQuery = { node:
    | { __typename: 'Article', id: string }
    | { __typename: 'Deal', id: string }
    | { __typename: 'DealParty', id: string }
    | { __typename: 'Employment', id: string }
    | { __typename: 'Founding', id: string }
    | { __typename: 'Hire', id: string }
    | { __typename: 'Membership', role: string | null, id: string, person: { id: string, name: string }, organization: { id: string, name: string }, evidence: Array<{ quote: string | null, note: string | null, attribution: Attribution, speaker: string | null, article: { id: string, title: string, titleOrigin: TitleOrigin, url: string, publisher: string, publishedAt: string | null, publishedAtInferred: boolean, language: string, originalOutlet: string | null, reliability: Reliability, attribution: Attribution } }> }
    | { __typename: 'Organization', id: string }
    | { __typename: 'Ownership', id: string }
    | { __typename: 'Participation', id: string }
    | { __typename: 'Person', id: string }
    | { __typename: 'Project', id: string }
    | { __typename: 'ProjectRole', id: string }
    | { __typename: 'Site', id: string }
    | { __typename: 'SiteRole', id: string }
   | null };

export type FactFoundingQueryVariables = Exact<{
  id: string | number;
}>;


export type FactFoundingQuery = { node:
    | { __typename: 'Article', id: string }
    | { __typename: 'Deal', id: string }
    | { __typename: 'DealParty', id: string }
    | { __typename: 'Employment', id: string }
    | { __typename: 'Founding', date: string | null, id: string, person: { id: string, name: string }, organization: { id: string, name: string }, evidence: Array<{ quote: string | null, note: string | null, attribution: Attribution, speaker: string | null, article: { id: string, title: string, titleOrigin: TitleOrigin, url: string, publisher: string, publishedAt: string | null, publishedAtInferred: boolean, language: string, originalOutlet: string | null, reliability: Reliability, attribution: Attribution } }> }
    | { __typename: 'Hire', id: string }
    | { __typename: 'Membership', id: string }
    | { __typename: 'Organization', id: string }
    | { __typename: 'Ownership', id: string }
    | { __typename: 'Participation', id: string }
    | { __typename: 'Person', id: string }
    | { __typename: 'Project', id: string }
    | { __typename: 'ProjectRole', id: string }
    | { __typename: 'Site', id: string }
    | { __typename: 'SiteRole', id: string }
   | null };

export type FactParticipationQueryVariables = Exact<{
  id: string | number;
}>;


export type FactParticipationQuery = { node:
    | { __typename: 'Article', id: string }
    | { __typename: 'Deal', id: string }
    | { __typename: 'DealParty', id: string }
    | { __typename: 'Employment', id: string }
    | { __typename: 'Founding', id: string }
    | { __typename: 'Hire', id: string }
    | { __typename: 'Membership', id: string }
    | { __typename: 'Organization', id: string }
    | { __typename: 'Ownership', id: string }
    | { __typename: 'Participation', roles: Array<string>, id: string, organization: { id: string, name: string }, project: { id: string, name: string }, roleClaims: Array<{ role: string, displayed: boolean, evidence: Array<{ quote: string | null, note: string | null, attribution: Attribution, speaker: string | null, article: { id: string, title: string, titleOrigin: TitleOrigin, url: string, publisher: string, publishedAt: string | null, publishedAtInferred: boolean, language: string, originalOutlet: string | null, reliability: Reliability, attribution: Attribution } }> }>, evidence: Array<{ quote: string | null, note: string | null, attribution: Attribution, speaker: string | null, article: { id: string, title: string, titleOrigin: TitleOrigin, url: string, publisher: string, publishedAt: string | null, publishedAtInferred: boolean, language: string, originalOutlet: string | null, reliability: Reliability, attribution: Attribution } }> }
    | { __typename: 'Person', id: string }
    | { __typename: 'Project', id: string }
    | { __typename: 'ProjectRole', id: string }
    | { __typename: 'Site', id: string }
    | { __typename: 'SiteRole', id: string }
   | null };

export type FactDealPartyQueryVariables = Exact<{
  id: string | number;
}>;


export type FactDealPartyQuery = { node:
    | { __typename: 'Article', id: string }
    | { __typename: 'Deal', id: string }
    | { __typename: 'DealParty', roles: Array<string>, id: string, organization: { id: string, name: string }, deal: { id: string, name: string }, roleClaims: Array<{ role: string, displayed: boolean, evidence: Array<{ quote: string | null, note: string | null, attribution: Attribution, speaker: string | null, article: { id: string, title: string, titleOrigin: TitleOrigin, url: string, publisher: string, publishedAt: string | null, publishedAtInferred: boolean, language: string, originalOutlet: string | null, reliability: Reliability, attribution: Attribution } }> }>, evidence: Array<{ quote: string | null, note: string | null, attribution: Attribution, speaker: string | null, article: { id: string, title: string, titleOrigin: TitleOrigin, url: string, publisher: string, publishedAt: string | null, publishedAtInferred: boolean, language: string, originalOutlet: string | null, reliability: Reliability, attribution: Attribution } }> }
    | { __typename: 'Employment', id: string }
    | { __typename: 'Founding', id: string }
    | { __typename: 'Hire', id: string }
    | { __typename: 'Membership', id: string }
    | { __typename: 'Organization', id: string }
    | { __typename: 'Ownership', id: string }
    | { __typename: 'Participation', id: string }
    | { __typename: 'Person', id: string }
    | { __typename: 'Project', id: string }
    | { __typename: 'ProjectRole', id: string }
    | { __typename: 'Site', id: string }
    | { __typename: 'SiteRole', id: string }
   | null };

export type FactSiteRoleQueryVariables = Exact<{
  id: string | number;
}>;


export type FactSiteRoleQuery = { node:
    | { __typename: 'Article', id: string }
    | { __typename: 'Deal', id: string }
    | { __typename: 'DealParty', id: string }
    | { __typename: 'Employment', id: string }
    | { __typename: 'Founding', id: string }
    | { __typename: 'Hire', id: string }
    | { __typename: 'Membership', id: string }
    | { __typename: 'Organization', id: string }
    | { __typename: 'Ownership', id: string }
    | { __typename: 'Participation', id: string }
    | { __typename: 'Person', id: string }
    | { __typename: 'Project', id: string }
    | { __typename: 'ProjectRole', id: string }
    | { __typename: 'Site', id: string }
    | { __typename: 'SiteRole', role: string | null, id: string, organization: { id: string, name: string }, site: { id: string, name: string }, evidence: Array<{ quote: string | null, note: string | null, attribution: Attribution, speaker: string | null, article: { id: string, title: string, titleOrigin: TitleOrigin, url: string, publisher: string, publishedAt: string | null, publishedAtInferred: boolean, language: string, originalOutlet: string | null, reliability: Reliability, attribution: Attribution } }> }
   | null };

export type FactOwnershipQueryVariables = Exact<{
  id: string | number;
}>;


export type FactOwnershipQuery = { node:
    | { __typename: 'Article', id: string }
    | { __typename: 'Deal', id: string }
    | { __typename: 'DealParty', id: string }
    | { __typename: 'Employment', id: string }
    | { __typename: 'Founding', id: string }
    | { __typename: 'Hire', id: string }
    | { __typename: 'Membership', id: string }
    | { __typename: 'Organization', id: string }
    | { __typename: 'Ownership', kind: string | null, id: string, owner: { id: string, name: string }, owned:
        | { __typename: 'Deal', id: string, name: string }
        | { __typename: 'Organization', id: string, name: string }
        | { __typename: 'Person', id: string, name: string }
        | { __typename: 'Project', id: string, name: string }
        | { __typename: 'Site', id: string, name: string }
      , percent: { value: number, qualifier: Qualifier } | null, percentClaims: Array<{ value: { value: number, qualifier: Qualifier }, evidence: { quote: string | null, note: string | null, attribution: Attribution, speaker: string | null, article: { id: string, title: string, titleOrigin: TitleOrigin, url: string, publisher: string, publishedAt: string | null, publishedAtInferred: boolean, language: string, originalOutlet: string | null, reliability: Reliability, attribution: Attribution } } }>, value: { amount: number | null, currency: string, period: Period, qualifier: Qualifier, estimated: boolean, text: string | null } | null, valueClaims: Array<{ value: { amount: number | null, currency: string, period: Period, qualifier: Qualifier, estimated: boolean, text: string | null }, evidence: { quote: string | null, note: string | null, attribution: Attribution, speaker: string | null, article: { id: string, title: string, titleOrigin: TitleOrigin, url: string, publisher: string, publishedAt: string | null, publishedAtInferred: boolean, language: string, originalOutlet: string | null, reliability: Reliability, attribution: Attribution } } }>, evidence: Array<{ quote: string | null, note: string | null, attribution: Attribution, speaker: string | null, article: { id: string, title: string, titleOrigin: TitleOrigin, url: string, publisher: string, publishedAt: string | null, publishedAtInferred: boolean, language: string, originalOutlet: string | null, reliability: Reliability, attribution: Attribution } }> }
    | { __typename: 'Participation', id: string }
    | { __typename: 'Person', id: string }
    | { __typename: 'Project', id: string }
    | { __typename: 'ProjectRole', id: string }
    | { __typename: 'Site', id: string }
    | { __typename: 'SiteRole', id: string }
   | null };

export type ConnectionsQueryVariables = Exact<{
  from: string;
  to: string;
  maxHops?: number | null | undefined;
  first?: number | null | undefined;
}>;


export type ConnectionsQuery = { connections: Array<{ hops: number, steps: Array<{ relation: string, from:
        | { __typename: 'Deal', id: string, name: string }
        | { __typename: 'Organization', id: string, name: string }
        | { __typename: 'Person', id: string, name: string }
        | { __typename: 'Project', id: string, name: string }
        | { __typename: 'Site', id: string, name: string }
      , to:
        | { __typename: 'Deal', id: string, name: string }
        | { __typename: 'Organization', id: string, name: string }
        | { __typename: 'Person', id: string, name: string }
        | { __typename: 'Project', id: string, name: string }
        | { __typename: 'Site', id: string, name: string }
      , evidence: Array<{ quote: string | null, note: string | null, attribution: Attribution, speaker: string | null, article: { id: string, title: string, titleOrigin: TitleOrigin, url: string, publisher: string, publishedAt: string | null, publishedAtInferred: boolean, language: string, originalOutlet: string | null, reliability: Reliability, attribution: Attribution } }> }> }> };

export type CapacityQueryVariables = Exact<{
  groupBy: CapacityGroupBy;
}>;


export type CapacityQuery = { capacity: Array<{ key: string, megawatts: number | null, qualifier: Qualifier | null, sites: number, sitesWithFigure: number }> };

export type DealsQueryVariables = Exact<{
  orderBy?: DealOrder | null | undefined;
  filter?: DealFilter | null | undefined;
  first?: number | null | undefined;
}>;


export type DealsQuery = { deals: { totalCount: number, edges: Array<{ node: { id: string, name: string, kind: string | null, status: string | null, announced: string | null, annualizedUsd: number | null, value: { amount: number | null, currency: string, period: Period, qualifier: Qualifier, estimated: boolean, text: string | null } | null, annualized: { amountUsd: number, qualifier: Qualifier } | null, valueClaims: Array<{ value: { amount: number | null } }>, parties: Array<{ roles: Array<string>, organization: { id: string, name: string } }> } }> } };

export type HiresQueryVariables = Exact<{
  id: string | number;
}>;


export type HiresQuery = { organization: { id: string, name: string, hires: Array<{ id: string, title: string | null, date: string | null, dateInferred: boolean, person: { id: string, name: string }, from: { id: string, name: string } | null, evidence: Array<{ quote: string | null, note: string | null, attribution: Attribution, speaker: string | null, article: { id: string, title: string, titleOrigin: TitleOrigin, url: string, publisher: string, publishedAt: string | null, publishedAtInferred: boolean, language: string, originalOutlet: string | null, reliability: Reliability, attribution: Attribution } }> }>, talentSources: Array<{ count: number, from: { id: string, name: string } | null, people: Array<{ id: string, name: string }> }> } | null };

export type TimelineOrganizationQueryVariables = Exact<{
  id: string | number;
  first: number;
}>;


export type TimelineOrganizationQuery = { organization: { id: string, name: string, hires: Array<{ id: string, date: string | null, dateInferred: boolean, person: { id: string, name: string }, organization: { id: string, name: string }, from: { id: string, name: string } | null }>, deals: Array<{ id: string, name: string, kind: string | null, announced: string | null }> } | null };

export type TimelineAllQueryVariables = Exact<{
  first: number;
}>;


export type TimelineAllQuery = { deals: { totalCount: number, edges: Array<{ node: { id: string, name: string, kind: string | null, announced: string | null } }> }, people: { totalCount: number, edges: Array<{ node: { name: string, hires: Array<{ id: string, date: string | null, dateInferred: boolean, person: { id: string, name: string }, organization: { id: string, name: string }, from: { id: string, name: string } | null }> } }> } };

export type SitesMapQueryVariables = Exact<{
  first: number;
}>;


export type SitesMapQuery = { sites: { totalCount: number, edges: Array<{ node: { id: string, name: string, status: string | null, location: { city: string | null, region: string | null, country: string } | null, capacity: { megawatts: number, qualifier: Qualifier, basis: PowerBasis } | null, project: { id: string, name: string } | null } }> } };

export class TypedDocumentString<TResult, TVariables>
  extends String
  implements DocumentTypeDecoration<TResult, TVariables>
{
  __apiType?: NonNullable<DocumentTypeDecoration<TResult, TVariables>['__apiType']>;
  private value: string;
  public __meta__?: Record<string, any> | undefined;

  constructor(value: string, __meta__?: Record<string, any> | undefined) {
    super(value);
    this.value = value;
    this.__meta__ = __meta__;
  }

  override toString(): string & DocumentTypeDecoration<TResult, TVariables> {
    return this.value;
  }
}
export const ArticleFieldsFragmentDoc = new TypedDocumentString(`
    fragment ArticleFields on Article {
  id
  title
  titleOrigin
  url
  publisher
  publishedAt
  publishedAtInferred
  language
  originalOutlet
  reliability
  attribution
}
    `, {"fragmentName":"ArticleFields"}) as unknown as TypedDocumentString<ArticleFieldsFragment, unknown>;
export const EvidenceFieldsFragmentDoc = new TypedDocumentString(`
    fragment EvidenceFields on Evidence {
  quote
  note
  attribution
  speaker
  article {
    ...ArticleFields
  }
}
    fragment ArticleFields on Article {
  id
  title
  titleOrigin
  url
  publisher
  publishedAt
  publishedAtInferred
  language
  originalOutlet
  reliability
  attribution
}`, {"fragmentName":"EvidenceFields"}) as unknown as TypedDocumentString<EvidenceFieldsFragment, unknown>;
export const MoneyFieldsFragmentDoc = new TypedDocumentString(`
    fragment MoneyFields on Money {
  amount
  currency
  period
  qualifier
  estimated
  text
}
    `, {"fragmentName":"MoneyFields"}) as unknown as TypedDocumentString<MoneyFieldsFragment, unknown>;
export const PowerFieldsFragmentDoc = new TypedDocumentString(`
    fragment PowerFields on Power {
  megawatts
  qualifier
  basis
}
    `, {"fragmentName":"PowerFields"}) as unknown as TypedDocumentString<PowerFieldsFragment, unknown>;
export const DurationFieldsFragmentDoc = new TypedDocumentString(`
    fragment DurationFields on Duration {
  years
  qualifier
}
    `, {"fragmentName":"DurationFields"}) as unknown as TypedDocumentString<DurationFieldsFragment, unknown>;
export const PercentFieldsFragmentDoc = new TypedDocumentString(`
    fragment PercentFields on Percent {
  value
  qualifier
}
    `, {"fragmentName":"PercentFields"}) as unknown as TypedDocumentString<PercentFieldsFragment, unknown>;
export const SearchDocument = new TypedDocumentString(`
    query Search($text: String!, $first: Int) {
  search(text: $text, first: $first) {
    __typename
    ... on Organization {
      id
      name
      kind
    }
    ... on Person {
      id
      name
    }
    ... on Project {
      id
      name
    }
    ... on Site {
      id
      name
      location {
        country
      }
    }
    ... on Deal {
      id
      name
      kind
    }
    ... on Article {
      id
      title
      publisher
      publishedAt
    }
  }
}
    `) as unknown as TypedDocumentString<SearchQuery, SearchQueryVariables>;
export const NeighbourhoodOrganizationPeopleDocument = new TypedDocumentString(`
    query NeighbourhoodOrganizationPeople($id: ID!, $first: Int!) {
  node(id: $id) {
    __typename
    id
    ... on Organization {
      name
      parent {
        id
        name
      }
      subsidiaries(first: $first) {
        id
        name
      }
      hires(first: $first) {
        id
        person {
          id
          name
        }
        from {
          id
          name
        }
      }
      departures(first: $first) {
        id
        person {
          id
          name
        }
        organization {
          id
          name
        }
      }
      people(first: $first) {
        id
        person {
          id
          name
        }
      }
      members(first: $first) {
        id
        person {
          id
          name
        }
      }
      founders(first: $first) {
        id
        person {
          id
          name
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<NeighbourhoodOrganizationPeopleQuery, NeighbourhoodOrganizationPeopleQueryVariables>;
export const NeighbourhoodOrganizationLinksDocument = new TypedDocumentString(`
    query NeighbourhoodOrganizationLinks($id: ID!, $first: Int!) {
  node(id: $id) {
    __typename
    id
    ... on Organization {
      projects(first: $first) {
        id
        roles
        project {
          id
          name
        }
      }
      deals(first: $first) {
        id
        name
        parties {
          id
          roles
          organization {
            id
            name
          }
        }
      }
      sites(first: $first) {
        id
        role
        site {
          id
          name
        }
      }
      stakes(first: $first) {
        id
        kind
        owned {
          __typename
          id
          name
        }
      }
      partners(first: $first) {
        organization {
          id
          name
        }
        via {
          __typename
          ... on Project {
            id
            name
          }
          ... on Deal {
            id
            name
          }
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<NeighbourhoodOrganizationLinksQuery, NeighbourhoodOrganizationLinksQueryVariables>;
export const NeighbourhoodPersonDocument = new TypedDocumentString(`
    query NeighbourhoodPerson($id: ID!, $first: Int!) {
  node(id: $id) {
    __typename
    id
    ... on Person {
      name
      employments(first: $first) {
        id
        current
        organization {
          id
          name
        }
      }
      hires(first: $first) {
        id
        organization {
          id
          name
        }
        from {
          id
          name
        }
      }
      memberships(first: $first) {
        id
        organization {
          id
          name
        }
      }
      foundings(first: $first) {
        id
        organization {
          id
          name
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<NeighbourhoodPersonQuery, NeighbourhoodPersonQueryVariables>;
export const NeighbourhoodProjectDocument = new TypedDocumentString(`
    query NeighbourhoodProject($id: ID!, $first: Int!) {
  node(id: $id) {
    __typename
    id
    ... on Project {
      name
      parent {
        id
        name
      }
      offshoots(first: $first) {
        id
        name
      }
      partners(first: $first) {
        id
        roles
        organization {
          id
          name
        }
      }
      sites(first: $first) {
        id
        name
      }
      deals(first: $first) {
        id
        name
      }
    }
  }
}
    `) as unknown as TypedDocumentString<NeighbourhoodProjectQuery, NeighbourhoodProjectQueryVariables>;
export const NeighbourhoodSiteDocument = new TypedDocumentString(`
    query NeighbourhoodSite($id: ID!, $first: Int!) {
  node(id: $id) {
    __typename
    id
    ... on Site {
      name
      project {
        id
        name
      }
      operators {
        id
        name
        sites(first: $first) {
          id
          role
          site {
            id
          }
        }
      }
      developers {
        id
        name
        sites(first: $first) {
          id
          role
          site {
            id
          }
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<NeighbourhoodSiteQuery, NeighbourhoodSiteQueryVariables>;
export const NeighbourhoodDealDocument = new TypedDocumentString(`
    query NeighbourhoodDeal($id: ID!) {
  node(id: $id) {
    __typename
    id
    ... on Deal {
      name
      project {
        id
        name
      }
      parties {
        id
        roles
        organization {
          id
          name
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<NeighbourhoodDealQuery, NeighbourhoodDealQueryVariables>;
export const NeighbourhoodArticleDocument = new TypedDocumentString(`
    query NeighbourhoodArticle($id: ID!) {
  node(id: $id) {
    __typename
    id
    ... on Article {
      title
      mentions(first: 60) {
        __typename
        id
        name
      }
    }
  }
}
    `) as unknown as TypedDocumentString<NeighbourhoodArticleQuery, NeighbourhoodArticleQueryVariables>;
export const TypeDocument = new TypedDocumentString(`
    query Type($id: ID!) {
  node(id: $id) {
    __typename
  }
}
    `) as unknown as TypedDocumentString<TypeQuery, TypeQueryVariables>;
export const DetailsOrganizationDocument = new TypedDocumentString(`
    query DetailsOrganization($id: ID!, $first: Int!) {
  node(id: $id) {
    __typename
    id
    ... on Organization {
      name
      aliases
      kind
      country
      parent {
        id
        name
      }
      hires(first: $first) {
        id
        person {
          id
          name
        }
        from {
          id
          name
        }
        title
        previousTitle
        date
        dateInferred
        evidence {
          ...EvidenceFields
        }
      }
      talentSources(first: 30) {
        from {
          id
          name
        }
        count
        people {
          id
          name
        }
      }
      partners(first: $first) {
        organization {
          id
          name
        }
        via {
          __typename
          ... on Project {
            id
            name
          }
          ... on Deal {
            id
            name
          }
        }
      }
      mentions(first: 10) {
        ...ArticleFields
      }
    }
  }
}
    fragment ArticleFields on Article {
  id
  title
  titleOrigin
  url
  publisher
  publishedAt
  publishedAtInferred
  language
  originalOutlet
  reliability
  attribution
}
fragment EvidenceFields on Evidence {
  quote
  note
  attribution
  speaker
  article {
    ...ArticleFields
  }
}`) as unknown as TypedDocumentString<DetailsOrganizationQuery, DetailsOrganizationQueryVariables>;
export const DetailsPersonDocument = new TypedDocumentString(`
    query DetailsPerson($id: ID!, $first: Int!) {
  node(id: $id) {
    __typename
    id
    ... on Person {
      name
      aliases
      currentEmployer {
        id
        name
      }
      employments(first: $first) {
        id
        organization {
          id
          name
        }
        title
        current
        start
        end
        tenure {
          ...DurationFields
        }
      }
      hires(first: $first) {
        id
        organization {
          id
          name
        }
        from {
          id
          name
        }
        date
      }
      memberships(first: $first) {
        id
        organization {
          id
          name
        }
        role
      }
      foundings(first: $first) {
        id
        organization {
          id
          name
        }
        date
      }
      mentions(first: 10) {
        ...ArticleFields
      }
    }
  }
}
    fragment ArticleFields on Article {
  id
  title
  titleOrigin
  url
  publisher
  publishedAt
  publishedAtInferred
  language
  originalOutlet
  reliability
  attribution
}
fragment DurationFields on Duration {
  years
  qualifier
}`) as unknown as TypedDocumentString<DetailsPersonQuery, DetailsPersonQueryVariables>;
export const DetailsProjectDocument = new TypedDocumentString(`
    query DetailsProject($id: ID!, $first: Int!) {
  node(id: $id) {
    __typename
    id
    ... on Project {
      name
      aliases
      announced
      announcedClaims {
        value
        evidence {
          ...EvidenceFields
        }
      }
      investment {
        ...MoneyFields
      }
      investmentClaims {
        value {
          ...MoneyFields
        }
        evidence {
          ...EvidenceFields
        }
      }
      targetCapacity {
        ...PowerFields
      }
      targetCapacityClaims {
        value {
          ...PowerFields
        }
        evidence {
          ...EvidenceFields
        }
      }
      plannedMegawatts {
        megawatts
        qualifier
        sites
        sitesWithFigure
      }
      parent {
        id
        name
      }
      partners(first: $first) {
        id
        roles
        organization {
          id
          name
        }
      }
      sites(first: $first) {
        id
        name
        status
        capacity {
          ...PowerFields
        }
        location {
          city
          region
          country
        }
      }
      deals(first: $first) {
        id
        name
        value {
          ...MoneyFields
        }
      }
      evidence {
        ...EvidenceFields
      }
    }
  }
}
    fragment ArticleFields on Article {
  id
  title
  titleOrigin
  url
  publisher
  publishedAt
  publishedAtInferred
  language
  originalOutlet
  reliability
  attribution
}
fragment EvidenceFields on Evidence {
  quote
  note
  attribution
  speaker
  article {
    ...ArticleFields
  }
}
fragment MoneyFields on Money {
  amount
  currency
  period
  qualifier
  estimated
  text
}
fragment PowerFields on Power {
  megawatts
  qualifier
  basis
}`) as unknown as TypedDocumentString<DetailsProjectQuery, DetailsProjectQueryVariables>;
export const DetailsSiteDocument = new TypedDocumentString(`
    query DetailsSite($id: ID!) {
  node(id: $id) {
    __typename
    id
    ... on Site {
      name
      aliases
      location {
        city
        region
        country
      }
      status
      statusClaims {
        value
        evidence {
          ...EvidenceFields
        }
      }
      capacity {
        ...PowerFields
      }
      capacityClaims {
        value {
          ...PowerFields
        }
        evidence {
          ...EvidenceFields
        }
      }
      chips
      project {
        id
        name
      }
      operators {
        id
        name
      }
      developers {
        id
        name
      }
      evidence {
        ...EvidenceFields
      }
    }
  }
}
    fragment ArticleFields on Article {
  id
  title
  titleOrigin
  url
  publisher
  publishedAt
  publishedAtInferred
  language
  originalOutlet
  reliability
  attribution
}
fragment EvidenceFields on Evidence {
  quote
  note
  attribution
  speaker
  article {
    ...ArticleFields
  }
}
fragment PowerFields on Power {
  megawatts
  qualifier
  basis
}`) as unknown as TypedDocumentString<DetailsSiteQuery, DetailsSiteQueryVariables>;
export const DetailsDealDocument = new TypedDocumentString(`
    query DetailsDeal($id: ID!) {
  node(id: $id) {
    __typename
    id
    ... on Deal {
      name
      aliases
      kind
      status
      statusClaims {
        value
        evidence {
          ...EvidenceFields
        }
      }
      value {
        ...MoneyFields
      }
      valueClaims {
        value {
          ...MoneyFields
        }
        evidence {
          ...EvidenceFields
        }
      }
      annualizedUsd
      annualized {
        amountUsd
        qualifier
        estimated
        rateAsOf
      }
      announced
      term {
        ...DurationFields
      }
      termClaims {
        value {
          ...DurationFields
        }
        evidence {
          ...EvidenceFields
        }
      }
      starts
      startsClaims {
        value
        evidence {
          ...EvidenceFields
        }
      }
      capacity {
        ...PowerFields
      }
      capacityClaims {
        value {
          ...PowerFields
        }
        evidence {
          ...EvidenceFields
        }
      }
      project {
        id
        name
      }
      parties {
        id
        roles
        organization {
          id
          name
        }
      }
      evidence {
        ...EvidenceFields
      }
    }
  }
}
    fragment ArticleFields on Article {
  id
  title
  titleOrigin
  url
  publisher
  publishedAt
  publishedAtInferred
  language
  originalOutlet
  reliability
  attribution
}
fragment EvidenceFields on Evidence {
  quote
  note
  attribution
  speaker
  article {
    ...ArticleFields
  }
}
fragment MoneyFields on Money {
  amount
  currency
  period
  qualifier
  estimated
  text
}
fragment PowerFields on Power {
  megawatts
  qualifier
  basis
}
fragment DurationFields on Duration {
  years
  qualifier
}`) as unknown as TypedDocumentString<DetailsDealQuery, DetailsDealQueryVariables>;
export const DetailsArticleDocument = new TypedDocumentString(`
    query DetailsArticle($id: ID!, $first: Int!) {
  node(id: $id) {
    __typename
    id
    ... on Article {
      ...ArticleFields
      summary
      retrievedAt
      mentions(first: $first) {
        __typename
        id
        name
      }
    }
  }
}
    fragment ArticleFields on Article {
  id
  title
  titleOrigin
  url
  publisher
  publishedAt
  publishedAtInferred
  language
  originalOutlet
  reliability
  attribution
}`) as unknown as TypedDocumentString<DetailsArticleQuery, DetailsArticleQueryVariables>;
export const FactHireDocument = new TypedDocumentString(`
    query FactHire($id: ID!) {
  node(id: $id) {
    __typename
    id
    ... on Hire {
      person {
        id
        name
      }
      organization {
        id
        name
      }
      from {
        id
        name
      }
      title
      previousTitle
      date
      dateInferred
      dateClaims {
        value
        evidence {
          ...EvidenceFields
        }
      }
      evidence {
        ...EvidenceFields
      }
    }
  }
}
    fragment ArticleFields on Article {
  id
  title
  titleOrigin
  url
  publisher
  publishedAt
  publishedAtInferred
  language
  originalOutlet
  reliability
  attribution
}
fragment EvidenceFields on Evidence {
  quote
  note
  attribution
  speaker
  article {
    ...ArticleFields
  }
}`) as unknown as TypedDocumentString<FactHireQuery, FactHireQueryVariables>;
export const FactEmploymentDocument = new TypedDocumentString(`
    query FactEmployment($id: ID!) {
  node(id: $id) {
    __typename
    id
    ... on Employment {
      person {
        id
        name
      }
      organization {
        id
        name
      }
      title
      titleClaims {
        value
        evidence {
          ...EvidenceFields
        }
      }
      start
      startClaims {
        value
        evidence {
          ...EvidenceFields
        }
      }
      end
      current
      tenure {
        ...DurationFields
      }
      tenureClaims {
        value {
          ...DurationFields
        }
        evidence {
          ...EvidenceFields
        }
      }
      evidence {
        ...EvidenceFields
      }
    }
  }
}
    fragment ArticleFields on Article {
  id
  title
  titleOrigin
  url
  publisher
  publishedAt
  publishedAtInferred
  language
  originalOutlet
  reliability
  attribution
}
fragment EvidenceFields on Evidence {
  quote
  note
  attribution
  speaker
  article {
    ...ArticleFields
  }
}
fragment DurationFields on Duration {
  years
  qualifier
}`) as unknown as TypedDocumentString<FactEmploymentQuery, FactEmploymentQueryVariables>;
export const FactMembershipDocument = new TypedDocumentString(`
    query FactMembership($id: ID!) {
  node(id: $id) {
    __typename
    id
    ... on Membership {
      person {
        id
        name
      }
      organization {
        id
        name
      }
      role
      evidence {
        ...EvidenceFields
      }
    }
  }
}
    fragment ArticleFields on Article {
  id
  title
  titleOrigin
  url
  publisher
  publishedAt
  publishedAtInferred
  language
  originalOutlet
  reliability
  attribution
}
fragment EvidenceFields on Evidence {
  quote
  note
  attribution
  speaker
  article {
    ...ArticleFields
  }
}`) as unknown as TypedDocumentString<FactMembershipQuery, FactMembershipQueryVariables>;
export const FactFoundingDocument = new TypedDocumentString(`
    query FactFounding($id: ID!) {
  node(id: $id) {
    __typename
    id
    ... on Founding {
      person {
        id
        name
      }
      organization {
        id
        name
      }
      date
      evidence {
        ...EvidenceFields
      }
    }
  }
}
    fragment ArticleFields on Article {
  id
  title
  titleOrigin
  url
  publisher
  publishedAt
  publishedAtInferred
  language
  originalOutlet
  reliability
  attribution
}
fragment EvidenceFields on Evidence {
  quote
  note
  attribution
  speaker
  article {
    ...ArticleFields
  }
}`) as unknown as TypedDocumentString<FactFoundingQuery, FactFoundingQueryVariables>;
export const FactParticipationDocument = new TypedDocumentString(`
    query FactParticipation($id: ID!) {
  node(id: $id) {
    __typename
    id
    ... on Participation {
      organization {
        id
        name
      }
      project {
        id
        name
      }
      roles
      roleClaims {
        role
        displayed
        evidence {
          ...EvidenceFields
        }
      }
      evidence {
        ...EvidenceFields
      }
    }
  }
}
    fragment ArticleFields on Article {
  id
  title
  titleOrigin
  url
  publisher
  publishedAt
  publishedAtInferred
  language
  originalOutlet
  reliability
  attribution
}
fragment EvidenceFields on Evidence {
  quote
  note
  attribution
  speaker
  article {
    ...ArticleFields
  }
}`) as unknown as TypedDocumentString<FactParticipationQuery, FactParticipationQueryVariables>;
export const FactDealPartyDocument = new TypedDocumentString(`
    query FactDealParty($id: ID!) {
  node(id: $id) {
    __typename
    id
    ... on DealParty {
      organization {
        id
        name
      }
      deal {
        id
        name
      }
      roles
      roleClaims {
        role
        displayed
        evidence {
          ...EvidenceFields
        }
      }
      evidence {
        ...EvidenceFields
      }
    }
  }
}
    fragment ArticleFields on Article {
  id
  title
  titleOrigin
  url
  publisher
  publishedAt
  publishedAtInferred
  language
  originalOutlet
  reliability
  attribution
}
fragment EvidenceFields on Evidence {
  quote
  note
  attribution
  speaker
  article {
    ...ArticleFields
  }
}`) as unknown as TypedDocumentString<FactDealPartyQuery, FactDealPartyQueryVariables>;
export const FactSiteRoleDocument = new TypedDocumentString(`
    query FactSiteRole($id: ID!) {
  node(id: $id) {
    __typename
    id
    ... on SiteRole {
      organization {
        id
        name
      }
      site {
        id
        name
      }
      role
      evidence {
        ...EvidenceFields
      }
    }
  }
}
    fragment ArticleFields on Article {
  id
  title
  titleOrigin
  url
  publisher
  publishedAt
  publishedAtInferred
  language
  originalOutlet
  reliability
  attribution
}
fragment EvidenceFields on Evidence {
  quote
  note
  attribution
  speaker
  article {
    ...ArticleFields
  }
}`) as unknown as TypedDocumentString<FactSiteRoleQuery, FactSiteRoleQueryVariables>;
export const FactOwnershipDocument = new TypedDocumentString(`
    query FactOwnership($id: ID!) {
  node(id: $id) {
    __typename
    id
    ... on Ownership {
      owner {
        id
        name
      }
      owned {
        __typename
        id
        name
      }
      kind
      percent {
        ...PercentFields
      }
      percentClaims {
        value {
          ...PercentFields
        }
        evidence {
          ...EvidenceFields
        }
      }
      value {
        ...MoneyFields
      }
      valueClaims {
        value {
          ...MoneyFields
        }
        evidence {
          ...EvidenceFields
        }
      }
      evidence {
        ...EvidenceFields
      }
    }
  }
}
    fragment ArticleFields on Article {
  id
  title
  titleOrigin
  url
  publisher
  publishedAt
  publishedAtInferred
  language
  originalOutlet
  reliability
  attribution
}
fragment EvidenceFields on Evidence {
  quote
  note
  attribution
  speaker
  article {
    ...ArticleFields
  }
}
fragment MoneyFields on Money {
  amount
  currency
  period
  qualifier
  estimated
  text
}
fragment PercentFields on Percent {
  value
  qualifier
}`) as unknown as TypedDocumentString<FactOwnershipQuery, FactOwnershipQueryVariables>;
export const ConnectionsDocument = new TypedDocumentString(`
    query Connections($from: String!, $to: String!, $maxHops: Int, $first: Int) {
  connections(from: $from, to: $to, maxHops: $maxHops, first: $first) {
    hops
    steps {
      from {
        __typename
        id
        name
      }
      relation
      to {
        __typename
        id
        name
      }
      evidence {
        ...EvidenceFields
      }
    }
  }
}
    fragment ArticleFields on Article {
  id
  title
  titleOrigin
  url
  publisher
  publishedAt
  publishedAtInferred
  language
  originalOutlet
  reliability
  attribution
}
fragment EvidenceFields on Evidence {
  quote
  note
  attribution
  speaker
  article {
    ...ArticleFields
  }
}`) as unknown as TypedDocumentString<ConnectionsQuery, ConnectionsQueryVariables>;
export const CapacityDocument = new TypedDocumentString(`
    query Capacity($groupBy: CapacityGroupBy!) {
  capacity(groupBy: $groupBy) {
    key
    megawatts
    qualifier
    sites
    sitesWithFigure
  }
}
    `) as unknown as TypedDocumentString<CapacityQuery, CapacityQueryVariables>;
export const DealsDocument = new TypedDocumentString(`
    query Deals($orderBy: DealOrder, $filter: DealFilter, $first: Int) {
  deals(orderBy: $orderBy, filter: $filter, first: $first) {
    totalCount
    edges {
      node {
        id
        name
        kind
        status
        announced
        value {
          ...MoneyFields
        }
        annualizedUsd
        annualized {
          amountUsd
          qualifier
        }
        valueClaims {
          value {
            amount
          }
        }
        parties {
          roles
          organization {
            id
            name
          }
        }
      }
    }
  }
}
    fragment MoneyFields on Money {
  amount
  currency
  period
  qualifier
  estimated
  text
}`) as unknown as TypedDocumentString<DealsQuery, DealsQueryVariables>;
export const HiresDocument = new TypedDocumentString(`
    query Hires($id: ID!) {
  organization(id: $id) {
    id
    name
    hires(first: 60) {
      id
      person {
        id
        name
      }
      from {
        id
        name
      }
      title
      date
      dateInferred
      evidence {
        ...EvidenceFields
      }
    }
    talentSources(first: 30) {
      from {
        id
        name
      }
      count
      people {
        id
        name
      }
    }
  }
}
    fragment ArticleFields on Article {
  id
  title
  titleOrigin
  url
  publisher
  publishedAt
  publishedAtInferred
  language
  originalOutlet
  reliability
  attribution
}
fragment EvidenceFields on Evidence {
  quote
  note
  attribution
  speaker
  article {
    ...ArticleFields
  }
}`) as unknown as TypedDocumentString<HiresQuery, HiresQueryVariables>;
export const TimelineOrganizationDocument = new TypedDocumentString(`
    query TimelineOrganization($id: ID!, $first: Int!) {
  organization(id: $id) {
    id
    name
    hires(first: $first) {
      id
      person {
        id
        name
      }
      organization {
        id
        name
      }
      from {
        id
        name
      }
      date
      dateInferred
    }
    deals(first: $first) {
      id
      name
      kind
      announced
    }
  }
}
    `) as unknown as TypedDocumentString<TimelineOrganizationQuery, TimelineOrganizationQueryVariables>;
export const TimelineAllDocument = new TypedDocumentString(`
    query TimelineAll($first: Int!) {
  deals(first: $first, orderBy: ANNOUNCED_DESC) {
    totalCount
    edges {
      node {
        id
        name
        kind
        announced
      }
    }
  }
  people(first: $first) {
    totalCount
    edges {
      node {
        name
        hires(first: 5) {
          id
          person {
            id
            name
          }
          organization {
            id
            name
          }
          from {
            id
            name
          }
          date
          dateInferred
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<TimelineAllQuery, TimelineAllQueryVariables>;
export const SitesMapDocument = new TypedDocumentString(`
    query SitesMap($first: Int!) {
  sites(first: $first) {
    totalCount
    edges {
      node {
        id
        name
        status
        location {
          city
          region
          country
        }
        capacity {
          ...PowerFields
        }
        project {
          id
          name
        }
      }
    }
  }
}
    fragment PowerFields on Power {
  megawatts
  qualifier
  basis
}`) as unknown as TypedDocumentString<SitesMapQuery, SitesMapQueryVariables>;