/**
 * Colours and shapes per entity type. Every colour here carries white text
 * in the badges at WCAG AA (contrast ≥ 4.5:1, checked in test/unit/explorer.test.ts), and the
 * graph uses the same colour and a distinct shape so type never rests on colour alone.
 */
import type { EntityType } from './api';

export const TYPE_STYLE: Record<EntityType, { color: string; shape: string; label: string; symbol: string }> = {
  Organization: { color: '#1f5fae', shape: 'round-rectangle', label: 'Organization', symbol: '■' },
  Person: { color: '#a84300', shape: 'ellipse', label: 'Person', symbol: '●' },
  Project: { color: '#6a3d9a', shape: 'hexagon', label: 'Project', symbol: '⬢' },
  Site: { color: '#2e6b30', shape: 'diamond', label: 'Site', symbol: '◆' },
  Deal: { color: '#b3261e', shape: 'star', label: 'Deal', symbol: '★' },
  Article: { color: '#4a4a4a', shape: 'tag', label: 'Article', symbol: '▶' },
};

export const ENTITY_TYPES = Object.keys(TYPE_STYLE) as EntityType[];
