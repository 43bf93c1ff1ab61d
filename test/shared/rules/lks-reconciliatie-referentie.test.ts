/**
 * The LKS reconciliation on the integer money core (shared/breuk.ts) gives what the decimal.js implementation gave
 * (test/reference/lks-reconciliatie.ts), every field of every verschil and every gemeente total, every step, and the
 * same error, on 21,000 seeded random reconciliations (test/support/reconciliatie-invoer.ts) that list over 100,000
 * case-months as differences with their explanation: every count of days
 * in every month length, several periods a month, a period that ends before it starts (refused now; the reference
 * counted its days negative), youth ages, the forfait and the cap, full-precision hours and
 * loonwaarden, years outside the figures, invalid inputs, and ledgers with every kind of difference, amounts at full
 * double precision, on half a cent and with 25 significant digits, tolerances of every kind. Where decimal.js itself
 * rounded (a sum to its 20 significant digits), the integer core gives the exact value, which the reference gives
 * at a precision that needs no rounding. Values only (`stappen: false`) gives the same amounts without a step.
 */
import type Decimal from 'decimal.js';
import { reconcilieerLks, verwachteLks, type Reconciliatie } from '../../../shared/rules/lks-reconciliatie';
import type { Resultaat } from '../../../shared/uitleg';
import { reconcilieerLksReferentie, verwachteLksReferentie } from '../../reference/lks-reconciliatie';
import { reconciliatieInvoerGenerator } from '../../support/reconciliatie-invoer';
import {
  alsJsonOfFout,
  exacteVergelijking,
  HALVE_CENT,
  volleDouble,
  zonderStappen as zonderStappenVanUitkomst,
} from '../../support/referentie-uitkomst';

/** Reconciliations; each lists some five case-months with their explanation, so over 100,000 case-months are compared. */
const AANTAL = 21_000;

type Uitkomst =
  | {
      waarde: { verschillen: { soort: string; stappen: { label: string }[] }[]; perGemeente: { aantalVerschillen: number }[] };
      stappen: unknown[];
    }
  | { code: string; message: string; field?: string };

const tekst = (d: Decimal): string => d.toFixed();

/** Every field of the reconciliation, each amount as its full decimal text, with the steps; or the error. */
function uitkomst(bereken: () => Resultaat<Reconciliatie>): string {
  return alsJsonOfFout(() => {
    const { waarde, stappen } = bereken();
    return {
      waarde: {
        verschillen: waarde.verschillen.map((v) => ({
          ...v,
          verwacht: tekst(v.verwacht),
          betaald: tekst(v.betaald),
          verschil: tekst(v.verschil),
        })),
        perGemeente: waarde.perGemeente.map((t) => ({
          ...t,
          verwacht: tekst(t.verwacht),
          betaald: tekst(t.betaald),
          verschil: tekst(t.verschil),
        })),
      },
      stappen,
    };
  });
}

/** The expected LKS per gemeente, each as its full decimal text; or the error. */
function lksPerGemeente(bereken: () => Map<string, Decimal>): string {
  return alsJsonOfFout(() => [...bereken()].map(([gemeente, lks]) => [gemeente, tekst(lks)]));
}

/** The same outcome without a step, nor one in any verschil: what values only must give. */
function zonderStappen(u: string): string {
  const r = JSON.parse(u) as Uitkomst;
  if ('code' in r) return u;
  return zonderStappenVanUitkomst(
    JSON.stringify({ ...r, waarde: { ...r.waarde, verschillen: r.waarde.verschillen.map((v) => ({ ...v, stappen: [] })) } }),
  );
}

const PRO_RATA = /^Dagen in dienst in \d{4}-\d\d: (\d+) van (\d+);/;
const VEEL_CIJFERS = /\d{21}/;

describe('reconcilieerLks on integers equals the decimal.js reference', () => {
  it(`gives the same fields, steps and errors on ${AANTAL.toLocaleString('en')} seeded random reconciliations`, () => {
    const volgende = reconciliatieInvoerGenerator(20251204);
    const vergelijking = exacteVergelijking();
    const tel = {
      vergeleken: 0,
      afgerondDoorDecimal: 0,
      zonderStappenAnders: 0,
      verwachtAnders: 0,
      halveCenten: 0,
      volleDoubles: 0,
      veelCijfers: 0,
      jeugd: 0,
      forfait: 0,
      voltijd: 0,
      omgekeerd: 0,
      meerdereDelen: 0,
      binnenTolerantie: 0,
      negatieveTolerantie: 0,
      geenMaanden: 0,
      buitenBereik: 0,
      ongeldig: 0,
    };
    const soorten = new Set<string>();
    const foutvelden = new Set<string>();
    const dagen = new Set<string>();
    for (let i = 0; i < AANTAL; i++) {
      const invoer = volgende();
      const gekregen = uitkomst(() => reconcilieerLks(invoer));
      if (invoer.dienstverbanden.some((p) => p.tot !== null && p.tot < p.van)) {
        // The reference counted such a period's days negative (a negative LKS); the rule refuses it, in Dutch.
        const fout = JSON.parse(gekregen) as { code?: string; field?: string; message?: string };
        expect(fout.code).toBeDefined();
        if (fout.field === 'dienstverbanden') {
          expect(fout.message).toMatch(/^dienstverband .+: de laatste dag \(.+\) ligt vóór de eerste \(.+\); een periode loopt/);
          tel.omgekeerd++;
        }
        continue;
      }
      const verwacht = uitkomst(() => reconcilieerLksReferentie(invoer));
      if (vergelijking.vergelijk(invoer, gekregen, verwacht, () => uitkomst(() => reconcilieerLksReferentie(invoer))).uit === 'afgerond')
        tel.afgerondDoorDecimal++;
      if (uitkomst(() => reconcilieerLks(invoer, undefined, { stappen: false })) !== zonderStappen(gekregen)) tel.zonderStappenAnders++;
      if (i % 10 === 0) {
        const referentie = lksPerGemeente(() => verwachteLksReferentie(invoer.jaar, invoer.dienstverbanden));
        if (lksPerGemeente(() => verwachteLks(invoer.jaar, invoer.dienstverbanden)) !== referentie) tel.verwachtAnders++;
      }

      const bedragen = [...invoer.betalingen.map((b) => b.bedrag.toFixed()), invoer.tolerantie?.toFixed() ?? ''];
      if (bedragen.some((b) => HALVE_CENT.test(b))) tel.halveCenten++;
      if (bedragen.some(volleDouble)) tel.volleDoubles++;
      if (bedragen.some((b) => VEEL_CIJFERS.test(b.replace('.', '')))) tel.veelCijfers++;
      if (invoer.dienstverbanden.some((p) => p.leeftijd !== undefined && p.leeftijd < 21)) tel.jeugd++;
      if (invoer.dienstverbanden.some((p) => p.loonwaarde === null)) tel.forfait++;
      if (invoer.dienstverbanden.some((p) => p.voltijdUren !== undefined && p.voltijdUren < p.urenPerWeek)) tel.voltijd++;
      if (invoer.tolerantie?.isNegative()) tel.negatieveTolerantie++;
      const r = JSON.parse(gekregen) as Uitkomst;
      if ('code' in r) {
        if (r.code === 'BUITEN_PARAMETERBEREIK') tel.buitenBereik++;
        else tel.ongeldig++;
        foutvelden.add(`${r.code}:${r.field}`);
        continue;
      }
      if (invoer.totMaand?.endsWith('-12') && invoer.totMaand < `${invoer.jaar}`) tel.geenMaanden++;
      tel.vergeleken += r.waarde.verschillen.length;
      for (const v of r.waarde.verschillen) {
        soorten.add(v.soort);
        let delen = 0;
        for (const s of v.stappen) {
          const m = PRO_RATA.exec(s.label);
          if (s.label.startsWith('Dienstverband ')) delen++;
          if (m) dagen.add(`${m[1]}/${m[2]}`);
        }
        if (delen > 1) tel.meerdereDelen++;
      }
      const getoond = r.waarde.perGemeente.reduce((n, t) => n + t.aantalVerschillen, 0);
      const perGemeente = (JSON.parse(gekregen) as { waarde: { perGemeente: { verschil: string }[] } }).waarde.perGemeente;
      if (invoer.tolerantie?.isPositive() && getoond === 0 && perGemeente.some((t) => Number(t.verschil) !== 0)) tel.binnenTolerantie++;
    }
    expect(vergelijking.verschillen).toBe(0);
    expect(tel.vergeleken).toBeGreaterThan(100_000);
    expect(tel.zonderStappenAnders).toBe(0);
    expect(tel.verwachtAnders).toBe(0);
    // decimal.js rounded a sum of ledger amounts to 20 significant digits: the exact branch is tried.
    expect(tel.afgerondDoorDecimal).toBeGreaterThan(1_000);
    expect(tel.halveCenten).toBeGreaterThan(5_000);
    expect(tel.volleDoubles).toBeGreaterThan(1_000);
    expect(tel.veelCijfers).toBeGreaterThan(5_000);
    expect(tel.jeugd).toBeGreaterThan(5_000);
    expect(tel.forfait).toBeGreaterThan(5_000);
    expect(tel.voltijd).toBeGreaterThan(5_000);
    expect(tel.omgekeerd).toBeGreaterThan(30);
    expect(tel.meerdereDelen).toBeGreaterThan(2_000);
    expect(tel.binnenTolerantie).toBeGreaterThan(500);
    expect(tel.negatieveTolerantie).toBeGreaterThan(1_000);
    expect(tel.geenMaanden).toBeGreaterThan(500);
    expect(tel.buitenBereik).toBeGreaterThan(1_000);
    expect(tel.ongeldig).toBeGreaterThan(1_000);
    expect([...soorten].sort()).toEqual([
      'betaald_zonder_dienstverband',
      'niet_betaald',
      'niet_toe_te_wijzen',
      'te_veel_betaald',
      'te_weinig_betaald',
    ]);
    expect([...foutvelden].sort()).toEqual(
      expect.arrayContaining(['BUITEN_PARAMETERBEREIK:peildatum', 'ONGELDIGE_INVOER:leeftijd', 'ONGELDIGE_INVOER:loonwaarde']),
    );
    // Every count of days short of a whole month, in every month length (leap February too).
    for (const lengte of [28, 29, 30, 31]) for (let d = 1; d < lengte; d++) expect(dagen).toContain(`${d}/${lengte}`);
  });
});
