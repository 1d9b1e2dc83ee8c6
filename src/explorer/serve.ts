/**
 * Serves the built explorer (explorer/dist/) under /explore: index.html for
 * /explore and /explore/, the hashed assets under /explore/assets/. GET and
 * HEAD only; paths are decoded once and must stay inside dist (no `..`, no
 * backslashes, no NUL); anything else under /explore is a 404. The page gets
 * a Content-Security-Policy that allows its own origin only, so the explorer
 * can talk to /graphql and nothing else.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Plugin } from 'graphql-yoga';
import { EXPLORER_DIST } from './build';

const PREFIX = '/explore';

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.txt': 'text/plain; charset=utf-8',
};

export const EXPLORER_CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "frame-ancestors 'none'",
  "form-action 'self'",
].join('; ');

/** The file under `root` that `pathname` (already under /explore) names, or null when it may not be served. */
export function resolveExplorerFile(root: string, pathname: string): string | null {
  let rest: string;
  try {
    rest = decodeURIComponent(pathname.slice(PREFIX.length));
  } catch {
    return null;
  }
  if (rest === '' || rest === '/') rest = '/index.html';
  if (!rest.startsWith('/') || rest.includes('\0') || rest.includes('\\')) return null;
  const segments = rest.split('/').slice(1);
  if (segments.some((s) => s === '..' || s === '.' || s === '' || s.startsWith('.'))) return null;
  const file = path.resolve(root, ...segments);
  return file.startsWith(root + path.sep) ? file : null;
}

export function explorerPlugin(options: { dist?: string } = {}): Plugin {
  const root = path.resolve(options.dist ?? EXPLORER_DIST);
  return {
    async onRequest({ url, request, endResponse, fetchAPI }) {
      if (url.pathname !== PREFIX && !url.pathname.startsWith(`${PREFIX}/`)) return;
      const text = (status: number, body: string, headers: Record<string, string> = {}) =>
        endResponse(new fetchAPI.Response(body, { status, headers: { 'content-type': 'text/plain; charset=utf-8', 'x-content-type-options': 'nosniff', ...headers } }));
      if (request.method !== 'GET' && request.method !== 'HEAD') return text(405, 'Method not allowed\n', { allow: 'GET, HEAD' });
      const file = resolveExplorerFile(root, url.pathname);
      if (!file) return text(404, 'Not found\n');
      let body: Buffer;
      try {
        const stat = await fs.promises.stat(file);
        if (!stat.isFile()) return text(404, 'Not found\n');
        body = await fs.promises.readFile(file);
      } catch {
        if (file === path.join(root, 'index.html')) return text(503, 'The explorer is not built yet: run `npm run explorer:build` (npm start builds it).\n');
        return text(404, 'Not found\n');
      }
      const ext = path.extname(file).toLowerCase();
      const headers: Record<string, string> = {
        'content-type': CONTENT_TYPES[ext] ?? 'application/octet-stream',
        'content-length': String(body.length),
        'x-content-type-options': 'nosniff',
        // Vite names assets by content hash: they never change. index.html must be revalidated.
        'cache-control': file.startsWith(path.join(root, 'assets') + path.sep) ? 'public, max-age=31536000, immutable' : 'no-cache',
      };
      if (ext === '.html') {
        headers['content-security-policy'] = EXPLORER_CSP;
        headers['referrer-policy'] = 'no-referrer';
      }
      endResponse(new fetchAPI.Response(request.method === 'HEAD' ? null : new Uint8Array(body), { status: 200, headers }));
    },
  };
}
