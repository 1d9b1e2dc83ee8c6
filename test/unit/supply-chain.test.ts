import fs from 'node:fs';
import path from 'node:path';

const lock = JSON.parse(fs.readFileSync(path.resolve(__dirname, '..', '..', 'package-lock.json'), 'utf8')) as { packages: Record<string, { version?: string }> };

function atLeast(version: string, floor: string): boolean {
  const a = version.split('.').map(Number);
  const b = floor.split('.').map(Number);
  for (let i = 0; i < 3; i += 1) if (a[i] !== b[i]) return a[i] > b[i];
  return true;
}

describe('package-lock.json', () => {
  it.each([
    ['graphql', '16.8.1'],
    ['@escape.tech/graphql-armor', '3.2.0'],
  ])('pins %s at or above %s', (name, floor) => {
    const version = lock.packages[`node_modules/${name}`]?.version;
    expect(version).toBeDefined();
    expect(atLeast(version as string, floor)).toBe(true);
  });

  it('keeps graphql on major version 16', () => {
    expect(lock.packages['node_modules/graphql'].version?.startsWith('16.')).toBe(true);
  });
});
