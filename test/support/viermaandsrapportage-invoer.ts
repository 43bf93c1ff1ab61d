/**
 * Seeded random inputs of the four-monthly report that caches cannot help with: years with and without 29
 * February, one to three gemeenten (in any order), `totDatum` absent, inside the year (also on the edges of a
 * tertiaal), before and after it; indications, plaatsingen and dienstverbanden in and around the year (./
 * dienstverbandperiode-invoer.ts), waiting lists, funded places or none; ledger lines of every soort and gemeente,
 * periodes in and around the year, amounts in whole cents (small and up to numeric(16,2), so a tertiaal's sum
 * passes 2^53 cents), at full double precision, on half a cent, refunds, and far past 20 significant digits.
 * Shared by the equality test against the reference implementation and the benchmark.
 */
import Decimal from 'decimal.js';
import type { RapportageInvoer, Uitgave } from '../../shared/rules/viermaandsrapportage';
import { GEMEENTEN, type Gemeente, type Grootboeksoort } from '../../shared/schemas/grootboek';
import { Datum, maak } from '../../shared/time/datum';
import { dagRond, dienstverbandperiodes } from './dienstverbandperiode-invoer';
import { trekking, type Trekking } from './grootboek-generator';

const SOORTEN: readonly Grootboeksoort[] = ['lks', 'bijstand', 'overig'];

/** The largest amount in cents a numeric(16,2) column holds. */
const GROOTSTE_CENTEN = 1e16 - 1;

function bedrag(t: Trekking): Decimal {
  const soort = t.geheel(10);
  if (soort === 0) return new Decimal(t.geheel(GROOTSTE_CENTEN)).div(100);
  if (soort === 1) return new Decimal(t.kans() * 10 ** t.geheel(8));
  // Half a cent: the registry holds cents, but the rule takes any Decimal.
  if (soort === 2) return new Decimal(t.geheel(2e7) * 10 + 5).div(1000);
  if (soort === 3) return new Decimal(t.geheel(1e9)).div(100).neg();
  // Past 20 significant digits: decimal.js rounds the sum.
  if (soort === 4) return new Decimal(`${t.geheel(1e9)}${String(t.geheel(1e9)).padStart(9, '0')}${t.geheel(1e6)}.${t.geheel(100)}`);
  if (soort === 5) return new Decimal(0);
  return new Decimal(t.geheel(5e7)).div(100);
}

function totDatum(t: Trekking, jaar: number): Datum | undefined {
  const soort = t.geheel(8);
  if (soort < 3) return undefined;
  if (soort === 3)
    return t.kies([maak(jaar, 4, 30), maak(jaar, 5, 1), maak(jaar, 8, 31), maak(jaar, 9, 1), maak(jaar, 1, 1), maak(jaar, 12, 31)]);
  if (soort === 4) return t.kies([maak(jaar - 1, 12, 31), maak(jaar + 1, 1, 1), maak(jaar - 1, 6, 1)]);
  return maak(jaar, 1 + t.geheel(12), 1 + t.geheel(28));
}

/** A generator of random report inputs from a seed. */
export function rapportageInvoerGenerator(seed: number): () => RapportageInvoer {
  const t = trekking(seed);
  const gebeurtenissen = (jaar: number): { gemeente: Gemeente; datum: Datum }[] =>
    Array.from({ length: t.geheel(5) }, () => ({ gemeente: t.kies(GEMEENTEN), datum: dagRond(t, jaar) }));
  return () => {
    const jaar = t.kies([2024, 2025, 2026, 2027, 2028, 2020]);
    const gemeenten = [...GEMEENTEN].sort(() => t.kans() - 0.5).slice(0, 1 + t.geheel(3));
    const wachtlijsten = new Map(
      GEMEENTEN.map((g) => [g, Array.from({ length: t.geheel(4) }, () => ({ ingangsdatum: dagRond(t, jaar) }))]),
    );
    const gefinancierdePlekken: Partial<Record<Gemeente, number>> = {};
    for (const g of GEMEENTEN) if (t.geheel(2) === 0) gefinancierdePlekken[g] = t.geheel(60);
    const uitgaven: Uitgave[] = Array.from({ length: t.geheel(12) }, () => ({
      gemeente: t.geheel(5) === 0 ? t.kies(GEMEENTEN) : t.kies(gemeenten),
      periode: dagRond(t, jaar).slice(0, 7),
      soort: t.kies(SOORTEN),
      bedrag: bedrag(t),
    }));
    const tot = totDatum(t, jaar);
    return {
      jaar,
      gemeenten,
      indicaties: gebeurtenissen(jaar),
      plaatsingen: gebeurtenissen(jaar),
      dienstverbanden: dienstverbandperiodes(t, jaar, 4),
      wachtlijstOp: (gemeente, dag) => wachtlijsten.get(gemeente)!.filter((w) => w.ingangsdatum <= dag),
      gefinancierdePlekken,
      uitgaven,
      ...(tot === undefined ? {} : { totDatum: tot }),
    };
  };
}
