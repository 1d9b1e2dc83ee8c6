/**
 * The explorer's front end: `npm run explorer:build` (or the first `npm start`) writes explorer/dist/,
 * which src/explorer/serve.ts serves under /explore. Everything is bundled: no CDN, no web fonts.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

const here = path.dirname(fileURLToPath(import.meta.url));

export default defineConfig({
  root: here,
  base: '/explore/',
  logLevel: 'warn',
  build: {
    outDir: path.resolve(here, 'dist'),
    emptyOutDir: true,
    target: 'es2022',
    sourcemap: false,
    chunkSizeWarningLimit: 800,
  },
});
