/**
 * Every `extensions.code` the API can emit has a row in the README's error
 * table (Security and operations), and the table names no code nothing emits:
 * ours, found in src/, and the ones graphql-yoga adds itself.
 */
import fs from 'node:fs';
import path from 'node:path';

const ROOT = path.resolve(__dirname, '..', '..');

/** Codes Yoga sets on its own errors that reach our clients (its body-size code is replaced by ours). */
const YOGA_CODES = ['BAD_REQUEST', 'OPERATION_RESOLUTION_FAILURE', 'GRAPHQL_PARSE_FAILED', 'GRAPHQL_VALIDATION_FAILED', 'INTERNAL_SERVER_ERROR'];

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'generated' ? [] : sourceFiles(full);
    return entry.name.endsWith('.ts') ? [full] : [];
  });
}

function codesInSource(): Set<string> {
  const codes = new Set<string>();
  const patterns = [/code: '([A-Z_]+)'/g, /limitError\('([A-Z_]+)'/g, /refusal\(fetchAPI, \d+, '([A-Z_]+)'/g];
  for (const file of sourceFiles(path.join(ROOT, 'src'))) {
    const text = fs.readFileSync(file, 'utf8');
    for (const pattern of patterns) for (const match of text.matchAll(pattern)) codes.add(match[1]);
  }
  return codes;
}

function codesInReadme(): string[] {
  const readme = fs.readFileSync(path.join(ROOT, 'README.md'), 'utf8');
  const table = readme.slice(readme.indexOf('**Error codes.**'), readme.indexOf('Without a code:'));
  return [...table.matchAll(/^\| `([A-Z_]+)` \|/gm)].map((m) => m[1]);
}

describe('the README error table', () => {
  it('finds the codes in src/ (the scan is not empty)', () => {
    expect([...codesInSource()]).toEqual(expect.arrayContaining(['UNAUTHENTICATED', 'BAD_USER_INPUT', 'COST_LIMIT', 'CSRF_HEADER_REQUIRED', 'PAYLOAD_TOO_LARGE']));
  });

  it('has one row for every code the API emits, and no other', () => {
    const emitted = [...new Set([...codesInSource(), ...YOGA_CODES])].sort();
    const documented = codesInReadme();
    expect(new Set(documented).size).toBe(documented.length);
    expect([...documented].sort()).toEqual(emitted);
  });
});
