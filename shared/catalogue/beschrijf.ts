/**
 * Derives the serialisable description of a catalogue function from its entry (apart from beschrijving.ts, which
 * holds only types, so the argument readers and the entries can use those types without an import circle).
 */
import type { ArgumentBeschrijving, FunctieBeschrijving } from './beschrijving';
import type { CatalogusFunctie } from './functie';

/**
 * The description of one catalogue function, without its implementation.
 * @example beschrijf(WML).argumenten.map((a) => a.naam) // ['peildatum', 'leeftijd', 'periode', 'scenario']
 */
export function beschrijf(f: CatalogusFunctie): FunctieBeschrijving {
  return {
    naam: f.naam,
    beschrijving: f.beschrijving,
    bron: f.bron,
    argumenten: f.argumenten.map((a): ArgumentBeschrijving => ({
      naam: a.naam,
      beschrijving: a.beschrijving,
      soort: a.soort,
      optioneel: a.optioneel,
      ...(a.keuzes ? { keuzes: a.keuzes } : {}),
    })),
    ...(f.herhalend ? { herhalend: true } : {}),
    resultaat: f.resultaat,
    voorbeeld: f.voorbeeld,
  };
}
