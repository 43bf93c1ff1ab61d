/**
 * The step table of an answer to `"stepTable": true` (our extension of DOMAIN.md's batch contract, README): every
 * distinct step once, written as `[labelRef, value]` (with `status` and `scenario` after it when present), every
 * (label, source) pair once in `stepLabels`, numbered in the order they are met. The answer gives each step in the
 * first result that has it and renumbers the steps in that order (AntwoordSchrijver); labels keep these numbers.
 * On random input nearly every step value is new, but its label and source repeat in every result.
 *
 * The batch entry numbers the rules' domain steps as they come out (`nummerVan`, on what their wire form would be,
 * without making that form), so an answer with a step table never holds a step object per result. Shared (frozen)
 * steps are found by identity; the others by label, source and value in maps, so a step's text is written only when
 * it is new.
 */
import { bronTekst, type Bronnen } from '../bron';
import { alsWireStap, type WireStap } from '../schemas/stap';
import type { Stap } from '../uitleg';

/**
 * The JSON text of label and source strings, which rules share as constants: quoted once, not per step. Bounded,
 * because a rule may also build a label per call (a caller's scenario name in it).
 */
const gequoteerd = new Map<string, string>();
const MAX_GEQUOTEERD = 4096;

/**
 * A string as JSON text, quoted once per distinct constant.
 * @example quote('Pw art. 10d lid 4') // '"Pw art. 10d lid 4"'
 */
export function quote(tekst: string): string {
  let q = gequoteerd.get(tekst);
  if (q === undefined) {
    q = JSON.stringify(tekst);
    if (gequoteerd.size < MAX_GEQUOTEERD) gequoteerd.set(tekst, q);
  }
  return q;
}

/**
 * A step's value as JSON text: between quotes as it is when nothing in it needs escaping (amounts, fractions,
 * dates: nearly every value), else through JSON.stringify, whose call on these short strings was about a quarter of
 * numbering the steps of 10,000 random LKS results.
 * @example jsonTekst('1224.11') // '"1224.11"'
 */
export function jsonTekst(waarde: string): string {
  for (let k = 0; k < waarde.length; k++) {
    const c = waarde.charCodeAt(k);
    // Control characters, the quote and the backslash need escaping; so do lone surrogates (JSON.stringify writes them as \u escapes).
    if (c < 0x20 || c === 0x22 || c === 0x5c || (c >= 0xd800 && c <= 0xdfff)) return JSON.stringify(waarde);
  }
  return `"${waarde}"`;
}

export class StapTabel {
  /** Frozen steps by identity. */
  private readonly gedeeld = new Map<Stap, number>();
  private readonly labelNummers = new Map<string, Map<string, number>>();
  /** Per label: the source object it came with last and its label number; rules cite one constant per label. */
  private readonly laatsteBron = new Map<string, { bron: Bronnen; l: number }>();
  /** Per label number: the step number of each value (steps without status). */
  private readonly opWaarde: Map<string, number>[] = [];
  /** Steps with a status: rare, numbered by the text of their wire form. */
  private readonly opTekst = new Map<string, number>();
  /** The `stepLabels` entries as JSON text, by label number. */
  readonly labels: string[] = [];
  /** Each step as the answer gives it at its first use, `[labelRef, value, …]` as JSON text, by step number. */
  readonly teksten: string[] = [];

  /**
   * The number of a domain step, adding it when new: numbered by its wire form (`alsWireStap`) without making it.
   * @example new StapTabel().nummerVan(stap('WML', '2294.40', { regeling: 'WML', artikel: '8' })) // 0
   */
  nummerVan(s: Stap): number {
    const vast = Object.isFrozen(s);
    let i = vast ? this.gedeeld.get(s) : undefined;
    if (i !== undefined) return i;
    i = s.status === undefined ? this.opWaardeNummer(this.labelNummerVan(s.label, s.bron), s.waarde) : this.metStatus(alsWireStap(s));
    if (vast) this.gedeeld.set(s, i);
    return i;
  }

  /** The numbers of a result's domain steps, in order. */
  nummersVan(stappen: readonly Stap[]): number[] {
    const uit = new Array<number>(stappen.length);
    for (let k = 0; k < stappen.length; k++) uit[k] = this.nummerVan(stappen[k]!);
    return uit;
  }

  private labelNummerVan(label: string, bron: Bronnen): number {
    const laatst = this.laatsteBron.get(label);
    if (laatst !== undefined && laatst.bron === bron) return laatst.l;
    const l = this.labelNummer(label, bronTekst(bron));
    this.laatsteBron.set(label, { bron, l });
    return l;
  }

  private labelNummer(label: string, source: string): number {
    let perBron = this.labelNummers.get(label);
    if (perBron === undefined) this.labelNummers.set(label, (perBron = new Map()));
    let l = perBron.get(source);
    if (l === undefined) {
      l = this.labels.push(`{"label":${quote(label)},"source":${quote(source)}}`) - 1;
      perBron.set(source, l);
      this.opWaarde.push(new Map());
    }
    return l;
  }

  private opWaardeNummer(l: number, waarde: string): number {
    const perWaarde = this.opWaarde[l]!;
    let i = perWaarde.get(waarde);
    if (i === undefined) {
      i = this.teksten.push(`[${l},${jsonTekst(waarde)}]`) - 1;
      perWaarde.set(waarde, i);
    }
    return i;
  }

  private metStatus(s: WireStap): number {
    const l = this.labelNummer(s.label, s.source);
    const extra = s.scenario === undefined ? [s.status] : [s.status, s.scenario];
    const tekst = JSON.stringify([l, s.value, ...extra]);
    let i = this.opTekst.get(tekst);
    if (i === undefined) {
      i = this.teksten.push(tekst) - 1;
      this.opTekst.set(tekst, i);
    }
    return i;
  }
}
