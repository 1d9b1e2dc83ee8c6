/**
 * Cypher takes values only as $parameters: no template interpolation or string
 * concatenation in Cypher text anywhere in src/. Labels, relationship types
 * and sort orders are static text (chosen with CASE/FOREACH or an allow-listed
 * enum passed as a parameter), so there is no allow-list helper to exempt.
 */
import fs from 'node:fs';
import path from 'node:path';

const SRC = path.resolve(__dirname, '..', '..', 'src');
const CYPHER = /\b(MATCH|MERGE|CREATE|RETURN|UNWIND|DETACH|DELETE|CALL|FOREACH|OPTIONAL MATCH)\b/;

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    return entry.isDirectory() ? sourceFiles(full) : entry.name.endsWith('.ts') ? [full] : [];
  });
}

/** Template literals and quoted strings that read as Cypher and are built from pieces. */
export function findCypherInterpolation(text: string): string[] {
  const problems: string[] = [];
  for (const match of text.matchAll(/`(?:[^`\\]|\\.)*`/gs)) {
    if (CYPHER.test(match[0]) && match[0].includes('${')) problems.push(match[0].slice(0, 80));
  }
  for (const match of text.matchAll(/(['"`])(?:(?!\1)[^\\]|\\.)*\1\s*\+|\+\s*(['"`])(?:(?!\2)[^\\]|\\.)*\2/g)) {
    if (CYPHER.test(match[0])) problems.push(match[0].slice(0, 80));
  }
  return problems;
}

describe('Cypher in src/', () => {
  it('never interpolates or concatenates values into Cypher text', () => {
    const problems = sourceFiles(SRC).flatMap((file) => findCypherInterpolation(fs.readFileSync(file, 'utf8')).map((snippet) => `${path.relative(SRC, file)}: ${snippet}`));
    expect(problems).toEqual([]);
  });

  it('is caught by the scan when it does', () => {
    expect(findCypherInterpolation('const q = `MATCH (n {id: "${id}"}) RETURN n`;')).toHaveLength(1);
    expect(findCypherInterpolation("const q = 'MATCH (n:' + label + ') RETURN n';").length).toBeGreaterThan(0);
    expect(findCypherInterpolation('const q = `MATCH (n {id: $id}) RETURN n`;')).toHaveLength(0);
  });
});
