/**
 * docker-compose.yml cannot run here (no Docker engine, and Neo4j Enterprise is not on Maven Central), so it is at
 * least validated: dclint checks it against the Compose schema and its best-practice rules, with no warning allowed.
 */
import { execFileSync } from 'node:child_process';
import path from 'node:path';

const ROOT = path.resolve(__dirname, '..', '..');

describe('docker-compose.yml', () => {
  it('passes dclint (the Compose schema and its rules) with no error and no warning', () => {
    const run = () => execFileSync(process.execPath, [path.join(ROOT, 'node_modules', 'dclint', 'bin', 'dclint.cjs'), 'docker-compose.yml', '--max-warnings', '0'], { cwd: ROOT, encoding: 'utf8', stdio: 'pipe' });
    expect(run).not.toThrow();
  });
});
