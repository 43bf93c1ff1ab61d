/**
 * LKS reconciliation: the LKS the rule says per case and month (Pw art. 10d lid 4/5/7) against what the ledger
 * shows was paid. On generated ledgers with planted differences every planted difference is found with its
 * kind and amount, and nothing else is reported.
 */
import Decimal from 'decimal.js';
import fc from 'fast-check';
import { LksBetaling, reconcilieerLks } from '../../../shared/rules/lks-reconciliatie';
import { genereer, willekeur } from '../../support/grootboek-generator';
import { dienstverband } from '../../support/dienstverband';
import { datum } from '../../../shared/time/datum';

const d = (s: string) => new Decimal(s);
const betaling = (periode: string, bedrag: string, p: Partial<LksBetaling> = {}): LksBetaling => ({
  gemeente: 'Gorinchem',
  casusnummer: 'BW-1',
  periode,
  bedrag: d(bedrag),
  regel: 2,
  ...p,
});

describe('reconcilieerLks: single cases', () => {
  it('finds nothing when the ledger pays the FACTS example LKS-01 (€ 1.224,11 at 60% and 36 hours in 2026) every month', () => {
    const betalingen = Array.from({ length: 12 }, (_, i) => betaling(`2026-${String(i + 1).padStart(2, '0')}`, '1224.11'));
    const r = reconcilieerLks({ jaar: 2026, dienstverbanden: [dienstverband({})], betalingen });
    expect(r.waarde.verschillen).toEqual([]);
    expect(r.waarde.perGemeente).toEqual([expect.objectContaining({ gemeente: 'Gorinchem', aantalVerschillen: 0 })]);
    expect(r.waarde.perGemeente[0]!.verwacht.toFixed(2)).toBe('14689.32');
  });

  it('pays a month covered in part by calendar days: 16 of 31 March days of € 1.224,11 is € 631,80', () => {
    const r = reconcilieerLks({
      jaar: 2026,
      totMaand: '2026-03',
      dienstverbanden: [dienstverband({ van: datum('2026-03-16') })],
      betalingen: [],
    });
    expect(r.waarde.verschillen).toHaveLength(1);
    const v = r.waarde.verschillen[0]!;
    expect([v.maand, v.soort, v.verwacht.toFixed(2), v.verschil.toFixed(2)]).toEqual(['2026-03', 'niet_betaald', '631.80', '-631.80']);
    expect(v.stappen.map((s) => s.label)).toEqual(
      expect.arrayContaining([
        'Dagen in dienst in 2026-03: 16 van 31; naar rato, afgerond op centen (half naar boven)',
        'Loonkostensubsidie per maand inclusief werkgeverslasten',
        'Betaald volgens het grootboek: geen boekingen',
      ]),
    );
  });

  it('adds the two parts of a month in which the loonwaarde changes', () => {
    const r = reconcilieerLks({
      jaar: 2026,
      totMaand: '2026-04',
      dienstverbanden: [dienstverband({ tot: datum('2026-04-15') }), dienstverband({ van: datum('2026-04-16'), loonwaarde: 0.2 })],
      betalingen: [betaling('2026-01', '1224.11'), betaling('2026-02', '1224.11'), betaling('2026-03', '1224.11')],
    });
    // April: 15/30 of 1224,11 = 612,06 (612,055 half up) + 15/30 of 2142,19 (cap, LKS-04) = 1071,10 (1071,095 half up)
    expect(r.waarde.verschillen.map((v) => [v.maand, v.verwacht.toFixed(2)])).toEqual([['2026-04', '1683.16']]);
  });

  it('reports a payment from the wrong gemeente twice: without dienstverband there, and not paid in the right one', () => {
    const r = reconcilieerLks({
      jaar: 2026,
      totMaand: '2026-01',
      dienstverbanden: [dienstverband({})],
      betalingen: [betaling('2026-01', '1224.11', { gemeente: 'Molenlanden' })],
    });
    expect(r.waarde.verschillen.map((v) => [v.gemeente, v.soort, v.verschil.toFixed(2)])).toEqual([
      ['Gorinchem', 'niet_betaald', '-1224.11'],
      ['Molenlanden', 'betaald_zonder_dienstverband', '1224.11'],
    ]);
    expect(r.waarde.verschillen[1]!.stappen[0]!.label).toBe(
      'Geen loonkostensubsidie verwacht: geen dienstverband in Molenlanden in 2026-01; de casus hoort (ook) bij Gorinchem',
    );
  });

  it('lists LKS lines without casusnummer as not attributable, and leaves out differences within the tolerance', () => {
    const r = reconcilieerLks({
      jaar: 2026,
      totMaand: '2026-01',
      tolerantie: d('0.05'),
      dienstverbanden: [dienstverband({})],
      betalingen: [betaling('2026-01', '1224.15'), betaling('2026-01', '99.00', { casusnummer: null, regel: 7 })],
    });
    expect(r.waarde.verschillen.map((v) => [v.casusnummer, v.soort, v.verschil.toFixed(2)])).toEqual([
      [null, 'niet_toe_te_wijzen', '99.00'],
    ]);
  });

  it('ignores ledger lines for months outside the year reconciled', () => {
    const r = reconcilieerLks({
      jaar: 2026,
      totMaand: '2026-02',
      dienstverbanden: [],
      betalingen: [betaling('2025-12', '5.00'), betaling('2026-03', '5.00')],
    });
    expect(r.waarde.verschillen).toEqual([]);
  });

  it('refuses a period that ends before it starts, in Dutch, instead of counting its days negative', () => {
    const omgekeerd = dienstverband({ van: datum('2026-03-10'), tot: datum('2026-03-01') });
    expect(() => reconcilieerLks({ jaar: 2026, dienstverbanden: [omgekeerd], betalingen: [] })).toThrow(
      expect.objectContaining({
        code: 'ONGELDIGE_INVOER',
        field: 'dienstverbanden',
        message:
          'dienstverband BW-1: de laatste dag (1-3-2026) ligt vóór de eerste (10-3-2026); een periode loopt van de eerste dag tot en met de laatste',
      }),
    );
  });
});

type Geplant = { gemeente: string; casusnummer: string | null; maand: string; soort: string; verschil: string };

/** Plants differences in a clean ledger; returns the ledger and what must be found. */
function plant(seed: number, data: ReturnType<typeof genereer>): { betalingen: LksBetaling[]; geplant: Geplant[] } {
  const r = willekeur(seed);
  const betalingen = data.betalingen.map((b) => ({ ...b }));
  const geplant: Geplant[] = [];
  const gebruikt = new Set<number>();
  const kiesIndex = (): number => {
    for (;;) {
      const i = Math.floor(r() * data.betalingen.length);
      if (!gebruikt.has(i)) {
        gebruikt.add(i);
        return i;
      }
    }
  };
  let regel = 900000;
  for (let n = 0; n < 40; n++) {
    const i = kiesIndex();
    const b = betalingen[i]!;
    const soort = n % 5;
    if (soort === 0) {
      const delta = d(String((1 + Math.floor(r() * 50000)) / 100)).times(r() < 0.5 ? -1 : 1);
      if (b.bedrag.plus(delta).lte(0)) continue;
      b.bedrag = b.bedrag.plus(delta);
      geplant.push({
        gemeente: b.gemeente,
        casusnummer: b.casusnummer,
        maand: b.periode,
        soort: delta.gt(0) ? 'te_veel_betaald' : 'te_weinig_betaald',
        verschil: delta.toFixed(2),
      });
    } else if (soort === 1) {
      betalingen[i] = { ...b, regel: -1 };
      geplant.push({
        gemeente: b.gemeente,
        casusnummer: b.casusnummer,
        maand: b.periode,
        soort: 'niet_betaald',
        verschil: data.betalingen[i]!.bedrag.neg().toFixed(2),
      });
    } else if (soort === 2) {
      betalingen.push({ ...b, regel: ++regel });
      geplant.push({
        gemeente: b.gemeente,
        casusnummer: b.casusnummer,
        maand: b.periode,
        soort: 'te_veel_betaald',
        verschil: b.bedrag.toFixed(2),
      });
    } else if (soort === 3) {
      const casus = `ONBEKEND-${n}`;
      betalingen.push({ ...b, casusnummer: casus, bedrag: d('321.09'), regel: ++regel });
      geplant.push({
        gemeente: b.gemeente,
        casusnummer: casus,
        maand: b.periode,
        soort: 'betaald_zonder_dienstverband',
        verschil: '321.09',
      });
    } else {
      const maand = `2026-${String(1 + (n % 12)).padStart(2, '0')}`;
      betalingen.push({ gemeente: b.gemeente, casusnummer: null, periode: maand, bedrag: d('10.00'), regel: ++regel });
      const bestaand = geplant.find((g) => g.casusnummer === null && g.gemeente === b.gemeente && g.maand === maand);
      if (bestaand) bestaand.verschil = d(bestaand.verschil).plus(10).toFixed(2);
      else geplant.push({ gemeente: b.gemeente, casusnummer: null, maand, soort: 'niet_toe_te_wijzen', verschil: '10.00' });
    }
  }
  // "niet betaald" leaves no ledger line at all: drop the zeroed ones
  return { betalingen: betalingen.filter((b) => b.regel !== -1), geplant };
}

const sorteer = (xs: Geplant[]) => [...xs].sort((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b)));

describe('reconcilieerLks on generated ledgers with planted differences', () => {
  it('finds nothing in a ledger that pays what the rule says (3 gemeenten × 200 cases × 12 months)', () => {
    const data = genereer(2026, 200, 7);
    expect(reconcilieerLks({ jaar: 2026, ...data }).waarde.verschillen).toEqual([]);
  });

  it('finds every planted difference with its kind and amount, and invents none', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 1_000_000 }), (seed) => {
        const data = genereer(2026, 60, seed);
        const { betalingen, geplant } = plant(seed + 1, data);
        const gevonden = reconcilieerLks({ jaar: 2026, dienstverbanden: data.dienstverbanden, betalingen }).waarde.verschillen.map((v) => ({
          gemeente: v.gemeente,
          casusnummer: v.casusnummer,
          maand: v.maand,
          soort: v.soort,
          verschil: v.verschil.toFixed(2),
        }));
        expect(sorteer(gevonden)).toEqual(sorteer(geplant));
      }),
      { numRuns: 15 },
    );
  });

  it('per gemeente, the totals add up: verwacht + verschil = betaald', () => {
    const data = genereer(2026, 100, 3);
    const { betalingen } = plant(4, data);
    for (const t of reconcilieerLks({ jaar: 2026, dienstverbanden: data.dienstverbanden, betalingen }).waarde.perGemeente) {
      expect(t.verwacht.plus(t.verschil).toFixed(2)).toBe(t.betaald.toFixed(2));
    }
  });
});
