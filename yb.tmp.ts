import { prepareText } from './src/ingest/prepare';
const n = Number(process.argv[2]);
const kind = process.argv[3];
let text = '';
if (kind === 'block') text = Array.from({length: n}, (_, i) => ' '.repeat(i) + '- ').join('\n') + 'x';
if (kind === 'blockmap') text = Array.from({length: n}, (_, i) => ' '.repeat(i) + 'k:').join('\n') + ' x';
if (kind === 'flow') text = '['.repeat(n) + ']'.repeat(n);
if (kind === 'flowmap') text = '{a: '.repeat(n) + 'x' + '}'.repeat(n);
if (kind === 'json') text = '['.repeat(n) + ']'.repeat(n);
if (kind === 'jsonobj') text = '{"a":'.repeat(n) + '1' + '}'.repeat(n);
const t = Date.now();
try { const r = prepareText(kind.startsWith('json') ? 'd.json' : 'd.yaml', text); console.log(kind, n, text.length, r.ok ? 'ok' : JSON.stringify(r.problems).slice(0, 200), Date.now() - t, 'ms'); }
catch (e) { console.log(kind, n, text.length, 'THROWS', (e as Error).name, (e as Error).message.slice(0, 150), Date.now() - t, 'ms'); }
