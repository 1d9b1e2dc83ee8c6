/**
 * The generated GraphQL types are committed, so they must be what codegen.ts generates today from schema.graphql
 * and the documents. Every target of codegen.ts is regenerated in memory (`generate(config, false)` writes
 * nothing) and each output is compared byte for byte with the committed file; a target whose output is a folder
 * must also hold no file that codegen no longer writes.
 *
 * The generator runs in a child Node process: @graphql-codegen/cli loads ESM-only dependencies (yargs) that
 * Jest's CommonJS module system cannot require. The child imports codegen.ts itself, so hooks or functions in
 * the config behave as they do under `npm run codegen`.
 */
import { execFile } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import config from '../../codegen';

const ROOT = path.resolve(__dirname, '..', '..');
const FIX = 'run `npm run codegen` and commit the result';
const targets = Object.keys(config.generates);

type Outputs = Record<string, Array<{ filename: string; content: string }>>;

/** Runs `generate` for each target of codegen.ts without writing files; returns each target's outputs. */
async function generateInMemory(): Promise<Outputs> {
  const script = `
    import { generate } from '@graphql-codegen/cli';
    const loaded = await import(${JSON.stringify(pathToFileURL(path.join(ROOT, 'codegen.ts')).href)});
    const config = loaded.default.default ?? loaded.default;
    const outputs = {};
    for (const target of Object.keys(config.generates)) {
      const files = await generate({ ...config, generates: { [target]: config.generates[target] }, cwd: ${JSON.stringify(ROOT)}, silent: true }, false);
      outputs[target] = files.map(({ filename, content }) => ({ filename, content }));
    }
    process.stdout.write(JSON.stringify(outputs));
  `;
  const { stdout } = await promisify(execFile)(process.execPath, ['--import', 'tsx', '--input-type=module', '--eval', script], { cwd: ROOT, maxBuffer: 64 * 1024 * 1024 });
  return JSON.parse(stdout) as Outputs;
}

/** Files under a folder, relative to the repository root. */
function filesUnder(dir: string): string[] {
  if (!fs.existsSync(dir)) return [];
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    return entry.isDirectory() ? filesUnder(full) : [path.relative(ROOT, full)];
  });
}

describe('generated GraphQL types', () => {
  let outputs: Outputs;

  beforeAll(async () => {
    outputs = await generateInMemory();
  }, 120_000);

  it('codegen.ts has at least one target', () => {
    expect(targets.length).toBeGreaterThan(0);
    expect(Object.keys(outputs).sort()).toEqual([...targets].sort());
  });

  it.each(targets)('%s is what codegen generates from schema.graphql and the documents', (target) => {
    const files = outputs[target];
    expect(files.length).toBeGreaterThan(0);
    const problems: string[] = [];
    const generated = new Set<string>();
    for (const output of files) {
      const file = path.relative(ROOT, path.resolve(ROOT, output.filename));
      generated.add(file);
      const committed = fs.existsSync(path.join(ROOT, file)) ? fs.readFileSync(path.join(ROOT, file), 'utf8') : null;
      if (committed === null) problems.push(`${file} is missing`);
      else if (committed !== output.content) problems.push(`${file} differs from what codegen generates`);
    }
    if (target.endsWith('/')) {
      for (const file of filesUnder(path.join(ROOT, target))) {
        if (!generated.has(file)) problems.push(`${file} is no longer generated`);
      }
    }
    if (problems.length) throw new Error(`The generated GraphQL types are stale: ${FIX}.\n  ${problems.join('\n  ')}`);
  });
});
