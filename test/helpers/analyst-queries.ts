/** Questions an analyst asks that the default limits must let through (test/unit/analyst-queries.test.ts). */

/** A deals table: 50 deals, each value with who reports it, each party with its roles and who states each. */
export const DEALS_WITH_CLAIMS = `{ deals(first: 50) { totalCount edges { node { id name kind status announced
  value { amount currency period qualifier } annualizedUsd
  valueClaims { value { amount period qualifier } evidence { quote article { publisher originalOutlet publishedAt } } }
  parties { roles organization { id name } roleClaims { role evidence { quote article { publisher } } } } } } } }`;
