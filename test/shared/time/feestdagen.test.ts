/**
 * The calendar of the Algemene termijnenwet: art. 1 lid 1 (shift), art. 3 lid 1 (feestdagen), lid 2 (Goede
 * Vrijdag), lid 3 (days equated by royal decree, FACTS §3). Easter dates per FACTS §3 (computus checked against
 * python-dateutil and published holiday lists).
 */
import fc from 'fast-check';
import { DomeinFout } from '../../../shared/errors';
import { basisParameters } from '../../../shared/parameters';
import { atwFeestdag, atwFeestdagen, atwVerlenging, isAtwVrijeDag, pasen } from '../../../shared/time/feestdagen';
import { plusDagen, weekdag } from '../../../shared/time/kalender';
import { alsTekst } from '../stappen-als-tekst';
import { datum, maak } from '../../../shared/time/datum';

const lijst = (jaar: number): [string, string][] => atwFeestdagen(jaar).map((f) => [f.datum, f.naam]);

describe('Easter Sunday (Gregorian computus)', () => {
  it.each([
    [2025, '2025-04-20'],
    [2026, '2026-04-05'],
    [2027, '2027-03-28'],
    [2028, '2028-04-16'],
  ])('falls in %i on %s (FACTS §3)', (jaar, datum) => {
    expect(pasen(jaar)).toBe(datum);
  });

  it.each([
    [2000, '2000-04-23'],
    [2019, '2019-04-21'],
    [2038, '2038-04-25'],
    [2285, '2285-03-22'],
    [1943, '1943-04-25'],
    [1818, '1818-03-22'],
  ])('gives the known date in %i, including the earliest and latest possible Easter (%s)', (jaar, datum) => {
    expect(pasen(jaar)).toBe(datum);
  });

  it('is always a Sunday between 22 March and 25 April', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1583, max: 4099 }), (jaar) => {
        const p = pasen(jaar);
        expect(weekdag(p)).toBe(0);
        expect(p.slice(5) >= '03-22' && p.slice(5) <= '04-25').toBe(true);
      }),
    );
  });
});

describe('algemeen erkende feestdagen of the Atw per year (art. 3)', () => {
  it('lists 2025 with Koningsdag on Saturday 26 April because 27 April is a Sunday, and the equated 30 May', () => {
    expect(lijst(2025)).toEqual([
      ['2025-01-01', 'Nieuwjaarsdag'],
      ['2025-04-18', 'Goede Vrijdag'],
      ['2025-04-21', 'Tweede Paasdag'],
      ['2025-04-26', 'Koningsdag'],
      ['2025-05-05', 'Bevrijdingsdag (5 mei)'],
      ['2025-05-29', 'Hemelvaartsdag'],
      ['2025-05-30', 'Gelijkgestelde dag'],
      ['2025-06-09', 'Tweede Pinksterdag'],
      ['2025-12-25', 'Eerste Kerstdag'],
      ['2025-12-26', 'Tweede Kerstdag'],
    ]);
    expect(weekdag(datum('2025-04-27'))).toBe(0);
    expect(atwFeestdag(datum('2025-04-27'))).toBeUndefined();
  });

  it('lists 2026 with the equated 2 January and 15 May', () => {
    expect(lijst(2026)).toEqual([
      ['2026-01-01', 'Nieuwjaarsdag'],
      ['2026-01-02', 'Gelijkgestelde dag'],
      ['2026-04-03', 'Goede Vrijdag'],
      ['2026-04-06', 'Tweede Paasdag'],
      ['2026-04-27', 'Koningsdag'],
      ['2026-05-05', 'Bevrijdingsdag (5 mei)'],
      ['2026-05-14', 'Hemelvaartsdag'],
      ['2026-05-15', 'Gelijkgestelde dag'],
      ['2026-05-25', 'Tweede Pinksterdag'],
      ['2026-12-25', 'Eerste Kerstdag'],
      ['2026-12-26', 'Tweede Kerstdag'],
    ]);
  });

  it('lists 2027 with the equated 7 May', () => {
    expect(lijst(2027)).toEqual([
      ['2027-01-01', 'Nieuwjaarsdag'],
      ['2027-03-26', 'Goede Vrijdag'],
      ['2027-03-29', 'Tweede Paasdag'],
      ['2027-04-27', 'Koningsdag'],
      ['2027-05-05', 'Bevrijdingsdag (5 mei)'],
      ['2027-05-06', 'Hemelvaartsdag'],
      ['2027-05-07', 'Gelijkgestelde dag'],
      ['2027-05-17', 'Tweede Pinksterdag'],
      ['2027-12-25', 'Eerste Kerstdag'],
      ['2027-12-26', 'Tweede Kerstdag'],
    ]);
  });

  it('lists 2028 with the equated 28 April and 26 May', () => {
    expect(lijst(2028)).toEqual([
      ['2028-01-01', 'Nieuwjaarsdag'],
      ['2028-04-14', 'Goede Vrijdag'],
      ['2028-04-17', 'Tweede Paasdag'],
      ['2028-04-27', 'Koningsdag'],
      ['2028-04-28', 'Gelijkgestelde dag'],
      ['2028-05-05', 'Bevrijdingsdag (5 mei)'],
      ['2028-05-25', 'Hemelvaartsdag'],
      ['2028-05-26', 'Gelijkgestelde dag'],
      ['2028-06-05', 'Tweede Pinksterdag'],
      ['2028-12-25', 'Eerste Kerstdag'],
      ['2028-12-26', 'Tweede Kerstdag'],
    ]);
  });

  it('counts 5 May in every year, not only in lustrum years (art. 3 lid 1 has no such condition)', () => {
    for (const jaar of [2023, 2024, 2025, 2026, 2027, 2028]) expect(atwFeestdag(maak(jaar, 5, 5))?.naam).toBe('Bevrijdingsdag (5 mei)');
  });

  it('names its legal source for each kind of day', () => {
    expect(atwFeestdag(datum('2026-04-03'))?.bron).toBe('Algemene termijnenwet art. 3 lid 2');
    expect(atwFeestdag(datum('2026-12-25'))?.bron).toBe('Algemene termijnenwet art. 3 lid 1');
    expect(atwFeestdag(datum('2026-04-27'))?.bron).toMatch(/art\. 3 lid 1 \(de dag waarop de verjaardag van de Koning wordt gevierd\)/);
    expect(atwFeestdag(datum('2026-01-02'))).toMatchObject({
      soort: 'gelijkgesteld',
      bron: 'Algemene termijnenwet art. 3 lid 3; Besluit gelijkstelling van 2 januari 2026, 15 mei 2026, 7 mei 2027, 28 april 2028 en 26 mei 2028',
    });
  });

  it("does not count Easter Sunday, Whit Sunday or Good Friday's Thursday as feestdagen of their own", () => {
    expect(atwFeestdag(datum('2026-04-05'))).toBeUndefined();
    expect(atwFeestdag(datum('2026-05-24'))).toBeUndefined();
    expect(atwFeestdag(datum('2026-04-02'))).toBeUndefined();
  });

  it('refuses a year for which no royal decree on equated days is known, naming the known years', () => {
    expect(() => atwFeestdagen(2029)).toThrow(DomeinFout);
    expect(() => atwFeestdagen(2029)).toThrow('De feestdagen van de Algemene termijnenwet voor 2029 zijn niet bekend');
    expect(() => isAtwVrijeDag(datum('2022-12-30'))).toThrow('bekend voor 2023 tot en met 2028');
    expect(() => atwFeestdag(datum('2029-01-01'))).toThrow(expect.objectContaining({ code: 'BUITEN_PARAMETERBEREIK' }));
  });

  it('takes the equated days from the parameters: a new decree is data, and the known years follow it', () => {
    const scenario = {
      ...basisParameters,
      gelijkgesteldeFeestdagen: [
        ...basisParameters.gelijkgesteldeFeestdagen,
        { datum: datum('2029-05-11'), besluit: 'Besluit gelijkstelling (test)' },
      ],
    };
    expect(atwFeestdag(datum('2029-05-11'), scenario)?.soort).toBe('gelijkgesteld');
    expect(atwFeestdag(datum('2029-05-10'), scenario)?.naam).toBe('Hemelvaartsdag');
    expect(atwFeestdag(datum('2026-05-15'), scenario)?.soort).toBe('gelijkgesteld');
    expect(() => atwFeestdag(datum('2029-05-11'))).toThrow(DomeinFout);
  });

  it('keeps one entry with both names and sources when two feestdagen fall on one date', () => {
    const scenario = {
      ...basisParameters,
      gelijkgesteldeFeestdagen: [{ datum: datum('2026-05-05'), besluit: 'Besluit gelijkstelling (test)' }],
    };
    expect(atwFeestdagen(2026, scenario).filter((f) => f.datum === '2026-05-05')).toEqual([
      {
        datum: '2026-05-05',
        naam: 'Bevrijdingsdag (5 mei) en Gelijkgestelde dag',
        soort: 'feestdag',
        bron: 'Algemene termijnenwet art. 3 lid 1 (de vijfde mei); Algemene termijnenwet art. 3 lid 3; Besluit gelijkstelling (test)',
      },
    ]);
  });
});

describe('isAtwVrijeDag (Atw art. 1 lid 1)', () => {
  it('is true on Saturdays, Sundays and feestdagen, false on other days', () => {
    expect(isAtwVrijeDag(datum('2026-03-07'))).toBe(true);
    expect(isAtwVrijeDag(datum('2026-03-08'))).toBe(true);
    expect(isAtwVrijeDag(datum('2026-04-27'))).toBe(true);
    expect(isAtwVrijeDag(datum('2026-05-15'))).toBe(true);
    expect(isAtwVrijeDag(datum('2026-03-09'))).toBe(false);
    expect(isAtwVrijeDag(datum('2026-04-28'))).toBe(false);
    expect(isAtwVrijeDag(datum('2025-04-28'))).toBe(false);
  });

  it('agrees with the weekday and the year list for every date of 2023–2028', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 2191 }), (n) => {
        const dag = plusDagen(datum('2023-01-01'), n);
        const inLijst = atwFeestdagen(Number(dag.slice(0, 4))).some((f) => f.datum === dag);
        expect(isAtwVrijeDag(dag)).toBe(inLijst || weekdag(dag) === 0 || weekdag(dag) === 6);
      }),
    );
  });
});

describe('atwVerlenging: a last day on a Saturday, Sunday or feestdag runs on to the next day that is none (Atw art. 1)', () => {
  it('moves Koningsdag 2026 (Monday) to Tuesday with one step', () => {
    const r = atwVerlenging(datum('2026-04-27'));
    expect({ ...r, stappen: alsTekst(r.stappen) }).toEqual({
      waarde: '2026-04-28',
      stappen: [
        {
          label: 'Verschoven: 2026-04-27 is Koningsdag (Atw art. 1 en 3)',
          waarde: '2026-04-28',
          bron: 'Algemene termijnenwet art. 1 lid 1 en art. 3 lid 1 (de dag waarop de verjaardag van de Koning wordt gevierd)',
        },
      ],
    });
  });

  it('moves Koningsdag on Saturday 26 April 2025 over the Sunday to Monday 28 April', () => {
    const r = atwVerlenging(datum('2025-04-26'));
    expect(r.waarde).toBe('2025-04-28');
    expect(r.stappen.map((s) => s.label)).toEqual([
      'Verschoven: 2025-04-26 is Koningsdag (Atw art. 1 en 3)',
      'Verschoven: 2025-04-27 is een zondag (Atw art. 1)',
    ]);
  });

  it('moves Goede Vrijdag 2025 over Easter to the Tuesday after Tweede Paasdag', () => {
    expect(atwVerlenging(datum('2025-04-18')).waarde).toBe('2025-04-22');
  });

  it('moves Nieuwjaarsdag 2026 over the equated 2 January and the weekend to Monday 5 January', () => {
    const r = atwVerlenging(datum('2026-01-01'));
    expect(r.waarde).toBe('2026-01-05');
    expect(r.stappen[1]!.label).toBe('Verschoven: 2026-01-02 is een gelijkgestelde dag (Atw art. 1 en 3)');
  });

  it('leaves a working day as it is, without steps', () => {
    expect(atwVerlenging(datum('2026-04-28'))).toEqual({ waarde: '2026-04-28', stappen: [] });
  });

  it('moves Eerste Kerstdag 2024 five days: both Kerstdagen, the equated 27 December and the weekend', () => {
    const r = atwVerlenging(datum('2024-12-25'));
    expect(r.waarde).toBe('2024-12-30');
    expect(r.stappen).toHaveLength(5);
  });

  it('never lands on a day off, never goes back and moves at most five days', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 2180 }), (n) => {
        const dag = plusDagen(datum('2023-01-01'), n);
        const { waarde, stappen } = atwVerlenging(dag);
        expect(isAtwVrijeDag(waarde)).toBe(false);
        expect(waarde >= dag).toBe(true);
        expect(waarde <= plusDagen(dag, 5)).toBe(true);
        expect(stappen.length > 0).toBe(isAtwVrijeDag(dag));
        expect(waarde).toBe(plusDagen(dag, stappen.length));
      }),
    );
  });
});
