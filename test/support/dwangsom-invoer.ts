/**
 * Seeded random dwangsom inputs: terms ending from before the first figures (2009-10-01) to past the 2019 change,
 * ingebrekestellingen before, on and after the last day of the term, decisions before, on and after the first
 * dwangsom day and past the 42 days, or none (counted to `vandaag`); and, for some, a scenario whose amounts per day
 * have cents and tenths of cents, so the sum ends on half a cent. Shared by the equality test and the benchmark.
 */
import Decimal from 'decimal.js';
import type { DwangsomFiguren, Parameters } from '../../shared/parameters';
import { basisParameters } from '../../shared/parameters';
import type { DwangsomInvoer } from '../../shared/rules/dwangsom';
import { Datum, datum } from '../../shared/time/datum';
import { plusDagen } from '../../shared/time/kalender';
import { trekking, trekkingVan } from './grootboek-generator';

export interface DwangsomGeval {
  invoer: DwangsomInvoer;
  parameters: Parameters;
}

const BEGIN = datum('2009-06-01');
/** Days from BEGIN to past the 2019 change and a few years on. */
const BEREIK = 6500;
/** Every day from BEGIN on that a case may name, made once: the calendar's date arithmetic is the slow part. */
const DAGEN: readonly Datum[] = Array.from({ length: BEREIK + 300 }, (_, i) => plusDagen(BEGIN, i));

/** A scenario with two figure values whose amounts per day have 3 decimals (x.xx5 ties) and treden of any length. */
function scenario(kans: () => number): Parameters {
  const { geheel } = trekkingVan(kans);
  const bedrag = (): Decimal => new Decimal(geheel(100_000)).div([1, 10, 100, 1000][geheel(4)]!);
  const figuren = (): DwangsomFiguren => {
    const lengte = 1 + geheel(20);
    const treden = [1, 2, 3].map((k) => ({ vanDag: (k - 1) * lengte + 1, totDag: k * lengte, bedragPerDag: bedrag() }));
    return { wachtDagen: geheel(20), treden, maxDagen: 1 + geheel(70) };
  };
  const [eerste, tweede] = basisParameters.dwangsom.waarden;
  return {
    ...basisParameters,
    dwangsom: {
      ...basisParameters.dwangsom,
      waarden: [
        { ...eerste!, waarde: figuren() },
        { ...tweede!, geldigVanaf: DAGEN[geheel(BEREIK)]!, waarde: figuren() },
      ].sort((a, b) => (a.geldigVanaf < b.geldigVanaf ? -1 : 1)),
    },
  };
}

/** A generator of random dwangsom cases from a seed; `alleenWet` keeps to the law's figures. */
export function dwangsomGeneratorVan(seed: number, { alleenWet = false } = {}): () => DwangsomGeval {
  const { kans, geheel } = trekking(seed);
  const scenarios = alleenWet ? [] : Array.from({ length: 50 }, () => scenario(kans));
  return () => {
    const einde = 10 + geheel(BEREIK - 10);
    const ontvangen = einde + geheel(60) - 10;
    // Around the first dwangsom day (about 15 days after the term) and well past the 42 days.
    const tot = (): Datum => DAGEN[ontvangen + (geheel(4) === 0 ? geheel(200) : 5 + geheel(70))]!;
    const invoer: DwangsomInvoer = { eindeBeslistermijn: DAGEN[einde]!, ingebrekestellingOntvangen: DAGEN[ontvangen]!, vandaag: tot() };
    if (geheel(3) !== 0) invoer.beslisdatum = tot();
    const parameters = scenarios.length > 0 && geheel(3) === 0 ? scenarios[geheel(scenarios.length)]! : basisParameters;
    return { invoer, parameters };
  };
}

/** The catalogue call of a dwangsom input (the law's figures; `vandaag` comes from the context). */
export const alsDwangsomAanroep = ({ invoer }: DwangsomGeval): { function: string; args: string[] } => ({
  function: 'DWANGSOM',
  args: [invoer.eindeBeslistermijn, invoer.ingebrekestellingOntvangen, ...(invoer.beslisdatum ? [invoer.beslisdatum] : [])],
});
