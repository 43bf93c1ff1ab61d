/**
 * Schemas of the finance side: ledger imports, BUIG budgets, scenarios and report requests. Shared by the
 * API (request validation, OpenAPI) and the add-in's finance panes. Messages are Dutch.
 */
import { z } from 'zod';
import { datum, isDatum } from '../time/datum';
import { gemeenteSchema } from './casus';
import { BUDGETSOORTEN, type Budgetsoort, type Gemeente, type Maand } from './grootboek-waarden';
import { tekstveld } from './tekst';
import type { WireStap } from './stap';

export {
  BUDGETSOORTEN,
  GEMEENTEN,
  GROOTBOEKSOORTEN,
  type Budgetsoort,
  type Gemeente,
  type Grootboeksoort,
  type Maand,
} from './grootboek-waarden';

const cel = z.union([z.number(), z.string(), z.boolean(), z.null()]);

const isoDatum = z.string().refine(isDatum, { message: 'moet een datum zijn als "2026-03-02"' }).transform(datum);
const gemeente = gemeenteSchema;
const jaar = z
  .number({ message: 'jaar moet een getal zijn, bijvoorbeeld 2026' })
  .int('jaar moet een geheel getal zijn')
  .min(2015, 'jaar moet 2015 of later zijn (de BUIG bestaat sinds 2015)')
  .max(2100, 'jaar mag hoogstens 2100 zijn');
/** An amount in euros as a JSON number or text with at most two decimals ("1234.56"). */
const bedrag = z.union([z.number(), z.string()]).refine((v) => /^-?\d+(\.\d{1,2})?$/.test(String(v).trim()), {
  message: 'moet een bedrag in euro zijn met hoogstens twee decimalen, bijvoorbeeld 1234.56',
});

/**
 * A ledger import: CSV text or the rows of an Excel range (first row the column names). `eersteRegel` is the
 * sheet row of the first row of `rijen`, so reported line numbers match what the user sees.
 */
export const grootboekImportSchema = z
  .object({
    bestandsnaam: tekstveld('bestandsnaam', 260).optional(),
    csv: z.string().optional(),
    rijen: z.array(z.array(cel)).optional(),
    eersteRegel: z
      .number({ message: 'eersteRegel moet een regelnummer zijn' })
      .int('eersteRegel moet een geheel getal zijn')
      .min(1, 'eersteRegel moet 1 of hoger zijn')
      .max(1_048_576, 'eersteRegel mag hoogstens 1048576 zijn (de laatste rij van Excel)')
      .optional(),
  })
  .refine((v) => (v.csv === undefined) !== (v.rijen === undefined), {
    message: 'geef precies één van csv (de tekst van een CSV-bestand) of rijen (een Excel-bereik met kopregel)',
    path: ['csv'],
  });
export type GrootboekImportVerzoek = z.infer<typeof grootboekImportSchema>;

export const budgetSchema = z.object({
  gemeente,
  jaar,
  soort: z.enum(BUDGETSOORTEN, { message: `onbekende budgetsoort; kies uit: ${BUDGETSOORTEN.join(', ')}` }),
  bedrag: bedrag
    .refine((v) => Number(v) >= 0, { message: 'een budget kan niet negatief zijn' })
    // The registry's column is numeric(16, 2).
    .refine((v) => Number(v) < 1e14, { message: 'een budget is hoogstens 99.999.999.999.999,99 euro' }),
  publicatiedatum: isoDatum,
});
export type BudgetInvoer = z.infer<typeof budgetSchema>;
/** A budget as a client sends it, its date still text. */
export type BudgetVerzoek = z.input<typeof budgetSchema>;

/** Number of places the Rijk funds for a gemeente in a year (Pw art. 10b lid 4; Beleidsregels art. 6 lid 1). */
export const gefinancierdePlekkenSchema = z.object({
  gemeente,
  jaar,
  plekken: z
    .number({ message: 'plekken moet een getal zijn' })
    .min(0, 'plekken kan niet negatief zijn')
    .max(10000, 'plekken mag hoogstens 10000 zijn'),
  bron: tekstveld('bron', 500).min(1, 'bron ontbreekt: noem de regeling of het besluit'),
});
export type GefinancierdePlekkenInvoer = z.infer<typeof gefinancierdePlekkenSchema>;

const fractie = (naam: string, min: number, max: number) =>
  z
    .number({ message: `${naam} moet een getal zijn` })
    .min(min, `${naam} moet minstens ${min} zijn`)
    .max(max, `${naam} mag hoogstens ${max} zijn`);

const ramingIndexatie = fractie('indexatiePerHalfjaar', -0.5, 0.5);

/** An explicit projected value: a number, or some numeric fields of the figure (`{ "referentiemaandloon": 2400 }`). */
const ramingWaarde = z.object({
  geldigVanaf: isoDatum,
  waarde: z.union([z.number(), z.record(z.string(), z.number())]),
});

/**
 * A raming: series carried past their last known value from `vanaf` to `tot` (default: 31 December of the year
 * after `vanaf`), each new half year (or year) indexed by `indexatiePerHalfjaar` (0.025 = +2,5 %; the amounts of
 * WML, bijstandsnormen and vrijlating caps; other figures carry over unchanged), per series overridable, or given
 * explicitly. The series names are those of the parameters (`wml`, `bijstandsnormen`, `vrijlating`, `vangnet`, …).
 */
export const ramingSchema = z
  .object({
    vanaf: isoDatum,
    tot: isoDatum.optional(),
    indexatiePerHalfjaar: ramingIndexatie.optional(),
    reeksen: z
      .record(
        z.string(),
        z.object({ indexatiePerHalfjaar: ramingIndexatie.optional(), waarden: z.array(ramingWaarde).max(40).optional() }).strict(),
      )
      .optional(),
  })
  .strict();
export type RamingInvoer = z.infer<typeof ramingSchema>;

/**
 * The overrides a scenario may set. The first three are legal parameters (they replace figures in force);
 * the others are scenario inputs to the comparison only.
 */
export const scenarioWijzigingenSchema = z
  .object({
    /** Multiplies the minimum wage (1.03 = 3% more). */
    wmlFactor: fractie('wmlFactor', 0.5, 2).optional(),
    /** Cap on the LKS as a fraction of WML + vakantiebijslag (law: 0.70). */
    lksMaximum: fractie('lksMaximum', 0, 1).optional(),
    /** Werkgeverslasten as a fraction of the subsidy (law: 0.235). */
    werkgeverslasten: fractie('werkgeverslasten', 0, 1).optional(),
    /** A scenario of kind raming: projected figures past the known range (applied before the overrides above). */
    raming: ramingSchema.optional(),
    /** Rijk amount for begeleiding per place per year (€). */
    begeleidingPerPlek: z.number().min(0, 'begeleidingPerPlek kan niet negatief zijn').max(1000000).optional(),
    /** Added to every loonwaarde (−0.05 = five points lower), kept within 0…1. */
    loonwaardeVerschuiving: fractie('loonwaardeVerschuiving', -1, 1).optional(),
    /** Extra dienstverbanden per gemeente in the year. */
    instroom: z
      .partialRecord(gemeente, z.number().int('instroom moet een geheel aantal zijn').min(0, 'instroom kan niet negatief zijn').max(10000))
      .optional(),
    /** Month (1–12) the extra dienstverbanden start; default 7 (an even spread over the year starts on average mid-year). */
    instroomMaand: z
      .number()
      .int()
      .min(1, 'instroomMaand moet 1 tot en met 12 zijn')
      .max(12, 'instroomMaand moet 1 tot en met 12 zijn')
      .optional(),
  })
  .strict();
export type ScenarioWijzigingen = z.infer<typeof scenarioWijzigingenSchema>;

export const SCENARIONAAM = /^[A-Za-z0-9][A-Za-z0-9 _.-]{0,63}$/;

export const scenarioSchema = z.object({
  naam: z
    .string()
    .regex(
      SCENARIONAAM,
      'naam: 1 tot 64 letters, cijfers, spaties, punten, streepjes of liggende streepjes, beginnend met een letter of cijfer',
    ),
  omschrijving: tekstveld('omschrijving', 2000).optional(),
  /** First day the legal overrides apply; before it the figures in force stay. Absent: from the start of every series. */
  ingangsdatum: isoDatum.optional(),
  wijzigingen: scenarioWijzigingenSchema,
});
export type ScenarioInvoer = z.infer<typeof scenarioSchema>;
/** A scenario as a client sends it, its date still text. */
export type ScenarioVerzoek = z.input<typeof scenarioSchema>;

export const vergelijkingSchema = z.object({ jaar, gemeente: gemeente.optional() });
export type VergelijkingVerzoek = z.infer<typeof vergelijkingSchema>;

export const rapportageSchema = z.object({ jaar, gemeente: gemeente.optional() });
export type RapportageVerzoek = z.infer<typeof rapportageSchema>;

export const reconciliatieSchema = z.object({
  jaar,
  gemeente: gemeente.optional(),
  /** Differences up to this amount (€) are not listed; default 0: every cent. */
  tolerantie: z.number().min(0, 'tolerantie kan niet negatief zijn').max(1000, 'tolerantie mag hoogstens 1000 euro zijn').optional(),
});
export type ReconciliatieVerzoek = z.infer<typeof reconciliatieSchema>;

/** GET /api/grootboek/reconciliatie: one difference. Amounts as text with two decimals. */
export interface LksVerschilJson {
  gemeente: Gemeente;
  casusnummer: string | null;
  maand: Maand;
  soort: 'te_veel_betaald' | 'te_weinig_betaald' | 'niet_betaald' | 'betaald_zonder_dienstverband' | 'niet_toe_te_wijzen';
  verwacht: string;
  betaald: string;
  verschil: string;
  stappen: WireStap[];
}

/** GET /api/buig: one gemeente (or `fout` when no budget is stored). */
export interface BuigOverzichtJson {
  gemeente: Gemeente;
  jaar: number;
  budgetsoort?: Budgetsoort;
  budget?: string;
  publicatiedatum?: string;
  bijstand?: string;
  lks?: string;
  nettoLasten?: string;
  saldo?: string;
  vangnet?: string | null;
  vangnetToelichting?: string;
  fout?: string;
  stappen?: WireStap[];
}

export interface KerncijfersJson {
  lksKosten: string;
  buigSaldo: string | null;
  plekkenGerealiseerd: string;
  begeleidingskosten: string | null;
}

/** GET /api/scenarios/{naam}/vergelijking: one gemeente. */
export interface VergelijkingJson {
  gemeente: Gemeente;
  basis: KerncijfersJson;
  scenario: KerncijfersJson;
  verschil: KerncijfersJson;
}

/** GET /api/rapportages/viermaands: one gemeente and tertiaal. */
export interface RapportageRegelJson {
  gemeente: Gemeente;
  tertiaal: 1 | 2 | 3;
  van: string;
  standOp: string;
  instroom: number;
  plaatsingen: number;
  wachtlijstLengte: number;
  gemiddeldeWachttijdDagen: number | null;
  langsteWachttijdDagen: number | null;
  plekkenGerealiseerd: string;
  plekkenGefinancierd: number | null;
  lksUitgaven: string;
  bijstandUitgaven: string;
}
