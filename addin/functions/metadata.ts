/**
 * functions.json, the custom-function metadata Excel reads, derived from the catalogue: one source of
 * truth for names, arguments and descriptions. The namespace (AVRES) is set in manifest.xml.
 */
import type { FunctieBeschrijving } from '../../shared/catalogue/beschrijving';
import type { ArgumentBeschrijving } from '../../shared/catalogue/beschrijving';

export interface ParameterMetadata {
  name: string;
  description: string;
  type: 'number' | 'string' | 'boolean' | 'any';
  dimensionality: 'scalar' | 'matrix';
  optional?: boolean;
  repeating?: boolean;
}

export interface FunctieMetadata {
  id: string;
  name: string;
  description: string;
  parameters: ParameterMetadata[];
  result: { type?: 'number' | 'string' | 'any'; dimensionality: 'scalar' | 'matrix' };
}

/**
 * Dates are `any`: a serial or ISO text. Optional numbers are `any` too, because Excel turns an empty
 * cell given to a `number` parameter into 0, and an empty loonwaarde means the lid 5 forfait, not 0%.
 */
function parameterType(a: ArgumentBeschrijving): ParameterMetadata['type'] {
  switch (a.soort) {
    case 'getal':
    case 'geheel':
    case 'percentage':
    case 'bedrag':
      return a.optioneel ? 'any' : 'number';
    case 'tekst':
      return 'string';
    case 'logisch':
      return a.optioneel ? 'any' : 'boolean';
    default:
      return 'any';
  }
}

function parameterBeschrijving(a: ArgumentBeschrijving): string {
  const keuzes = a.keuzes ? ` Kies uit: ${a.keuzes.join(', ')}.` : '';
  const datum = a.soort === 'datum' ? ' (datum of tekst als "2026-03-02")' : '';
  return `${a.beschrijving}${datum}${keuzes}`;
}

/** The metadata entry of one catalogue function. */
export function functieMetadata(f: FunctieBeschrijving): FunctieMetadata {
  const parameters = f.argumenten.map((a, i): ParameterMetadata => {
    const herhalend = !!f.herhalend && i === f.argumenten.length - 1;
    const p: ParameterMetadata = {
      name: a.naam,
      description: parameterBeschrijving(a),
      type: herhalend ? 'any' : parameterType(a),
      dimensionality: a.soort === 'bereik' || herhalend ? 'matrix' : 'scalar',
    };
    if (a.optioneel) p.optional = true;
    if (herhalend) p.repeating = true;
    return p;
  });
  return {
    id: f.naam,
    name: f.naam,
    description: `${f.beschrijving} Bron: ${f.bron}.`,
    parameters,
    result: f.resultaat === 'tabel' ? { type: 'any', dimensionality: 'matrix' } : { type: 'number', dimensionality: 'scalar' },
  };
}

/** The whole functions.json document. */
export function functionsJson(catalogus: readonly FunctieBeschrijving[]): { functions: FunctieMetadata[] } {
  return { functions: catalogus.map(functieMetadata) };
}
