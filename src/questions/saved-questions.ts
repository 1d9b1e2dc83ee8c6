/**
 * The analyst questions of the README's "Asking questions", as persisted operations: `GET /q/<name>` runs one, its
 * variables given as query parameters (each with the README's value as its default). The documents are the README's,
 * with the literal arguments lifted into variables.
 */
export const SAVED_QUESTIONS = {
  openaiHires: /* GraphQL */ `query openaiHires($organization: String! = "OpenAI") {
  organization(name: $organization) { hires { person { name } from { name } date evidence { quote article { publisher publishedAt } } } }
}`,
  dealValue: /* GraphQL */ `query dealValue($deal: String! = "Oracle OpenAI cloud contract") {
  deal(name: $deal) { value { amount period qualifier } annualizedUsd
    valueClaims { value { amount period qualifier } evidence { article { publisher originalOutlet publishedAt } } } }
}`,
  capacity: /* GraphQL */ `query capacity($groupBy: CapacityGroupBy! = COUNTRY) {
  capacity(groupBy: $groupBy) { key megawatts qualifier sites sitesWithFigure }
}`,
  connections: /* GraphQL */ `query connections($from: String! = "Voltage Park", $to: String! = "Oracle", $maxHops: Int = 4, $first: Int = 1) {
  connections(from: $from, to: $to, maxHops: $maxHops, first: $first) { hops steps { from { name } relation to { name } evidence { quote article { title } } } }
}`,
  tenure: /* GraphQL */ `query tenure($person: String! = "spas lazarov") {
  person(name: $person) { employments { organization { name } tenure { years qualifier } tenureClaims { value { years qualifier } evidence { article { publisher } } } } }
}`,
  projectRoles: /* GraphQL */ `query projectRoles($project: String! = "Stargate") {
  project(name: $project) { partners(first: 50) { organization { name } roles roleClaims { role evidence { quote article { publisher } } } } }
}`,
  dealTotals: /* GraphQL */ `query dealTotals($groupBy: [DealDimension!]! = [PARTY, ROLE], $first: Int = 5) {
  dealStats(groupBy: $groupBy, orderBy: TOTAL_USD_DESC, first: $first) { edges { node { key { dimension value organization { name } } count
    totalValue { usd qualifier inputs coverage { withFigure of } } annualizedValue { usd qualifier } } } }
}`,
} as const;

export type SavedQuestionName = keyof typeof SAVED_QUESTIONS;

export function isSavedQuestion(name: string): name is SavedQuestionName {
  return Object.prototype.hasOwnProperty.call(SAVED_QUESTIONS, name);
}
