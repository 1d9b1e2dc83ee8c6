/**
 * The "as known at" date control of the evidence panel and the numbers view. The date lives in the URL (`known=`),
 * so a shared link shows what the knowledge base would have shown on that date; "Today" clears it.
 */
import { validKnownAt } from './as-of';
import { h } from './dom';

export function knownAtControl(id: string, current: string | undefined, onChange: (known: string | undefined) => void): HTMLFormElement {
  const input = h('input', { id, type: 'text', inputmode: 'numeric', placeholder: 'YYYY-MM-DD', size: 10, value: current ?? '', 'aria-describedby': `${id}-hint` }) as HTMLInputElement;
  const hint = h('span', { id: `${id}-hint`, class: 'muted small' }, current ? `Showing what the sources had reported by ${current}.` : 'Showing today’s knowledge.');
  const form = h(
    'form',
    { class: 'known-at', 'aria-label': 'As known at', 'data-known': current ?? '' },
    h('label', { for: id }, 'As known at '),
    input,
    h('button', { type: 'submit' }, 'Apply'),
    h('button', { type: 'button', onclick: () => onChange(undefined) }, 'Today'),
    hint,
  ) as HTMLFormElement;
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const value = input.value.trim();
    if (value === '') return onChange(undefined);
    const known = validKnownAt(value);
    if (!known) {
      hint.textContent = 'Write a year, a month or a day: 2025, 2025-07 or 2025-07-15.';
      input.setAttribute('aria-invalid', 'true');
      return;
    }
    onChange(known);
  });
  return form;
}
