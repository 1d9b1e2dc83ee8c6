/** Runs GraphQL operations in-process through yoga.fetch: no port, no network. */
import { createServer, type KbServer } from '../../src/server';
import type { TestDb } from './db';

export interface GraphQLResponse<T = any> {
  status: number;
  data?: T;
  errors?: Array<{ message: string; path?: string[]; extensions?: Record<string, any> }>;
  extensions?: Record<string, any>;
}

export function createTestServer(testDb: TestDb, options: { adminToken?: string } = {}) {
  const config = { ...testDb.config, adminToken: options.adminToken ?? testDb.config.adminToken };
  const logs: string[] = [];
  const yoga: KbServer = createServer({ db: testDb.db, config, log: (line) => logs.push(line), exposeRoundTrips: true });
  async function gql<T = any>(query: string, variables?: Record<string, unknown>, headers: Record<string, string> = {}): Promise<GraphQLResponse<T>> {
    const response = await yoga.fetch('http://kb.test/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
      body: JSON.stringify({ query, variables }),
    });
    return { status: response.status, ...(await response.json()) };
  }
  return { yoga, gql, logs };
}
