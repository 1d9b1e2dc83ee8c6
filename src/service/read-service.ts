/**
 * The read service: every root field of the API comes through here, between thin resolvers and the stores. It holds
 * the rules of reading: name resolution, paging and cursors, filters, search-text escaping, hop limits, capacity
 * grouping. Relation fields of a type go through the loaders instead (src/service/loaders.ts).
 */
import { ARTICLE_LABEL, REFERENCES, type CapacityGroupBy, type EntityLabel } from '../model/graph-model';
import { groupCapacity } from '../domain/capacity';
import { normalizeName } from '../domain/names';
import { pathSteps, type PathStep } from '../domain/paths';
import { closestNames } from '../domain/closest-names';
import { FUZZY_MIN_LENGTH, matchingTexts, STOP_WORDS } from '../domain/search-match';
import { BadUserInputError, NotFoundError } from '../errors';
import { LIMITS, checkLimit } from '../limits';
import type { Page, SearchMatch } from '../stores/query-store';
import type { NodeRow, SupportRow } from '../domain/rows';
import type { ChangeRow } from '../domain/change-events';
import { asKnownAt } from '../domain/as-of';
import { byMegawatts, byName, nameContains } from '../domain/root-lists';
import { isPartialDate } from '../domain/partial-dates';
import type { Stores } from '../stores/stores';
import type { Loaders } from './loaders';
import { createDealService } from './deal-service';
import { pageSlice, toConnection, type Connection, type PageArgs } from './pages';
import type {
  QueryArticlesArgs, QueryChangesArgs, QueryConnectionsArgs, QueryOrganizationsArgs, QueryPeopleArgs, QueryProjectsArgs, QuerySitesArgs,
} from '../generated/resolvers';

export { decodeCursor, encodeCursor, type Connection } from './pages';

/** Normalized characters a name needs before it may match as the prefix of another ("ab" matches nothing by prefix). */
export const MIN_PREFIX_LENGTH = 3;
/** Names a NOT_FOUND message lists at most. */
const MAX_SUGGESTIONS = 5;
/** Characters of the asked name a NOT_FOUND message repeats at most. */
const SHOWN_NAME_LENGTH = 100;

/** Lucene's standard tokenizer cuts a longer token into pieces of this length. */
const LUCENE_MAX_TOKEN_LENGTH = 255;
/** Ideographs and hiragana: the standard tokenizer makes each character a token of its own. */
const IDEOGRAPH = String.raw`[\p{sc=Han}\p{sc=Hiragana}]`;
const WORD_CHAR = String.raw`(?:(?!${IDEOGRAPH})[\p{L}\p{M}\p{N}\p{Pc}])`;
/**
 * A token as the standard tokenizer (Unicode word boundaries, UAX #29) cuts it: an ideograph alone, or a run of
 * letters, digits and connectors that may hold one `.`, `'`, `’` or `:` between two letters, or one `.`, `,`, `;`,
 * `'` or `’` between two digits ("U.S", "OpenAI's", "1,000", "3.5"). Everything else separates tokens.
 */
const TOKEN = new RegExp(
  String.raw`${IDEOGRAPH}|${WORD_CHAR}+(?:(?:(?<=[\p{L}\p{M}])[.'’:](?=[\p{L}\p{M}])|(?<=\p{N})[.,;'’](?=\p{N}))${WORD_CHAR}+)*`,
  'gu',
);

const UTC_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,3})?)?Z$/;

/**
 * `since` of the change feed as the feed's own time format compares: a partial date stays as written (it sorts before
 * every time of its first day), a UTC time becomes ISO 8601 with milliseconds, like the times the feed records.
 */
export function changeSince(since: string | null | undefined): string | null {
  if (since === null || since === undefined) return null;
  if (isPartialDate(since)) return since;
  const time = UTC_TIME.test(since) ? new Date(since) : null;
  // A day that does not exist (2026-02-30T…) rolls over in Date: refused, not moved.
  if (!time || Number.isNaN(time.getTime()) || time.toISOString().slice(0, 10) !== since.slice(0, 10)) {
    throw new BadUserInputError('since must be a date (2026-12-01) or a UTC time (2026-12-01T09:30:00Z).', { argument: 'since' });
  }
  return time.toISOString();
}

/** Checks the length of a search text (after NFKC, which can lengthen it); returns it normalized. */
export function checkSearchText(text: string): string {
  const max = LIMITS.searchText.max;
  // Code points, counted only when the UTF-16 length could be over the cap; a 900 KB text is refused before NFKC.
  const tooLong = (value: string) => value.length > max && (value.length > 2 * max || [...value].length > max);
  const normalized = tooLong(text) ? null : text.normalize('NFKC');
  if (normalized === null || tooLong(normalized)) {
    throw new BadUserInputError(`text must be at most ${max} characters.`, { argument: 'text', max });
  }
  return normalized;
}

/** Every character Lucene's query syntax gives a meaning to, each escaped with a backslash (`&&` and `||` by their halves). */
const LUCENE_SPECIAL = /[+\-&|!(){}[\]^"~*?:\\/]/g;

/** `text` with every Lucene special character escaped, so the query parser reads it as one literal term. */
export function escapeLucene(text: string): string {
  return text.replace(LUCENE_SPECIAL, (char) => `\\${char}`);
}

/**
 * Turns free text into a Lucene query in which every word must match (AND), each word as itself, as a prefix, or, from
 * FUZZY_MIN_LENGTH characters on, one edit away: `(lazar OR lazar* OR lazar~1)`; a stop word only as itself. The plain term keeps what the index's
 * analyzer does to the word (folding, stop words) for an exact match. Every word is escaped, so no text is query syntax.
 * The words are cut where Lucene's standard analyzer cuts them, so the cap of LIMITS.searchText.terms counts what
 * Lucene will search for (a text such as "a,b,c" is three terms to Lucene, not one) and a query can never reach
 * Lucene's clause limit. Null when the text holds no word.
 */
export function toLuceneQuery(text: string): string | null {
  const terms: string[] = [];
  const seen = new Set<string>();
  for (const [token] of text.normalize('NFKC').matchAll(TOKEN)) {
    // Connectors and marks alone ("_") are no token to the tokenizer.
    if (!/[\p{L}\p{N}]/u.test(token)) continue;
    for (let at = 0; at < token.length && terms.length < LIMITS.searchText.terms; at += LUCENE_MAX_TOKEN_LENGTH) {
      const piece = token.slice(at, at + LUCENE_MAX_TOKEN_LENGTH);
      // The analyzer lowercases, so "Org" and "org" are one term.
      if (seen.has(piece.toLowerCase())) continue;
      seen.add(piece.toLowerCase());
      // AND/OR/NOT/TO lowercased stay words, not operators.
      const word = escapeLucene(piece.replace(/^(AND|OR|NOT|TO)$/, (operator) => operator.toLowerCase()));
      const fuzzy = [...piece].length >= FUZZY_MIN_LENGTH ? ` OR ${word}~1` : '';
      terms.push(STOP_WORDS.has(piece.toLowerCase()) ? word : `(${word} OR ${word}*${fuzzy})`);
    }
    if (terms.length >= LIMITS.searchText.terms) break;
  }
  return terms.length > 0 ? terms.join(' AND ') : null;
}

/** A search hit: the node, its score within its kind of match, where it matched, and the quotes or notes it matched in. */
export interface SearchHitRow {
  node: NodeRow;
  score: number;
  matchedIn: SearchMatch;
  matchedTexts: string[];
}

/** The quotes and notes an article's claims on a node hold: each claim's own evidence and the edge's. */
function supportTexts(support: SupportRow): string[] {
  const texts = [support.quote, support.note, ...Object.values(support.evidence).flatMap((e) => [e.quote, e.note])];
  return texts.filter((text): text is string => typeof text === 'string' && text.trim() !== '');
}

export function createKbService(stores: Stores, loaders: Loaders) {
  async function findByName(type: EntityLabel, name: string): Promise<NodeRow | null> {
    const row = await stores.nodes.findEntityByName(type, name);
    if (row) loaders.prime([row]);
    return row;
  }

  /**
   * A root lookup by name: the exact name or alias, else the one entity a name or alias of which starts with it (at
   * least MIN_PREFIX_LENGTH normalized characters). Never null: no match, or a prefix several entities share, throws
   * NOT_FOUND with the closest names, or the entities the prefix begins. Filters keep to exact names (`findByName`).
   */
  async function resolveName(type: EntityLabel, name: string): Promise<NodeRow> {
    const exact = await findByName(type, name);
    if (exact) return exact;
    const norm = normalizeName(name);
    const shown = name.length > SHOWN_NAME_LENGTH ? `${name.slice(0, SHOWN_NAME_LENGTH)}…` : name;
    const asked = JSON.stringify(shown);
    const what = type.toLowerCase();
    if ([...norm].length >= MIN_PREFIX_LENGTH) {
      const matches = await stores.nodes.findEntitiesByNamePrefix(type, norm, MAX_SUGGESTIONS + 1);
      if (matches.length === 1) {
        loaders.prime([matches[0]]);
        return matches[0];
      }
      if (matches.length > 1) {
        const names = matches.slice(0, MAX_SUGGESTIONS).map((m) => String(m.name));
        const more = matches.length > MAX_SUGGESTIONS ? ', …' : '';
        throw new NotFoundError(`no single ${what} named ${asked}; candidates: ${names.join(', ')}${more}`, { type, name: shown, ambiguous: true, suggestions: names });
      }
    }
    const suggestions = norm ? closestNames(norm, await stores.nodes.listNameCandidates(type, norm), MAX_SUGGESTIONS) : [];
    const closest = suggestions.length > 0 ? `; closest: ${suggestions.join(', ')}` : '';
    throw new NotFoundError(`no ${what} named ${asked}${closest}`, { type, name: shown, ambiguous: false, suggestions });
  }

  async function entityId(type: EntityLabel | null, value: string): Promise<string | null> {
    if (type === null) return (await loaders.anyEntity.load(value))?.id ?? null;
    const byId = await loaders.node.load(value);
    if (byId && byId.type === type) return byId.id;
    return (await findByName(type, value))?.id ?? null;
  }

  /** Resolves an optional name-or-id filter; `given` tells "no filter" from "nothing matched". */
  async function filterId(type: EntityLabel | null, value: string | null | undefined): Promise<{ given: boolean; id: string | null }> {
    if (value === null || value === undefined) return { given: false, id: null };
    return { given: true, id: await entityId(type, value) };
  }

  /** A root list's page; under @asOf its statement kept what was known then, and each row shows as it was then. */
  async function page(args: PageArgs, fetch: (skip: number, first: number) => Promise<Page>): Promise<Connection> {
    const { skip, first } = pageSlice(args);
    const fetched = await fetch(skip, first);
    const { knownAt } = loaders.asOf();
    const rows = knownAt === null ? fetched.rows : fetched.rows.flatMap((row) => asKnownAt(row, knownAt) ?? []);
    return toConnection({ ...fetched, rows }, skip);
  }
  const knownAt = () => loaders.asOf().knownAt;

  /** A root list as of another time: its members known then, each as it was then, filtered, sorted and paged here. */
  async function pageAsOf(args: PageArgs, members: Promise<NodeRow[]>, keep: (row: NodeRow) => boolean, order: (a: NodeRow, b: NodeRow) => number): Promise<Connection> {
    const { skip, first } = pageSlice(args);
    const then = loaders.asOf().knownAt;
    const rows = (await members).flatMap((row) => asKnownAt(row, then) ?? []).filter(keep).sort(order);
    loaders.prime(rows);
    return toConnection({ total: rows.length, rows: rows.slice(skip, skip + first) }, skip);
  }

  const contains = (text: string | null | undefined) => (text ? normalizeName(text) : null);

  /**
   * Search hits with their relevance scores, best first: names (and articles' titles and summaries) before quotes and
   * notes. A hit found in quotes or notes carries those of its stored texts that hold the words, verbatim.
   * [] when the text holds no word or `first` is 0. One round trip.
   */
  async function searchHits(text: string, first: number | null | undefined): Promise<SearchHitRow[]> {
    const size = checkLimit('first', first, LIMITS.search);
    const normalized = checkSearchText(text);
    const query = toLuceneQuery(normalized);
    if (!query || size === 0) return [];
    const found = await stores.queries.search({ names: query, quotes: `quoteText:(${query})`, notes: `noteText:(${query})` }, size);
    for (const hit of found) loaders.prime([hit.node]);
    const hits = found.map((hit) => {
      const stored = hit.matchedIn === 'QUOTE' ? hit.node.quoteText : hit.matchedIn === 'NOTE' ? hit.node.noteText : null;
      const texts = Array.isArray(stored) ? stored.map(String) : [];
      return { ...hit, matchedTexts: matchingTexts(texts, normalized) };
    });
    const { knownAt } = loaders.asOf();
    if (knownAt === null) return hits;
    // As known at another day: entities known then, shown as they were then. Quotes and notes are indexed as they are
    // today, so a quote or note hit stays only with the texts that the node's own claims known then hold (one batched
    // read of its claims); a hit only through a fact around it is left out rather than shown too early.
    const kept = await Promise.all(hits.map(async (hit) => {
      const node = asKnownAt(hit.node, knownAt);
      if (!node) return null;
      if (hit.matchedIn === 'NAME') return { ...hit, node };
      const known = new Set((await loaders.supports.load(hit.node.id)).flatMap(supportTexts));
      const matchedTexts = hit.matchedTexts.filter((text) => known.has(text));
      return matchedTexts.length > 0 ? { ...hit, node, matchedTexts } : null;
    }));
    return kept.filter((hit): hit is SearchHitRow => hit !== null);
  }

  const deals = createDealService(stores, loaders, entityId);

  return {
    ...deals,

    /** Any node (entity, fact, article) by id; null when none. */
    node: (id: string) => loaders.node.load(id),

    async article(id: string): Promise<NodeRow | null> {
      const row = await loaders.node.load(id);
      return row && row.type === ARTICLE_LABEL ? row : null;
    },

    listOrganizations(args: QueryOrganizationsArgs): Promise<Connection> {
      const filter = { kind: args.filter?.kind ?? null, country: args.filter?.country ?? null, nameContains: contains(args.filter?.nameContains) };
      const then = knownAt();
      if (then !== null) {
        return pageAsOf(args, stores.queries.rootListAsOf('Organization', { knownAt: then }), (row) => (filter.kind === null || row.kind === filter.kind) && (filter.country === null || row.country === filter.country) && nameContains(row, filter.nameContains), byName);
      }
      return page(args, (skip, size) => stores.queries.listOrganizations(filter, skip, size));
    },

    async listPeople(args: QueryPeopleArgs): Promise<Connection> {
      const employer = await filterId('Organization', args.filter?.employer);
      const filter = { nameContains: contains(args.filter?.nameContains), employerId: employer.id, employerGiven: employer.given };
      const then = knownAt();
      if (then !== null) return pageAsOf(args, stores.queries.rootListAsOf('Person', { ...filter, knownAt: then }), (row) => nameContains(row, filter.nameContains), byName);
      return page(args, (skip, size) => stores.queries.listPeople(filter, skip, size));
    },

    listProjects(args: QueryProjectsArgs): Promise<Connection> {
      return page(args, (skip, size) => stores.queries.listProjects(knownAt(), skip, size));
    },

    async listSites(args: QuerySitesArgs): Promise<Connection> {
      const project = await filterId('Project', args.filter?.project);
      const organization = await filterId('Organization', args.filter?.organization);
      const filter = {
        country: args.filter?.country ?? null,
        status: args.filter?.status ?? null,
        projectId: project.id,
        projectGiven: project.given,
        organizationId: organization.id,
        organizationGiven: organization.given,
      };
      const then = knownAt();
      if (then !== null) {
        // The project as each site showed it then (its reference), the operator through facts known then (the statement).
        const keep = (row: NodeRow) => (filter.country === null || row.country === filter.country) && (filter.status === null || row.status === filter.status) && (!filter.projectGiven || (filter.projectId !== null && row[REFERENCES.project.idProperty] === filter.projectId));
        return pageAsOf(args, stores.queries.rootListAsOf('Site', { ...filter, knownAt: then }), keep, byMegawatts);
      }
      return page(args, (skip, size) => stores.queries.listSites(filter, skip, size));
    },

    async listArticles(args: QueryArticlesArgs): Promise<Connection> {
      const mentions = await filterId(null, args.filter?.mentions);
      const filter = {
        language: args.filter?.language ?? null,
        publisher: args.filter?.publisher ?? null,
        reliability: args.filter?.reliability ?? null,
        mentionsId: mentions.id,
        mentionsGiven: mentions.given,
        knownAt: knownAt(),
      };
      return page(args, (skip, size) => stores.queries.listArticles(filter, skip, size));
    },

    /** The change feed from `since` (a partial date or a UTC time), paged like every list. */
    async changes(args: QueryChangesArgs): Promise<Connection<ChangeRow>> {
      const since = changeSince(args.since);
      const { skip, first } = pageSlice(args);
      return toConnection(await stores.changes.list(since, skip, first), skip);
    },

    stats: () => stores.queries.stats(loaders.asOf().knownAt),

    /**
     * The entity of `type` by id or by name; exactly one must be given. An unknown id (or one of another type) is null
     * without an error: an id is exact, so there is nothing to suggest. An unknown name throws NOT_FOUND (resolveName).
     */
    /** Up to `first` events of the feed after `seq`, in order (a live subscriber catching up). */
    feedAfter: (seq: number, first: number): Promise<ChangeRow[]> => stores.changes.after(seq, first),

    /** The `seq` of the feed's last event; 0 when it has none. */
    lastChangeSeq: (): Promise<number> => stores.changes.lastSeq(),

    /** An entity's id from its id or exact name (or alias); null when none has it. */
    entityId,

    async lookup(type: EntityLabel, args: { id?: string | null; name?: string | null }): Promise<NodeRow | null> {
      if ((args.id ? 1 : 0) + (args.name ? 1 : 0) !== 1) throw new BadUserInputError('Give exactly one of id or name.');
      // By name, the row is read back through the loader, so it is the version the request's @asOf asks for.
      const row = await loaders.node.load(args.id ?? (await resolveName(type, args.name as string)).id);
      return row && row.type === type ? row : null;
    },

    async search(text: string, first: number | null | undefined): Promise<NodeRow[]> {
      return (await searchHits(text, first)).map((hit) => hit.node);
    },

    searchHits,

    async talentFlow(to: string, from: string | null | undefined, since: string | null | undefined, first: number | null | undefined) {
      const size = checkLimit('first', first, LIMITS.list);
      if (since && !/^\d{4}(-\d{2}(-\d{2})?)?$/.test(since)) throw new BadUserInputError('since must be a partial date: YYYY, YYYY-MM or YYYY-MM-DD.', { argument: 'since' });
      const toId = await entityId('Organization', to);
      if (!toId) return [];
      const fromFilter = await filterId('Organization', from);
      if (fromFilter.given && !fromFilter.id) return [];
      if (size === 0) return [];
      if (loaders.asOf().knownAt !== null) return loaders.talentRows(toId, since ?? null, fromFilter.id, await loaders.countsThen(toId, since ?? null, fromFilter.id, size));
      const counts = await stores.relations.talentCounts([toId], since ?? null, fromFilter.id, size);
      return loaders.talentRows(toId, since ?? null, fromFilter.id, counts.get(toId) ?? []);
    },

    async connections(args: QueryConnectionsArgs): Promise<Array<{ hops: number; steps: PathStep[] }>> {
      const maxHops = checkLimit('maxHops', args.maxHops, LIMITS.hops, 1);
      const first = checkLimit('first', args.first, LIMITS.paths);
      const [fromId, toId] = await Promise.all([entityId(null, args.from), entityId(null, args.to)]);
      if (!fromId || !toId || fromId === toId || first === 0) return [];
      const asOf = loaders.asOf();
      const dated = asOf.knownAt !== null || asOf.validAt !== null;
      const { paths, entities } = await stores.queries.shortestPaths(fromId, toId, maxHops, first * 4, dated ? asOf : null);
      for (const entity of entities) loaders.prime([entity]);
      return paths
        .map((row) => pathSteps(row))
        .filter((steps) => steps.length <= maxHops)
        .slice(0, first)
        .map((steps) => ({ hops: steps.length, steps }));
    },

    async capacity(groupBy: CapacityGroupBy) {
      const { knownAt } = loaders.asOf();
      if (knownAt === null) return groupCapacity(await stores.queries.siteGroups(groupBy));
      // As known then: each site known then, keyed by its country, status, project or operators as shown then.
      const sites = (await stores.queries.siteCandidates()).flatMap(({ site, operators }) => {
        const shown = asKnownAt(site, knownAt);
        return shown ? [{ site: shown, operators: operators.filter((o) => asKnownAt(o.fact, knownAt) !== null).map((o) => o.organization) }] : [];
      });
      const projectOf = async (site: NodeRow) => (typeof site.projectId === 'string' ? ((await loaders.node.load(site.projectId))?.name as string | undefined) ?? null : null);
      const groups = await Promise.all(sites.map(async ({ site, operators }) => {
        const capacities = typeof site.capacity === 'string' ? [site.capacity] : [];
        const keys = groupBy === 'COUNTRY' ? [site.country] : groupBy === 'STATUS' ? [site.status] : groupBy === 'PROJECT' ? [await projectOf(site)] : operators.length > 0 ? operators.map((o) => o.name) : [null];
        return keys.map((key) => ({ key: typeof key === 'string' ? key : null, sites: 1, capacities }));
      }));
      return groupCapacity(groups.flat());
    },
  };
}

export type KbService = ReturnType<typeof createKbService>;
