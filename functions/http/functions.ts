/** GET /api/functions: the catalogue for the formula builder (names, arguments, descriptions, sources). */
import { catalogus } from '../../shared/catalogue';
import type { Handler } from './types';

export const catalogusJson = () =>
  catalogus.map((f) => ({
    naam: f.naam,
    beschrijving: f.beschrijving,
    bron: f.bron,
    argumenten: f.argumenten.map((a) => ({
      naam: a.naam,
      beschrijving: a.beschrijving,
      soort: a.soort,
      optioneel: a.optioneel,
      ...(a.keuzes ? { keuzes: a.keuzes } : {}),
    })),
    herhalend: f.herhalend ?? false,
    resultaat: f.resultaat,
    voorbeeld: f.voorbeeld,
  }));

export const functies: Handler = async () => ({ status: 200, body: { functies: catalogusJson() } });
