/**
 * Seeded random vrijlating inputs that caches cannot help with: net earnings in whole euros, cents, tenths of
 * cents and at full double precision, exactly on and just beside half a cent after 25 % and 15 %, around the
 * monthly maximum and far beyond it; every age band (under 27, 27 to the AOW age, at and past it); month numbers in
 * and beyond six and twelve; with and without medische urenbeperking; dates around 2027-01-01 and outside the known
 * figures; invalid inputs. Shared by the equality test against the reference implementation and the benchmark.
 */
import type { VrijlatingInvoer } from '../../shared/rules/vrijlating';
import type { Datum } from '../../shared/time/datum';
import { trekking } from './grootboek-generator';

const RANDEN = [
  ' 2026-03-01 ',
  '2023-12-31',
  '2024-01-01',
  '2026-06-30',
  '2026-07-01',
  '2026-12-31',
  '2027-01-01',
  '2027-06-30',
  '2027-07-01',
];
const BIJZONDERE_BEDRAGEN = [
  0, -0, 1140, 1139.99, 1140.01, 904, 1506.67, 1e15, 9.87654321098765e14, 1e20, 1.2345678901234567e300, 5e-324, 1.5e-7,
];
const ONGELDIGE_DATA = ['2026-02-30', 'maart', '2026-3-1'];
const ONGELDIGE_BEDRAGEN = [-0.01, -1, Number.NaN, Number.POSITIVE_INFINITY];

/** A generator of random vrijlating inputs from a seed; `binnenBereik` keeps to valid inputs on known figures. */
export function vrijlatingInvoerGenerator(seed: number, { binnenBereik = false } = {}): () => VrijlatingInvoer {
  const { kans, geheel, kies: uit } = trekking(seed);
  const netto = (): number => {
    const soort = geheel(binnenBereik ? 6 : 8);
    if (soort === 0) return geheel(3001);
    if (soort === 1) return geheel(400_001) / 100;
    if (soort === 2) return kans() * 3000;
    if (soort === 3) return geheel(4_000_001) / 1000;
    // Exactly on half a cent: 25 % of an odd number of 2 cents, 15 % of an odd number of 10 cents.
    if (soort === 4) return geheel(2) === 0 ? ((2 * geheel(100_000) + 1) * 2) / 100 : ((2 * geheel(20_000) + 1) * 10) / 100;
    if (soort === 5) return ((2 * geheel(100_000) + 1) * 2) / 100 + (kans() - 0.5) * 1e-9;
    if (soort === 6) return kans() * 10 ** geheel(16);
    return uit(BIJZONDERE_BEDRAGEN);
  };
  const peildatum = (): Datum => {
    if (!binnenBereik && geheel(6) === 0) return uit(RANDEN) as Datum;
    const jaar = binnenBereik || geheel(4) > 0 ? 2024 + geheel(4) : 2023 + geheel(7);
    const maand = binnenBereik && jaar >= 2026 ? 1 + geheel(6) : 1 + geheel(12);
    return `${jaar}-${String(maand).padStart(2, '0')}-${String(1 + geheel(28)).padStart(2, '0')}` as Datum;
  };
  const leeftijd = (): number => {
    const soort = geheel(5);
    if (soort === 0) return 15 + geheel(12);
    if (soort === 1) return 27 + geheel(40);
    if (soort === 2) return 66 + geheel(3);
    if (soort === 3) return 67;
    return 69 + geheel(52);
  };
  const maandNummer = (): number => {
    const soort = geheel(4);
    if (soort === 0) return 1 + geheel(6);
    if (soort === 1) return 5 + geheel(10);
    if (soort === 2) return 1 + geheel(60);
    return uit([1199, 1200, 1201, 5000]);
  };
  /** One field made invalid, for one input in eight outside `binnenBereik`. */
  const ongeldig = (invoer: VrijlatingInvoer): void => {
    const veld = geheel(4);
    if (veld === 0) invoer.nettoInkomstenArbeid = uit(ONGELDIGE_BEDRAGEN);
    else if (veld === 1) invoer.peildatum = uit(ONGELDIGE_DATA) as Datum;
    else if (veld === 2) invoer.leeftijd = uit([30.5, -1, Number.NaN]);
    else invoer.maandNummer = uit([0, -1, 1.5]);
  };
  return () => {
    const invoer: VrijlatingInvoer = {
      nettoInkomstenArbeid: netto(),
      peildatum: peildatum(),
      leeftijd: leeftijd(),
      maandNummer: maandNummer(),
    };
    const medisch = geheel(3);
    if (medisch > 0) invoer.medischUrenbeperkt = medisch === 1;
    if (!binnenBereik && geheel(8) === 0) ongeldig(invoer);
    return invoer;
  };
}

/** The catalogue call of a vrijlating input, with an empty cell for what is not given (as the add-in sends it). */
export const alsVrijlatingAanroep = (i: VrijlatingInvoer): { function: string; args: (number | string | boolean)[] } => ({
  function: 'VRIJLATING',
  args: [i.nettoInkomstenArbeid, i.peildatum, i.leeftijd, i.maandNummer, i.medischUrenbeperkt ?? ''],
});
