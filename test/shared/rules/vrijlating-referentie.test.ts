/**
 * The vrijlating on the integer money core (shared/breuk.ts) gives what the decimal.js implementation gave
 * (test/reference/vrijlating.ts), value and every step, and the same error, on 120,000 seeded random inputs: both
 * regimes (Pw art. 31 lid 2 onder n and art. 34a), full-precision doubles, half-cent ties after 25 % and 15 %, the
 * monthly maxima, every age band with the AOW age of 67 and of 67 and 3 months, months beyond six and twelve,
 * medische urenbeperking, and dates, amounts, ages and months the rule refuses. A quarter of the inputs runs on a
 * raming that carries the figures to 2029, so the later AOW age and 2026-H2 are reached.
 */
import Decimal from 'decimal.js';
import { DomeinFout } from '../../../shared/errors';
import { basisParameters } from '../../../shared/parameters';
import { ramingParameters } from '../../../shared/parameters/raming';
import { vrijlating, VrijlatingInvoer, vrijlatingInCenten } from '../../../shared/rules/vrijlating';
import { datum } from '../../../shared/time/datum';
import { vrijlatingReferentie } from '../../reference/vrijlating';
import { ofFout } from '../../support/referentie-uitkomst';
import { vrijlatingInvoerGenerator } from '../../support/vrijlating-invoer';

const AANTAL = 120_000;
const RAMING = ramingParameters(basisParameters, { vanaf: datum('2026-07-01'), tot: datum('2029-12-31') }, 'tot 2029');

interface Uitkomst {
  waarde?: string;
  getal?: number;
  stappen?: { label: string; waarde: string }[];
  code?: string;
}

function uitkomst(bereken: () => { waarde: Decimal; stappen: unknown }): Uitkomst {
  return ofFout((): Uitkomst => {
    const r = bereken();
    return { waarde: r.waarde.toFixed(2), getal: r.waarde.toNumber(), stappen: r.stappen as Uitkomst['stappen'] };
  }) as Uitkomst;
}

/** Whether the exact deel of the earnings ends on exactly half a cent. */
const opHalveCent = (deel: string): boolean => new Decimal(deel).times(1000).mod(10).eq(5);

describe('vrijlating on integers equals the decimal.js reference', () => {
  it(`gives the same value, steps and errors on ${AANTAL.toLocaleString('en')} seeded random inputs`, () => {
    const volgende = vrijlatingInvoerGenerator(20261201);
    const tel: Record<string, number> = {};
    const meer = (wat: string): void => {
      tel[wat] = (tel[wat] ?? 0) + 1;
    };
    let verschillen = 0;
    for (let i = 0; i < AANTAL; i++) {
      const invoer = volgende();
      const parameters = i % 4 === 0 ? RAMING : basisParameters;
      const verwacht = uitkomst(() => vrijlatingReferentie(invoer, parameters));
      const gekregen = uitkomst(() => vrijlating(invoer, parameters));
      let zonderStappen: unknown;
      try {
        const r = vrijlatingInCenten(invoer, parameters, { stappen: false });
        zonderStappen = r.stappen.length === 0 ? new Decimal(String(r.waarde)).div(100).toFixed(2) : 'stappen gebouwd';
      } catch (e) {
        zonderStappen = (e as DomeinFout).code;
      }
      const verschilt = JSON.stringify(gekregen) !== JSON.stringify(verwacht) || zonderStappen !== (verwacht.waarde ?? verwacht.code);
      if (verschilt) {
        verschillen++;
        if (verschillen <= 3)
          expect({ invoer, gekregen, zonderStappen }).toEqual({
            invoer,
            gekregen: verwacht,
            zonderStappen: verwacht.waarde ?? verwacht.code,
          });
      }
      if (!verwacht.stappen) {
        meer(`fout ${verwacht.code} ${(verwacht as { field?: string }).field ?? ''}`);
        continue;
      }
      const labels = verwacht.stappen.map((s) => s.label).join('\n');
      const deel = verwacht.stappen.find((s) => s.label.startsWith('Deel van de inkomsten'));
      meer(labels.includes('Pw art. 34a') ? 'art. 34a' : 'onderdeel n');
      if (deel && opHalveCent(deel.waarde)) meer('halve cent');
      if (String(invoer.nettoInkomstenArbeid).replace(/^0\.0*|\.|e.*$/g, '').length >= 15) meer('volle precisie');
      if (labels.includes('Jonger dan')) meer('jonger dan 27');
      if (invoer.leeftijd < 27 && labels.includes('Pw art. 34a') && deel) meer('jonger dan 27 onder art. 34a');
      if (labels.includes('bereikt:')) meer('AOW-leeftijd bereikt');
      if (labels.includes('67 jaar en 3 maanden')) meer('AOW 67 jaar en 3 maanden');
      if (labels.includes('nog niet is bereikt')) meer('67 in hele jaren');
      if (labels.includes('dus niets vrijgelaten') && !labels.includes('Jonger')) meer('na de laatste maand');
      if (labels.includes('Medisch urenbeperkt')) meer('medisch urenbeperkt');
      if (labels.includes('het laagste') && verwacht.stappen.at(-1)!.waarde === verwacht.stappen.at(-2)!.waarde) meer('maximum');
      if (new Decimal(verwacht.waarde!).times(100).gt(Number.MAX_SAFE_INTEGER)) meer('voorbij 2^53 centen');
    }
    expect(verschillen).toBe(0);
    const minstens: Record<string, number> = {
      'onderdeel n': 20_000,
      'art. 34a': 15_000,
      'halve cent': 3_000,
      'volle precisie': 10_000,
      'jonger dan 27': 5_000,
      'jonger dan 27 onder art. 34a': 2_000,
      'AOW-leeftijd bereikt': 5_000,
      'AOW 67 jaar en 3 maanden': 300,
      '67 in hele jaren': 300,
      'na de laatste maand': 5_000,
      'medisch urenbeperkt': 3_000,
      maximum: 3_000,
      'voorbij 2^53 centen': 50,
      'fout BUITEN_PARAMETERBEREIK ': 3_000,
      'fout ONGELDIGE_INVOER nettoInkomstenArbeid': 2_000,
      'fout ONGELDIGE_INVOER peildatum': 1_000,
      'fout ONGELDIGE_INVOER leeftijd': 1_000,
      'fout ONGELDIGE_INVOER maandNummer': 1_000,
    };
    for (const [wat, aantal] of Object.entries(minstens))
      expect({ wat, genoeg: (tel[wat] ?? 0) >= aantal, tel: tel[wat] }).toMatchObject({ wat, genoeg: true });
  });

  it('answers values only without building steps, with the same amount', () => {
    const invoer: VrijlatingInvoer = { nettoInkomstenArbeid: 1001.02, peildatum: datum('2026-03-01'), leeftijd: 30, maandNummer: 2 };
    const zonder = vrijlatingInCenten(invoer, undefined, { stappen: false });
    expect(zonder.stappen).toHaveLength(0);
    expect(zonder.waarde).toBe(25026);
    expect(vrijlatingReferentie(invoer).waarde.toFixed(2)).toBe('250.26');
  });
});
