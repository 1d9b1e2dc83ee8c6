/**
 * The pure parts of the explorer's analyst views: where the timeline places partial dates, how the deals table's
 * filter travels through the URL hash into GraphQL and the export link, which order a header click asks for, and
 * how a hub's neighbours fold into relation groups. (The map's placement needs d3-geo, an ES module jest does not
 * load here; test/browser/analyst-views.int.test.ts covers it.)
 */
import { exportHref } from '../../explorer/src/downloads';
import { ariaSort, dealsExportParams, nextOrder, parseDealFilter, toDealFilter, writeDealFilter } from '../../explorer/src/deal-filters';
import { groupNeighbours, MIN_GROUP } from '../../explorer/src/groups';
import { GraphModel } from '../../explorer/src/model';
import { firstDay, precisionOf, timelineItems } from '../../explorer/src/timeline-items';

describe('timeline items', () => {
  const org = { id: 'openai', name: 'OpenAI' };
  const hire = (id: string, date: string | null, dateInferred = false) => ({ id, person: { id: `p-${id}`, name: `Person ${id}` }, organization: org, from: null, date, dateInferred });
  const deal = (id: string, announced: string | null) => ({ id, name: `Deal ${id}`, kind: 'CLOUD_CAPACITY', announced });

  it('places a partial date at its first day and keeps its precision', () => {
    expect(precisionOf('2025')).toBe('year');
    expect(precisionOf('2025-07')).toBe('month');
    expect(precisionOf('2025-07-04')).toBe('day');
    expect(firstDay('2025')).toBe(Date.UTC(2025, 0, 1));
    expect(firstDay('2025-07')).toBe(Date.UTC(2025, 6, 1));
    expect(firstDay('2025-07-04')).toBe(Date.UTC(2025, 6, 4));
    expect(firstDay('soon')).toBeNull();
  });

  it('orders dated deals and hires by their first day and lists undated ones apart', () => {
    const { placed, undated } = timelineItems({ deals: [deal('b', '2025-07'), deal('u', null)], hires: [hire('a', '2025-07-01', true), hire('c', '2024'), hire('n', null)] });
    expect(placed.map((i) => [i.id, i.precision])).toEqual([['c', 'year'], ['b', 'month'], ['a', 'day']]);
    expect(placed.find((i) => i.id === 'a')?.inferred).toBe(true);
    expect(undated.map((i) => i.id)).toEqual(['u', 'n']);
  });

  it('counts a hire seen from both ends once', () => {
    const { placed } = timelineItems({ deals: [], hires: [hire('a', '2025-01'), hire('a', '2025-01')] });
    expect(placed).toHaveLength(1);
  });
});

describe('deals table filter', () => {
  it('reads the hash, ignoring empty fields, unknown enum values and numbers that are not numbers', () => {
    const filter = parseDealFilter(new URLSearchParams('party=Oracle&role=PROVIDER&status=MAYBE&kind=&minAnnualizedUsd=abc&view=numbers'));
    expect(filter).toEqual({ party: 'Oracle', role: 'PROVIDER' });
  });

  it('round-trips through the hash and becomes a GraphQL DealFilter with numbers as numbers', () => {
    const params = new URLSearchParams();
    writeDealFilter(params, { minAnnualizedUsd: '1e10', party: 'Oracle', status: 'SIGNED' });
    expect(params.toString()).toBe('party=Oracle&status=SIGNED&minAnnualizedUsd=1e10');
    expect(toDealFilter(parseDealFilter(params))).toEqual({ party: 'Oracle', status: 'SIGNED', minAnnualizedUsd: 1e10 });
  });

  it('links the export to the same filter and order', () => {
    expect(exportHref('deals', 'csv', dealsExportParams({ party: 'Oracle', role: 'PROVIDER' }, 'NAME_ASC'))).toBe('/export/deals.csv?party=Oracle&role=PROVIDER&orderBy=NAME_ASC');
    expect(exportHref('sites', 'jsonl')).toBe('/export/sites.jsonl');
  });

  it('steps a header through its column’s orders and reports aria-sort', () => {
    expect(nextOrder('annualized', 'NAME_ASC')).toBe('ANNUALIZED_USD_DESC');
    expect(nextOrder('annualized', 'ANNUALIZED_USD_DESC')).toBe('ANNUALIZED_USD_ASC');
    expect(nextOrder('annualized', 'ANNUALIZED_USD_ASC')).toBe('ANNUALIZED_USD_DESC');
    expect(nextOrder('name', 'ANNOUNCED_DESC')).toBe('NAME_ASC');
    expect(ariaSort('annualized', 'ANNUALIZED_USD_ASC')).toBe('ascending');
    expect(ariaSort('announced', 'ANNOUNCED_DESC')).toBe('descending');
    expect(ariaSort('name', 'ANNOUNCED_DESC')).toBe('none');
  });
});

describe('groupNeighbours', () => {
  /** OpenAI PARTY_TO four deals; two people HIRED_BY it, one of whom CAME_FROM Meta; one deal also has Oracle as a party. */
  function hub(): GraphModel {
    const model = new GraphModel();
    model.addNode({ id: 'openai', name: 'OpenAI' }, 'Organization');
    for (const d of ['d1', 'd2', 'd3', 'd4']) {
      model.addNode({ id: d, name: `Deal ${d}` }, 'Deal');
      model.addEdge({ id: `party-${d}`, source: 'openai', target: d, relation: 'PARTY_TO', kind: 'fact' });
    }
    for (const p of ['heyde', 'lazarov']) {
      model.addNode({ id: p, name: p }, 'Person');
      model.addEdge({ id: `hire-${p}`, source: p, target: 'openai', relation: 'HIRED_BY', kind: 'fact' });
    }
    model.addNode({ id: 'meta', name: 'Meta' }, 'Organization');
    model.addEdge({ id: 'hire-heyde~from', source: 'heyde', target: 'meta', relation: 'CAME_FROM', kind: 'fact' });
    model.addNode({ id: 'oracle', name: 'Oracle' }, 'Organization');
    model.addEdge({ id: 'party-oracle-d1', source: 'oracle', target: 'd1', relation: 'PARTY_TO', kind: 'fact' });
    return model;
  }

  it('folds a relation with at least MIN_GROUP neighbours into one group with its count, and what only they reach', () => {
    expect(MIN_GROUP).toBe(3);
    const grouping = groupNeighbours(hub(), 'openai', new Set(), new Set(), false);
    expect(grouping.groups.map((g) => [g.key, g.label, g.members])).toEqual([['PARTY_TO>', 'PARTY_TO · 4', ['d1', 'd2', 'd3', 'd4']]]);
    // Two hires stay as themselves (and Meta with them); Oracle is reached only through a folded deal.
    expect([...grouping.hidden].sort()).toEqual(['d1', 'd2', 'd3', 'd4', 'oracle']);
  });

  it('draws an open group’s members and never folds an expanded entity', () => {
    const open = groupNeighbours(hub(), 'openai', new Set(), new Set(['PARTY_TO>']), false);
    expect(open.groups[0].open).toBe(true);
    expect(open.hidden.size).toBe(0);
    const kept = groupNeighbours(hub(), 'openai', new Set(['d1']), new Set(), false);
    expect(kept.groups[0].members).toEqual(['d2', 'd3', 'd4']);
    expect(kept.hidden.has('d1')).toBe(false);
    expect(kept.hidden.has('oracle')).toBe(false);
  });
});
