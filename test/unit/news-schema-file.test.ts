import { spawnSync } from 'node:child_process';
import path from 'node:path';

const ROOT = path.resolve(__dirname, '..', '..');

describe('seed/news.schema.json', () => {
  it('matches the zod types it is generated from', () => {
    const result = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/export-news-schema.ts', '--check'], { cwd: ROOT, encoding: 'utf8' });
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
  });
});

describe('npm run ingest -- --dry-run seed/news', () => {
  it('finds no problem in the seed corpus', () => {
    const result = spawnSync(process.execPath, ['--import', 'tsx', 'src/ingest/cli.ts', '--dry-run', 'seed/news'], { cwd: ROOT, encoding: 'utf8' });
    expect(result.stdout).toMatch(/0 with problems/);
    expect(result.status).toBe(0);
  });
});
