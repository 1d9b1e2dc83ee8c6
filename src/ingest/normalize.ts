/**
 * Stage 3 of ingestion (pure): a validated file → the write plan. Units are
 * normalized (GW → MW), every stated value becomes a claim of this article on
 * a fact or entity, and the plan is hashed so an unchanged file is detected
 * without writing.
 */
import { createHash } from 'node:crypto';
import type { FactKind } from '../model/graph-model';
import { factId } from '../domain/ids';
import type { Plan, PlannedFact, PlannedSupport } from '../domain/plan';
import { stableStringify } from '../domain/stable-json';
import type { FactInput, MoneyInput, NewsFile, PowerInput } from './news-schema';

export type { Plan, PlannedEntity, PlannedFact, PlannedSupport } from '../domain/plan';

export function normalizeMoney(money: MoneyInput | undefined) {
  if (!money) return undefined;
  return { amount: money.amount, currency: money.currency, period: money.period, qualifier: money.qualifier, estimated: money.estimated, text: money.text ?? null };
}

export function normalizePower(power: PowerInput | undefined) {
  if (!power) return undefined;
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

function planFact(fact: FactInput): FactPlan[] {
  const quote = fact.evidence?.quote ?? null;
  const note = fact.evidence?.note ?? null;
  const validity = { validFrom: fact.validFrom, validTo: fact.validTo };
  const link = (label: FactKind, subject: string, object: string, claims: Record<string, unknown>, discriminator?: string): FactPlan => {
    const id = factId(label, subject, object, discriminator);
    return { fact: { id, label, subject, object }, support: { target: id, quote, note, claims: { ...claims, ...validity } } };
  };
  const attributes = (target: string, claims: Record<string, unknown>): FactPlan => ({
    fact: null,
    support: { target, quote, note, claims: { ...claims, ...validity } },
  });

  switch (fact.type) {
    case 'employment':
      return [link('Employment', fact.person, fact.org, { title: fact.title, start: fact.start, end: fact.end, current: fact.current, tenure: fact.tenure })];
    case 'hire':
      return [link('Hire', fact.person, fact.org, { from: fact.from, title: fact.title, previousTitle: fact.previousTitle, date: fact.date, dateInferred: fact.dateInferred })];
    case 'membership':
      return [link('Membership', fact.person, fact.org, { role: fact.role })];
    case 'founding':
      return [link('Founding', fact.person, fact.org, { date: fact.date })];
    case 'participation':
      return [link('Participation', fact.org, fact.project, { role: fact.role })];
    case 'ownership':
      return [link('Ownership', fact.owner, fact.owned, { kind: fact.kind, percent: fact.percent, value: normalizeMoney(fact.value) }, fact.kind)];
    case 'project':
      return [
        attributes(fact.project, {
          parentProject: fact.parent,
          announced: fact.announced,
          investment: normalizeMoney(fact.investment),
          targetCapacity: normalizePower(fact.targetCapacity),
          horizon: fact.horizon,
        }),
      ];
    case 'site':
      return [
        attributes(fact.site, { project: fact.project, location: fact.location, status: fact.status, capacity: normalizePower(fact.capacity), chips: fact.chips }),
        ...(fact.operators ?? []).map((org) => link('SiteRole', org, fact.site, { role: 'OPERATOR' }, 'OPERATOR')),
        ...(fact.developers ?? []).map((org) => link('SiteRole', org, fact.site, { role: 'DEVELOPER' }, 'DEVELOPER')),
      ];
    case 'deal':
      return [
        attributes(fact.deal, {
          kind: fact.kind,
          status: fact.status,
          value: normalizeMoney(fact.value),
          announced: fact.announced,
          term: fact.term,
          starts: fact.starts,
          capacity: normalizePower(fact.capacity),
          project: fact.project,
        }),
        ...(fact.parties ?? []).map((party) => link('DealParty', party.org, fact.deal, { role: party.role })),
      ];
  }
}

/** Drops undefined claims so a field the article did not state is not a claim. */
function compact(claims: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(claims).filter(([, value]) => value !== undefined));
}

export function planNewsFile(file: NewsFile): Plan {
  const { article } = file;
  const entities: Plan['entities'] = file.entities.map((entity) => ({
    id: entity.id,
    type: entity.type,
    claims: compact({
      name: entity.name,
      aliases: entity.aliases,
      kind: entity.kind,
      country: entity.country,
      parent: entity.parent,
      allowSimilarName: entity.allowSimilarName,
    }),
  }));

  const facts = new Map<string, PlannedFact>();
  const supports = new Map<string, PlannedSupport>();
  for (const entry of file.facts.flatMap(planFact)) {
    if (entry.fact) facts.set(entry.fact.id, entry.fact);
    const previous = supports.get(entry.support.target);
    const claims = compact(entry.support.claims);
    // A site or deal fact can also state a party or role; one edge per target, claims merged.
    supports.set(entry.support.target, previous ? { ...previous, claims: { ...previous.claims, ...claims } } : { ...entry.support, claims });
  }

  const body = {
    article: {
      id: article.id,
      title: article.title,
      url: article.url,
      publisher: article.publisher,
      originalOutlet: article.originalOutlet ?? null,
      publishedAt: article.publishedAt,
      retrievedAt: article.retrievedAt ?? null,
      language: article.language,
      reliability: article.reliability,
      summary: article.summary,
      dossierRef: article.dossierRef ?? null,
    },
    entities: [...entities].sort((a, b) => a.id.localeCompare(b.id)),
    facts: [...facts.values()].sort((a, b) => a.id.localeCompare(b.id)),
    supports: [...supports.values()].sort((a, b) => a.target.localeCompare(b.target)),
  };
  return { ...body, hash: createHash('sha256').update(stableStringify(body)).digest('hex') };
}
