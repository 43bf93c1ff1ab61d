/** Building the panes' DOM without a framework. */

type Kind = Node | string | null | undefined | false;

/**
 * Creates an element with attributes (`class`, `for`, `aria-*`, …) and children.
 * @example el('p', { class: 'fout' }, 'loonwaarde ontbreekt')
 */
export function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attrs: Record<string, string | boolean | undefined> = {},
  ...kinderen: Kind[]
): HTMLElementTagNameMap[K] {
  const e = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) {
    if (v === undefined || v === false) continue;
    e.setAttribute(k, v === true ? '' : v);
  }
  for (const k of kinderen) if (k !== null && k !== undefined && k !== false) e.append(k);
  return e;
}

/** Replaces the children of an element. */
export function vervang(e: Element, ...kinderen: Kind[]): void {
  e.replaceChildren(...kinderen.filter((k): k is Node | string => k !== null && k !== undefined && k !== false));
}

/** A status line: `info`, `ok` or `fout`, read out by screen readers. */
export function melding(soort: 'info' | 'ok' | 'fout', tekst: string): HTMLElement {
  return el('p', { class: `melding melding-${soort}`, role: soort === 'fout' ? 'alert' : 'status' }, tekst);
}

/**
 * A table in a box of its own that scrolls sideways when the table is wider than the pane (320 px), focusable so
 * a keyboard user can scroll it too.
 */
export function tabelVak(tabel: HTMLTableElement): HTMLElement {
  return el('div', { class: 'tabel-vak', tabindex: '0' }, tabel);
}
