/**
 * Beleidsregels beschut werk Avres 2025 art. 8 (shared/sources/003): the waiting list per gemeente.
 */
import fc from 'fast-check';
import {
  wachtlijst,
  wachtlijstpositie,
  wachtlijstperiodes,
  wachtlijstStand,
  CasusVoorWachtlijst,
  WachtlijstGebeurtenis,
} from '../../../shared/rules/wachtlijst';
import { DomeinFout } from '../../../shared/errors';
import { GEMEENTEN, GebeurtenisInhoud, VastgelegdeGebeurtenis } from '../../../shared/schemas/casus';
import { plusDagen } from '../../../shared/time/kalender';
import { BEGIN, DAGEN, casusArb } from '../../support/wachtlijst-generator';
import { bronTekst } from '../../../shared/bron';
import { alsTekst } from '../stappen-als-tekst';
import { datum } from '../../../shared/time/datum';

let teller = 0;
function casus(
  casusnummer: string,
  gemeente: 'Gorinchem' | 'Molenlanden' | 'Vijfheerenlanden',
  ...g: GebeurtenisInhoud[]
): CasusVoorWachtlijst {
  const gebeurtenissen: VastgelegdeGebeurtenis[] = [{ soort: 'aanmelding', datum: datum('2025-04-01'), gemeente, route: 'UWV' }, ...g].map(
    (x, i) => ({
      ...x,
      volgnummer: i + 1,
      vastgelegdDoor: 'test',
      vastgelegdOp: '2026-01-01T00:00:00.000Z',
    }),
  ) as VastgelegdeGebeurtenis[];
  return { casusnummer, registratievolgorde: ++teller, gebeurtenissen };
}
const indicatie = (dag: string): GebeurtenisInhoud => ({ soort: 'besluit_indicatie', datum: datum(dag), uitkomst: 'toegekend' });
const opLijst = (dag: string): GebeurtenisInhoud => ({ soort: 'op_wachtlijst', datum: datum(dag) });
const volgorde = (
  lijst: CasusVoorWachtlijst[],
  gemeente: 'Gorinchem' | 'Molenlanden' | 'Vijfheerenlanden' = 'Gorinchem',
  peildatum = datum('2026-11-24'),
) => wachtlijst(lijst, gemeente, peildatum).waarde.map((r) => r.casusnummer);

describe('wachtlijst beschut werk (Beleidsregels Avres 2025 art. 8)', () => {
  it('places the oldest indication in the gemeente first (lid 2)', () => {
    const a = casus('A', 'Gorinchem', indicatie('2025-09-01'), opLijst('2025-09-01'));
    const b = casus('B', 'Gorinchem', indicatie('2025-05-01'), opLijst('2025-10-01'));
    const c = casus('C', 'Gorinchem', indicatie('2025-07-01'), opLijst('2025-07-01'));
    expect(volgorde([a, b, c])).toEqual(['B', 'C', 'A']);
    expect(wachtlijstpositie([a, b, c], 'Gorinchem', 'A', datum('2026-11-24')).waarde).toBe(3);
  });

  it('keeps one list per gemeente (lid 1, lid 2 "in de betreffende gemeente")', () => {
    const a = casus('A', 'Gorinchem', indicatie('2025-09-01'), opLijst('2025-09-01'));
    const m = casus('M', 'Molenlanden', indicatie('2025-05-01'), opLijst('2025-05-01'));
    expect(volgorde([a, m], 'Gorinchem')).toEqual(['A']);
    expect(volgorde([a, m], 'Molenlanden')).toEqual(['M']);
  });

  it('uses the date of the renewed registration after leaving a dienstverband (lid 3)', () => {
    const terug = casus(
      'TERUG',
      'Gorinchem',
      indicatie('2025-04-01'),
      { soort: 'dienstverband_start', datum: datum('2025-05-01'), dienstverband: 'tijdelijk', urenPerWeek: 31 },
      { soort: 'dienstverband_einde', datum: datum('2026-01-31') },
      { soort: 'opnieuw_aangemeld', datum: datum('2026-03-01') },
      opLijst('2026-03-01'),
    );
    const later = casus('LATER', 'Gorinchem', indicatie('2025-12-01'), opLijst('2025-12-01'));
    expect(volgorde([terug, later])).toEqual(['LATER', 'TERUG']);
    const r = wachtlijstpositie([terug, later], 'Gorinchem', 'TERUG', datum('2026-11-24'));
    expect(r.waarde).toBe(2);
    expect(alsTekst(r.stappen)[0]).toEqual({
      label: 'Ingangsdatum: datum van de hernieuwde melding',
      waarde: '2026-03-01',
      bron: 'Beleidsregels beschut werk Avres 2025 art. 8 lid 3',
    });
  });

  it('gives who moves in from another region a place by the original indication date (lid 4)', () => {
    const nieuw = casus(
      'NIEUW',
      'Vijfheerenlanden',
      {
        soort: 'verhuisd',
        datum: datum('2026-06-01'),
        van: 'buiten_regio',
        naar: 'Vijfheerenlanden',
        oorspronkelijkeIndicatiedatum: datum('2024-02-01'),
      },
      opLijst('2026-06-01'),
    );
    const hier = casus('HIER', 'Vijfheerenlanden', indicatie('2025-06-01'), opLijst('2025-06-01'));
    expect(volgorde([hier, nieuw], 'Vijfheerenlanden')).toEqual(['NIEUW', 'HIER']);
    expect(bronTekst(wachtlijstpositie([hier, nieuw], 'Vijfheerenlanden', 'NIEUW', datum('2026-11-24')).stappen[0]!.bron)).toBe(
      'Beleidsregels beschut werk Avres 2025 art. 8 lid 4',
    );
  });

  it('keeps the place of who is sick, and says so (lid 5)', () => {
    const ziek = casus('ZIEK', 'Gorinchem', indicatie('2025-05-01'), opLijst('2025-05-01'), {
      soort: 'ziek_van',
      datum: datum('2026-10-01'),
    });
    const ander = casus('ANDER', 'Gorinchem', indicatie('2025-06-01'), opLijst('2025-06-01'));
    const lijst = wachtlijst([ziek, ander], 'Gorinchem', datum('2026-11-24')).waarde;
    expect(lijst.map((r) => [r.casusnummer, r.ziek])).toEqual([
      ['ZIEK', true],
      ['ANDER', false],
    ]);
    expect(
      wachtlijstpositie([ziek, ander], 'Gorinchem', 'ANDER', datum('2026-11-24')).stappen.some((s) => bronTekst(s.bron).endsWith('lid 5')),
    ).toBe(true);
  });

  it('breaks ties by the earlier registration in the registry (DOMAIN.md)', () => {
    const eerst = casus('EERST', 'Gorinchem', indicatie('2025-08-01'), opLijst('2025-08-01'));
    const daarna = casus('DAARNA', 'Gorinchem', indicatie('2025-08-01'), opLijst('2025-08-01'));
    expect(volgorde([daarna, eerst])).toEqual(['EERST', 'DAARNA']);
  });

  it('moves a case between Avres gemeenten with its date (choice: the source is silent)', () => {
    const verhuizer = casus('V', 'Gorinchem', indicatie('2025-04-15'), opLijst('2025-04-15'), {
      soort: 'verhuisd',
      datum: datum('2026-05-01'),
      van: 'Gorinchem',
      naar: 'Molenlanden',
    });
    const m = casus('M', 'Molenlanden', indicatie('2025-06-01'), opLijst('2025-06-01'));
    expect(volgorde([verhuizer, m], 'Molenlanden')).toEqual(['V', 'M']);
    expect(volgorde([verhuizer, m], 'Gorinchem')).toEqual([]);
    expect(volgorde([verhuizer, m], 'Gorinchem', datum('2026-04-30'))).toEqual(['V']);
  });

  it('counts only events on or before the peildatum', () => {
    const a = casus('A', 'Gorinchem', indicatie('2025-09-01'), opLijst('2026-02-01'));
    expect(volgorde([a], 'Gorinchem', datum('2026-01-31'))).toEqual([]);
    expect(volgorde([a], 'Gorinchem', datum('2026-02-01'))).toEqual(['A']);
  });

  it.each([
    ['no op_wachtlijst event', [indicatie('2025-09-01')], /geen gebeurtenis "op_wachtlijst"/],
    [
      'a dienstverband',
      [
        indicatie('2025-09-01'),
        opLijst('2025-09-01'),
        { soort: 'dienstverband_start', datum: datum('2026-01-05'), dienstverband: 'tijdelijk', urenPerWeek: 31 },
      ],
      /dienstverband beschut werk/,
    ],
    [
      'a withdrawn indication',
      [indicatie('2025-09-01'), opLijst('2025-09-01'), { soort: 'indicatie_ingetrokken', datum: datum('2026-02-01') }],
      /ingetrokken/,
    ],
    [
      'unregistered',
      [indicatie('2025-09-01'), opLijst('2025-09-01'), { soort: 'uitgeschreven', datum: datum('2026-02-01') }],
      /uitgeschreven/,
    ],
  ] as [string, GebeurtenisInhoud[], RegExp][])('answers NIET_OP_WACHTLIJST with the reason for %s', (_naam, g, reden) => {
    const c = casus('X', 'Gorinchem', ...g);
    expect(() => wachtlijstpositie([c], 'Gorinchem', 'X', datum('2026-11-24'))).toThrow(DomeinFout);
    try {
      wachtlijstpositie([c], 'Gorinchem', 'X', datum('2026-11-24'));
    } catch (e) {
      expect((e as DomeinFout).code).toBe('NIET_OP_WACHTLIJST');
      expect((e as DomeinFout).message).toMatch(reden);
    }
  });

  it('refuses the position in a gemeente whose list the case is not on', () => {
    const c = casus('G', 'Gorinchem', indicatie('2025-09-01'), opLijst('2025-09-01'));
    expect(() => wachtlijstpositie([c], 'Molenlanden', 'G', datum('2026-11-24'))).toThrow(/wachtlijst van Gorinchem, niet van Molenlanden/);
    expect(wachtlijstStand(c.gebeurtenissen, datum('2026-11-24'))).toMatchObject({
      opWachtlijst: true,
      gemeente: 'Gorinchem',
      grond: 'indicatiedatum',
    });
  });

  describe('periods on the list (what the registry caches, derived by the same rule)', () => {
    it('splits at sickness (lid 5) and ends at a dienstverband; a later op_wachtlijst starts only on its own date', () => {
      const c = casus(
        'P',
        'Gorinchem',
        indicatie('2025-05-01'),
        opLijst('2025-05-01'),
        { soort: 'ziek_van', datum: datum('2025-08-01') },
        { soort: 'ziek_tot', datum: datum('2025-09-01') },
        { soort: 'dienstverband_start', datum: datum('2026-02-01'), dienstverband: 'tijdelijk', urenPerWeek: 31 },
      );
      const basis = { gemeente: 'Gorinchem', ingangsdatum: datum('2025-05-01'), grond: 'indicatiedatum' };
      expect(wachtlijstperiodes(c.gebeurtenissen)).toEqual([
        { vanaf: '2025-05-01', tot: datum('2025-08-01'), ...basis, ziek: false },
        { vanaf: '2025-08-01', tot: datum('2025-09-01'), ...basis, ziek: true },
        { vanaf: '2025-09-01', tot: datum('2026-02-01'), ...basis, ziek: false },
      ]);
      const later = casus('L', 'Gorinchem', indicatie('2025-05-01'), opLijst('2026-12-01'));
      expect(wachtlijstperiodes(later.gebeurtenissen)).toEqual([{ vanaf: '2026-12-01', tot: null, ...basis, ziek: false }]);
    });

    it('agrees with wachtlijstStand on every peildatum, for any history', () => {
      fc.assert(
        fc.property(casusArb(12), fc.constantFrom(...GEMEENTEN), fc.integer({ min: -3, max: DAGEN + 3 }), (c, gemeente, n) => {
          const aanmelding: GebeurtenisInhoud = { soort: 'aanmelding', datum: c.aanmeldingsdatum, gemeente, route: 'UWV' };
          const g: WachtlijstGebeurtenis[] = [aanmelding, ...c.gebeurtenissen].map((x, i) => ({ ...x, volgnummer: i + 1 }));
          const peildatum = plusDagen(BEGIN, n);
          const periodes = wachtlijstperiodes(g);
          const stand = wachtlijstStand(g, peildatum);
          const hier = periodes
            .filter((p) => p.vanaf <= peildatum && (p.tot === null || peildatum < p.tot))
            .map(({ vanaf: _v, tot: _t, ...plek }) => plek);
          if (stand.opWachtlijst) {
            expect(hier).toEqual([{ gemeente: stand.gemeente, ingangsdatum: stand.ingangsdatum, grond: stand.grond, ziek: stand.ziek }]);
          } else {
            expect(hier).toEqual([]);
          }
        }),
        { numRuns: 2000 },
      );
    });
  });
});
