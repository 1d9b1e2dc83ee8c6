/**
 * withoutSuggestions (src/hide-suggestions.ts) removes every form of
 * graphql-js's "Did you mean …?" and leaves every other message alone.
 */
import { withoutSuggestions } from '../../src/hide-suggestions';

describe('withoutSuggestions', () => {
  it.each([
    ['Cannot query field "stat" on type "Query". Did you mean "stats"?', 'Cannot query field "stat" on type "Query".'],
    ['Unknown argument "frist" on field "Query.deals". Did you mean "first" or "filter"?', 'Unknown argument "frist" on field "Query.deals".'],
    ['Unknown type "Dea". Did you mean "Deal", "DealParty", "DealOrder", "DealFilter", or "DealStatus"?', 'Unknown type "Dea".'],
    ['Value "ANNUALIZED_USD" does not exist in "DealOrder" enum. Did you mean the enum value "ANNUALIZED_USD_DESC" or "ANNUALIZED_USD_ASC"?', 'Value "ANNUALIZED_USD" does not exist in "DealOrder" enum.'],
    ['Cannot query field "name" on type "Entity". Did you mean to use an inline fragment on "Organization"?', 'Cannot query field "name" on type "Entity".'],
  ])('hides the suggestion in %j', (message, hidden) => {
    expect(withoutSuggestions(message)).toBe(hidden);
  });

  it('leaves a message without suggestions as it is', () => {
    expect(withoutSuggestions('first must be an integer between 0 and 100; got 500.')).toBe('first must be an integer between 0 and 100; got 500.');
  });
});
