/**
 * The taakstelling on the integer core (shared/breuk.ts) gives what the decimal.js implementation gave
 * (test/reference/taakstelling.ts), value and every step, and the same error, on 120,000 seeded random lists:
 * 0–40 dienstverbanden with whole, half, full-precision, tiny and huge hours, sums of places exactly on half a
 * hundredth, shares exactly on half of the fourth decimal, other hours per place, invalid lists and entries.
 * Where decimal.js itself rounded (each share to 20 significant digits before the sum), the integer core gives the
 * exact count, which the reference's formula gives when every share is exact (one division of the summed hours).
 */
import Decimal from 'decimal.js';
import type { Parameters } from '../../../shared/parameters';
import { nieuwsteWaarde } from '../../../shared/parameters/reeks';
import { taakstellingPlekken, taakstellingPlekkenInHonderdsten, TaakstellingInvoer } from '../../../shared/rules/taakstelling';
import { taakstellingPlekkenReferentie } from '../../reference/taakstelling';
import { vergelijkMetReferentie } from '../../support/referentie-uitkomst';
import { plekUrenParameters, taakstellingInvoerGenerator } from '../../support/taakstelling-invoer';

const AANTAL = 120_000;
const Exact = Decimal.clone({ precision: 1000 });

/** Σ min(uren / plekUren, 1) without rounding a share: the hours under a place summed, divided once, exactly. */
function exactePlekken(urenPerWeek: number[], plekUren: number): string {
  const onder = urenPerWeek.filter((u) => u < plekUren);
  const uren = onder.reduce((s, u) => s.plus(u), new Exact(0));
  return uren
    .div(plekUren)
    .plus(urenPerWeek.length - onder.length)
    .toDecimalPlaces(2, Decimal.ROUND_HALF_UP)
    .toFixed(2);
}

/**
 * Whether Σ uren / plekUren ends exactly on half a unit of 1 / schaal: when 2 × schaal × Σ uren is an odd multiple
 * of plekUren, decided exactly for the sums that doubles put near one (`benadering`, their sum in doubles).
 */
function opHalf(benadering: number, uren: number[], plekUren: number, schaal: number): boolean {
  const x = (benadering * schaal) / plekUren;
  if (Math.abs(x - Math.floor(x) - 0.5) > 1e-6) return false;
  const som = uren.reduce((s, u) => s.plus(u), new Exact(0));
  return som
    .times(2 * schaal)
    .mod(2 * plekUren)
    .eq(plekUren);
}

describe('taakstelling on integers equals the decimal.js reference', () => {
  it(`gives the same value, steps and errors on ${AANTAL.toLocaleString('en')} seeded random lists`, () => {
    const generatoren = plekUrenParameters.map((p, i) => ({
      parameters: p,
      plekUren: nieuwsteWaarde(p.beschutWerk).waarde.taakstellingUren,
      volgende: taakstellingInvoerGenerator(20251203 + i, { plekUren: nieuwsteWaarde(p.beschutWerk).waarde.taakstellingUren }),
    }));
    const tel = {
      verschillen: 0,
      afgerondDoorDecimal: 0,
      halveHonderdsten: 0,
      halveDeelDecimalen: 0,
      volPrecisie: 0,
      bovenEenPlek: 0,
      leeg: 0,
      lang: 0,
      fouten: 0,
      wrapperAnders: 0,
    };
    const plekUrenGezien = new Set<number>();
    for (let i = 0; i < AANTAL; i++) {
      const { parameters, plekUren, volgende } = generatoren[i % generatoren.length]!;
      const invoer: TaakstellingInvoer = volgende();
      const { verwacht, gekregen, gelijk } = vergelijkMetReferentie(
        () => taakstellingPlekkenReferentie(invoer, parameters),
        (opties) => taakstellingPlekkenInHonderdsten(invoer, parameters as Parameters, opties),
      );
      if ('code' in verwacht) {
        tel.fouten++;
        if (!gelijk) {
          tel.verschillen++;
          if (tel.verschillen <= 3) expect({ invoer, gekregen }).toEqual({ invoer, gekregen: [verwacht, verwacht] });
        }
        continue;
      }
      if (!gelijk) {
        // Only where decimal.js rounded the shares: the count itself must be the exact one, every step as the reference's.
        const [metStappen, zonder] = gekregen as { waarde: string; stappen: unknown[] }[];
        const exact = exactePlekken(invoer.urenPerWeek, plekUren);
        const stappenGelijk =
          JSON.stringify(metStappen!.stappen.slice(0, -1)) === JSON.stringify((verwacht.stappen as unknown[]).slice(0, -1));
        const exactGekregen = metStappen!.waarde === exact && zonder!.waarde === exact && zonder!.stappen.length === 0;
        if (exact !== verwacht.waarde && stappenGelijk && exactGekregen) tel.afgerondDoorDecimal++;
        else {
          tel.verschillen++;
          if (tel.verschillen <= 3) expect({ invoer, gekregen }).toEqual({ invoer, verwacht, exact });
        }
      }
      if (i % 10 === 0 && taakstellingPlekken(invoer, parameters).waarde.toFixed(2) !== (gekregen as { waarde: string }[])[0]!.waarde)
        tel.wrapperAnders++;
      plekUrenGezien.add(plekUren);
      const uren = invoer.urenPerWeek;
      if (uren.length === 0) tel.leeg++;
      if (uren.length >= 25) tel.lang++;
      if (uren.some((u) => u >= plekUren)) tel.bovenEenPlek++;
      if (uren.some((u) => String(u).replace(/^0\.0*|\./, '').length >= 15)) tel.volPrecisie++;
      const onder = uren.filter((u) => u < plekUren);
      if (
        opHalf(
          onder.reduce((s, u) => s + u, 0),
          onder,
          plekUren,
          100,
        )
      )
        tel.halveHonderdsten++;
      if (onder.some((u) => opHalf(u, [u], plekUren, 10_000))) tel.halveDeelDecimalen++;
    }
    expect(tel.verschillen).toBe(0);
    expect(tel.wrapperAnders).toBe(0);
    // decimal.js rounded each share to 20 significant digits and came out off the exact count: the exact branch is tried.
    expect(tel.afgerondDoorDecimal).toBeGreaterThan(500);
    expect(tel.halveHonderdsten).toBeGreaterThan(20_000);
    expect(tel.halveDeelDecimalen).toBeGreaterThan(10_000);
    expect(tel.volPrecisie).toBeGreaterThan(20_000);
    expect(tel.bovenEenPlek).toBeGreaterThan(20_000);
    expect(tel.leeg).toBeGreaterThan(1_000);
    expect(tel.lang).toBeGreaterThan(5_000);
    expect(tel.fouten).toBeGreaterThan(1_000);
    expect(plekUrenGezien.size).toBe(plekUrenParameters.length);
  });
});
