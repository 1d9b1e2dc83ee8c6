/**
 * The evidence panel of the analyst views (timeline, map): the selected entity's panel, or a fact's (a hire's)
 * facts and sources, the same blocks the graph's panel shows. A later selection wins over a slower earlier one.
 */
import { entityDetails, factDetails, type EntityType, type FactType } from './api';
import { h, replace } from './dom';
import { GraphModel } from './model';
import { entityPanel, evidenceList, factBody, type Actions } from './panel';

export type Selected = { kind: 'entity'; id: string; type: EntityType } | { kind: 'fact'; id: string; type: FactType; title: string };

let seq = 0;

/** Fills `panel` with the selection's facts and sources; an empty prompt when nothing is selected. */
export async function renderSelection(panel: HTMLElement, selected: Selected | null, actions: Actions, prompt: string): Promise<void> {
  const mine = ++seq;
  if (!selected) {
    delete panel.dataset.selected;
    return replace(panel, h('p', { class: 'muted' }, prompt));
  }
  replace(panel, h('p', { class: 'loading' }, 'Loading…'));
  try {
    let content: HTMLElement;
    if (selected.kind === 'entity') {
      const details = await entityDetails(selected.id, selected.type);
      content = details ? entityPanel(details, actions, new GraphModel()) : h('p', {}, 'Not found.');
    } else {
      const fact = await factDetails(selected.id, selected.type);
      content = fact
        ? h('div', { class: 'edge-panel', 'data-fact': selected.id }, h('header', { class: 'panel-header' }, h('span', { class: 'badge badge-link' }, 'Fact'), h('h3', { id: 'panel-title', tabindex: '-1' }, selected.title)), factBody(fact, actions), evidenceList(fact.evidence))
        : h('p', {}, 'This fact is no longer in the graph.');
    }
    if (mine !== seq) return;
    replace(panel, content);
    panel.dataset.selected = selected.id;
  } catch (error) {
    if (mine === seq) replace(panel, h('p', { class: 'error' }, `Could not load: ${(error as Error).message}`));
  }
}
