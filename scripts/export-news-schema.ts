/**
 * Writes seed/news.schema.json from the zod types in src/ingest/news-schema.ts,
 * so editors validate curated files as you type. `--check` fails when the
 * committed file is out of date (the tests run it).
 */
import fs from 'node:fs';
import path from 'node:path';
import { newsSchemaJson } from '../src/ingest/news-json-schema';

const target = path.resolve(__dirname, '..', 'seed', 'news.schema.json');
const text = `${JSON.stringify(newsSchemaJson(), null, 2)}\n`;
if (process.argv.includes('--check')) {
  if (!fs.existsSync(target) || fs.readFileSync(target, 'utf8') !== text) {
    process.stderr.write('seed/news.schema.json is out of date: run npm run schema:export\n');
    process.exit(1);
  }
} else {
  fs.writeFileSync(target, text);
  process.stdout.write(`wrote ${path.relative(process.cwd(), target)}\n`);
}
