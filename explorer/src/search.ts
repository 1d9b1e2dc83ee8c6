/** Search-as-you-type as an ARIA 1.2 combobox: arrows move, Enter picks, Escape closes. */
import { hitName, search, type EntityType, type SearchHit } from './api';
import { h, replace } from './dom';
import { formatDate, humanize } from './format';
import { typeBadge } from './panel';

export interface SearchOptions {
  onPick(hit: SearchHit): void;
  /** Keep only these types (the path finder and the hires picker take entities only). */
  types?: EntityType[];
  status: HTMLElement;
}

let counter = 0;

export function attachSearch(input: HTMLInputElement, listbox: HTMLElement, options: SearchOptions): { clear(): void } {
  const prefix = `opt-${++counter}`;
  let hits: SearchHit[] = [];
  let active = -1;
  let seq = 0;
  let timer: number | undefined;

  input.setAttribute('role', 'combobox');
  input.setAttribute('aria-autocomplete', 'list');
  input.setAttribute('aria-expanded', 'false');
  input.setAttribute('aria-controls', listbox.id);
  input.autocomplete = 'off';
  listbox.setAttribute('role', 'listbox');
  listbox.hidden = true;

  const close = () => {
    listbox.hidden = true;
    input.setAttribute('aria-expanded', 'false');
    input.removeAttribute('aria-activedescendant');
    active = -1;
  };

  const highlight = (index: number) => {
    active = index;
    listbox.querySelectorAll('[role=option]').forEach((el, i) => el.setAttribute('aria-selected', String(i === index)));
    if (index >= 0) {
      input.setAttribute('aria-activedescendant', `${prefix}-${index}`);
      listbox.querySelector(`#${prefix}-${index}`)?.scrollIntoView({ block: 'nearest' });
    } else input.removeAttribute('aria-activedescendant');
  };

  const pick = (index: number) => {
    const hit = hits[index];
    if (!hit) return;
    close();
    input.value = hitName(hit);
    options.onPick(hit);
  };

  const render = () => {
    replace(
      listbox,
      hits.map((hit, i) =>
        h(
          'li',
          { role: 'option', id: `${prefix}-${i}`, 'aria-selected': 'false', 'data-id': hit.id, 'data-type': hit.__typename, onmousedown: (e: Event) => e.preventDefault(), onclick: () => pick(i) },
          typeBadge(hit.__typename),
          ' ',
          h('span', { class: 'hit-name' }, hitName(hit)),
          h('span', { class: 'hit-detail' }, detail(hit)),
        ),
      ),
    );
    if (!hits.length) listbox.appendChild(h('li', { class: 'no-hit', role: 'presentation' }, 'No match.'));
    listbox.hidden = false;
    input.setAttribute('aria-expanded', 'true');
    highlight(-1);
    options.status.textContent = `${hits.length} result${hits.length === 1 ? '' : 's'} for “${input.value.trim()}”.`;
  };

  const run = async () => {
    const text = input.value.trim();
    const mine = ++seq;
    if (text.length < 2) return close();
    try {
      const found = await search(text, 20);
      if (mine !== seq) return;
      hits = options.types ? found.filter((hit) => options.types!.includes(hit.__typename)) : found;
      render();
    } catch (error) {
      if (mine === seq) options.status.textContent = `Search failed: ${(error as Error).message}`;
    }
  };

  input.addEventListener('input', () => {
    window.clearTimeout(timer);
    timer = window.setTimeout(() => void run(), 180);
  });
  input.addEventListener('keydown', (event) => {
    const open = !listbox.hidden && hits.length > 0;
    if (event.key === 'ArrowDown') {
      event.preventDefault();
      if (!open) return void run();
      highlight((active + 1) % hits.length);
    } else if (event.key === 'ArrowUp') {
      event.preventDefault();
      if (open) highlight(active <= 0 ? hits.length - 1 : active - 1);
    } else if (event.key === 'Enter') {
      event.preventDefault();
      if (open) pick(active >= 0 ? active : 0);
      else {
        window.clearTimeout(timer);
        void run();
      }
    } else if (event.key === 'Escape') {
      close();
    }
  });
  input.addEventListener('blur', () => window.setTimeout(close, 150));
  return {
    clear() {
      input.value = '';
      hits = [];
      close();
    },
  };
}

function detail(hit: SearchHit): string {
  switch (hit.__typename) {
    case 'Organization':
      return hit.kind ? ` · ${humanize(hit.kind)}` : '';
    case 'Deal':
      return hit.kind ? ` · ${humanize(hit.kind)}` : '';
    case 'Site':
      return hit.location ? ` · ${hit.location.country}` : '';
    case 'Article':
      return ` · ${hit.publisher}, ${formatDate(hit.publishedAt)}`;
    default:
      return '';
  }
}
