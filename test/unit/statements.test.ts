/**
 * Every statement built from the graph model, printed in full: a change to the model or the builder shows here as
 * the exact Cypher that changed (like neo4j/graphql's translation tests). Update with `npx jest -u` after review.
 */
import { BULK_STATEMENTS, DEAL_STATEMENTS, DEAL_VALUE_RANGE_STATEMENTS, INGEST_STATEMENTS, RELATION_STATEMENTS, SCHEMA_STATEMENTS, SHORTEST_PATH_AS_OF_STATEMENTS, SHORTEST_PATH_STATEMENTS } from '../../src/stores/statements';

const print = (statement: string) => `\n${statement.trim()}\n`;

describe('statements built from the graph model', () => {
  it.each(Object.entries(RELATION_STATEMENTS))('relation %s', (_name, statement) => {
    expect(print(statement)).toMatchSnapshot();
  });

  it.each(Object.entries(SHORTEST_PATH_STATEMENTS))('shortest paths of at most %s hops', (_hops, statement) => {
    expect(print(statement)).toMatchSnapshot();
  });

  it.each(Object.entries(SHORTEST_PATH_AS_OF_STATEMENTS))('shortest paths of at most %s hops, as of another time', (_hops, statement) => {
    expect(print(statement)).toMatchSnapshot();
  });

  it.each(Object.entries(INGEST_STATEMENTS))('ingest %s', (_name, statement) => {
    expect(print(statement)).toMatchSnapshot();
  });

  it.each(Object.entries(DEAL_VALUE_RANGE_STATEMENTS))('deals by value %s', (_order, statement) => {
    expect(print(statement)).toMatchSnapshot();
  });

  it.each([['list', DEAL_STATEMENTS.list], ['statsRows', DEAL_STATEMENTS.statsRows], ['candidates', DEAL_STATEMENTS.candidates], ['candidatesWithoutParties', DEAL_STATEMENTS.candidatesWithoutParties], ...Object.entries(DEAL_STATEMENTS.pages).map(([parent, statement]) => [`pages by ${parent}`, statement])])(
    'deals through the deal filter: %s',
    (_name, statement) => {
      expect(print(statement)).toMatchSnapshot();
    },
  );

  it('bulk writes of the benchmark generator', () => {
    expect(Object.fromEntries(Object.entries(BULK_STATEMENTS).map(([k, v]) => [k, typeof v === 'string' ? v : { ...v }]))).toMatchSnapshot();
  });

  it('schema', () => {
    expect(SCHEMA_STATEMENTS).toMatchSnapshot();
  });

  it('are frozen, so nothing can change a statement after load', () => {
    expect(Object.isFrozen(RELATION_STATEMENTS)).toBe(true);
    expect(Object.isFrozen(SHORTEST_PATH_STATEMENTS)).toBe(true);
    expect(Object.isFrozen(INGEST_STATEMENTS)).toBe(true);
    expect(Object.isFrozen(BULK_STATEMENTS.facts)).toBe(true);
    expect(Object.isFrozen(DEAL_STATEMENTS)).toBe(true);
    expect(Object.isFrozen(DEAL_STATEMENTS.pages)).toBe(true);
  });
});
