/**
 * The curated-news format: the one source of truth. `seed/news.schema.json`
 * is generated from these types (`npm run schema:export`) so editors validate
 * as you type, and `seed/README.md` documents them for curators.
 *
 * Numbers may arrive as strings because YAML is read with its failsafe schema
 * (no number or timestamp guessing, so "2025" stays the string the curator
 * wrote); numeric fields accept both and convert.
 */
import { z } from 'zod';
import { ENTITY_LABELS, type EntityLabel } from '../model/graph-model';
import { CURRENCIES } from '../domain/money';

/** The entity types a file may declare: the graph model's entity labels. */
export const ENTITY_TYPES = ENTITY_LABELS;
export type EntityType = EntityLabel;

export const ORGANIZATION_KINDS = [
  'AI_LAB', 'CLOUD_PROVIDER', 'NEOCLOUD', 'CHIPMAKER', 'DEVELOPER', 'OPERATOR', 'UTILITY', 'ENERGY',
  'INVESTOR', 'INDUSTRY_GROUP', 'GOVERNMENT', 'TECH_COMPANY', 'MEDIA', 'JOINT_VENTURE', 'OTHER',
] as const;
export const QUALIFIERS = ['EXACT', 'ABOUT', 'MORE_THAN', 'AT_LEAST', 'UP_TO', 'NEARLY'] as const;
export const PERIODS = ['TOTAL', 'PER_YEAR'] as const;
export const POWER_BASES = ['FACILITY', 'CRITICAL_IT', 'UNSPECIFIED'] as const;
export const RELIABILITIES = ['NORMAL', 'WEAK'] as const;
export const DEAL_KINDS = [
  'CLOUD_CAPACITY', 'CHIP_SUPPLY', 'INVESTMENT', 'EQUITY_WARRANT', 'LEASE', 'JOINT_VENTURE', 'FINANCING',
  'ACQUISITION', 'PARTNERSHIP', 'RIGHT_OF_FIRST_REFUSAL', 'GOVERNMENT_CONTRACT', 'OFFTAKE', 'OTHER',
] as const;
export const DEAL_STATUSES = ['RUMORED', 'LOI', 'SIGNED', 'ACTIVE', 'ENDED'] as const;
export const PARTY_ROLES = ['BUYER', 'PROVIDER', 'INVESTOR', 'INVESTEE', 'SUPPLIER', 'PARTNER', 'LESSEE', 'LESSOR'] as const;
export const SITE_STATUSES = ['PROPOSED', 'PLANNED', 'UNDER_CONSTRUCTION', 'OPERATIONAL', 'PARTIALLY_OPERATIONAL', 'CANCELLED'] as const;
export const PARTICIPATION_ROLES = [
  'FOUNDER', 'EQUITY_FUNDER', 'OPERATOR', 'TECHNOLOGY_PARTNER', 'DEVELOPER', 'FINANCIER', 'OFFTAKER',
  'SITE_PARTNER', 'ENERGY_PARTNER', 'GOVERNMENT', 'PARTNER',
] as const;
export const OWNERSHIP_KINDS = ['SUBSIDIARY', 'EQUITY_STAKE', 'WARRANT'] as const;

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const PARTIAL_DATE = /^(\d{4})(?:-(0[1-9]|1[0-2])(?:-(0[1-9]|[12]\d|3[01]))?)?$/;
const MAX_QUOTE_WORDS = 30;

export const slug = z.string().regex(SLUG, 'must be a lowercase slug (a-z, 0-9 and single hyphens)');

/** "2025", "2025-07" or "2025-07-04", checked as a real calendar date. */
export const partialDate = z
  .string()
  .regex(PARTIAL_DATE, 'must be a partial date: YYYY, YYYY-MM or YYYY-MM-DD')
  .refine((value) => {
    // zod runs this check even when the pattern failed; that value is already reported once.
    if (!PARTIAL_DATE.test(value)) return true;
    const [year, month, day] = value.split('-').map(Number);
    if (day === undefined) return true;
    const date = new Date(Date.UTC(year, month - 1, day));
    return date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
  }, 'is not a real calendar date');

/**
 * A number, or a numeric string from YAML's failsafe schema; finite and not negative.
 * The messages matter: validate.ts maps them to the `invalid-amount` rule (zod's
 * own "Invalid input" for a failed union, or its type error for Infinity, would not say so).
 */
const amount = z
  .union([z.number(), z.string().regex(/^\s*-?\d+(\.\d+)?(e[+-]?\d+)?\s*$/i, 'must be a number').transform(Number)], { error: 'must be a number' })
  .pipe(z.number({ error: 'must be a finite number' }).refine((n) => n >= 0, 'must not be negative'));

const bool = z.union([z.boolean(), z.enum(['true', 'false']).transform((value) => value === 'true')]);

const qualifier = z.enum(QUALIFIERS);

/** Who stands behind a claim, as the article presents it. */
export const ATTRIBUTIONS = [
  'COMPANY_ANNOUNCEMENT', 'FILING', 'EXECUTIVE_STATEMENT', 'PEOPLE_FAMILIAR', 'ANALYST_ESTIMATE', 'MEDIA_REPORT', 'REPOST', 'CURATOR_INFERENCE',
] as const;
/** Where an article's title comes from: shown on the page, rebuilt from the URL slug, or written by the curator. */
export const TITLE_ORIGINS = ['PAGE', 'URL_SLUG', 'CURATOR'] as const;
export const PROJECT_ROLES = ['CHAIRS', 'LEADS', 'OVERSEES', 'RUNS', 'ADVISES'] as const;

const quoteText = z
  .string()
  .min(1)
  .refine((quote) => quote.trim().split(/\s+/).length <= MAX_QUOTE_WORDS, `an evidence quote has at most ${MAX_QUOTE_WORDS} words`)
  .describe('short verbatim quote (<= 30 words) in the article language that states this value; never a paraphrase');

/** The evidence one claim carries: its own quote (or none), a curator note, who stands behind it. */
const claimMeta = {
  quote: quoteText.optional(),
  note: z.string().optional().describe('curator note: context, never a figure the source states'),
  attribution: z.enum(ATTRIBUTIONS).optional().describe("who stands behind the claim; defaults to the article's attribution"),
  speaker: z.string().min(1).optional().describe('the person or body named as saying it'),
};

export const evidenceInput = z.object(claimMeta).strict();

/**
 * A scalar value that may carry its own evidence: `title: global sales director`, or
 * `title: { value: global sales director, quote: "..." }`. Both arrive as the object form.
 */
function claimed<T extends z.ZodType>(value: T) {
  const form = z.object({ value, ...claimMeta }).strict();
  return z.union([form, value.transform((v) => ({ value: v }))]);
}

export const moneyInput = z
  .object({
    amount: amount.nullable().default(null).describe('null when the source gives no figure ("tens of billions"); keep its words in text'),
    currency: z.enum(CURRENCIES),
    period: z.enum(PERIODS),
    qualifier,
    estimated: bool.default(false),
    text: z.string().optional().describe('the verbatim words of the source, e.g. "tens of billions of dollars"; curator phrasing goes in note'),
    low: amount.optional().describe('lower end of a stated range'),
    high: amount.optional().describe('upper end of a stated range'),
    withOptions: amount.optional().describe('the value including options or extensions, where the source states it'),
    over: z.object({ years: amount, qualifier: qualifier.default('EXACT') }).strict().optional().describe('the period this TOTAL is stated over, when the source ties a term to this very value'),
    ...claimMeta,
  })
  .strict()
  .refine((money) => money.amount !== null || (money.text ?? '').length > 0, { message: 'a money value without an amount must keep the source words in text', path: ['text'] });

export const powerInput = z
  .object({
    megawatts: amount.optional(),
    gigawatts: amount.optional(),
    qualifier: qualifier.default('EXACT'),
    basis: z.enum(POWER_BASES).default('UNSPECIFIED'),
    ...claimMeta,
  })
  .strict()
  .refine((power) => (power.megawatts === undefined) !== (power.gigawatts === undefined), 'give exactly one of megawatts or gigawatts');

export const tenureInput = z.object({ years: amount, qualifier: qualifier.default('EXACT'), ...claimMeta }).strict();
export const percentInput = z.object({ value: amount.pipe(z.number().max(100, 'must be at most 100')), qualifier: qualifier.default('EXACT'), ...claimMeta }).strict();
export const computeInput = z
  .object({
    chip: z.string().min(1).optional().describe('chip model as the source names it, e.g. "NVIDIA GB200"'),
    count: amount.optional().describe('number of chips (GPUs, TPUs, accelerators)'),
    qualifier: qualifier.default('EXACT'),
    ...claimMeta,
  })
  .strict()
  .refine((compute) => compute.chip !== undefined || compute.count !== undefined, 'give a chip model, a count, or both');
const locationInput = z
  .object({ city: z.string().optional(), region: z.string().optional(), country: z.string().regex(/^[A-Z]{2}$/, 'must be an ISO 3166-1 alpha-2 code'), ...claimMeta })
  .strict();
const positionInput = z.object({ title: z.string().min(1), start: partialDate.optional(), ...claimMeta }).strict();

const factBase = {
  evidence: evidenceInput.optional().describe('evidence that the fact exists at all (the hire happened, Oracle is a party)'),
  validFrom: claimed(partialDate).optional().describe('when the fact started being true'),
  validTo: claimed(partialDate).optional().describe('when the fact stopped being true'),
};

export const articleInput = z
  .object({
    id: slug,
    title: z.string().min(1),
    titleOrigin: z.enum(TITLE_ORIGINS).describe('PAGE: as shown on the page; URL_SLUG: rebuilt from the address; CURATOR: written by the curator'),
    url: z.string().url(),
    publisher: z.string().min(1),
    originalOutlet: z.string().min(1).nullable().optional().describe('the outlet that first published the story, when this page is a repost'),
    publishedAt: partialDate.nullable().describe('null when the page shows no date; never guessed'),
    publishedAtInferred: bool.default(false).describe('true when publishedAt is not shown on the page but inferred (from the URL, the events reported)'),
    retrievedAt: partialDate.optional(),
    language: z.string().regex(/^[a-z]{2}$/, 'must be a two-letter ISO 639-1 code'),
    reliability: z.enum(RELIABILITIES).default('NORMAL').describe('WEAK for pages the dossier flags as low quality'),
    attribution: z.enum(ATTRIBUTIONS).default('MEDIA_REPORT').describe("the default attribution of the article's claims"),
    summary: z.string().min(1).describe('in our own words, in English'),
    dossierRef: z.string().optional().describe('the facts-dossier item(s) this file is built from, e.g. "F7"'),
  })
  .strict();

export const entityInput = z
  .object({
    id: slug,
    type: z.enum(ENTITY_TYPES, { error: (issue) => `unknown type ${JSON.stringify(issue.input)}; allowed: ${ENTITY_TYPES.join(', ')}` }),
    name: z.string().min(1),
    aliases: z.array(z.string().min(1)).default([]),
    kind: z.enum(ORGANIZATION_KINDS).optional().describe('Organization only'),
    country: z.string().regex(/^[A-Z]{2}$/, 'must be an ISO 3166-1 alpha-2 code').optional().describe('Organization only'),
    parent: slug.optional().describe('Organization only: id of the parent organization, as reported'),
    allowSimilarName: bool.optional().describe('explicit marker: this entity really is distinct from another of the same type with the same normalized name'),
  })
  .strict();

/** A role in a set, with its own evidence when the article states it in words of its own. */
const roleOf = <T extends readonly [string, ...string[]]>(roles: T) => claimed(z.enum(roles));
const partyInput = z.object({ org: slug, roles: z.array(roleOf(PARTY_ROLES)).min(1), ...claimMeta }).strict();
const siteOrg = z.union([z.object({ org: slug, ...claimMeta }).strict(), slug.transform((org) => ({ org }))]);
const date = claimed(partialDate);
const text = claimed(z.string().min(1));

export const factInput = z.discriminatedUnion('type', [
  z.object({ type: z.literal('employment'), person: slug, org: slug, title: text.optional(), positions: z.array(positionInput).optional().describe('titles held inside this job, each with its start'), start: date.optional(), end: date.optional(), current: claimed(bool).optional(), tenure: tenureInput.optional(), ...factBase }).strict(),
  z.object({ type: z.literal('hire'), person: slug, org: slug, from: slug.optional(), title: text.optional(), previousTitle: text.optional(), date: date.optional(), dateInferred: bool.optional().describe('true when the date is not stated and was inferred'), ...factBase }).strict(),
  z.object({ type: z.literal('membership'), person: slug, org: slug, role: text.optional(), ...factBase }).strict(),
  z.object({ type: z.literal('founding'), person: slug, org: slug, date: date.optional(), ...factBase }).strict(),
  z.object({ type: z.literal('participation'), org: slug, project: slug, roles: z.array(roleOf(PARTICIPATION_ROLES)).min(1), ...factBase }).strict(),
  z.object({ type: z.literal('projectRole'), person: slug, project: slug, roles: z.array(roleOf(PROJECT_ROLES)).min(1), title: text.optional(), ...factBase }).strict(),
  z.object({ type: z.literal('ownership'), owner: slug, owned: slug, kind: z.enum(OWNERSHIP_KINDS), percent: percentInput.optional(), value: moneyInput.optional(), ...factBase }).strict(),
  z
    .object({
      type: z.literal('project'), project: slug, parent: slug.optional(), announced: date.optional(), announcedBy: z.array(slug).optional().describe('organizations or people who announced it'),
      investment: moneyInput.optional(), cost: moneyInput.optional().describe('what building it costs (capex); never a contract value'),
      targetCapacity: powerInput.optional(), horizon: date.optional(), ...factBase,
    })
    .strict(),
  z
    .object({
      type: z.literal('site'), site: slug, project: slug.optional(),
      location: locationInput.optional(),
      status: claimed(z.enum(SITE_STATUSES)).optional(), capacity: powerInput.optional(), chips: text.optional(), compute: computeInput.optional(),
      cost: moneyInput.optional().describe('what building the site costs; never a contract value'), online: date.optional().describe('when it is due online or came online'),
      operators: z.array(siteOrg).optional(), developers: z.array(siteOrg).optional(), announcedBy: z.array(slug).optional(), ...factBase,
    })
    .strict(),
  z
    .object({
      type: z.literal('deal'), deal: slug, kind: claimed(z.enum(DEAL_KINDS)).optional(), status: claimed(z.enum(DEAL_STATUSES)).optional(),
      parties: z.array(partyInput).optional(), value: moneyInput.optional(),
      cost: moneyInput.optional().describe('an estimated build or construction cost the source gives for the deal; never annualized'),
      announced: date.optional(), announcedBy: z.array(slug).optional().describe('organizations or people who announced it'),
      term: tenureInput.optional().describe('duration of the contract in years; it annualizes the value only when written as the value\'s `over`'),
      starts: date.optional(), ends: date.optional().describe('when it ends ("through 2031")'), deliveryTarget: date.optional().describe('when delivery is due'),
      capacity: powerInput.optional(), compute: computeInput.optional().describe('what the deal buys: chip model and count'),
      project: slug.optional(), site: slug.optional().describe('the site its capacity comes from'), ...factBase,
    })
    .strict(),
]);

export const newsFileInput = z
  .object({
    $schema: z.string().optional(),
    article: articleInput,
    entities: z.array(entityInput).min(1),
    facts: z.array(factInput).default([]),
  })
  .strict();

export type NewsFileInput = z.input<typeof newsFileInput>;
export type NewsFile = z.output<typeof newsFileInput>;
export type FactInput = z.output<typeof factInput>;
export type EntityInput = z.output<typeof entityInput>;
export type ArticleInput = z.output<typeof articleInput>;
export type MoneyInput = z.output<typeof moneyInput>;
export type PowerInput = z.output<typeof powerInput>;
export type FactType = FactInput['type'];
export type ClaimMeta = z.output<typeof evidenceInput>;
