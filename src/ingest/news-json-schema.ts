import { z } from 'zod';
import { newsFileInput } from './news-schema';

/** The JSON Schema of a curated news file, generated from the zod types (input side: what a curator writes). */
export function newsSchemaJson(): Record<string, unknown> {
  const schema = z.toJSONSchema(newsFileInput, { io: 'input', unrepresentable: 'any', target: 'draft-2020-12' }) as Record<string, unknown>;
  return { $id: 'https://ai-infra-kb.local/news.schema.json', title: 'Curated news file', ...schema };
}
