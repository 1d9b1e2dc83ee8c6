/* eslint-disable */
import * as types from './graphql';



/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  fragment ArticleFields on Article { id title titleOrigin url publisher publishedAt publishedAtInferred language originalOutlet reliability attribution }\n": typeof types.ArticleFieldsFragmentDoc,
    "\n  fragment EvidenceFields on Evidence { quote note attribution speaker article { ...ArticleFields } }\n": typeof types.EvidenceFieldsFragmentDoc,
    "\n  fragment MoneyFields on Money { amount currency period qualifier estimated text }\n": typeof types.MoneyFieldsFragmentDoc,
    "\n  fragment PowerFields on Power { megawatts qualifier basis }\n": typeof types.PowerFieldsFragmentDoc,
    "\n  fragment DurationFields on Duration { years qualifier }\n": typeof types.DurationFieldsFragmentDoc,
    "\n  fragment PercentFields on Percent { value qualifier }\n": typeof types.PercentFieldsFragmentDoc,
    "\n  query Search($text: String!, $first: Int) {\n    search(text: $text, first: $first) {\n      __typename\n      ... on Organization { id name kind }\n      ... on Person { id name }\n      ... on Project { id name }\n      ... on Site { id name location { country } }\n      ... on Deal { id name kind }\n      ... on Article { id title publisher publishedAt }\n    }\n  }\n": typeof types.SearchDocument,
    "\n  query NeighbourhoodOrganizationPeople($id: ID!, $first: Int!) {\n    node(id: $id) {\n      __typename id\n      ... on Organization {\n        name parent { id name } subsidiaries(first: $first) { id name }\n        hires(first: $first) { id person { id name } from { id name } }\n        departures(first: $first) { id person { id name } organization { id name } }\n        people(first: $first) { id person { id name } }\n        members(first: $first) { id person { id name } }\n        founders(first: $first) { id person { id name } }\n      }\n    }\n  }\n": typeof types.NeighbourhoodOrganizationPeopleDocument,
    "\n  query NeighbourhoodOrganizationLinks($id: ID!, $first: Int!) {\n    node(id: $id) {\n      __typename id\n      ... on Organization {\n        projects(first: $first) { id roles project { id name } }\n        deals(first: $first) { id name parties { id roles organization { id name } } }\n        sites(first: $first) { id role site { id name } }\n        stakes(first: $first) { id kind owned { __typename id name } }\n        partners(first: $first) { organization { id name } via { __typename ... on Project { id name } ... on Deal { id name } } }\n      }\n    }\n  }\n": typeof types.NeighbourhoodOrganizationLinksDocument,
    "\n  query NeighbourhoodPerson($id: ID!, $first: Int!) {\n    node(id: $id) {\n      __typename id\n      ... on Person {\n        name employments(first: $first) { id current organization { id name } }\n        hires(first: $first) { id organization { id name } from { id name } }\n        memberships(first: $first) { id organization { id name } }\n        foundings(first: $first) { id organization { id name } }\n      }\n    }\n  }\n": typeof types.NeighbourhoodPersonDocument,
    "\n  query NeighbourhoodProject($id: ID!, $first: Int!) {\n    node(id: $id) {\n      __typename id\n      ... on Project {\n        name parent { id name } offshoots(first: $first) { id name }\n        partners(first: $first) { id roles organization { id name } }\n        sites(first: $first) { id name }\n        deals(first: $first) { id name }\n      }\n    }\n  }\n": typeof types.NeighbourhoodProjectDocument,
    "\n  query NeighbourhoodSite($id: ID!, $first: Int!) {\n    node(id: $id) {\n      __typename id\n      ... on Site {\n        name project { id name }\n        operators { id name sites(first: $first) { id role site { id } } }\n        developers { id name sites(first: $first) { id role site { id } } }\n      }\n    }\n  }\n": typeof types.NeighbourhoodSiteDocument,
    "\n  query NeighbourhoodDeal($id: ID!) {\n    node(id: $id) {\n      __typename id\n      ... on Deal { name project { id name } parties { id roles organization { id name } } }\n    }\n  }\n": typeof types.NeighbourhoodDealDocument,
    "\n  query NeighbourhoodArticle($id: ID!) {\n    node(id: $id) {\n      __typename id\n      ... on Article { title mentions(first: 60) { __typename id name } }\n    }\n  }\n": typeof types.NeighbourhoodArticleDocument,
    "\n  query Type($id: ID!) { node(id: $id) { __typename } }\n": typeof types.TypeDocument,
    "\n  query DetailsOrganization($id: ID!, $first: Int!) {\n    node(id: $id) {\n      __typename id\n      ... on Organization {\n        name aliases kind country parent { id name }\n        hires(first: $first) { id person { id name } from { id name } title previousTitle date dateInferred evidence { ...EvidenceFields } }\n        talentSources(first: 30) { from { id name } count people { id name } }\n        partners(first: $first) { organization { id name } via { __typename ... on Project { id name } ... on Deal { id name } } }\n        mentions(first: 10) { ...ArticleFields }\n      }\n    }\n  }\n": typeof types.DetailsOrganizationDocument,
    "\n  query DetailsPerson($id: ID!, $first: Int!) {\n    node(id: $id) {\n      __typename id\n      ... on Person {\n        name aliases currentEmployer { id name }\n        employments(first: $first) { id organization { id name } title current start end tenure { ...DurationFields } }\n        hires(first: $first) { id organization { id name } from { id name } date }\n        memberships(first: $first) { id organization { id name } role }\n        foundings(first: $first) { id organization { id name } date }\n        mentions(first: 10) { ...ArticleFields }\n      }\n    }\n  }\n": typeof types.DetailsPersonDocument,
    "\n  query DetailsProject($id: ID!, $first: Int!) {\n    node(id: $id) {\n      __typename id\n      ... on Project {\n        name aliases announced announcedClaims { value evidence { ...EvidenceFields } }\n        investment { ...MoneyFields } investmentClaims { value { ...MoneyFields } evidence { ...EvidenceFields } }\n        targetCapacity { ...PowerFields } targetCapacityClaims { value { ...PowerFields } evidence { ...EvidenceFields } }\n        plannedMegawatts { megawatts qualifier sites sitesWithFigure } parent { id name }\n        partners(first: $first) { id roles organization { id name } }\n        sites(first: $first) { id name status capacity { ...PowerFields } location { city region country } }\n        deals(first: $first) { id name value { ...MoneyFields } }\n        evidence { ...EvidenceFields }\n      }\n    }\n  }\n": typeof types.DetailsProjectDocument,
    "\n  query DetailsSite($id: ID!) {\n    node(id: $id) {\n      __typename id\n      ... on Site {\n        name aliases location { city region country } status statusClaims { value evidence { ...EvidenceFields } }\n        capacity { ...PowerFields } capacityClaims { value { ...PowerFields } evidence { ...EvidenceFields } } chips project { id name }\n        operators { id name } developers { id name } evidence { ...EvidenceFields }\n      }\n    }\n  }\n": typeof types.DetailsSiteDocument,
    "\n  query DetailsDeal($id: ID!) {\n    node(id: $id) {\n      __typename id\n      ... on Deal {\n        name aliases kind status statusClaims { value evidence { ...EvidenceFields } }\n        value { ...MoneyFields } valueClaims { value { ...MoneyFields } evidence { ...EvidenceFields } }\n        annualizedUsd annualized { amountUsd qualifier estimated rateAsOf }\n        announced term { ...DurationFields } termClaims { value { ...DurationFields } evidence { ...EvidenceFields } }\n        starts startsClaims { value evidence { ...EvidenceFields } }\n        capacity { ...PowerFields } capacityClaims { value { ...PowerFields } evidence { ...EvidenceFields } }\n        project { id name } parties { id roles organization { id name } } evidence { ...EvidenceFields }\n      }\n    }\n  }\n": typeof types.DetailsDealDocument,
    "\n  query DetailsArticle($id: ID!, $first: Int!) {\n    node(id: $id) {\n      __typename id\n      ... on Article { ...ArticleFields summary retrievedAt mentions(first: $first) { __typename id name } }\n    }\n  }\n": typeof types.DetailsArticleDocument,
    "\n  query FactHire($id: ID!) {\n    node(id: $id) {\n      __typename id\n      ... on Hire {\n        person { id name } organization { id name } from { id name } title previousTitle date dateInferred\n        dateClaims { value evidence { ...EvidenceFields } } evidence { ...EvidenceFields }\n      }\n    }\n  }\n": typeof types.FactHireDocument,
    "\n  query FactEmployment($id: ID!) {\n    node(id: $id) {\n      __typename id\n      ... on Employment {\n        person { id name } organization { id name } title titleClaims { value evidence { ...EvidenceFields } }\n        start startClaims { value evidence { ...EvidenceFields } } end current\n        tenure { ...DurationFields } tenureClaims { value { ...DurationFields } evidence { ...EvidenceFields } } evidence { ...EvidenceFields }\n      }\n    }\n  }\n": typeof types.FactEmploymentDocument,
    "\n  query FactMembership($id: ID!) {\n    node(id: $id) {\n      __typename id\n      ... on Membership { person { id name } organization { id name } role evidence { ...EvidenceFields } }\n    }\n  }\n": typeof types.FactMembershipDocument,
    "\n  query FactFounding($id: ID!) {\n    node(id: $id) {\n      __typename id\n      ... on Founding { person { id name } organization { id name } date evidence { ...EvidenceFields } }\n    }\n  }\n": typeof types.FactFoundingDocument,
    "\n  query FactParticipation($id: ID!) {\n    node(id: $id) {\n      __typename id\n      ... on Participation { organization { id name } project { id name } roles roleClaims { role displayed evidence { ...EvidenceFields } } evidence { ...EvidenceFields } }\n    }\n  }\n": typeof types.FactParticipationDocument,
    "\n  query FactDealParty($id: ID!) {\n    node(id: $id) {\n      __typename id\n      ... on DealParty { organization { id name } deal { id name } roles roleClaims { role displayed evidence { ...EvidenceFields } } evidence { ...EvidenceFields } }\n    }\n  }\n": typeof types.FactDealPartyDocument,
    "\n  query FactSiteRole($id: ID!) {\n    node(id: $id) {\n      __typename id\n      ... on SiteRole { organization { id name } site { id name } role evidence { ...EvidenceFields } }\n    }\n  }\n": typeof types.FactSiteRoleDocument,
    "\n  query FactOwnership($id: ID!) {\n    node(id: $id) {\n      __typename id\n      ... on Ownership {\n        owner { id name } owned { __typename id name } kind\n        percent { ...PercentFields } percentClaims { value { ...PercentFields } evidence { ...EvidenceFields } }\n        value { ...MoneyFields } valueClaims { value { ...MoneyFields } evidence { ...EvidenceFields } } evidence { ...EvidenceFields }\n      }\n    }\n  }\n": typeof types.FactOwnershipDocument,
    "\n  query Connections($from: String!, $to: String!, $maxHops: Int, $first: Int) {\n    connections(from: $from, to: $to, maxHops: $maxHops, first: $first) {\n      hops steps { from { __typename id name } relation to { __typename id name } evidence { ...EvidenceFields } }\n    }\n  }\n": typeof types.ConnectionsDocument,
    "\n  query Capacity($groupBy: CapacityGroupBy!) {\n    capacity(groupBy: $groupBy) { key megawatts qualifier sites sitesWithFigure }\n  }\n": typeof types.CapacityDocument,
    "\n  query Deals($orderBy: DealOrder, $filter: DealFilter, $first: Int) {\n    deals(orderBy: $orderBy, filter: $filter, first: $first) {\n      totalCount\n      edges {\n        node {\n          id name kind status announced value { ...MoneyFields } annualizedUsd annualized { amountUsd qualifier } valueClaims { value { amount } }\n          parties { roles organization { id name } }\n        }\n      }\n    }\n  }\n": typeof types.DealsDocument,
    "\n  query Hires($id: ID!) {\n    organization(id: $id) {\n      id name\n      hires(first: 60) { id person { id name } from { id name } title date dateInferred evidence { ...EvidenceFields } }\n      talentSources(first: 30) { from { id name } count people { id name } }\n    }\n  }\n": typeof types.HiresDocument,
    "\n  query TimelineOrganization($id: ID!, $first: Int!) {\n    organization(id: $id) {\n      id name\n      hires(first: $first) { id person { id name } organization { id name } from { id name } date dateInferred }\n      deals(first: $first) { id name kind announced }\n    }\n  }\n": typeof types.TimelineOrganizationDocument,
    "\n  query TimelineAll($first: Int!) {\n    deals(first: $first, orderBy: ANNOUNCED_DESC) { totalCount edges { node { id name kind announced } } }\n    people(first: $first) { totalCount edges { node { name hires(first: 5) { id person { id name } organization { id name } from { id name } date dateInferred } } } }\n  }\n": typeof types.TimelineAllDocument,
    "\n  query SitesMap($first: Int!) {\n    sites(first: $first) {\n      totalCount\n      edges { node { id name status location { city region country } capacity { ...PowerFields } project { id name } } }\n    }\n  }\n": typeof types.SitesMapDocument,
};
const documents: Documents = {
    "\n  fragment ArticleFields on Article { id title titleOrigin url publisher publishedAt publishedAtInferred language originalOutlet reliability attribution }\n": types.ArticleFieldsFragmentDoc,
    "\n  fragment EvidenceFields on Evidence { quote note attribution speaker article { ...ArticleFields } }\n": types.EvidenceFieldsFragmentDoc,
    "\n  fragment MoneyFields on Money { amount currency period qualifier estimated text }\n": types.MoneyFieldsFragmentDoc,
    "\n  fragment PowerFields on Power { megawatts qualifier basis }\n": types.PowerFieldsFragmentDoc,
    "\n  fragment DurationFields on Duration { years qualifier }\n": types.DurationFieldsFragmentDoc,
    "\n  fragment PercentFields on Percent { value qualifier }\n": types.PercentFieldsFragmentDoc,
    "\n  query Search($text: String!, $first: Int) {\n    search(text: $text, first: $first) {\n      __typename\n      ... on Organization { id name kind }\n      ... on Person { id name }\n      ... on Project { id name }\n      ... on Site { id name location { country } }\n      ... on Deal { id name kind }\n      ... on Article { id title publisher publishedAt }\n    }\n  }\n": types.SearchDocument,
    "\n  query NeighbourhoodOrganizationPeople($id: ID!, $first: Int!) {\n    node(id: $id) {\n      __typename id\n      ... on Organization {\n        name parent { id name } subsidiaries(first: $first) { id name }\n        hires(first: $first) { id person { id name } from { id name } }\n        departures(first: $first) { id person { id name } organization { id name } }\n        people(first: $first) { id person { id name } }\n        members(first: $first) { id person { id name } }\n        founders(first: $first) { id person { id name } }\n      }\n    }\n  }\n": types.NeighbourhoodOrganizationPeopleDocument,
    "\n  query NeighbourhoodOrganizationLinks($id: ID!, $first: Int!) {\n    node(id: $id) {\n      __typename id\n      ... on Organization {\n        projects(first: $first) { id roles project { id name } }\n        deals(first: $first) { id name parties { id roles organization { id name } } }\n        sites(first: $first) { id role site { id name } }\n        stakes(first: $first) { id kind owned { __typename id name } }\n        partners(first: $first) { organization { id name } via { __typename ... on Project { id name } ... on Deal { id name } } }\n      }\n    }\n  }\n": types.NeighbourhoodOrganizationLinksDocument,
    "\n  query NeighbourhoodPerson($id: ID!, $first: Int!) {\n    node(id: $id) {\n      __typename id\n      ... on Person {\n        name employments(first: $first) { id current organization { id name } }\n        hires(first: $first) { id organization { id name } from { id name } }\n        memberships(first: $first) { id organization { id name } }\n        foundings(first: $first) { id organization { id name } }\n      }\n    }\n  }\n": types.NeighbourhoodPersonDocument,
    "\n  query NeighbourhoodProject($id: ID!, $first: Int!) {\n    node(id: $id) {\n      __typename id\n      ... on Project {\n        name parent { id name } offshoots(first: $first) { id name }\n        partners(first: $first) { id roles organization { id name } }\n        sites(first: $first) { id name }\n        deals(first: $first) { id name }\n      }\n    }\n  }\n": types.NeighbourhoodProjectDocument,
    "\n  query NeighbourhoodSite($id: ID!, $first: Int!) {\n    node(id: $id) {\n      __typename id\n      ... on Site {\n        name project { id name }\n        operators { id name sites(first: $first) { id role site { id } } }\n        developers { id name sites(first: $first) { id role site { id } } }\n      }\n    }\n  }\n": types.NeighbourhoodSiteDocument,
    "\n  query NeighbourhoodDeal($id: ID!) {\n    node(id: $id) {\n      __typename id\n      ... on Deal { name project { id name } parties { id roles organization { id name } } }\n    }\n  }\n": types.NeighbourhoodDealDocument,
    "\n  query NeighbourhoodArticle($id: ID!) {\n    node(id: $id) {\n      __typename id\n      ... on Article { title mentions(first: 60) { __typename id name } }\n    }\n  }\n": types.NeighbourhoodArticleDocument,
    "\n  query Type($id: ID!) { node(id: $id) { __typename } }\n": types.TypeDocument,
    "\n  query DetailsOrganization($id: ID!, $first: Int!) {\n    node(id: $id) {\n      __typename id\n      ... on Organization {\n        name aliases kind country parent { id name }\n        hires(first: $first) { id person { id name } from { id name } title previousTitle date dateInferred evidence { ...EvidenceFields } }\n        talentSources(first: 30) { from { id name } count people { id name } }\n        partners(first: $first) { organization { id name } via { __typename ... on Project { id name } ... on Deal { id name } } }\n        mentions(first: 10) { ...ArticleFields }\n      }\n    }\n  }\n": types.DetailsOrganizationDocument,
    "\n  query DetailsPerson($id: ID!, $first: Int!) {\n    node(id: $id) {\n      __typename id\n      ... on Person {\n        name aliases currentEmployer { id name }\n        employments(first: $first) { id organization { id name } title current start end tenure { ...DurationFields } }\n        hires(first: $first) { id organization { id name } from { id name } date }\n        memberships(first: $first) { id organization { id name } role }\n        foundings(first: $first) { id organization { id name } date }\n        mentions(first: 10) { ...ArticleFields }\n      }\n    }\n  }\n": types.DetailsPersonDocument,
    "\n  query DetailsProject($id: ID!, $first: Int!) {\n    node(id: $id) {\n      __typename id\n      ... on Project {\n        name aliases announced announcedClaims { value evidence { ...EvidenceFields } }\n        investment { ...MoneyFields } investmentClaims { value { ...MoneyFields } evidence { ...EvidenceFields } }\n        targetCapacity { ...PowerFields } targetCapacityClaims { value { ...PowerFields } evidence { ...EvidenceFields } }\n        plannedMegawatts { megawatts qualifier sites sitesWithFigure } parent { id name }\n        partners(first: $first) { id roles organization { id name } }\n        sites(first: $first) { id name status capacity { ...PowerFields } location { city region country } }\n        deals(first: $first) { id name value { ...MoneyFields } }\n        evidence { ...EvidenceFields }\n      }\n    }\n  }\n": types.DetailsProjectDocument,
    "\n  query DetailsSite($id: ID!) {\n    node(id: $id) {\n      __typename id\n      ... on Site {\n        name aliases location { city region country } status statusClaims { value evidence { ...EvidenceFields } }\n        capacity { ...PowerFields } capacityClaims { value { ...PowerFields } evidence { ...EvidenceFields } } chips project { id name }\n        operators { id name } developers { id name } evidence { ...EvidenceFields }\n      }\n    }\n  }\n": types.DetailsSiteDocument,
    "\n  query DetailsDeal($id: ID!) {\n    node(id: $id) {\n      __typename id\n      ... on Deal {\n        name aliases kind status statusClaims { value evidence { ...EvidenceFields } }\n        value { ...MoneyFields } valueClaims { value { ...MoneyFields } evidence { ...EvidenceFields } }\n        annualizedUsd annualized { amountUsd qualifier estimated rateAsOf }\n        announced term { ...DurationFields } termClaims { value { ...DurationFields } evidence { ...EvidenceFields } }\n        starts startsClaims { value evidence { ...EvidenceFields } }\n        capacity { ...PowerFields } capacityClaims { value { ...PowerFields } evidence { ...EvidenceFields } }\n        project { id name } parties { id roles organization { id name } } evidence { ...EvidenceFields }\n      }\n    }\n  }\n": types.DetailsDealDocument,
    "\n  query DetailsArticle($id: ID!, $first: Int!) {\n    node(id: $id) {\n      __typename id\n      ... on Article { ...ArticleFields summary retrievedAt mentions(first: $first) { __typename id name } }\n    }\n  }\n": types.DetailsArticleDocument,
    "\n  query FactHire($id: ID!) {\n    node(id: $id) {\n      __typename id\n      ... on Hire {\n        person { id name } organization { id name } from { id name } title previousTitle date dateInferred\n        dateClaims { value evidence { ...EvidenceFields } } evidence { ...EvidenceFields }\n      }\n    }\n  }\n": types.FactHireDocument,
    "\n  query FactEmployment($id: ID!) {\n    node(id: $id) {\n      __typename id\n      ... on Employment {\n        person { id name } organization { id name } title titleClaims { value evidence { ...EvidenceFields } }\n        start startClaims { value evidence { ...EvidenceFields } } end current\n        tenure { ...DurationFields } tenureClaims { value { ...DurationFields } evidence { ...EvidenceFields } } evidence { ...EvidenceFields }\n      }\n    }\n  }\n": types.FactEmploymentDocument,
    "\n  query FactMembership($id: ID!) {\n    node(id: $id) {\n      __typename id\n      ... on Membership { person { id name } organization { id name } role evidence { ...EvidenceFields } }\n    }\n  }\n": types.FactMembershipDocument,
    "\n  query FactFounding($id: ID!) {\n    node(id: $id) {\n      __typename id\n      ... on Founding { person { id name } organization { id name } date evidence { ...EvidenceFields } }\n    }\n  }\n": types.FactFoundingDocument,
    "\n  query FactParticipation($id: ID!) {\n    node(id: $id) {\n      __typename id\n      ... on Participation { organization { id name } project { id name } roles roleClaims { role displayed evidence { ...EvidenceFields } } evidence { ...EvidenceFields } }\n    }\n  }\n": types.FactParticipationDocument,
    "\n  query FactDealParty($id: ID!) {\n    node(id: $id) {\n      __typename id\n      ... on DealParty { organization { id name } deal { id name } roles roleClaims { role displayed evidence { ...EvidenceFields } } evidence { ...EvidenceFields } }\n    }\n  }\n": types.FactDealPartyDocument,
    "\n  query FactSiteRole($id: ID!) {\n    node(id: $id) {\n      __typename id\n      ... on SiteRole { organization { id name } site { id name } role evidence { ...EvidenceFields } }\n    }\n  }\n": types.FactSiteRoleDocument,
    "\n  query FactOwnership($id: ID!) {\n    node(id: $id) {\n      __typename id\n      ... on Ownership {\n        owner { id name } owned { __typename id name } kind\n        percent { ...PercentFields } percentClaims { value { ...PercentFields } evidence { ...EvidenceFields } }\n        value { ...MoneyFields } valueClaims { value { ...MoneyFields } evidence { ...EvidenceFields } } evidence { ...EvidenceFields }\n      }\n    }\n  }\n": types.FactOwnershipDocument,
    "\n  query Connections($from: String!, $to: String!, $maxHops: Int, $first: Int) {\n    connections(from: $from, to: $to, maxHops: $maxHops, first: $first) {\n      hops steps { from { __typename id name } relation to { __typename id name } evidence { ...EvidenceFields } }\n    }\n  }\n": types.ConnectionsDocument,
    "\n  query Capacity($groupBy: CapacityGroupBy!) {\n    capacity(groupBy: $groupBy) { key megawatts qualifier sites sitesWithFigure }\n  }\n": types.CapacityDocument,
    "\n  query Deals($orderBy: DealOrder, $filter: DealFilter, $first: Int) {\n    deals(orderBy: $orderBy, filter: $filter, first: $first) {\n      totalCount\n      edges {\n        node {\n          id name kind status announced value { ...MoneyFields } annualizedUsd annualized { amountUsd qualifier } valueClaims { value { amount } }\n          parties { roles organization { id name } }\n        }\n      }\n    }\n  }\n": types.DealsDocument,
    "\n  query Hires($id: ID!) {\n    organization(id: $id) {\n      id name\n      hires(first: 60) { id person { id name } from { id name } title date dateInferred evidence { ...EvidenceFields } }\n      talentSources(first: 30) { from { id name } count people { id name } }\n    }\n  }\n": types.HiresDocument,
    "\n  query TimelineOrganization($id: ID!, $first: Int!) {\n    organization(id: $id) {\n      id name\n      hires(first: $first) { id person { id name } organization { id name } from { id name } date dateInferred }\n      deals(first: $first) { id name kind announced }\n    }\n  }\n": types.TimelineOrganizationDocument,
    "\n  query TimelineAll($first: Int!) {\n    deals(first: $first, orderBy: ANNOUNCED_DESC) { totalCount edges { node { id name kind announced } } }\n    people(first: $first) { totalCount edges { node { name hires(first: 5) { id person { id name } organization { id name } from { id name } date dateInferred } } } }\n  }\n": types.TimelineAllDocument,
    "\n  query SitesMap($first: Int!) {\n    sites(first: $first) {\n      totalCount\n      edges { node { id name status location { city region country } capacity { ...PowerFields } project { id name } } }\n    }\n  }\n": types.SitesMapDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ArticleFields on Article { id title titleOrigin url publisher publishedAt publishedAtInferred language originalOutlet reliability attribution }\n"): typeof import('./graphql').ArticleFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment EvidenceFields on Evidence { quote note attribution speaker article { ...ArticleFields } }\n"): typeof import('./graphql').EvidenceFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment MoneyFields on Money { amount currency period qualifier estimated text }\n"): typeof import('./graphql').MoneyFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment PowerFields on Power { megawatts qualifier basis }\n"): typeof import('./graphql').PowerFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment DurationFields on Duration { years qualifier }\n"): typeof import('./graphql').DurationFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment PercentFields on Percent { value qualifier }\n"): typeof import('./graphql').PercentFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Search($text: String!, $first: Int) {\n    search(text: $text, first: $first) {\n      __typename\n      ... on Organization { id name kind }\n      ... on Person { id name }\n      ... on Project { id name }\n      ... on Site { id name location { country } }\n      ... on Deal { id name kind }\n      ... on Article { id title publisher publishedAt }\n    }\n  }\n"): typeof import('./graphql').SearchDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query NeighbourhoodOrganizationPeople($id: ID!, $first: Int!) {\n    node(id: $id) {\n      __typename id\n      ... on Organization {\n        name parent { id name } subsidiaries(first: $first) { id name }\n        hires(first: $first) { id person { id name } from { id name } }\n        departures(first: $first) { id person { id name } organization { id name } }\n        people(first: $first) { id person { id name } }\n        members(first: $first) { id person { id name } }\n        founders(first: $first) { id person { id name } }\n      }\n    }\n  }\n"): typeof import('./graphql').NeighbourhoodOrganizationPeopleDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query NeighbourhoodOrganizationLinks($id: ID!, $first: Int!) {\n    node(id: $id) {\n      __typename id\n      ... on Organization {\n        projects(first: $first) { id roles project { id name } }\n        deals(first: $first) { id name parties { id roles organization { id name } } }\n        sites(first: $first) { id role site { id name } }\n        stakes(first: $first) { id kind owned { __typename id name } }\n        partners(first: $first) { organization { id name } via { __typename ... on Project { id name } ... on Deal { id name } } }\n      }\n    }\n  }\n"): typeof import('./graphql').NeighbourhoodOrganizationLinksDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query NeighbourhoodPerson($id: ID!, $first: Int!) {\n    node(id: $id) {\n      __typename id\n      ... on Person {\n        name employments(first: $first) { id current organization { id name } }\n        hires(first: $first) { id organization { id name } from { id name } }\n        memberships(first: $first) { id organization { id name } }\n        foundings(first: $first) { id organization { id name } }\n      }\n    }\n  }\n"): typeof import('./graphql').NeighbourhoodPersonDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query NeighbourhoodProject($id: ID!, $first: Int!) {\n    node(id: $id) {\n      __typename id\n      ... on Project {\n        name parent { id name } offshoots(first: $first) { id name }\n        partners(first: $first) { id roles organization { id name } }\n        sites(first: $first) { id name }\n        deals(first: $first) { id name }\n      }\n    }\n  }\n"): typeof import('./graphql').NeighbourhoodProjectDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query NeighbourhoodSite($id: ID!, $first: Int!) {\n    node(id: $id) {\n      __typename id\n      ... on Site {\n        name project { id name }\n        operators { id name sites(first: $first) { id role site { id } } }\n        developers { id name sites(first: $first) { id role site { id } } }\n      }\n    }\n  }\n"): typeof import('./graphql').NeighbourhoodSiteDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query NeighbourhoodDeal($id: ID!) {\n    node(id: $id) {\n      __typename id\n      ... on Deal { name project { id name } parties { id roles organization { id name } } }\n    }\n  }\n"): typeof import('./graphql').NeighbourhoodDealDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query NeighbourhoodArticle($id: ID!) {\n    node(id: $id) {\n      __typename id\n      ... on Article { title mentions(first: 60) { __typename id name } }\n    }\n  }\n"): typeof import('./graphql').NeighbourhoodArticleDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Type($id: ID!) { node(id: $id) { __typename } }\n"): typeof import('./graphql').TypeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DetailsOrganization($id: ID!, $first: Int!) {\n    node(id: $id) {\n      __typename id\n      ... on Organization {\n        name aliases kind country parent { id name }\n        hires(first: $first) { id person { id name } from { id name } title previousTitle date dateInferred evidence { ...EvidenceFields } }\n        talentSources(first: 30) { from { id name } count people { id name } }\n        partners(first: $first) { organization { id name } via { __typename ... on Project { id name } ... on Deal { id name } } }\n        mentions(first: 10) { ...ArticleFields }\n      }\n    }\n  }\n"): typeof import('./graphql').DetailsOrganizationDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DetailsPerson($id: ID!, $first: Int!) {\n    node(id: $id) {\n      __typename id\n      ... on Person {\n        name aliases currentEmployer { id name }\n        employments(first: $first) { id organization { id name } title current start end tenure { ...DurationFields } }\n        hires(first: $first) { id organization { id name } from { id name } date }\n        memberships(first: $first) { id organization { id name } role }\n        foundings(first: $first) { id organization { id name } date }\n        mentions(first: 10) { ...ArticleFields }\n      }\n    }\n  }\n"): typeof import('./graphql').DetailsPersonDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DetailsProject($id: ID!, $first: Int!) {\n    node(id: $id) {\n      __typename id\n      ... on Project {\n        name aliases announced announcedClaims { value evidence { ...EvidenceFields } }\n        investment { ...MoneyFields } investmentClaims { value { ...MoneyFields } evidence { ...EvidenceFields } }\n        targetCapacity { ...PowerFields } targetCapacityClaims { value { ...PowerFields } evidence { ...EvidenceFields } }\n        plannedMegawatts { megawatts qualifier sites sitesWithFigure } parent { id name }\n        partners(first: $first) { id roles organization { id name } }\n        sites(first: $first) { id name status capacity { ...PowerFields } location { city region country } }\n        deals(first: $first) { id name value { ...MoneyFields } }\n        evidence { ...EvidenceFields }\n      }\n    }\n  }\n"): typeof import('./graphql').DetailsProjectDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DetailsSite($id: ID!) {\n    node(id: $id) {\n      __typename id\n      ... on Site {\n        name aliases location { city region country } status statusClaims { value evidence { ...EvidenceFields } }\n        capacity { ...PowerFields } capacityClaims { value { ...PowerFields } evidence { ...EvidenceFields } } chips project { id name }\n        operators { id name } developers { id name } evidence { ...EvidenceFields }\n      }\n    }\n  }\n"): typeof import('./graphql').DetailsSiteDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DetailsDeal($id: ID!) {\n    node(id: $id) {\n      __typename id\n      ... on Deal {\n        name aliases kind status statusClaims { value evidence { ...EvidenceFields } }\n        value { ...MoneyFields } valueClaims { value { ...MoneyFields } evidence { ...EvidenceFields } }\n        annualizedUsd annualized { amountUsd qualifier estimated rateAsOf }\n        announced term { ...DurationFields } termClaims { value { ...DurationFields } evidence { ...EvidenceFields } }\n        starts startsClaims { value evidence { ...EvidenceFields } }\n        capacity { ...PowerFields } capacityClaims { value { ...PowerFields } evidence { ...EvidenceFields } }\n        project { id name } parties { id roles organization { id name } } evidence { ...EvidenceFields }\n      }\n    }\n  }\n"): typeof import('./graphql').DetailsDealDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DetailsArticle($id: ID!, $first: Int!) {\n    node(id: $id) {\n      __typename id\n      ... on Article { ...ArticleFields summary retrievedAt mentions(first: $first) { __typename id name } }\n    }\n  }\n"): typeof import('./graphql').DetailsArticleDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query FactHire($id: ID!) {\n    node(id: $id) {\n      __typename id\n      ... on Hire {\n        person { id name } organization { id name } from { id name } title previousTitle date dateInferred\n        dateClaims { value evidence { ...EvidenceFields } } evidence { ...EvidenceFields }\n      }\n    }\n  }\n"): typeof import('./graphql').FactHireDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query FactEmployment($id: ID!) {\n    node(id: $id) {\n      __typename id\n      ... on Employment {\n        person { id name } organization { id name } title titleClaims { value evidence { ...EvidenceFields } }\n        start startClaims { value evidence { ...EvidenceFields } } end current\n        tenure { ...DurationFields } tenureClaims { value { ...DurationFields } evidence { ...EvidenceFields } } evidence { ...EvidenceFields }\n      }\n    }\n  }\n"): typeof import('./graphql').FactEmploymentDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query FactMembership($id: ID!) {\n    node(id: $id) {\n      __typename id\n      ... on Membership { person { id name } organization { id name } role evidence { ...EvidenceFields } }\n    }\n  }\n"): typeof import('./graphql').FactMembershipDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query FactFounding($id: ID!) {\n    node(id: $id) {\n      __typename id\n      ... on Founding { person { id name } organization { id name } date evidence { ...EvidenceFields } }\n    }\n  }\n"): typeof import('./graphql').FactFoundingDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query FactParticipation($id: ID!) {\n    node(id: $id) {\n      __typename id\n      ... on Participation { organization { id name } project { id name } roles roleClaims { role displayed evidence { ...EvidenceFields } } evidence { ...EvidenceFields } }\n    }\n  }\n"): typeof import('./graphql').FactParticipationDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query FactDealParty($id: ID!) {\n    node(id: $id) {\n      __typename id\n      ... on DealParty { organization { id name } deal { id name } roles roleClaims { role displayed evidence { ...EvidenceFields } } evidence { ...EvidenceFields } }\n    }\n  }\n"): typeof import('./graphql').FactDealPartyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query FactSiteRole($id: ID!) {\n    node(id: $id) {\n      __typename id\n      ... on SiteRole { organization { id name } site { id name } role evidence { ...EvidenceFields } }\n    }\n  }\n"): typeof import('./graphql').FactSiteRoleDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query FactOwnership($id: ID!) {\n    node(id: $id) {\n      __typename id\n      ... on Ownership {\n        owner { id name } owned { __typename id name } kind\n        percent { ...PercentFields } percentClaims { value { ...PercentFields } evidence { ...EvidenceFields } }\n        value { ...MoneyFields } valueClaims { value { ...MoneyFields } evidence { ...EvidenceFields } } evidence { ...EvidenceFields }\n      }\n    }\n  }\n"): typeof import('./graphql').FactOwnershipDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Connections($from: String!, $to: String!, $maxHops: Int, $first: Int) {\n    connections(from: $from, to: $to, maxHops: $maxHops, first: $first) {\n      hops steps { from { __typename id name } relation to { __typename id name } evidence { ...EvidenceFields } }\n    }\n  }\n"): typeof import('./graphql').ConnectionsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Capacity($groupBy: CapacityGroupBy!) {\n    capacity(groupBy: $groupBy) { key megawatts qualifier sites sitesWithFigure }\n  }\n"): typeof import('./graphql').CapacityDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Deals($orderBy: DealOrder, $filter: DealFilter, $first: Int) {\n    deals(orderBy: $orderBy, filter: $filter, first: $first) {\n      totalCount\n      edges {\n        node {\n          id name kind status announced value { ...MoneyFields } annualizedUsd annualized { amountUsd qualifier } valueClaims { value { amount } }\n          parties { roles organization { id name } }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').DealsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Hires($id: ID!) {\n    organization(id: $id) {\n      id name\n      hires(first: 60) { id person { id name } from { id name } title date dateInferred evidence { ...EvidenceFields } }\n      talentSources(first: 30) { from { id name } count people { id name } }\n    }\n  }\n"): typeof import('./graphql').HiresDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TimelineOrganization($id: ID!, $first: Int!) {\n    organization(id: $id) {\n      id name\n      hires(first: $first) { id person { id name } organization { id name } from { id name } date dateInferred }\n      deals(first: $first) { id name kind announced }\n    }\n  }\n"): typeof import('./graphql').TimelineOrganizationDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TimelineAll($first: Int!) {\n    deals(first: $first, orderBy: ANNOUNCED_DESC) { totalCount edges { node { id name kind announced } } }\n    people(first: $first) { totalCount edges { node { name hires(first: 5) { id person { id name } organization { id name } from { id name } date dateInferred } } } }\n  }\n"): typeof import('./graphql').TimelineAllDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SitesMap($first: Int!) {\n    sites(first: $first) {\n      totalCount\n      edges { node { id name status location { city region country } capacity { ...PowerFields } project { id name } } }\n    }\n  }\n"): typeof import('./graphql').SitesMapDocument;


export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}
