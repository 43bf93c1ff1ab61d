/**
 * The serialisable description of the spreadsheet functions: names, Dutch descriptions, arguments, result kind,
 * sources and worked examples; no functions, no schemas, no Decimal. It is all the add-in knows of the functions,
 * so the add-in bundles no rule, no legal figure and no arithmetic library.
 */
export type ResultaatSoort = 'bedrag' | 'datum' | 'getal' | 'tabel';

export type ArgumentSoort = 'getal' | 'geheel' | 'percentage' | 'bedrag' | 'datum' | 'tekst' | 'logisch' | 'bereik';

export interface ArgumentBeschrijving {
  naam: string;
  beschrijving: string;
  soort: ArgumentSoort;
  optioneel: boolean;
  /** Values a `tekst` argument may take, for help texts and the formula builder. */
  keuzes?: readonly string[];
}

export interface FunctieBeschrijving {
  naam: string;
  /** One Dutch sentence for help texts. */
  beschrijving: string;
  /** The legal source, short. */
  bron: string;
  argumenten: readonly ArgumentBeschrijving[];
  /** True when the last argument may repeat (UITLEG). */
  herhalend?: boolean;
  resultaat: ResultaatSoort;
  /** A worked example, in the README and the formula builder. */
  voorbeeld: { args: readonly unknown[]; uitkomst: string };
}
