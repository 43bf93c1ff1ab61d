/**
 * The finance answers of the API as sheet tables: column headers and rows of cell values (numbers as numbers,
 * so Excel can sum and chart them). One definition serves the task panes (Office.js) and the command-line
 * workbook (exceljs), so a report looks the same wherever it is made.
 */
import type { BuigOverzichtJson, LksVerschilJson, RapportageRegelJson, VergelijkingJson } from '../schemas/grootboek';

export type Cel = string | number | null;

export interface Tabel {
  kopjes: string[];
  rijen: Cel[][];
  /** Columns (0-based) that hold euro amounts, for number formats. */
  bedragKolommen: number[];
}

const getal = (t: string | null | undefined): number | null => (t === null || t === undefined ? null : Number(t));

const SOORT: Record<LksVerschilJson['soort'], string> = {
  te_veel_betaald: 'te veel betaald',
  te_weinig_betaald: 'te weinig betaald',
  niet_betaald: 'niet betaald',
  betaald_zonder_dienstverband: 'betaald zonder dienstverband',
  niet_toe_te_wijzen: 'zonder casusnummer',
};

/**
 * LKS differences, one row each, with the rule's explanation in one cell (step: value; …).
 * @example lksVerschillenTabel(antwoord.verschillen).kopjes[0] // 'Gemeente'
 */
export function lksVerschillenTabel(verschillen: readonly LksVerschilJson[]): Tabel {
  return {
    kopjes: ['Gemeente', 'Casusnummer', 'Maand', 'Soort', 'Verwacht (regel)', 'Betaald (grootboek)', 'Verschil', 'Uitleg'],
    rijen: verschillen.map((v) => [
      v.gemeente,
      v.casusnummer ?? '',
      v.maand,
      SOORT[v.soort],
      getal(v.verwacht),
      getal(v.betaald),
      getal(v.verschil),
      v.stappen.map((s) => `${s.label}: ${s.value}`).join(' | '),
    ]),
    bedragKolommen: [4, 5, 6],
  };
}

/**
 * BUIG per gemeente: budget, lasten, saldo, vangnet.
 * @example buigTabel(antwoord.gemeenten).kopjes[5] // 'Saldo'
 */
export function buigTabel(gemeenten: readonly BuigOverzichtJson[]): Tabel {
  return {
    kopjes: ['Gemeente', 'Jaar', 'Budgetsoort', 'Budget', 'Netto lasten', 'Saldo', 'Vangnetuitkering', 'Bijstand', 'LKS', 'Toelichting'],
    rijen: gemeenten.map((g) => [
      g.gemeente,
      g.jaar,
      g.budgetsoort?.replace('_', ' ') ?? '',
      getal(g.budget),
      getal(g.nettoLasten),
      getal(g.saldo),
      getal(g.vangnet),
      getal(g.bijstand),
      getal(g.lks),
      g.fout ?? g.vangnetToelichting ?? '',
    ]),
    bedragKolommen: [3, 4, 5, 6, 7, 8],
  };
}

/**
 * A scenario beside the baseline: per gemeente one row per figure, basis | scenario | verschil.
 * @example vergelijkingTabel(antwoord.gemeenten).kopjes // ['Gemeente', 'Onderdeel', 'Basis', 'Scenario', 'Verschil']
 */
export function vergelijkingTabel(gemeenten: readonly VergelijkingJson[]): Tabel {
  const onderdelen: [keyof VergelijkingJson['basis'], string][] = [
    ['lksKosten', 'LKS-kosten (€)'],
    ['buigSaldo', 'BUIG-saldo (€)'],
    ['plekkenGerealiseerd', 'Plekken gerealiseerd'],
    ['begeleidingskosten', 'Begeleidingskosten (€)'],
  ];
  return {
    kopjes: ['Gemeente', 'Onderdeel', 'Basis', 'Scenario', 'Verschil'],
    rijen: gemeenten.flatMap((g) =>
      onderdelen.map(([k, label]) => [g.gemeente, label, getal(g.basis[k]), getal(g.scenario[k]), getal(g.verschil[k])]),
    ),
    bedragKolommen: [2, 3, 4],
  };
}

/**
 * The four-monthly report: one row per gemeente and tertiaal.
 * @example rapportageTabel(antwoord.regels).kopjes[1] // 'Tertiaal'
 */
export function rapportageTabel(regels: readonly RapportageRegelJson[]): Tabel {
  return {
    kopjes: [
      'Gemeente',
      'Tertiaal',
      'Van',
      'Stand op',
      'Instroom (indicaties)',
      'Plaatsingen',
      'Wachtlijst',
      'Gem. wachttijd (dagen)',
      'Langste wachttijd (dagen)',
      'Plekken gerealiseerd',
      'Plekken gefinancierd',
      'LKS-uitgaven',
      'Bijstandsuitgaven',
    ],
    rijen: regels.map((r) => [
      r.gemeente,
      `T${r.tertiaal}`,
      r.van,
      r.standOp,
      r.instroom,
      r.plaatsingen,
      r.wachtlijstLengte,
      r.gemiddeldeWachttijdDagen,
      r.langsteWachttijdDagen,
      getal(r.plekkenGerealiseerd),
      r.plekkenGefinancierd,
      getal(r.lksUitgaven),
      getal(r.bijstandUitgaven),
    ]),
    bedragKolommen: [11, 12],
  };
}
