import fs from 'node:fs';

export default async function globalTeardown(): Promise<void> {
  const embedded = globalThis.__KB_EMBEDDED__;
  if (!embedded) return;
  await embedded.neo4j.stop();
  fs.rmSync(embedded.dataDir, { recursive: true, force: true });
  fs.rmSync(`${embedded.dataDir}.seeded.json`, { force: true });
}
