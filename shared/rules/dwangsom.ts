/**
 * Dwangsom bij niet tijdig beslissen.
 *
 * Awb art. 4:17 (https://wetten.overheid.nl/BWBR0005537/2026-01-01), lid 1: "… een dwangsom voor elke dag dat
 * het in gebreke is, doch voor ten hoogste 42 dagen. De Algemene termijnenwet is op laatstgenoemde termijn niet
 * van toepassing." Lid 2: € 23 per day for the first 14 days, € 35 for the next 14, € 45 for the rest. Lid 3:
 * "De eerste dag waarover de dwangsom verschuldigd is, is de dag waarop twee weken zijn verstreken na de dag
 * waarop de termijn voor het geven van de beschikking is verstreken en het bestuursorgaan van de aanvrager een
 * schriftelijke ingebrekestelling heeft ontvangen." Until 2018 lid 2 had € 20, € 30 and € 40 (maximum € 1.260);
 * € 23, € 35 and € 45 (maximum € 1.442) from 2019-01-01 (FACTS §10.3).
 *
 * Transitional reading: the amounts in force on the first day of the dwangsom apply to all its days, also when
 * the 42 days straddle a change (the law gives no transitional rule; the first dwangsom day is when the debt
 * starts to accrue, so its law decides).
 *
 * Reading: D = the later of (last day of the term + 1) and the day the ingebrekestelling was received; the first
 * dwangsom day is D + 14 days. Days run up to and including the day before the decision (the decision day is not
 * in default), or up to the day before `vandaag` when no decision was taken; calendar days, no Atw shift. An
 * ingebrekestelling received on or before the last day of the term is premature and gives no dwangsom (FACTS §3).
 * The other exclusions of the article (unreasonably late ingebrekestelling, kennelijk niet-ontvankelijk) are
 * judgements on the case, not computed here.
 *
 * The amount is exact in whole cents (../breuk.ts); steps are built only when asked, from constant labels, and the
 * steps that rest on the figures alone (the amounts per day, the maximum, each trede's days) are made once per
 * figure value and shared.
 */
import Decimal from 'decimal.js';
import { Breuk, centen, centenAlsTekst, centenHalfNaarBoven, decimalAlsBreuk, decimaleTekst, maal, som } from '../breuk';
import { resultaatAlsDecimal } from '../geld';
import { basisParameters, DwangsomFiguren, DwangsomTrede, Parameters } from '../parameters';
import { ReeksWaarde, waardeOp } from '../parameters/reeks';
import { Datum } from '../time/datum';
import { dagenTussen, plusDagen } from '../time/kalender';
import { figuurStap, Resultaat, Stap, stap, GEEN_STAPPEN, StapOpties, gedeeldeFiguurStap } from '../uitleg';
import type { Bron, Bronnen } from '../bron';

const LID_1: Bron = { regeling: 'Awb', artikel: '4:17', lid: '1' };
const LID_2: Bron = { regeling: 'Awb', artikel: '4:17', lid: '2' };
const LID_3: Bron = { regeling: 'Awb', artikel: '4:17', lid: '3' };
const PREMATUUR: Bronnen = [
  LID_3,
  {
    omschrijving:
      'een ingebrekestelling vóór het verstrijken van de termijn is prematuur: recht.nl "Bestuursorgaan heeft recht op zondagsrust", ' +
      'https://www.recht.nl/nieuws/belastingrecht/5d6547774d320f175786/bestuursorgaan-heeft-recht-op-zondagsrust/',
  },
];
const OVERGANG: Bronnen = [LID_2, { omschrijving: 'overgangslezing: de bedragen op de eerste dag van de dwangsom gelden voor alle dagen' }];

const LABEL = {
  einde: 'Laatste dag van de beslistermijn',
  ontvangen: 'Ingebrekestelling ontvangen',
  inGebreke: 'Termijn verstreken en ingebrekestelling ontvangen',
  besluit: 'Besluit genomen (de beslisdag telt niet mee)',
  geenBesluit: 'Nog geen besluit: geteld tot vandaag (vandaag telt niet mee)',
  dagen: 'Dagen in gebreke (kalenderdagen, de Algemene termijnenwet geldt niet)',
  dwangsom: 'Dwangsom (afgerond op centen, half naar boven)',
} as const;

/** The steps that end a case without a dwangsom: constants, shared between results, hence frozen. */
const GEEN = {
  prematuur: Object.freeze(
    stap('Ingebrekestelling ontvangen op of vóór de laatste dag van de beslistermijn: prematuur, geen dwangsom', '0.00', PREMATUUR),
  ),
  besluitVoorEersteDag: Object.freeze(stap('Besluit genomen vóór of op de eerste dag van de dwangsom: geen dwangsom', '0.00', LID_3)),
  nogNiet: Object.freeze(stap('De eerste dag van de dwangsom is nog niet verstreken: nog geen dwangsom', '0.00', LID_3)),
};

export interface DwangsomInvoer {
  /** Last day of the beslistermijn (Atw already applied). */
  eindeBeslistermijn: Datum;
  ingebrekestellingOntvangen: Datum;
  /** Day of the decision; absent when there is none yet. */
  beslisdatum?: Datum;
  /** Today: without a decision, days are counted up to the day before. */
  vandaag: Datum;
}

/** One figure value's amounts, exact, with the steps that rest on the figures alone. */
interface Bedragen {
  /** Per trede, the amount per day in cents. */
  perDag: Breuk[];
  /** The label of the first dwangsom day for a waiting period that starts under this figure value. */
  eersteDagLabel: string;
  bedragenStap: Stap;
  maximumStap: Stap;
  /** Per trede, per number of days in it, the step of that trede's part (made when first needed). */
  tredeStappen: Stap[][];
}

const bedragenPerFiguur = new WeakMap<ReeksWaarde<DwangsomFiguren>, Bedragen>();

function bedragenVan(figuren: ReeksWaarde<DwangsomFiguren>): Bedragen {
  let b = bedragenPerFiguur.get(figuren);
  if (b === undefined) {
    const { treden, maxDagen } = figuren.waarde;
    b = {
      perDag: treden.map((t) => maal(decimalAlsBreuk(t.bedragPerDag), centen(100))),
      eersteDagLabel: `Eerste dag van de dwangsom (${figuren.waarde.wachtDagen} dagen later)`,
      bedragenStap: gedeeldeFiguurStap(
        `Bedragen per dag die gelden op de eerste dag van de dwangsom (geldig vanaf ${figuren.geldigVanaf})`,
        treden.map((t) => t.bedragPerDag.toFixed()).join(' / '),
        figuren,
        OVERGANG,
      ),
      maximumStap: gedeeldeFiguurStap(`Hoogstens ${maxDagen} dagen`, maxDagen, figuren, LID_1),
      tredeStappen: treden.map(() => []),
    };
    bedragenPerFiguur.set(figuren, b);
  }
  return b;
}

/** The days of the first `geteld` days that fall in a trede (0 or less: none). */
function dagenInTrede(trede: DwangsomTrede, geteld: number): number {
  return Math.min(geteld, trede.totDag) - trede.vanDag + 1;
}

/** The dwangsom of the first `geteld` days in whole cents: each trede's days × its amount per day, rounded half up. */
function centenVoorDagen({ treden }: DwangsomFiguren, bedragen: Bedragen, geteld: number): number {
  let totaal: Breuk = centen(0);
  for (let i = 0; i < treden.length; i++) {
    const n = dagenInTrede(treden[i]!, geteld);
    if (n > 0) totaal = som(totaal, maal(bedragen.perDag[i]!, { teller: n, noemer: 1 }));
  }
  return centenHalfNaarBoven(totaal);
}

/** The step of a trede's part of n days, made once per figure value, trede and n. */
function tredeStap(figuren: ReeksWaarde<DwangsomFiguren>, bedragen: Bedragen, i: number, n: number): Stap {
  const perN = bedragen.tredeStappen[i]!;
  let s = perN[n];
  if (s === undefined) {
    const trede = figuren.waarde.treden[i]!;
    s = gedeeldeFiguurStap(
      `Dag ${trede.vanDag} tot en met ${trede.vanDag + n - 1}: ${n} × € ${trede.bedragPerDag.toFixed()}`,
      decimaleTekst(maal(decimalAlsBreuk(trede.bedragPerDag), { teller: n, noemer: 1 })),
      figuren,
      LID_2,
    );
    perN[n] = s;
  }
  return s;
}

/**
 * The dwangsom in whole cents owed for not deciding in time, rounded half up; the steps only when `stappen` is
 * not false.
 * @example dwangsomInCenten({ eindeBeslistermijn: '2026-03-02', ingebrekestellingOntvangen: '2026-03-05', beslisdatum: '2026-04-10', vandaag: '2026-05-01' }).waarde
 * // 60200 (first day 2026-03-19, 22 days: 14 × € 23 + 8 × € 35)
 * @example dwangsomInCenten({ eindeBeslistermijn: '2026-03-02', ingebrekestellingOntvangen: '2026-03-05', vandaag: '2026-05-01' }, basisParameters, { stappen: false }).stappen // []
 */
export function dwangsomInCenten(
  invoer: DwangsomInvoer,
  parameters: Parameters = basisParameters,
  opties: StapOpties = {},
): Resultaat<number> {
  const { eindeBeslistermijn, ingebrekestellingOntvangen, beslisdatum, vandaag } = invoer;
  const metStappen = opties.stappen !== false;
  const stappen: Stap[] = metStappen
    ? [stap(LABEL.einde, eindeBeslistermijn, LID_3), stap(LABEL.ontvangen, ingebrekestellingOntvangen, LID_3)]
    : GEEN_STAPPEN;
  if (ingebrekestellingOntvangen <= eindeBeslistermijn) {
    if (metStappen) stappen.push(GEEN.prematuur);
    return { waarde: 0, stappen };
  }
  const verstreken = plusDagen(eindeBeslistermijn, 1);
  const inGebreke = ingebrekestellingOntvangen > verstreken ? ingebrekestellingOntvangen : verstreken;
  // The waiting period has been 14 days since 2009; the amounts are those in force on the first dwangsom day.
  const wachtFiguren = waardeOp(parameters.dwangsom, inGebreke);
  const eersteDag = plusDagen(inGebreke, wachtFiguren.waarde.wachtDagen);
  const figuren = waardeOp(parameters.dwangsom, eersteDag);
  const bedragen = bedragenVan(figuren);
  const tot = beslisdatum ?? vandaag;
  if (metStappen) {
    stappen.push(
      stap(LABEL.inGebreke, inGebreke, LID_3),
      figuurStap(bedragenVan(wachtFiguren).eersteDagLabel, eersteDag, figuren, LID_3),
      bedragen.bedragenStap,
      beslisdatum ? stap(LABEL.besluit, beslisdatum, LID_1) : stap(LABEL.geenBesluit, vandaag, LID_1),
    );
  }
  const dagen = dagenTussen(eersteDag, tot);
  if (dagen <= 0) {
    if (metStappen) stappen.push(beslisdatum ? GEEN.besluitVoorEersteDag : GEEN.nogNiet);
    return { waarde: 0, stappen };
  }
  const { treden, maxDagen } = figuren.waarde;
  const geteld = Math.min(dagen, maxDagen);
  if (metStappen) {
    stappen.push(stap(LABEL.dagen, dagen, LID_1));
    if (geteld < dagen) stappen.push(bedragen.maximumStap);
  }
  const afgerond = centenVoorDagen(figuren.waarde, bedragen, geteld);
  if (metStappen) {
    for (let i = 0; i < treden.length; i++) {
      const n = dagenInTrede(treden[i]!, geteld);
      if (n > 0) stappen.push(tredeStap(figuren, bedragen, i, n));
    }
    stappen.push(stap(LABEL.dwangsom, centenAlsTekst(afgerond), LID_2));
  }
  return { waarde: afgerond, stappen };
}

/**
 * The dwangsom in euros owed for not deciding in time, as a Decimal.
 * @example dwangsom({ eindeBeslistermijn: '2026-03-02', ingebrekestellingOntvangen: '2026-03-05', beslisdatum: '2026-04-10', vandaag: '2026-05-01' }).waarde
 * // Decimal 602 (first day 2026-03-19, 22 days: 14 × € 23 + 8 × € 35)
 * @example dwangsom({ eindeBeslistermijn: '2026-03-02', ingebrekestellingOntvangen: '2026-03-02', vandaag: '2026-05-01' }).waarde // Decimal 0 (premature)
 */
export function dwangsom(invoer: DwangsomInvoer, parameters: Parameters = basisParameters): Resultaat<Decimal> {
  return resultaatAlsDecimal(dwangsomInCenten(invoer, parameters));
}

/**
 * The highest dwangsom under one figure value, as a Decimal of euros: every day up to the maximum number of days.
 * @example hoogsteDwangsom(nieuwsteWaarde(basisParameters.dwangsom)).toFixed() // '1442'
 */
export function hoogsteDwangsom(figuren: ReeksWaarde<DwangsomFiguren>): Decimal {
  return new Decimal(centenAlsTekst(centenVoorDagen(figuren.waarde, bedragenVan(figuren), figuren.waarde.maxDagen)));
}
