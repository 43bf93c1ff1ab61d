/**
 * Seeded random LKS reconciliations: a few cases in the gemeenten with dienstverband periods of the LKS generator's
 * hours, loonwaarden and ages (youth, full precision, forfait, the cap, a sector week, invalid ones) across 2023–2027
 * (outside the known figures: errors), starting and ending on any day, so every count of days in every month
 * length (leap February too) is paid pro rata, several periods in one month, now and then one that ends before it
 * starts; a ledger that pays what the rule says, in one line or two, or off by a cent or exactly the tolerance, or
 * not at all, or from the wrong gemeente, without casusnummer, for an unknown case, outside the months reconciled,
 * refunds, amounts at full double precision, on half a cent and with 25 significant digits; tolerances of every
 * kind. Shared by the equality test against the reference implementation and the benchmark.
 */
import Decimal from 'decimal.js';
import type { Dienstverbandperiode, LksBetaling, ReconciliatieInvoer } from '../../shared/rules/lks-reconciliatie';
import { GEMEENTEN, type Gemeente } from '../../shared/schemas/grootboek';
import { dagenInMaand, maak, type Datum } from '../../shared/time/datum';
import { plusDagen } from '../../shared/time/kalender';
import { loonkostensubsidieReferentie } from '../reference/loonkostensubsidie';
import { trekking } from './grootboek-generator';
import { lksInvoerGenerator } from './lks-invoer';

/** The reference LKS of each period for a month of its year (the same all year, Pw art. 10d lid 7), or undefined when refused. */
const lksVanPeriode = new WeakMap<Dienstverbandperiode, Decimal | null>();

function lksVan(p: Dienstverbandperiode, peildatum: Datum): Decimal | undefined {
  let lks = lksVanPeriode.get(p);
  if (lks === undefined) {
    try {
      lks = loonkostensubsidieReferentie({ ...p, peildatum }).waarde;
    } catch {
      lks = null;
    }
    lksVanPeriode.set(p, lks);
  }
  return lks ?? undefined;
}

/** The exact amount the ledger would pay for a case-month, computed here on decimal.js as the reference does. */
function teBetalen(perioden: readonly Dienstverbandperiode[], jaar: number, maand: number): Decimal | undefined {
  const lengte = dagenInMaand(jaar, maand);
  const eerste = maak(jaar, maand, 1);
  const laatste = maak(jaar, maand, lengte);
  let som = new Decimal(0);
  for (const p of perioden) {
    if (p.van > laatste || (p.tot !== null && p.tot < eerste)) continue;
    const van = p.van > eerste ? p.van : eerste;
    const tot = p.tot !== null && p.tot < laatste ? p.tot : laatste;
    const dagen = Number(tot.slice(8)) - Number(van.slice(8)) + 1;
    const lks = lksVan(p, eerste);
    if (lks === undefined) return undefined;
    som = som.plus(dagen === lengte ? lks : lks.times(dagen).div(lengte).toDecimalPlaces(2, Decimal.ROUND_HALF_UP));
  }
  return som;
}

/** A generator of random reconciliations from a seed; `binnenBereik` keeps to years, ages and inputs the rule accepts. */
export function reconciliatieInvoerGenerator(seed: number, { binnenBereik = false } = {}): () => ReconciliatieInvoer {
  const { kans, geheel, kies } = trekking(seed);
  const lks = lksInvoerGenerator(seed + 1, { binnenBereik });

  const periode = (casusnummer: string, gemeente: Gemeente, van: Datum, dagen: number | null): Dienstverbandperiode => {
    const { loonwaarde, urenPerWeek, voltijdUren, leeftijd } = lks();
    const p: Dienstverbandperiode = {
      casusnummer,
      gemeente,
      van,
      tot: dagen === null ? null : plusDagen(van, dagen - 1),
      urenPerWeek,
      loonwaarde,
    };
    if (voltijdUren !== undefined) p.voltijdUren = voltijdUren;
    if (leeftijd !== undefined) p.leeftijd = leeftijd;
    if (!binnenBereik && geheel(200) === 0) p.loonwaarde = kies([1.5, -0.1]);
    return p;
  };

  const bedrag = (): Decimal => {
    const soort = geheel(7);
    if (soort === 0) return new Decimal(geheel(300_000)).div(100);
    if (soort === 1) return new Decimal(kans() * 3000);
    if (soort === 2) return new Decimal(`${geheel(3000)}.${String(geheel(100)).padStart(2, '0')}5`);
    if (soort === 3)
      return new Decimal(`${1 + geheel(3000)}.${String(geheel(1e9)).padStart(9, '0')}${String(geheel(1e12)).padStart(12, '0')}`);
    if (soort === 4) return new Decimal(-geheel(100_000)).div(100);
    if (soort === 5) return new Decimal(geheel(1e14)).div(100);
    return new Decimal(1 + geheel(2000));
  };

  const tolerantie = (): Decimal | undefined => {
    const soort = geheel(10);
    if (soort < 4) return undefined;
    if (soort === 4) return new Decimal(0);
    if (soort === 5) return new Decimal(kies(['0.01', '0.05', '1', '10', '0.005']));
    if (soort === 6) return new Decimal(kans() * 5);
    if (soort === 7 && !binnenBereik) return new Decimal(-kans());
    if (soort === 8) return new Decimal(1e6);
    return new Decimal(geheel(500)).div(100);
  };

  return () => {
    const jaar = binnenBereik || geheel(10) > 0 ? 2024 + geheel(3) : kies([2023, 2027]);
    const dienstverbanden: Dienstverbandperiode[] = [];
    const casussen = 1 + geheel(3);
    for (let c = 1; c <= casussen; c++) {
      const casusnummer = `BW-${c}`;
      const gemeente = kies(GEMEENTEN);
      // From November of the year before through the year: whole years, months and single days.
      let van = plusDagen(maak(jaar - 1, 11, 1), geheel(61 + 365));
      const aantal = 1 + geheel(3);
      for (let i = 0; i < aantal; i++) {
        const laatste = i === aantal - 1;
        const soort = geheel(4);
        const dagen = laatste && soort === 0 ? null : soort === 1 ? 1 + geheel(31) : soort === 2 ? 1 + geheel(120) : 1 + geheel(400);
        const p = periode(casusnummer, gemeente, van, dagen);
        if (!binnenBereik && geheel(100) === 0 && p.tot !== null) p.tot = plusDagen(p.van, -1 - geheel(20));
        dienstverbanden.push(p);
        if (p.tot === null) break;
        van = plusDagen(p.tot, 1);
      }
    }

    const betalingen: LksBetaling[] = [];
    const tol = tolerantie();
    let regel = 1;
    const boek = (gemeente: Gemeente, casusnummer: string | null, periode: string, b: Decimal): void => {
      const lijn: LksBetaling = { gemeente, casusnummer, periode, bedrag: b, regel: ++regel };
      if (geheel(3) === 0) lijn.importId = 1 + geheel(3);
      betalingen.push(lijn);
    };
    const totMaand =
      geheel(2) === 0 ? undefined : geheel(10) === 0 ? `${jaar - 1}-12` : `${jaar}-${String(1 + geheel(12)).padStart(2, '0')}`;
    for (let c = 1; c <= casussen; c++) {
      const perioden = dienstverbanden.filter((p) => p.casusnummer === `BW-${c}`);
      const gemeente = perioden[0]!.gemeente;
      for (let m = 1; m <= 12; m++) {
        const maand = `${jaar}-${String(m).padStart(2, '0')}`;
        const verwacht = teBetalen(perioden, jaar, m);
        const soort = geheel(10);
        if (verwacht === undefined || soort === 0) {
          if (geheel(2) === 0) boek(gemeente, `BW-${c}`, maand, bedrag());
        } else if (soort <= 4) boek(gemeente, `BW-${c}`, maand, verwacht);
        else if (soort === 5) {
          const deel = verwacht.times(kans()).toDecimalPlaces(2);
          boek(gemeente, `BW-${c}`, maand, deel);
          boek(gemeente, `BW-${c}`, maand, verwacht.minus(deel));
        } else if (soort === 6)
          boek(gemeente, `BW-${c}`, maand, verwacht.plus((tol ?? new Decimal('0.01')).times(geheel(2) === 0 ? 1 : -1)));
        else if (soort === 7) boek(gemeente, `BW-${c}`, maand, verwacht.plus(geheel(2) === 0 ? '0.01' : '-0.01'));
        else if (soort === 8) boek(kies(GEMEENTEN), `BW-${c}`, maand, verwacht);
        // soort 9: not paid
      }
    }
    const extra = geheel(4);
    for (let i = 0; i < extra; i++) {
      const maand = geheel(6) === 0 ? kies([`${jaar - 1}-12`, `${jaar + 1}-01`]) : `${jaar}-${String(1 + geheel(12)).padStart(2, '0')}`;
      boek(kies(GEMEENTEN), kies([null, null, 'ONBEKEND-1', 'BW-1']), maand, bedrag());
    }
    return {
      jaar,
      dienstverbanden,
      betalingen,
      ...(totMaand !== undefined ? { totMaand } : {}),
      ...(tol !== undefined ? { tolerantie: tol } : {}),
    };
  };
}
