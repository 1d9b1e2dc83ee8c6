/**
 * Stage 3 of ingestion (pure): a validated file → the write plan. Units are
 * normalized (GW → MW), every stated value becomes a claim of this article on
 * a fact or entity, each claim keeping its own evidence (a quote is never
 * shared with another field), and the plan is hashed so an unchanged file is
 * detected without writing.
 */
import { createHash } from 'node:crypto';
import type { FactKind } from '../model/graph-model';
import { factId } from '../domain/ids';
import type { ClaimEvidence, Plan, PlannedFact, PlannedSupport } from '../domain/plan';
import { stableStringify } from '../domain/stable-json';
import type { ClaimMeta, FactInput, MoneyInput, NewsFile, PowerInput } from './news-schema';

export type { Plan, PlannedEntity, PlannedFact, PlannedSupport } from '../domain/plan';

/**
 * Part of every plan hash. Bump it when what ingestion derives from a plan changes (version 2: the quotes and notes
 * search indexes), so the next ingest of an unchanged file rewrites it instead of skipping it as UNCHANGED, and a
 * database written before the change catches up by seeding again (`npm run seed`, or `npm start` with KB_SEED_ON_START).
 */
export const DERIVATION_VERSION = 3;

const META_KEYS = ['quote', 'note', 'attribution', 'speaker'] as const;

/** Splits a value written with inline evidence into the value and its evidence (undefined when it has none). */
function split<T extends object>(input: T & ClaimMeta): { value: Omit<T, keyof ClaimMeta>; evidence: ClaimEvidence | undefined } {
  const value: Record<string, unknown> = {};
  const evidence: ClaimEvidence = {};
  for (const [key, item] of Object.entries(input)) {
    if ((META_KEYS as readonly string[]).includes(key)) {
      if (item !== undefined) evidence[key as keyof ClaimEvidence] = item as string;
    } else if (item !== undefined) value[key] = item;
  }
  return { value: value as Omit<T, keyof ClaimMeta>, evidence: Object.keys(evidence).length > 0 ? evidence : undefined };
}

export function normalizeMoney(money: MoneyInput) {
  const { value } = split(money);
  return {
    amount: value.amount,
    currency: value.currency,
    period: value.period,
    qualifier: value.qualifier,
    estimated: value.estimated,
    text: value.text ?? null,
    ...(value.low !== undefined ? { low: value.low } : {}),
    ...(value.high !== undefined ? { high: value.high } : {}),
    ...(value.withOptions !== undefined ? { withOptions: value.withOptions } : {}),
    ...(value.over !== undefined ? { over: value.over } : {}),
  };
}

export function normalizePower(power: PowerInput) {
  const megawatts = power.megawatts ?? (power.gigawatts as number) * 1000;
  return { megawatts, qualifier: power.qualifier, basis: power.basis };
}

/** Identities a fact states (for duplicate detection inside one file). */
export function factIdentities(fact: FactInput): string[] {
  return planFact(fact).map((entry) => entry.support.target + (entry.fact ? '' : `#${fact.type}`));
}

interface FactPlan {
  fact: PlannedFact | null;
  support: PlannedSupport;
}

/** Claims under construction: field → value, and field → that value's own evidence. */
class Claims {
  readonly values: Record<string, unknown> = {};
  readonly evidence: Record<string, ClaimEvidence> = {};

  /** A scalar written as `x` or `{ value: x, quote, ... }`. */
  scalar(field: string, input: ({ value: unknown } & ClaimMeta) | undefined): this {
    if (input === undefined) return this;
    const { value, evidence } = split(input);
    return this.set(field, (value as { value: unknown }).value, evidence);
  }

  /** An object value (money, power, a duration) whose evidence keys sit beside its own. */
  object<T extends object>(field: string, input: (T & ClaimMeta) | undefined, normalize?: (input: T & ClaimMeta) => unknown): this {
    if (input === undefined) return this;
    const { value, evidence } = split(input);
    return this.set(field, normalize ? normalize(input) : value, evidence);
  }

  /** A role set: each member a claim with its own evidence under `<field>.<ROLE>`; the set is stored sorted. */
  roles(field: string, inputs: ReadonlyArray<{ value: string } & ClaimMeta>): this {
    const roles = [...new Set(inputs.map((input) => input.value))].sort();
    for (const input of inputs) {
      const { evidence } = split(input);
      if (evidence) this.evidence[`${field}.${input.value}`] = evidence;
    }
    this.values[field] = roles;
    return this;
  }

  set(field: string, value: unknown, evidence?: ClaimEvidence): this {
    if (value === undefined) return this;
    this.values[field] = value;
    if (evidence) this.evidence[field] = evidence;
    return this;
  }
}

function planFact(fact: FactInput): FactPlan[] {
  const existence = {
    quote: fact.evidence?.quote ?? null,
    note: fact.evidence?.note ?? null,
    attribution: fact.evidence?.attribution ?? null,
    speaker: fact.evidence?.speaker ?? null,
  };
  const withValidity = (claims: Claims) => claims.scalar('validFrom', fact.validFrom).scalar('validTo', fact.validTo);
  const support = (target: string, claims: Claims, meta = existence): PlannedSupport => ({ target, ...meta, claims: claims.values, evidence: claims.evidence });
  const link = (label: FactKind, subject: string, object: string, claims: Claims, discriminator?: string, meta = existence): FactPlan => {
    const id = factId(label, subject, object, discriminator);
    return { fact: { id, label, subject, object }, support: support(id, withValidity(claims), meta) };
  };
  const attributes = (target: string, claims: Claims): FactPlan => ({ fact: null, support: support(target, withValidity(claims)) });
  /** The evidence of a part (a party, a site organization) written inline: it states that the part exists. */
  const partMeta = (part: ClaimMeta & { org: string }) => ({ quote: part.quote ?? null, note: part.note ?? null, attribution: part.attribution ?? null, speaker: part.speaker ?? null });

  switch (fact.type) {
    case 'employment': {
      const claims = new Claims().scalar('title', fact.title).scalar('start', fact.start).scalar('end', fact.end).scalar('current', fact.current).object('tenure', fact.tenure);
      if (fact.positions) claims.set('positions', fact.positions.map((position) => split(position).value));
      fact.positions?.forEach((position, index) => {
        const { evidence } = split(position);
        if (evidence) claims.evidence[`positions.${index}`] = evidence;
      });
      return [link('Employment', fact.person, fact.org, claims)];
    }
    case 'hire':
      return [
        link(
          'Hire',
          fact.person,
          fact.org,
          new Claims().set('from', fact.from).scalar('title', fact.title).scalar('previousTitle', fact.previousTitle).scalar('date', fact.date).set('dateInferred', fact.dateInferred),
        ),
      ];
    case 'membership':
      return [link('Membership', fact.person, fact.org, new Claims().scalar('role', fact.role))];
    case 'founding':
      return [link('Founding', fact.person, fact.org, new Claims().scalar('date', fact.date))];
    case 'participation':
      return [link('Participation', fact.org, fact.project, new Claims().roles('roles', fact.roles))];
    case 'projectRole':
      return [link('ProjectRole', fact.person, fact.project, new Claims().roles('roles', fact.roles).scalar('title', fact.title))];
    case 'ownership':
      return [link('Ownership', fact.owner, fact.owned, new Claims().set('kind', fact.kind).object('percent', fact.percent).object('value', fact.value, normalizeMoney), fact.kind)];
    case 'project':
      return [
        attributes(
          fact.project,
          new Claims()
            .set('parentProject', fact.parent)
            .scalar('announced', fact.announced)
            .set('announcedBy', fact.announcedBy)
            .object('investment', fact.investment, normalizeMoney)
            .object('cost', fact.cost, normalizeMoney)
            .object('targetCapacity', fact.targetCapacity, normalizePower)
            .scalar('horizon', fact.horizon),
        ),
      ];
    case 'site':
      return [
        attributes(
          fact.site,
          new Claims()
            .set('project', fact.project)
            .object('location', fact.location)
            .scalar('status', fact.status)
            .object('capacity', fact.capacity, normalizePower)
            .scalar('chips', fact.chips)
            .object('compute', fact.compute)
            .object('cost', fact.cost, normalizeMoney)
            .scalar('online', fact.online)
            .set('announcedBy', fact.announcedBy),
        ),
        ...(fact.operators ?? []).map((part) => link('SiteRole', part.org, fact.site, new Claims().set('role', 'OPERATOR'), 'OPERATOR', partMeta(part))),
        ...(fact.developers ?? []).map((part) => link('SiteRole', part.org, fact.site, new Claims().set('role', 'DEVELOPER'), 'DEVELOPER', partMeta(part))),
      ];
    case 'deal':
      return [
        attributes(
          fact.deal,
          new Claims()
            .scalar('kind', fact.kind)
            .scalar('status', fact.status)
            .object('value', fact.value, normalizeMoney)
            .object('cost', fact.cost, normalizeMoney)
            .scalar('announced', fact.announced)
            .set('announcedBy', fact.announcedBy)
            .object('term', fact.term)
            .scalar('starts', fact.starts)
            .scalar('ends', fact.ends)
            .scalar('deliveryTarget', fact.deliveryTarget)
            .object('capacity', fact.capacity, normalizePower)
            .object('compute', fact.compute)
            .set('project', fact.project)
            .set('site', fact.site),
        ),
        ...(fact.parties ?? []).map((party) => link('DealParty', party.org, fact.deal, new Claims().roles('roles', party.roles), undefined, partMeta(party))),
      ];
  }
}

export function planNewsFile(file: NewsFile): Plan {
  const { article } = file;
  const entities: Plan['entities'] = file.entities.map((entity) => ({
    id: entity.id,
    type: entity.type,
    claims: Object.fromEntries(
      Object.entries({
        name: entity.name,
        aliases: entity.aliases,
        kind: entity.kind,
        country: entity.country,
        parent: entity.parent,
        allowSimilarName: entity.allowSimilarName,
      }).filter(([, value]) => value !== undefined),
    ),
  }));

  const facts = new Map<string, PlannedFact>();
  const supports = new Map<string, PlannedSupport>();
  for (const entry of file.facts.flatMap(planFact)) {
    if (entry.fact) facts.set(entry.fact.id, entry.fact);
    const previous = supports.get(entry.support.target);
    // A site or deal fact can also state a party or role; one edge per target, claims merged.
    supports.set(
      entry.support.target,
      previous
        ? {
            ...previous,
            quote: previous.quote ?? entry.support.quote,
            note: previous.note ?? entry.support.note,
            attribution: previous.attribution ?? entry.support.attribution,
            speaker: previous.speaker ?? entry.support.speaker,
            claims: { ...previous.claims, ...entry.support.claims },
            evidence: { ...previous.evidence, ...entry.support.evidence },
          }
        : entry.support,
    );
  }

  const body = {
    article: {
      id: article.id,
      title: article.title,
      titleOrigin: article.titleOrigin,
      url: article.url,
      publisher: article.publisher,
      originalOutlet: article.originalOutlet ?? null,
      publishedAt: article.publishedAt,
      publishedAtInferred: article.publishedAtInferred,
      retrievedAt: article.retrievedAt ?? null,
      language: article.language,
      reliability: article.reliability,
      attribution: article.attribution,
      summary: article.summary,
      dossierRef: article.dossierRef ?? null,
    },
    entities: [...entities].sort((a, b) => a.id.localeCompare(b.id)),
    facts: [...facts.values()].sort((a, b) => a.id.localeCompare(b.id)),
    supports: [...supports.values()].sort((a, b) => a.target.localeCompare(b.target)),
  };
  return { ...body, hash: createHash('sha256').update(stableStringify({ derivation: DERIVATION_VERSION, ...body })).digest('hex') };
}
