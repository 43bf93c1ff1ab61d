/**
 * The four-monthly report (Jaarplan Avres 2020 ch. 5: "Per vier maanden rapporteert Avres …"): per gemeente and
 * tertiaal, instroom, plaatsingen, wachtlijst and waiting time (Beleidsregels art. 8), places realised against
 * funded (art. 6 lid 6), LKS and bijstand spend. And the dienstverband periods the report and the LKS
 * reconciliation derive from registry events.
 */
import Decimal from 'decimal.js';
import type { VastgelegdeGebeurtenis } from '../../../shared/schemas/casus';
import { dienstverbandperiodes } from '../../../shared/rules/dienstverbandperiodes';
import { tertialen, viermaandsrapportage } from '../../../shared/rules/viermaandsrapportage';
import { datum } from '../../../shared/time/datum';

describe('tertialen', () => {
  it('are January–April, May–August, September–December', () => {
    expect(tertialen(2026).map((t) => [t.van, t.tot])).toEqual([
      ['2026-01-01', '2026-04-30'],
      ['2026-05-01', '2026-08-31'],
      ['2026-09-01', '2026-12-31'],
    ]);
  });
});

describe('viermaandsrapportage', () => {
  const invoer = {
    jaar: 2026,
    gemeenten: ['Gorinchem', 'Molenlanden'] as const,
    indicaties: [
      { gemeente: 'Gorinchem' as const, datum: datum('2026-04-30') },
      { gemeente: 'Gorinchem' as const, datum: datum('2026-05-01') },
    ],
    plaatsingen: [{ gemeente: 'Gorinchem' as const, datum: datum('2026-02-01') }],
    dienstverbanden: [
      { casusnummer: 'A', gemeente: 'Gorinchem' as const, van: datum('2026-02-01'), tot: null, urenPerWeek: 31, loonwaarde: 0.4 },
      {
        casusnummer: 'B',
        gemeente: 'Gorinchem' as const,
        van: datum('2025-01-01'),
        tot: datum('2026-06-30'),
        urenPerWeek: 20,
        loonwaarde: 0.3,
      },
    ],
    wachtlijstOp: (gemeente: string, dag: string) =>
      gemeente === 'Gorinchem' && dag >= '2026-08-31' ? [{ ingangsdatum: datum('2026-05-01') }, { ingangsdatum: datum('2026-08-01') }] : [],
    gefinancierdePlekken: { Gorinchem: 25 },
    uitgaven: [
      { gemeente: 'Gorinchem' as const, periode: '2026-04', soort: 'lks' as const, bedrag: new Decimal('1000.00') },
      { gemeente: 'Gorinchem' as const, periode: '2026-05', soort: 'lks' as const, bedrag: new Decimal('500.00') },
      { gemeente: 'Gorinchem' as const, periode: '2026-01', soort: 'bijstand' as const, bedrag: new Decimal('7000.00') },
      { gemeente: 'Gorinchem' as const, periode: '2026-01', soort: 'overig' as const, bedrag: new Decimal('99.00') },
    ],
  };

  it('counts per gemeente and tertiaal, with stand figures on the last day of the tertiaal', () => {
    const r = viermaandsrapportage(invoer).waarde;
    expect(r).toHaveLength(6);
    const g = r.filter((x) => x.gemeente === 'Gorinchem');
    expect(
      g.map((x) => [
        x.tertiaal,
        x.standOp,
        x.instroom,
        x.plaatsingen,
        x.wachtlijstLengte,
        x.gemiddeldeWachttijdDagen,
        x.langsteWachttijdDagen,
      ]),
    ).toEqual([
      [1, '2026-04-30', 1, 1, 0, null, null],
      [2, '2026-08-31', 1, 0, 2, 76, 122],
      [3, '2026-12-31', 0, 0, 2, 198, 244],
    ]);
    // T1: A (1 place) + B (20/31 = 0.65); T2 after B ended: 1
    expect(g.map((x) => x.plekkenGerealiseerd.toFixed(2))).toEqual(['1.65', '1.00', '1.00']);
    expect(g.map((x) => [x.plekkenGefinancierd, x.lksUitgaven.toFixed(2), x.bijstandUitgaven.toFixed(2)])).toEqual([
      [25, '1000.00', '7000.00'],
      [25, '500.00', '0.00'],
      [25, '0.00', '0.00'],
    ]);
    expect(r.find((x) => x.gemeente === 'Molenlanden')!.plekkenGefinancierd).toBeNull();
  });

  it('stops at totDatum: later tertialen are left out, the current one is taken on that day', () => {
    const r = viermaandsrapportage({ ...invoer, gemeenten: ['Gorinchem'], totDatum: datum('2026-06-15') }).waarde;
    expect(r.map((x) => [x.tertiaal, x.standOp])).toEqual([
      [1, '2026-04-30'],
      [2, '2026-06-15'],
    ]);
  });
});

describe('dienstverbandperiodes', () => {
  let volgnummer = 0;
  const g = (x: Record<string, unknown>) =>
    ({ volgnummer: ++volgnummer, vastgelegdDoor: 't', vastgelegdOp: '2026-01-01T00:00:00Z', ...x }) as unknown as VastgelegdeGebeurtenis;

  it('opens a period at dienstverband_start, closes it the day before a new start, and ends it on dienstverband_einde', () => {
    const r = dienstverbandperiodes('BW-1', [
      g({ soort: 'aanmelding', datum: datum('2025-01-06'), gemeente: 'Gorinchem', route: 'Avres' }),
      g({ soort: 'dienstverband_start', datum: datum('2026-02-01'), dienstverband: 'tijdelijk', urenPerWeek: 31, loonwaarde: 0.4 }),
      g({ soort: 'dienstverband_start', datum: datum('2026-08-01'), dienstverband: 'tijdelijk', urenPerWeek: 31, loonwaarde: 0.5 }),
      g({ soort: 'verhuisd', datum: datum('2026-10-01'), van: 'Gorinchem', naar: 'Molenlanden' }),
      g({ soort: 'dienstverband_einde', datum: datum('2026-11-30') }),
    ]);
    expect(r.periodes.map((p) => [p.gemeente, p.van, p.tot, p.loonwaarde])).toEqual([
      ['Gorinchem', '2026-02-01', '2026-07-31', 0.4],
      ['Gorinchem', '2026-08-01', '2026-09-30', 0.5],
      ['Molenlanden', '2026-10-01', '2026-11-30', 0.5],
    ]);
    expect(r.plaatsingen).toEqual([{ gemeente: 'Gorinchem', datum: datum('2026-02-01') }]);
  });

  it('keeps the lid 5 forfait (no loonwaarde) as null', () => {
    const r = dienstverbandperiodes('BW-2', [
      g({ soort: 'aanmelding', datum: datum('2025-01-06'), gemeente: 'Molenlanden', route: 'UWV' }),
      g({ soort: 'dienstverband_start', datum: datum('2026-03-01'), dienstverband: 'tijdelijk', urenPerWeek: 20 }),
    ]);
    expect(r.periodes).toEqual([
      { casusnummer: 'BW-2', gemeente: 'Molenlanden', van: datum('2026-03-01'), tot: null, urenPerWeek: 20, loonwaarde: null },
    ]);
  });
});

describe('dienstverbandperiodes: einde and a new start (the registry asks for einde before a new start)', () => {
  let volgnummer = 100;
  const g = (x: Record<string, unknown>) =>
    ({ volgnummer: ++volgnummer, vastgelegdDoor: 't', vastgelegdOp: '2026-01-01T00:00:00Z', ...x }) as unknown as VastgelegdeGebeurtenis;

  it('treats a start on the day of the previous end as new terms: no day twice, no new plaatsing', () => {
    const r = dienstverbandperiodes('BW-3', [
      g({ soort: 'aanmelding', datum: datum('2025-01-06'), gemeente: 'Gorinchem', route: 'Avres' }),
      g({ soort: 'dienstverband_start', datum: datum('2026-01-01'), dienstverband: 'tijdelijk', urenPerWeek: 31, loonwaarde: 0.4 }),
      g({ soort: 'dienstverband_einde', datum: datum('2026-06-01') }),
      g({ soort: 'dienstverband_start', datum: datum('2026-06-01'), dienstverband: 'tijdelijk', urenPerWeek: 31, loonwaarde: 0.5 }),
      g({ soort: 'dienstverband_einde', datum: datum('2026-08-31') }),
      g({ soort: 'dienstverband_start', datum: datum('2026-10-01'), dienstverband: 'tijdelijk', urenPerWeek: 20, loonwaarde: 0.5 }),
    ]);
    expect(r.periodes.map((p) => [p.van, p.tot])).toEqual([
      ['2026-01-01', '2026-05-31'],
      ['2026-06-01', '2026-08-31'],
      ['2026-10-01', null],
    ]);
    expect(r.plaatsingen.map((p) => p.datum)).toEqual(['2026-01-01', '2026-10-01']);
  });
});
