/**
 * *Begroting beschut werk*: per employee and month of the budget year the LKS (AVRES.LOONKOSTENSUBSIDIE) for
 * the days in employment, with totals per month and year. The year and an optional scenario (a raming) are
 * input cells; the example employees are fictitious.
 */
import { datumNaarSerial } from '../../shared/time/excel-serial';
import { maak } from '../../shared/time/datum';
import { BladCel, kolomLetters } from '../excel/werkboek';
import { DATUM, EURO, kopRij, Sjabloon } from './sjabloon';

export const JAAR_CEL = 'B2';
export const SCENARIO_CEL = 'B3';
/** The header row; its month cells hold the first day of each month, the LKS peildatum. */
export const KOPRIJ = 5;
export const EERSTE_MAAND_KOLOM = 9;

const GEGEVENS = ['Medewerker', 'Gemeente', 'Loonwaarde', 'Uren per week', 'Voltijd uren', 'Leeftijd', 'Startdatum', 'Einddatum'];

interface Medewerker {
  naam: string;
  gemeente: string;
  loonwaarde: number;
  uren: number;
  voltijd: number;
  leeftijd?: number;
  /** Month and day in the budget year; absent: employed before it, or still after it. */
  start?: [number, number];
  einde?: [number, number];
}

const VOORBEELDEN: readonly Medewerker[] = [
  { naam: 'Medewerker 1', gemeente: 'Gorinchem', loonwaarde: 0.6, uren: 36, voltijd: 36 },
  { naam: 'Medewerker 2', gemeente: 'Gorinchem', loonwaarde: 0.2, uren: 36, voltijd: 36 },
  { naam: 'Medewerker 3', gemeente: 'Molenlanden', loonwaarde: 0.45, uren: 31, voltijd: 36, start: [3, 16] },
  { naam: 'Medewerker 4', gemeente: 'Molenlanden', loonwaarde: 0.3, uren: 20, voltijd: 36, leeftijd: 19 },
  { naam: 'Medewerker 5', gemeente: 'Vijfheerenlanden', loonwaarde: 0.8, uren: 40, voltijd: 38, einde: [9, 30] },
  { naam: 'Medewerker 6', gemeente: 'Vijfheerenlanden', loonwaarde: 0.5, uren: 24, voltijd: 36, start: [2, 1], einde: [11, 15] },
];

/**
 * The LKS of row `r` in the month of column `m`: the month's LKS times the fraction of its days in employment
 * (start and end date inclusive), rounded to cents; no call for a month outside the employment.
 */
function maandLks(m: string, r: number): string {
  const eind = `EOMONTH(${m}$${KOPRIJ},0)`;
  const dagen = `MAX(0,MIN(IF($H${r}="",${eind},$H${r}),${eind})-MAX($G${r},${m}$${KOPRIJ})+1)`;
  const lks = `AVRES.LOONKOSTENSUBSIDIE($C${r},$D${r},${m}$${KOPRIJ},$E${r},$F${r},$B$3)`;
  return `=IF(${dagen}=0,0,ROUND(${lks}*${dagen}/DAY(${eind}),2))`;
}

/**
 * The budget template for `jaar` (by default the coming year: a budget is made for it).
 * @example begrotingBeschutWerk(2027).cellen.find((c) => c.adres === 'B2')?.waarde // 2027
 */
export function begrotingBeschutWerk(jaar = new Date().getFullYear() + 1): Sjabloon {
  const maanden = Array.from({ length: 12 }, (_, i) => kolomLetters(EERSTE_MAAND_KOLOM + i));
  const totaal = kolomLetters(EERSTE_MAAND_KOLOM + 12);
  const eerste = KOPRIJ + 1;
  const laatste = KOPRIJ + VOORBEELDEN.length;
  const totaalRij = laatste + 1;
  const datum = (d: [number, number] | undefined): number | null => (d ? datumNaarSerial(maak(jaar, d[0], d[1])) : null);
  const cellen: BladCel[] = [
    { adres: 'A1', waarde: 'Begroting beschut werk', vet: true },
    { adres: 'A2', waarde: 'Begrotingsjaar' },
    { adres: JAAR_CEL, waarde: jaar },
    { adres: 'A3', waarde: 'Scenario (raming)' },
    { adres: 'C3', waarde: 'leeg: de cijfers van de wet; of de naam van een opgeslagen scenario' },
    ...kopRij(KOPRIJ, [...GEGEVENS], kolomLetters),
    ...maanden.map((m, i) => ({ adres: `${m}${KOPRIJ}`, formule: `=DATE($B$2,${i + 1},1)`, formaat: 'mmm yyyy', vet: true })),
    { adres: `${totaal}${KOPRIJ}`, waarde: 'Totaal jaar', vet: true },
  ];
  VOORBEELDEN.forEach((w, i) => {
    const r = eerste + i;
    const rij: BladCel[] = [
      { adres: `A${r}`, waarde: w.naam },
      { adres: `B${r}`, waarde: w.gemeente },
      { adres: `C${r}`, waarde: w.loonwaarde, formaat: '0%' },
      { adres: `D${r}`, waarde: w.uren },
      { adres: `E${r}`, waarde: w.voltijd },
      { adres: `F${r}`, waarde: w.leeftijd ?? null },
      { adres: `G${r}`, waarde: datum(w.start), formaat: DATUM },
      { adres: `H${r}`, waarde: datum(w.einde), formaat: DATUM },
      ...maanden.map((m) => ({ adres: `${m}${r}`, formule: maandLks(m, r), formaat: EURO })),
      { adres: `${totaal}${r}`, formule: `=SUM(${maanden[0]}${r}:${maanden[11]}${r})`, formaat: EURO },
    ];
    cellen.push(...rij);
  });
  cellen.push(
    { adres: `A${totaalRij}`, waarde: 'Totaal', vet: true },
    ...[...maanden, totaal].map((m) => ({
      adres: `${m}${totaalRij}`,
      formule: `=SUM(${m}${eerste}:${m}${laatste})`,
      formaat: EURO,
      vet: true,
    })),
  );
  return {
    blad: 'Begroting beschut werk',
    cellen,
    breedtes: [16, 18, 11, 13, 12, 9, 12, 12, ...maanden.map(() => 12), 14],
  };
}
