/**
 * Curator audit: every quote in the corpus must appear verbatim in the research dossier or the seed article,
 * the only sources of the corpus (`../shared/research`, `../shared/seeds`, or the folders given with --sources).
 * Whitespace, typographic quotes and apostrophes are compared loosely; words are not.
 *   npx tsx scripts/audit-quotes.ts [--sources dir ...] [files or folders]
 */
import fs from 'node:fs';
import path from 'node:path';
import { prepareFile } from '../src/ingest/prepare';
import { listNewsFiles } from '../src/ingest/read-file';

const args = process.argv.slice(2);
const sourceDirs: string[] = [];
const targets: string[] = [];
for (let i = 0; i < args.length; i++) {
  if (args[i] === '--sources') sourceDirs.push(args[++i]);
  else targets.push(args[i]);
}
const root = path.resolve(__dirname, '..');
if (sourceDirs.length === 0) sourceDirs.push(path.join(root, '..', 'shared', 'research'), path.join(root, '..', 'shared', 'seeds'));

const loose = (text: string) => text.normalize('NFC').replace(/[’‘`´]/g, "'").replace(/[“”«»„]/g, '"').replace(/\s+/g, ' ').replace(/…/g, '...').trim().toLowerCase();
const corpus = loose(sourceDirs.flatMap((dir) => (fs.existsSync(dir) ? fs.readdirSync(dir).map((f) => fs.readFileSync(path.join(dir, f), 'utf8')) : [])).join('\n'));
if (corpus.length === 0) {
  process.stderr.write(`no sources found in ${sourceDirs.join(', ')}\n`);
  process.exit(2);
}

let bad = 0;
let count = 0;
for (const file of listNewsFiles(targets.length > 0 ? targets : [path.join(root, 'seed', 'news')])) {
  const prepared = prepareFile(file);
  if (!prepared.ok) {
    process.stdout.write(`${file}: invalid, run npm run ingest -- --dry-run\n`);
    bad++;
    continue;
  }
  for (const support of prepared.plan.supports) {
    const quotes = [
      ...(support.quote ? [['(exists)', support.quote]] : []),
      ...Object.entries(support.evidence).flatMap(([field, evidence]) => (evidence.quote ? [[field, evidence.quote]] : [])),
    ];
    for (const [field, quote] of quotes) {
      count++;
      if (!corpus.includes(loose(quote))) {
        bad++;
        process.stdout.write(`${file}: ${support.target} ${field}: quote not found verbatim in the sources: "${quote}"\n`);
      }
    }
  }
}
process.stdout.write(`${count} quotes checked, ${bad} problems\n`);
process.exit(bad > 0 ? 1 : 0);
