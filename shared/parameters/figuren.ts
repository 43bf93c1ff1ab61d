/**
 * The shapes of the legal figures, one per series: what each value of a `Reeks` holds. A leaf module, so the data
 * files and the index that gathers them into `Parameters` both depend on it, not on each other.
 */
import type Decimal from 'decimal.js';
import type { Datum } from '../time/datum';

export type Leefvorm = 'alleenstaande' | 'alleenstaande_ouder' | 'gehuwden' | 'alleenstaande_aow' | 'gehuwden_aow';
export const LEEFVORMEN: readonly Leefvorm[] = ['alleenstaande', 'alleenstaande_ouder', 'gehuwden', 'alleenstaande_aow', 'gehuwden_aow'];

export interface Minimumloon {
  perUur: Decimal;
  /** Referentiemaandloon for a 36-hour week (WML art. 8 lid 1 onder b/c). */
  referentiemaandloon: Decimal;
}

export interface LksFiguren {
  /** 0.70: cap on the subsidy as a fraction of WML + vakantiebijslag (Pw 10d lid 4). */
  maximum: Decimal;
  /** 0.50: forfait when the loonwaarde is not determined (Pw 10d lid 5). */
  forfait: Decimal;
  /** 0.235: werkgeverslasten on the subsidy (Regeling LKS Pw 2021 art. 1). */
  werkgeverslasten: Decimal;
  /** 36: the week the amount is pro-rated to (Pw 10d lid 4). */
  normUren: number;
}

export interface VrijlatingFiguren {
  /** 0.25 of netto inkomsten uit arbeid (Pw 31 lid 2 onder n). */
  percentage: Decimal;
  /** Cap per month. */
  maximum: Decimal;
  /** 6: months the vrijlating applies. */
  maanden: number;
  /** 27: not below this age (Pw 31 lid 5). */
  minimumleeftijd: number;
}

/** The bijverdienregels of Pw art. 34a (Participatiewet in balans, from 2027-01-01). */
export interface BijverdienFiguren {
  /** 0.15 of the income from work below the pensioengerechtigde leeftijd. */
  percentage: Decimal;
  /** 12: consecutive months, below the pensioengerechtigde leeftijd. */
  maanden: number;
  /** 0.15 for someone medisch urenbeperkt, without the month limit. */
  percentageMedisch: Decimal;
  /** 0.25 at or above the pensioengerechtigde leeftijd … */
  percentageAow: Decimal;
  /** … at most this amount per month (€ 226). */
  maximumAow: Decimal;
}

/** The pensioengerechtigde leeftijd (AOW art. 7a): 67, 67 and 3 months from 2028. */
export interface Pensioenleeftijd {
  jaren: number;
  maanden: number;
}

export interface VangnetFiguren {
  /** 0.075: eigen risico as a fraction of the definitief budget. */
  drempel: Decimal;
  /** 0.125: above this the tekort is compensated in full. */
  bovengrens: Decimal;
  /** 0.5: share compensated between drempel and bovengrens. */
  vergoedingTussen: Decimal;
  /** 1: share compensated above bovengrens. */
  vergoedingBoven: Decimal;
}

export interface DwangsomTrede {
  /** First and last day (1-based) of this step. */
  vanDag: number;
  totDag: number;
  bedragPerDag: Decimal;
}

export interface DwangsomFiguren {
  /** 14: days after expiry and ingebrekestelling before the first dwangsom day (Awb 4:17 lid 3). */
  wachtDagen: number;
  treden: DwangsomTrede[];
  /** 42: the maximum number of days (Awb 4:17 lid 1). */
  maxDagen: number;
}

/** Days equated with an algemeen erkende feestdag by royal decree (Atw art. 3 lid 3). */
export interface GelijkgesteldeDag {
  datum: Datum;
  besluit: string;
}

export interface BeschutWerkFiguren {
  /** 8: weeks to decide after the UWV advice (Beleidsregels art. 5 lid 1). */
  beslistermijnWeken: number;
  /** 6: months of the praktijktoets (art. 3 lid 1). */
  praktijktoetsMaanden: number;
  /** 6: maximum extension in months (art. 3 lid 4). */
  maxVerlengingMaanden: number;
  /** 7 and 36: bounds of the temporary contract in months (art. 6 lid 2). */
  tijdelijkMinMaanden: number;
  tijdelijkMaxMaanden: number;
  /** 31: hours per week that count as one place (art. 6 lid 6). */
  taakstellingUren: number;
}
