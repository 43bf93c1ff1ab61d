/**
 * The BUIG overview on the integer money core (shared/breuk.ts) gives what the decimal.js implementation gave
 * (test/reference/buig-saldo.ts), every field, every step and the same error, on 120,000 seeded random inputs:
 * amounts up to numeric(16,2), at full double precision and on half a cent, refunds, every budget soort and
 * publication, prior years present or missing, tekorten in every band of the vangnet and overschotten, years of
 * the vangnet conditions and outside them, no budget. Where decimal.js itself rounded (a sum to its 20
 * significant digits), the integer core gives the exact value, which the reference gives at a precision that
 * needs no rounding. Values only (`stappen: false`) gives the same overview without a step.
 */
import Decimal from 'decimal.js';
import { buigOverzicht, BuigOverzicht } from '../../../shared/rules/buig-saldo';
import { ALLEEN_WAARDEN } from '../../../shared/uitleg';
import type { Resultaat } from '../../../shared/uitleg';
import { alsJsonOfFout, exacteVergelijking, HALVE_CENT, volleDouble, zonderStappen } from '../../support/referentie-uitkomst';
import { buigOverzichtReferentie } from '../../reference/buig-saldo';
import { buigInvoerGenerator } from '../../support/buig-invoer';

const AANTAL = 120_000;

type Uitkomst = { waarde: Record<string, unknown>; stappen: { label: string; waarde: string }[] } | { code: string; message: string };

/** Every field of the overview, each amount as its full decimal text, with the steps; or the error. */
function uitkomst(bereken: () => Resultaat<BuigOverzicht>): string {
  return alsJsonOfFout(() => {
    const { waarde: w, stappen } = bereken();
    const tekst = (d: Decimal | null) => (d === null ? null : d.toFixed());
    const waarde = {
      ...w,
      budget: tekst(w.budget),
      bijstand: tekst(w.bijstand),
      lks: tekst(w.lks),
      nettoLasten: tekst(w.nettoLasten),
      saldo: tekst(w.saldo),
      vangnet: tekst(w.vangnet),
    };
    return { waarde, stappen };
  });
}

/** At least 10^12 euros in whole cents, up to numeric(16,2). */
const GROOT_IN_CENTEN = /^-?\d{13,14}(\.\d{1,2})?$/;

describe('buigOverzicht on integers equals the decimal.js reference', () => {
  it(`gives the same fields, steps and errors on ${AANTAL.toLocaleString('en')} seeded random inputs`, () => {
    const volgende = buigInvoerGenerator(20251203);
    const vergelijking = exacteVergelijking();
    const tel = {
      afgerondDoorDecimal: 0,
      zonderStappenAnders: 0,
      halveCenten: 0,
      halveCentenVangnet: 0,
      volleDoubles: 0,
      numeric16: 0,
      negatieveLasten: 0,
      geenBudget: 0,
      andereFouten: 0,
      buitenBereik: 0,
      geenDefinitief: 0,
      driejaars: 0,
      driejaarsOnvolledig: 0,
      tekort: 0,
      overschot: 0,
    };
    const soorten = new Set<string>();
    const afloop = new Set<string>();
    for (let i = 0; i < AANTAL; i++) {
      const invoer = volgende();
      const verwacht = uitkomst(() => buigOverzichtReferentie(invoer));
      const gekregen = uitkomst(() => buigOverzicht(invoer));
      if (vergelijking.vergelijk(invoer, gekregen, verwacht, () => uitkomst(() => buigOverzichtReferentie(invoer))).uit === 'afgerond')
        tel.afgerondDoorDecimal++;
      const r = JSON.parse(gekregen) as Uitkomst;
      if (uitkomst(() => buigOverzicht(invoer, undefined, ALLEEN_WAARDEN)) !== zonderStappen(gekregen)) tel.zonderStappenAnders++;

      const bedragen = [invoer.bijstand, invoer.lks, ...invoer.budgetten.map((b) => b.bedrag)].map((b) => b.toFixed());
      if (bedragen.some((b) => HALVE_CENT.test(b))) tel.halveCenten++;
      if (bedragen.some(volleDouble)) tel.volleDoubles++;
      if (bedragen.some((b) => GROOT_IN_CENTEN.test(b))) tel.numeric16++;
      if (invoer.bijstand.plus(invoer.lks).isNeg()) tel.negatieveLasten++;
      if ('code' in r) {
        if (r.code === 'NIET_GEVONDEN') tel.geenBudget++;
        else tel.andereFouten++;
        continue;
      }
      soorten.add(`${String(r.waarde.budgetsoort)}|${invoer.budgetsoort ?? ''}`);
      if (new Decimal(r.waarde.saldo as string).isNeg()) tel.tekort++;
      else tel.overschot++;
      const toelichting = r.waarde.vangnetToelichting as string | undefined;
      if (toelichting?.includes('niet bekend')) tel.buitenBereik++;
      else if (toelichting?.includes('definitieve budget')) tel.geenDefinitief++;
      else if (toelichting?.startsWith('Voorlopig')) tel.driejaarsOnvolledig++;
      else if (toelichting === undefined) tel.driejaars++;
      const laatste = r.stappen.at(-1)!;
      afloop.add(
        laatste.label.startsWith('Vangnetuitkering') ? (r.stappen.at(-3)!.waarde === '0' ? 'tussen' : 'boven') : laatste.label.slice(0, 40),
      );
      if (laatste.label.startsWith('Vangnetuitkering')) {
        const [vergoedingTussen, , vergoedingBoven] = r.stappen.slice(-4, -1).map((s) => new Decimal(s.waarde));
        if (vergoedingTussen!.plus(vergoedingBoven!).times(100).mod(1).eq(0.5)) tel.halveCentenVangnet++;
      }
    }
    expect(vergelijking.verschillen).toBe(0);
    expect(tel.zonderStappenAnders).toBe(0);
    // decimal.js rounded a sum to 20 significant digits: the exact branch is tried.
    expect(tel.afgerondDoorDecimal).toBeGreaterThan(100);
    expect(tel.halveCenten).toBeGreaterThan(10_000);
    expect(tel.volleDoubles).toBeGreaterThan(10_000);
    expect(tel.numeric16).toBeGreaterThan(10_000);
    expect(tel.negatieveLasten).toBeGreaterThan(1_000);
    expect(tel.geenBudget).toBeGreaterThan(1_000);
    expect(tel.andereFouten).toBeGreaterThan(1_000);
    expect(tel.buitenBereik).toBeGreaterThan(1_000);
    expect(tel.geenDefinitief).toBeGreaterThan(1_000);
    expect(tel.driejaarsOnvolledig).toBeGreaterThan(1_000);
    expect(tel.driejaars).toBeGreaterThan(1_000);
    expect(tel.tekort).toBeGreaterThan(10_000);
    expect(tel.overschot).toBeGreaterThan(10_000);
    // Every soort found, asked or not.
    expect(soorten.size).toBe(6);
    expect(tel.halveCentenVangnet).toBeGreaterThan(100);
    // Every way the overview ends: no vangnet (no definitief budget, its year unknown), none under 7,5 % this year or
    // over three years, one in the band 7,5–12,5 % or above it, and the preliminary one without the three-year test.
    expect([...afloop].sort()).toEqual([
      'Geen vangnetuitkering berekend: De voorw',
      'Geen vangnetuitkering berekend: het defi',
      'Het tekort is niet hoger dan 7,5% van he',
      'Het tekort over drie jaar is niet hoger ',
      'Voorlopig: de driejaarsvoorwaarde is nie',
      'boven',
      'tussen',
    ]);
  });
});
