/**
 * The explorer's front end: `npm run explorer:build` (or the first `npm start`) writes explorer/dist/,
 * which src/explorer/serve.ts serves under /explore. Everything is bundled: no CDN, no web fonts.
 */
import path from 'node:path';
import { defineConfig } from 'vite';

export default defineConfig({
  root: __dirname,
  base: '/explore/',
  logLevel: 'warn',
  build: {
    outDir: path.resolve(__dirname, 'dist'),
    emptyOutDir: true,
    target: 'es2022',
    sourcemap: false,
    chunkSizeWarningLimit: 800,
  },
});
