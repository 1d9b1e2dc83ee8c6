import type { Context } from '../../context';

type Args = { first?: number | null; after?: string | null; filter?: { language?: string | null; publisher?: string | null; reliability?: string | null; mentions?: string | null } | null };

export const articles = async (_: unknown, { first, after, filter }: Args, { kb, stores }: Context) => {
  const mentions = await kb.filterId(null, filter?.mentions);
  const query = {
    language: filter?.language ?? null,
    publisher: filter?.publisher ?? null,
    reliability: filter?.reliability ?? null,
    mentionsId: mentions.id,
    mentionsGiven: mentions.given,
  };
  return kb.page(first, after, (skip, size) => stores.queries.listArticles(query, skip, size));
};
