/**
 * Seeded random BUIG inputs that caches cannot help with: amounts in whole cents up to the registry's numeric(16,2),
 * at full double precision, far below a cent, and on half a cent (each shown rounded in a step); refunds that make
 * the lasten negative; budgets of every soort, published once or more (also twice on one day), or none; a soort
 * asked or not; prior years present, missing, without a definitief budget or for another year (the vangnet's
 * three-year condition); tekorten in every band of the vangnet and overschotten; years of the vangnet conditions,
 * before and after them, and outside the budget years. Shared by the equality test against the reference
 * implementation and the benchmark.
 */
import Decimal from 'decimal.js';
import type { Budget, BuigInvoer, BuigJaar } from '../../shared/rules/buig-saldo';
import { BUDGETSOORTEN, GEMEENTEN } from '../../shared/schemas/grootboek';
import { maak } from '../../shared/time/datum';
import { trekking } from './grootboek-generator';

/** The largest amount in cents a numeric(16,2) column holds. */
const GROOTSTE_CENTEN = 1e16 - 1;

/** A generator of random BUIG inputs from a seed. */
export function buigInvoerGenerator(seed: number): () => BuigInvoer {
  const { kans, geheel, kies } = trekking(seed);
  // Definitief twice as often: the vangnet and the three-year condition rest on it.
  const soorten = [...BUDGETSOORTEN, 'definitief'] as const;
  const centen = (n: number): Decimal => new Decimal(n).div(100);

  /** An amount of about `omvang` euros, in any of the forms above. */
  const bedrag = (omvang: number): Decimal => {
    const soort = geheel(12);
    if (soort === 0) return centen(geheel(GROOTSTE_CENTEN));
    if (soort === 1) return new Decimal(kans() * omvang * 2);
    // Half a cent: rounded half up (away from zero) in every step that shows it.
    if (soort === 2) return new Decimal(geheel(omvang * 200) * 5 + 5).div(1000);
    if (soort === 3) return new Decimal(kans() * 10 ** -geheel(12));
    if (soort === 4) return new Decimal(kans() * 10 ** geheel(21));
    if (soort === 5) return new Decimal(geheel(omvang));
    return centen(Math.round(omvang * (0.5 + kans()) * 100));
  };
  const metTeken = (d: Decimal): Decimal => (geheel(8) === 0 ? d.neg() : d);

  const budgetten = (jaar: number, omvang: number): Budget[] => {
    const soort = geheel(10);
    if (soort === 0) return [];
    const aantal = 1 + geheel(soort < 6 ? 2 : 4);
    const uit: Budget[] = [];
    for (let i = 0; i < aantal; i++) {
      const b = geheel(30) === 0 ? metTeken(bedrag(omvang)) : bedrag(omvang);
      const publicatiedatum = maak(jaar - geheel(2), 1 + geheel(12), 1 + geheel(28));
      uit.push({ soort: kies(soorten), bedrag: geheel(40) === 0 ? new Decimal(0) : b, publicatiedatum });
      // The same soort again on the same day: the first one stays.
      if (geheel(10) === 0) uit.push({ soort: uit.at(-1)!.soort, bedrag: bedrag(omvang), publicatiedatum });
    }
    return uit;
  };

  /** The lasten of a year around its budget: an overschot, on the vangnet's 7,5 % and 12,5 %, between and above. */
  const lasten = (budget: Decimal | undefined, omvang: number): { bijstand: Decimal; lks: Decimal } => {
    const lks = geheel(20) === 0 ? metTeken(bedrag(omvang / 10)) : bedrag(omvang / 10);
    const basis = budget !== undefined && budget.isFinite() && geheel(4) !== 0 ? budget : new Decimal(omvang);
    const soort = geheel(6);
    const totaal =
      soort === 0
        ? basis.times(kies(['1.075', '1.125', '1', '1.1', '0.95']))
        : soort === 1
          ? basis.times(0.7 + kans() * 0.7)
          : soort === 2
            ? // A tekort of an odd number of cents: half of it is half a cent in the compensation.
              basis
                .times(1.075 + kans() * 0.05)
                .toDecimalPlaces(2)
                .plus(new Decimal(geheel(2)).div(100))
            : basis.times(1.05 + kans() * 0.15);
    const bijstand = geheel(6) === 0 ? bedrag(omvang) : totaal.minus(lks);
    return { bijstand: geheel(25) === 0 ? bijstand.neg() : bijstand, lks };
  };

  const buigJaar = (jaar: number, omvang: number): BuigJaar => {
    const b = budgetten(jaar, omvang);
    return { jaar, budgetten: b, ...lasten(b.at(-1)?.bedrag, omvang) };
  };

  const begrotingsjaar = (): number => {
    const soort = geheel(10);
    if (soort < 7) return 2021 + geheel(5);
    if (soort < 9) return 2015 + geheel(86);
    return kies([2014, 2101, 2020, 2026]);
  };

  return () => {
    const jaar = begrotingsjaar();
    const omvang = kies([1e5, 1e6, 1e7, 1e8, 3e8]);
    const invoer: BuigInvoer = { gemeente: kies(GEMEENTEN), ...buigJaar(jaar, omvang) };
    if (geheel(3) === 0) invoer.budgetsoort = kies(BUDGETSOORTEN);
    const vorige = geheel(8);
    if (vorige < 5) invoer.vorigeJaren = [buigJaar(jaar - 2, omvang), buigJaar(jaar - 1, omvang)];
    else if (vorige === 5) invoer.vorigeJaren = [buigJaar(jaar - kies([1, 2, 3]), omvang)];
    else if (vorige === 6) invoer.vorigeJaren = [];
    return invoer;
  };
}
