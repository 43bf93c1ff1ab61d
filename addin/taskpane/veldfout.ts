/**
 * Errors next to their field: shown below it, tied to it for screen readers (`aria-invalid`, `aria-describedby`),
 * with focus moved there after a button press, so a user at 320 px or by keyboard lands where the mending is.
 */
import { AvresFout } from '../client/fout';
import { el, melding, vervang } from './dom';

/** A form's fields by the name the API gives them in an error (`datum`, `bedrag`…). */
export type Velden = Record<string, HTMLElement | null | undefined>;

const foutId = (veld: HTMLElement): string => `${veld.id}-fout`;

/**
 * Shows an error right below its field and ties it to the field for screen readers (`aria-invalid`, the error first
 * in `aria-describedby`); `focus` moves there, which is what a user needs after pressing a button. While the user
 * types (a live preview) focus stays put, and the error is announced as an alert instead.
 */
export function toonVeldfout(veld: HTMLElement, tekst: string, { focus }: { focus: boolean }): void {
  wisVeldfout(veld);
  const id = foutId(veld);
  veld.after(el('p', { id, class: 'veldfout', role: focus ? undefined : 'alert' }, tekst));
  veld.setAttribute('aria-invalid', 'true');
  veld.setAttribute('aria-describedby', [id, veld.getAttribute('aria-describedby')].filter(Boolean).join(' '));
  if (focus) veld.focus();
}

/** Takes a field's error away again (no-op when it has none). */
function wisVeldfout(veld: HTMLElement): void {
  const id = foutId(veld);
  document.getElementById(id)?.remove();
  veld.removeAttribute('aria-invalid');
  const rest = (veld.getAttribute('aria-describedby') ?? '').split(' ').filter((d) => d && d !== id);
  if (rest.length) veld.setAttribute('aria-describedby', rest.join(' '));
  else veld.removeAttribute('aria-describedby');
}

/** Takes the errors of all these fields away, before a new try. */
export function wisVeldfouten(velden: Velden): void {
  for (const v of Object.values(velden)) if (v) wisVeldfout(v);
}

/** An error of the API next to the field it names (focus there), otherwise as a message in `plaats`. */
export function toonFoutBijVeld(e: unknown, velden: Velden, plaats: HTMLElement): void {
  const tekst = e instanceof Error ? e.message : String(e);
  const veld = e instanceof AvresFout && e.veld ? velden[e.veld] : undefined;
  if (veld) toonVeldfout(veld, tekst, { focus: true });
  else vervang(plaats, melding('fout', tekst));
}
