/**
 * Contradictions inside one document (pure), part of validation's cross-checks: an end before its start
 * (`end-before-start`), a flag its own date contradicts (`flag-contradicts-date`), a money range that does not hold
 * its value (`range-inverted`), one value claimed twice with two qualifiers (`conflicting-qualifiers`). Each problem
 * points at the value to fix.
 */
import { factId } from '../domain/ids';
import type { ArticleInput, FactInput, MoneyInput, PowerInput } from './news-schema';
import { formatPath, type Problem } from './problems';

export type ProblemAt = (path: PropertyKey[], rule: string, message: string) => Problem;

/** The facts to check, each with its index in the document; only facts that passed the format check. */
export type IndexedFacts = ReadonlyArray<{ index: number; fact: FactInput }>;

/** Every contradiction of the article and the facts, in document order of the facts, rule by rule within a fact. */
export function findContradictions(article: ArticleInput | undefined, facts: IndexedFacts, problem: ProblemAt): Problem[] {
  const problems: Problem[] = [];
  if (article?.publishedAtInferred && article.publishedAt === null) {
    problems.push(problem(['article', 'publishedAtInferred'], 'flag-contradicts-date', 'publishedAtInferred is true but publishedAt is null'));
  }
  for (const { index, fact } of facts) {
    const at: PropertyKey[] = ['facts', index];
    problems.push(...checkOrder(fact, at, problem), ...checkFlags(fact, at, problem));
    for (const { field, money } of moneyOf(fact)) problems.push(...checkRange(money, [...at, field], problem));
  }
  problems.push(...checkQualifiers(facts, problem));
  return problems;
}

/** The first and last day a partial date can mean, as YYYY-MM-DD: "2025" is 2025-01-01 to 2025-12-31. */
export function dayRange(date: string): { first: string; last: string } {
  const [year, month, day] = date.split('-');
  if (day !== undefined) return { first: date, last: date };
  if (month !== undefined) {
    const lastDay = new Date(Date.UTC(Number(year), Number(month), 0)).getUTCDate();
    return { first: `${year}-${month}-01`, last: `${year}-${month}-${String(lastDay).padStart(2, '0')}` };
  }
  return { first: `${year}-01-01`, last: `${year}-12-31` };
}

/**
 * True when `later` certainly falls before `earlier`: its last possible day is before the other's first. So "2025"
 * is not before "2025-03" (the year holds the month), but "2025-02" is.
 */
export function isBefore(later: string, earlier: string): boolean {
  return dayRange(later).last < dayRange(earlier).first;
}

interface Dated {
  /** The field as the message names it, relative to the fact: `end`, `positions[1].start`. */
  name: string;
  value: string | undefined;
}

/** `end-before-start`: each pair is (what comes first, what comes after it, where to point). */
function checkOrder(fact: FactInput, at: PropertyKey[], problem: ProblemAt): Problem[] {
  const pairs: Array<[Dated, Dated, PropertyKey[]]> = [[{ name: 'validFrom', value: fact.validFrom?.value }, { name: 'validTo', value: fact.validTo?.value }, ['validTo']]];
  if (fact.type === 'employment') {
    const start = { name: 'start', value: fact.start?.value };
    const end = { name: 'end', value: fact.end?.value };
    pairs.push([start, end, ['end']]);
    // A position is held inside the job: it cannot start before the job did or after it ended.
    fact.positions?.forEach((position, i) => {
      const positionStart = { name: formatPath(['positions', i, 'start']), value: position.start };
      pairs.push([start, positionStart, ['positions', i, 'start']], [positionStart, end, ['positions', i, 'start']]);
    });
  }
  if (fact.type === 'deal') pairs.push([{ name: 'starts', value: fact.starts?.value }, { name: 'ends', value: fact.ends?.value }, ['ends']]);
  return pairs.flatMap(([earlier, later, field]) =>
    earlier.value !== undefined && later.value !== undefined && isBefore(later.value, earlier.value)
      ? [problem([...at, ...field], 'end-before-start', `${later.name} "${later.value}" is before ${earlier.name} "${earlier.value}"`)]
      : [],
  );
}

/** `flag-contradicts-date`: a flag that says something about a date the fact does not have, or contradicts. */
function checkFlags(fact: FactInput, at: PropertyKey[], problem: ProblemAt): Problem[] {
  if (fact.type === 'employment' && fact.current?.value === true && fact.end !== undefined) {
    return [problem([...at, 'current'], 'flag-contradicts-date', `current is true but the employment has an end ("${fact.end.value}")`)];
  }
  if (fact.type === 'hire' && fact.dateInferred === true && fact.date === undefined) {
    return [problem([...at, 'dateInferred'], 'flag-contradicts-date', 'dateInferred is true but there is no date')];
  }
  return [];
}

/** `range-inverted`: low above high, an amount outside its stated range, options that make the value smaller. */
function checkRange(money: MoneyInput, at: PropertyKey[], problem: ProblemAt): Problem[] {
  const { amount, low, high, withOptions } = money;
  const problems: Problem[] = [];
  if (low !== undefined && high !== undefined && low > high) {
    problems.push(problem([...at, 'low'], 'range-inverted', `low ${low} is above high ${high}`));
  } else if (amount !== null && low !== undefined && high !== undefined && (amount < low || amount > high)) {
    problems.push(problem([...at, 'amount'], 'range-inverted', `amount ${amount} is outside the stated range ${low} to ${high}`));
  }
  if (amount !== null && withOptions !== undefined && withOptions < amount) {
    problems.push(problem([...at, 'withOptions'], 'range-inverted', `withOptions ${withOptions} is below amount ${amount}`));
  }
  return problems;
}

/** The money values of a fact, by field. */
function moneyOf(fact: FactInput): Array<{ field: string; money: MoneyInput }> {
  const fields: Array<[string, MoneyInput | undefined]> = (() => {
    switch (fact.type) {
      case 'ownership':
        return [['value', fact.value]];
      case 'project':
        return [['investment', fact.investment], ['cost', fact.cost]];
      case 'site':
        return [['cost', fact.cost]];
      case 'deal':
        return [['value', fact.value], ['cost', fact.cost]];
      default:
        return [];
    }
  })();
  return fields.flatMap(([field, money]) => (money === undefined ? [] : [{ field, money }]));
}

/** One stated quantity: what it is about, in which unit, and how the source hedged it. */
interface Quantity {
  target: string;
  /** Path relative to the fact: `value`, `value.over`, `capacity`. */
  field: PropertyKey[];
  amount: number;
  unit: string;
  qualifier: string;
}

const megawatts = (power: PowerInput) => power.megawatts ?? (power.gigawatts as number) * 1000;

/** The quantities a fact states with a qualifier, each on the node (entity or fact) it describes. */
function quantitiesOf(fact: FactInput): Quantity[] {
  const out: Quantity[] = [];
  const money = (target: string, field: string, value: MoneyInput | undefined) => {
    if (value !== undefined && value.amount !== null) out.push({ target, field: [field], amount: value.amount, unit: `${value.currency} ${value.period}`, qualifier: value.qualifier });
    if (value?.over) out.push({ target, field: [field, 'over'], amount: value.over.years, unit: 'years', qualifier: value.over.qualifier });
  };
  const power = (target: string, field: string, value: PowerInput | undefined) => {
    if (value) out.push({ target, field: [field], amount: megawatts(value), unit: 'MW', qualifier: value.qualifier });
  };
  const years = (target: string, field: string, value: { years: number; qualifier: string } | undefined) => {
    if (value) out.push({ target, field: [field], amount: value.years, unit: 'years', qualifier: value.qualifier });
  };
  const count = (target: string, value: { chip?: string; count?: number; qualifier: string } | undefined) => {
    if (value?.count !== undefined) out.push({ target, field: ['compute'], amount: value.count, unit: value.chip ?? 'chips', qualifier: value.qualifier });
  };

  switch (fact.type) {
    case 'employment':
      years(factId('Employment', fact.person, fact.org), 'tenure', fact.tenure);
      break;
    case 'ownership': {
      const target = factId('Ownership', fact.owner, fact.owned, fact.kind);
      if (fact.percent) out.push({ target, field: ['percent'], amount: fact.percent.value, unit: '%', qualifier: fact.percent.qualifier });
      money(target, 'value', fact.value);
      break;
    }
    case 'project':
      money(fact.project, 'investment', fact.investment);
      money(fact.project, 'cost', fact.cost);
      power(fact.project, 'targetCapacity', fact.targetCapacity);
      break;
    case 'site':
      power(fact.site, 'capacity', fact.capacity);
      money(fact.site, 'cost', fact.cost);
      count(fact.site, fact.compute);
      break;
    case 'deal':
      money(fact.deal, 'value', fact.value);
      money(fact.deal, 'cost', fact.cost);
      years(fact.deal, 'term', fact.term);
      power(fact.deal, 'capacity', fact.capacity);
      count(fact.deal, fact.compute);
      break;
    default:
      break;
  }
  return out;
}

/**
 * `conflicting-qualifiers`: the same quantity (one node, one field, one amount in one unit) stated twice in the file
 * with two qualifiers, "about 1 GW" here and "more than 1 GW" there. Reported on the later statement.
 */
function checkQualifiers(facts: IndexedFacts, problem: ProblemAt): Problem[] {
  const problems: Problem[] = [];
  const first = new Map<string, { qualifier: string; path: PropertyKey[] }>();
  for (const { index, fact } of facts) {
    for (const quantity of quantitiesOf(fact)) {
      const path = ['facts', index, ...quantity.field];
      const key = JSON.stringify([quantity.target, formatPath(quantity.field), quantity.unit, quantity.amount]);
      const seen = first.get(key);
      if (seen === undefined) first.set(key, { qualifier: quantity.qualifier, path });
      else if (seen.qualifier !== quantity.qualifier) {
        problems.push(
          problem(path, 'conflicting-qualifiers', `states ${quantity.amount} ${quantity.unit} of "${quantity.target}" as ${quantity.qualifier}, but ${formatPath(seen.path)} states it as ${seen.qualifier}`),
        );
      }
    }
  }
  return problems;
}
