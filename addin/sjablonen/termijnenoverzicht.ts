/**
 * *Termijnenoverzicht*: per case the beslistermijn (AVRES.BESLISTERMIJN, Beleidsregels art. 5 and the Atw) from
 * the date of the UWV advice and a suspension, and the end of the praktijktoets (AVRES.PRAKTIJKTOETS_EINDE, art. 3)
 * from its start and extension. The example cases are fictitious.
 */
import { datumNaarSerial } from '../../shared/time/excel-serial';
import { Datum, datum } from '../../shared/time/datum';
import { BladCel, kolomLetters } from '../excel/werkboek';
import { DATUM, kopRij, Sjabloon } from './sjabloon';

interface Termijncasus {
  casus: string;
  gemeente: string;
  advies: Datum;
  opschorting?: [Datum, Datum];
  praktijktoetsStart?: Datum;
  verlenging?: number;
}

const VOORBEELDEN: readonly Termijncasus[] = [
  { casus: 'BW-2026-0001', gemeente: 'Gorinchem', advies: datum('2026-03-02'), praktijktoetsStart: datum('2026-03-01'), verlenging: 3 },
  {
    casus: 'BW-2026-0002',
    gemeente: 'Molenlanden',
    advies: datum('2026-01-12'),
    opschorting: [datum('2026-01-20'), datum('2026-02-03')],
    praktijktoetsStart: datum('2026-02-01'),
  },
  {
    casus: 'BW-2026-0003',
    gemeente: 'Vijfheerenlanden',
    advies: datum('2026-10-30'),
    praktijktoetsStart: datum('2026-08-31'),
    verlenging: 6,
  },
];

const KOPJES = [
  'Casus',
  'Gemeente',
  'UWV-advies ontvangen',
  'Informatie gevraagd',
  'Informatie ontvangen',
  'Uiterste beslisdatum',
  'Start praktijktoets',
  'Verlenging (maanden)',
  'Einde praktijktoets',
];

/**
 * The deadline template.
 * @example termijnenoverzicht().cellen.find((c) => c.adres === 'F2')?.formule // '=AVRES.BESLISTERMIJN(C2,D2:E2)'
 */
export function termijnenoverzicht(): Sjabloon {
  const serial = (d: Datum | undefined): number | null => (d ? datumNaarSerial(d) : null);
  const cellen: BladCel[] = kopRij(1, KOPJES, kolomLetters);
  VOORBEELDEN.forEach((c, i) => {
    const r = i + 2;
    cellen.push(
      { adres: `A${r}`, waarde: c.casus },
      { adres: `B${r}`, waarde: c.gemeente },
      { adres: `C${r}`, waarde: serial(c.advies), formaat: DATUM },
      { adres: `D${r}`, waarde: serial(c.opschorting?.[0]), formaat: DATUM },
      { adres: `E${r}`, waarde: serial(c.opschorting?.[1]), formaat: DATUM },
      { adres: `F${r}`, formule: `=AVRES.BESLISTERMIJN(C${r},D${r}:E${r})`, formaat: DATUM },
      { adres: `G${r}`, waarde: serial(c.praktijktoetsStart), formaat: DATUM },
      { adres: `H${r}`, waarde: c.verlenging ?? 0 },
      { adres: `I${r}`, formule: `=IF(G${r}="","",AVRES.PRAKTIJKTOETS_EINDE(G${r},H${r}))`, formaat: DATUM },
    );
  });
  return {
    blad: 'Termijnen',
    cellen,
    breedtes: [14, 18, 20, 18, 20, 20, 18, 20, 20],
  };
}
