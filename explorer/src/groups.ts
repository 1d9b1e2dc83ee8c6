/**
 * A hub's neighbours grouped by relation: instead of forty entities around OpenAI, one group per relation and
 * direction ("PARTY_TO · 12", "HIRED_BY · 9") that opens on demand. Pure: which nodes are drawn, which are folded
 * into which group (the drawing links the hub to each group once, not to its members).
 */
import type { GraphModel } from './model';

/** Fewer neighbours than this through one relation are drawn as themselves. */
export const MIN_GROUP = 3;

export interface Group {
  /** `relation>` (hub → members) or `<relation` (members → hub): unique per hub. */
  key: string;
  id: string;
  relation: string;
  /** out: the hub is the source of the members' links (OpenAI PARTY_TO a deal); in: the members point at the hub. */
  direction: 'out' | 'in';
  members: string[];
  open: boolean;
  label: string;
}

export interface Grouping {
  hub: string;
  groups: Group[];
  /** Nodes not drawn: members of closed groups, and what only they link to. */
  hidden: Set<string>;
}

export const groupId = (key: string) => `group:${key}`;

/**
 * Groups the neighbours of `hub` by relation and direction. A neighbour joins the group of its first relation with
 * the hub (by relation name); `keep` (expanded entities) are never folded away. Groups with fewer than MIN_GROUP
 * members are not made. A closed group hides its members, and every node that is no longer reachable from the hub
 * through drawn nodes; an open group (its key in `open`) draws its members inside it.
 */
export function groupNeighbours(model: GraphModel, hub: string, keep: ReadonlySet<string>, open: ReadonlySet<string>, includePartners: boolean): Grouping {
  const byNeighbour = new Map<string, { relation: string; direction: 'out' | 'in' }>();
  const edges = model.edgesOf(hub, includePartners).sort((a, b) => a.relation.localeCompare(b.relation) || a.id.localeCompare(b.id));
  for (const edge of edges) {
    const other = edge.source === hub ? edge.target : edge.source;
    if (other === hub || keep.has(other) || byNeighbour.has(other)) continue;
    byNeighbour.set(other, { relation: edge.relation, direction: edge.source === hub ? 'out' : 'in' });
  }
  const buckets = new Map<string, Group>();
  const relationsBothWays = new Set<string>();
  for (const [node, { relation, direction }] of byNeighbour) {
    const key = direction === 'out' ? `${relation}>` : `<${relation}`;
    let group = buckets.get(key);
    if (!group) buckets.set(key, (group = { key, id: groupId(key), relation, direction, members: [], open: open.has(key), label: '' }));
    group.members.push(node);
  }
  for (const g of buckets.values()) if (buckets.has(g.direction === 'out' ? `<${g.relation}` : `${g.relation}>`)) relationsBothWays.add(g.relation);
  const groups = [...buckets.values()].filter((g) => g.members.length >= MIN_GROUP).sort((a, b) => a.key.localeCompare(b.key));
  for (const g of groups) {
    g.members.sort((a, b) => (model.nodes.get(a)?.label ?? a).localeCompare(model.nodes.get(b)?.label ?? b));
    g.label = `${g.direction === 'in' && relationsBothWays.has(g.relation) ? '← ' : ''}${g.relation} · ${g.members.length}`;
  }

  // Drawn: whatever the hub reaches without passing through a closed group's members.
  const folded = new Set(groups.filter((g) => !g.open).flatMap((g) => g.members));
  const drawn = new Set<string>([hub]);
  const queue = [hub, ...keep];
  for (const id of keep) if (model.nodes.has(id)) drawn.add(id);
  while (queue.length) {
    const id = queue.shift()!;
    for (const next of model.neighbours(id, includePartners)) {
      if (drawn.has(next) || folded.has(next)) continue;
      drawn.add(next);
      queue.push(next);
    }
  }
  const hidden = new Set([...model.nodes.keys()].filter((id) => !drawn.has(id)));
  return { hub, groups, hidden };
}
