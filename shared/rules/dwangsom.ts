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
 */
import Decimal from 'decimal.js';
import { opCenten, bedragTekst } from '../geld';
import { Parameters, basisParameters } from '../parameters';
import { waardeOp } from '../parameters/reeks';
import { Datum } from '../time/datum';
import { dagenTussen, plusDagen } from '../time/kalender';
import { figuurStap, Resultaat, Stap, stap } from '../uitleg';
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

export interface DwangsomInvoer {
  /** Last day of the beslistermijn (Atw already applied). */
  eindeBeslistermijn: Datum;
  ingebrekestellingOntvangen: Datum;
  /** Day of the decision; absent when there is none yet. */
  beslisdatum?: Datum;
  /** Today: without a decision, days are counted up to the day before. */
  vandaag: Datum;
}

function geenDwangsom(stappen: Stap[], label: string, bron: Bronnen): Resultaat<Decimal> {
  stappen.push(stap(label, '0.00', bron));
  return { waarde: new Decimal(0), stappen };
}

/**
 * The dwangsom in euros owed for not deciding in time.
 * @example dwangsom({ eindeBeslistermijn: '2026-03-02', ingebrekestellingOntvangen: '2026-03-05', beslisdatum: '2026-04-10', vandaag: '2026-05-01' }).waarde
 * // Decimal 602 (first day 2026-03-19, 22 days: 14 × € 23 + 8 × € 35)
 * @example dwangsom({ eindeBeslistermijn: '2026-03-02', ingebrekestellingOntvangen: '2026-03-02', vandaag: '2026-05-01' }).waarde // Decimal 0 (premature)
 */
export function dwangsom(invoer: DwangsomInvoer, parameters: Parameters = basisParameters): Resultaat<Decimal> {
  const { eindeBeslistermijn, ingebrekestellingOntvangen, beslisdatum, vandaag } = invoer;
  const stappen: Stap[] = [
    stap('Laatste dag van de beslistermijn', eindeBeslistermijn, LID_3),
    stap('Ingebrekestelling ontvangen', ingebrekestellingOntvangen, LID_3),
  ];
  if (ingebrekestellingOntvangen <= eindeBeslistermijn) {
    return geenDwangsom(
      stappen,
      'Ingebrekestelling ontvangen op of vóór de laatste dag van de beslistermijn: prematuur, geen dwangsom',
      PREMATUUR,
    );
  }
  const verstreken = plusDagen(eindeBeslistermijn, 1);
  const inGebreke = ingebrekestellingOntvangen > verstreken ? ingebrekestellingOntvangen : verstreken;
  stappen.push(stap('Termijn verstreken en ingebrekestelling ontvangen', inGebreke, LID_3));
  // The waiting period has been 14 days since 2009; the amounts are those in force on the first dwangsom day.
  const { wachtDagen } = waardeOp(parameters.dwangsom, inGebreke).waarde;
  const eersteDag = plusDagen(inGebreke, wachtDagen);
  const figuren = waardeOp(parameters.dwangsom, eersteDag);
  const { treden, maxDagen } = figuren.waarde;
  stappen.push(
    figuurStap(`Eerste dag van de dwangsom (${wachtDagen} dagen later)`, eersteDag, figuren, LID_3),
    figuurStap(
      `Bedragen per dag die gelden op de eerste dag van de dwangsom (geldig vanaf ${figuren.geldigVanaf})`,
      treden.map((t) => t.bedragPerDag.toFixed()).join(' / '),
      figuren,
      [LID_2, { omschrijving: 'overgangslezing: de bedragen op de eerste dag van de dwangsom gelden voor alle dagen' }],
    ),
  );
  const tot = beslisdatum ?? vandaag;
  stappen.push(
    beslisdatum
      ? stap('Besluit genomen (de beslisdag telt niet mee)', beslisdatum, LID_1)
      : stap('Nog geen besluit: geteld tot vandaag (vandaag telt niet mee)', vandaag, LID_1),
  );
  const dagen = dagenTussen(eersteDag, tot);
  if (dagen <= 0) {
    return geenDwangsom(
      stappen,
      beslisdatum
        ? 'Besluit genomen vóór of op de eerste dag van de dwangsom: geen dwangsom'
        : 'De eerste dag van de dwangsom is nog niet verstreken: nog geen dwangsom',
      LID_3,
    );
  }
  stappen.push(stap('Dagen in gebreke (kalenderdagen, de Algemene termijnenwet geldt niet)', dagen, LID_1));
  const geteld = Math.min(dagen, maxDagen);
  if (geteld < dagen) stappen.push(figuurStap(`Hoogstens ${maxDagen} dagen`, geteld, figuren, LID_1));
  let totaal = new Decimal(0);
  for (const trede of treden) {
    const n = Math.min(geteld, trede.totDag) - trede.vanDag + 1;
    if (n <= 0) continue;
    const bedrag = trede.bedragPerDag.times(n);
    totaal = totaal.plus(bedrag);
    stappen.push(
      figuurStap(
        `Dag ${trede.vanDag} tot en met ${trede.vanDag + n - 1}: ${n} × € ${trede.bedragPerDag.toFixed()}`,
        bedrag,
        figuren,
        LID_2,
      ),
    );
  }
  const afgerond = opCenten(totaal);
  stappen.push(stap('Dwangsom (afgerond op centen, half naar boven)', bedragTekst(afgerond), LID_2));
  return { waarde: afgerond, stappen };
}
