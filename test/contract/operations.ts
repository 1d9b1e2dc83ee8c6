/** The acceptance contract of issue 3: these exact operations must validate and answer from the seed corpus. */
export const OPERATIONS = {
  openaiHires: `{ organization(name: "OpenAI") { id name hires { person { name } from { name } title date evidence { quote article { title url publishedAt language } } } } }`,
  lazarov: `{ person(name: "spas lazarov") { name employments { organization { name } title start end current tenure { years qualifier } tenureClaims { value { years qualifier } evidence { article { title } } } } memberships { organization { name } role } } }`,
  talentFlow: `{ talentFlow(to: "OpenAI") { from { name } count people { name } } }`,
  oracleDeals: `{ deals(filter: { party: "Oracle", minAnnualizedUsd: 10000000000 }, first: 10) { totalCount edges { cursor node { name kind status parties { organization { name } roles } value { amount currency period qualifier estimated } annualizedUsd valueClaims { value { amount currency period qualifier } evidence { article { title publishedAt } } } project { name } } } pageInfo { hasNextPage endCursor } } }`,
  stargate: `{ project(name: "Stargate") { name partners { organization { name } roles } sites { name location { city region country } status capacity { megawatts qualifier basis } } plannedMegawatts { megawatts qualifier sites sitesWithFigure } } }`,
  capacityByCountry: `{ capacity(groupBy: COUNTRY) { key megawatts qualifier sites sitesWithFigure } }`,
  voltageParkToOracle: `{ connections(from: "Voltage Park", to: "Oracle", maxHops: 4) { steps { from { __typename name } relation to { __typename name } evidence { quote article { title } } } } }`,
  softbankPartners: `{ organization(name: "SoftBank") { partners { organization { name } via { __typename ... on Project { name } ... on Deal { name } } } } }`,
  searchLazarov: `{ search(text: "Lazarov", first: 5) { __typename ... on Person { name } ... on Organization { name } ... on Article { title } } }`,
  articles: `{ articles(first: 5) { totalCount edges { node { title language publishedAt mentions { __typename name } } } } }`,
} as const;
