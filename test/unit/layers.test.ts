/**
 * The layers point one way, and the lint rule (eslint-plugin-boundaries in eslint.config.mjs) is what says so: a
 * wrong arrow fails `npm run lint`, so `npm test`. These cases pin the rule itself, so a config change that
 * silently allows everything fails here.
 */
import { execFileSync } from 'node:child_process';
import path from 'node:path';

const ROOT = path.resolve(__dirname, '..', '..');

// ESLint loads its flat config with a dynamic import, which jest's CommonJS runtime cannot do: lint in a child node.
const LINT = `
const { ESLint } = require('eslint');
const cases = JSON.parse(process.argv[1]);
(async () => {
  const eslint = new ESLint({ cwd: process.cwd() });
  const out = [];
  for (const c of cases) {
    const [result] = await eslint.lintText(c.code, { filePath: require('node:path').join(process.cwd(), c.file) });
    out.push(result.messages.filter((m) => m.ruleId === 'boundaries/element-types').map((m) => m.message));
  }
  process.stdout.write(JSON.stringify(out));
})();`;

/** The boundary messages ESLint gives `code` as if it were the file `file`. */
function boundaryErrors(file: string, code: string): string[] {
  const [messages] = JSON.parse(execFileSync(process.execPath, ['-e', LINT, JSON.stringify([{ file, code }])], { cwd: ROOT, encoding: 'utf8' })) as string[][];
  return messages;
}

describe('import boundaries', () => {
  it.each([
    ['a resolver importing a store', 'src/resolvers/Zz.ts', "import { createStores } from '../stores/stores';\nexport const x = createStores;\n"],
    ['the domain importing the loaders', 'src/domain/zz.ts', "import { createLoaders } from '../service/loaders';\nexport const x = createLoaders;\n"],
    ['the model importing anything', 'src/model/zz.ts', "import { normalizeName } from '../domain/names';\nexport const x = normalizeName;\n"],
    ['a store importing the read service', 'src/stores/zz.ts', "import { createKbService } from '../service/read-service';\nexport const x = createKbService;\n"],
  ])('refuses %s', (_what, file, code) => {
    expect(boundaryErrors(file, code)).toHaveLength(1);
  });

  it.each([
    ['a resolver importing the read service', 'src/resolvers/Zz.ts', "import type { KbService } from '../service/read-service';\nexport type X = KbService;\n"],
    ['a store importing the model and the domain', 'src/stores/zz.ts', "import { ENTITY_LABELS } from '../model/graph-model';\nimport { normalizeName } from '../domain/names';\nexport const x = [ENTITY_LABELS, normalizeName];\n"],
  ])('allows %s', (_what, file, code) => {
    expect(boundaryErrors(file, code)).toEqual([]);
  });
});
