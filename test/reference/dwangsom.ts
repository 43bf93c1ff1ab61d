/**
 * Reference: the dwangsom rule as it was on decimal.js (before the integer money core), kept to prove the exact
 * integer implementation equal on random inputs (test/shared/rules/dwangsom-referentie.test.ts). Not used by the product.
 */
import Decimal from 'decimal.js';
import { opCenten, bedragTekst } from '../../shared/geld';
import { Parameters, basisParameters } from '../../shared/parameters';
import { waardeOp } from '../../shared/parameters/reeks';
import { Datum } from '../../shared/time/datum';
import { dagenTussen, plusDagen } from '../../shared/time/kalender';
import { figuurStap, Resultaat, Stap, stap } from '../../shared/uitleg';
import type { Bron, Bronnen } from '../../shared/bron';

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

interface DwangsomInvoer {
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

/** The rule as it was. */
export function dwangsomReferentie(invoer: DwangsomInvoer, parameters: Parameters = basisParameters): Resultaat<Decimal> {
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
