/**
 * The one step of an explanation on the wire: every endpoint that explains a number, the command line and the
 * add-in read and write this shape. The domain keeps its own `Stap` (label, waarde, bron); `alsWireStap` is the
 * one converter between them. A step on a figure that is not vastgesteld adds `status` (and, for a raming, the
 * scenario's name); a step on vastgesteld figures has exactly the three fields.
 */
import { z } from 'zod';
import { bronTekst } from '../bron';
import type { Stap } from '../uitleg';

export const wireStapSchema = z.object({
  label: z.string(),
  value: z.string(),
  source: z.string(),
  /** The figure the step rests on is onbevestigd, aangekondigd, or projected by a raming scenario. */
  status: z.enum(['onbevestigd', 'aangekondigd', 'raming']).optional(),
  /** With status raming: the name of the scenario that projected the figure. */
  scenario: z.string().optional(),
});
export type WireStap = z.infer<typeof wireStapSchema>;

/** Rules share frozen step objects between results (LKS per year and hours): those are converted once. */
const gedeeld = new WeakMap<Stap, WireStap>();

function wire(s: Stap): WireStap {
  const basis = { label: s.label, value: s.waarde, source: bronTekst(s.bron) };
  if (s.status === undefined) return basis;
  return s.status.status === 'raming' ? { ...basis, status: 'raming', scenario: s.status.scenario } : { ...basis, status: s.status.status };
}

/**
 * The wire form of a domain step.
 * @example alsWireStap(stap('Referentiemaandloon', '2294.40', { regeling: 'WML', artikel: '8' })) // { label: 'Referentiemaandloon', value: '2294.40', source: 'WML art. 8' }
 */
export function alsWireStap(s: Stap): WireStap {
  if (!Object.isFrozen(s)) return wire(s);
  let w = gedeeld.get(s);
  if (w === undefined) {
    w = Object.freeze(wire(s));
    gedeeld.set(s, w);
  }
  return w;
}
