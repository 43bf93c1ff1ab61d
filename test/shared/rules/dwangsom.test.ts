/**
 * Dwangsom bij niet tijdig beslissen, Awb art. 4:17 (version 2026-01-01, FACTS §3): € 23 a day for days 1–14,
 * € 35 for days 15–28, € 45 for days 29–42, at most 42 days (€ 1.442; cf. ECLI:NL:RBDHA:2019:10639); the first
 * day is two weeks after both the expiry of the term and the receipt of the ingebrekestelling (lid 3); the Atw
 * does not apply to the days (lid 1); an ingebrekestelling before the term has expired is premature.
 */
import fc from 'fast-check';
import { dwangsom } from '../../../shared/rules/dwangsom';
import { plusDagen } from '../../../shared/time/kalender';
import { bronTekst } from '../../../shared/bron';
import { alsTekst } from '../stappen-als-tekst';
import { datum } from '../../../shared/time/datum';

const EINDE = datum('2026-04-28');
// Ingebrekestelling on the first day after the term: the first dwangsom day is 2026-05-13.
const EERSTE_DAG = datum('2026-05-13');

const bedrag = (dagen: number): string =>
  dwangsom({
    eindeBeslistermijn: EINDE,
    ingebrekestellingOntvangen: datum('2026-04-29'),
    beslisdatum: plusDagen(EERSTE_DAG, dagen),
    vandaag: datum('2027-01-01'),
  }).waarde.toFixed(2);

describe('dwangsom: amounts (Awb 4:17 lid 1 and 2)', () => {
  it.each([
    [1, '23.00'],
    [14, '322.00'],
    [15, '357.00'],
    [28, '812.00'],
    [29, '857.00'],
    [42, '1442.00'],
    [43, '1442.00'],
    [100, '1442.00'],
  ])('gives € %s for %i days in default', (dagen, euro) => {
    expect(bedrag(dagen as number)).toBe(euro);
  });

  it('explains the 22 days of the example: 14 × € 23 + 8 × € 35 = € 602', () => {
    const r = dwangsom({
      eindeBeslistermijn: datum('2026-03-02'),
      ingebrekestellingOntvangen: datum('2026-03-05'),
      beslisdatum: datum('2026-04-10'),
      vandaag: datum('2026-05-01'),
    });
    expect(r.waarde.toFixed(2)).toBe('602.00');
    expect(alsTekst(r.stappen)).toEqual([
      { label: 'Laatste dag van de beslistermijn', waarde: '2026-03-02', bron: 'Awb art. 4:17 lid 3' },
      { label: 'Ingebrekestelling ontvangen', waarde: '2026-03-05', bron: 'Awb art. 4:17 lid 3' },
      { label: 'Termijn verstreken en ingebrekestelling ontvangen', waarde: '2026-03-05', bron: 'Awb art. 4:17 lid 3' },
      { label: 'Eerste dag van de dwangsom (14 dagen later)', waarde: '2026-03-19', bron: 'Awb art. 4:17 lid 3' },
      {
        label: 'Bedragen per dag die gelden op de eerste dag van de dwangsom (geldig vanaf 2019-01-01)',
        waarde: '23 / 35 / 45',
        bron: 'Awb art. 4:17 lid 2; overgangslezing: de bedragen op de eerste dag van de dwangsom gelden voor alle dagen',
      },
      { label: 'Besluit genomen (de beslisdag telt niet mee)', waarde: '2026-04-10', bron: 'Awb art. 4:17 lid 1' },
      { label: 'Dagen in gebreke (kalenderdagen, de Algemene termijnenwet geldt niet)', waarde: '22', bron: 'Awb art. 4:17 lid 1' },
      { label: 'Dag 1 tot en met 14: 14 × € 23', waarde: '322', bron: 'Awb art. 4:17 lid 2' },
      { label: 'Dag 15 tot en met 22: 8 × € 35', waarde: '280', bron: 'Awb art. 4:17 lid 2' },
      { label: 'Dwangsom (afgerond op centen, half naar boven)', waarde: '602.00', bron: 'Awb art. 4:17 lid 2' },
    ]);
  });

  it('caps the days at 42 with a step saying so', () => {
    const r = dwangsom({
      eindeBeslistermijn: EINDE,
      ingebrekestellingOntvangen: datum('2026-04-29'),
      beslisdatum: plusDagen(EERSTE_DAG, 60),
      vandaag: datum('2027-01-01'),
    });
    expect(alsTekst(r.stappen)).toContainEqual({ label: 'Hoogstens 42 dagen', waarde: '42', bron: 'Awb art. 4:17 lid 1' });
    expect(alsTekst(r.stappen)).toContainEqual(expect.objectContaining({ label: 'Dag 29 tot en met 42: 14 × € 45', waarde: '630' }));
  });

  it('never exceeds € 1.442 and never falls when the decision comes later', () => {
    fc.assert(
      fc.property(fc.integer({ min: -20, max: 80 }), fc.integer({ min: 0, max: 10 }), (dagen, later) => {
        const a = Number(bedrag(dagen));
        expect(Number(bedrag(dagen + later))).toBeGreaterThanOrEqual(a);
        expect(a).toBeLessThanOrEqual(1442);
      }),
    );
  });
});

describe('dwangsom: the first day (Awb 4:17 lid 3)', () => {
  it('counts two weeks from the day after the term when the ingebrekestelling came on that day', () => {
    const r = dwangsom({
      eindeBeslistermijn: EINDE,
      ingebrekestellingOntvangen: datum('2026-04-29'),
      beslisdatum: datum('2026-05-14'),
      vandaag: datum('2026-06-01'),
    });
    expect(r.stappen.find((s) => s.label.startsWith('Eerste dag'))!.waarde).toBe(EERSTE_DAG);
    expect(r.waarde.toFixed(2)).toBe('23.00');
  });

  it('counts two weeks from receipt when the ingebrekestelling came later', () => {
    const r = dwangsom({
      eindeBeslistermijn: EINDE,
      ingebrekestellingOntvangen: datum('2026-05-10'),
      beslisdatum: datum('2026-05-30'),
      vandaag: datum('2026-06-01'),
    });
    expect(r.stappen.find((s) => s.label.startsWith('Eerste dag'))!.waarde).toBe('2026-05-24');
    expect(r.waarde.toFixed(2)).toBe('138.00');
  });

  it('does not move a first day on a Sunday: the Atw does not apply (lid 1)', () => {
    const r = dwangsom({
      eindeBeslistermijn: EINDE,
      ingebrekestellingOntvangen: datum('2026-05-03'),
      beslisdatum: datum('2026-05-18'),
      vandaag: datum('2026-06-01'),
    });
    expect(r.stappen.find((s) => s.label.startsWith('Eerste dag'))!.waarde).toBe('2026-05-17');
    expect(r.waarde.toFixed(2)).toBe('23.00');
  });

  it('gives nothing for a decision on the first day or before it', () => {
    const opDag = dwangsom({
      eindeBeslistermijn: EINDE,
      ingebrekestellingOntvangen: datum('2026-04-29'),
      beslisdatum: EERSTE_DAG,
      vandaag: datum('2026-06-01'),
    });
    expect(opDag.waarde.toFixed(2)).toBe('0.00');
    expect(alsTekst(opDag.stappen).at(-1)).toEqual({
      label: 'Besluit genomen vóór of op de eerste dag van de dwangsom: geen dwangsom',
      waarde: '0.00',
      bron: 'Awb art. 4:17 lid 3',
    });
    expect(
      dwangsom({
        eindeBeslistermijn: EINDE,
        ingebrekestellingOntvangen: datum('2026-04-29'),
        beslisdatum: datum('2026-05-01'),
        vandaag: datum('2026-06-01'),
      }).waarde.toFixed(2),
    ).toBe('0.00');
  });

  it('counts up to the day before today when there is no decision', () => {
    const r = dwangsom({
      eindeBeslistermijn: EINDE,
      ingebrekestellingOntvangen: datum(datum('2026-04-29')),
      vandaag: plusDagen(EERSTE_DAG, 10),
    });
    expect(r.waarde.toFixed(2)).toBe('230.00');
    expect(alsTekst(r.stappen)).toContainEqual({
      label: 'Nog geen besluit: geteld tot vandaag (vandaag telt niet mee)',
      waarde: '2026-05-23',
      bron: 'Awb art. 4:17 lid 1',
    });
  });

  it('owes nothing yet when today is not past the first day', () => {
    const r = dwangsom({ eindeBeslistermijn: EINDE, ingebrekestellingOntvangen: datum(datum('2026-04-29')), vandaag: datum('2026-05-05') });
    expect(r.waarde.toFixed(2)).toBe('0.00');
    expect(r.stappen.at(-1)!.label).toBe('De eerste dag van de dwangsom is nog niet verstreken: nog geen dwangsom');
  });
});

describe('dwangsom: premature ingebrekestelling', () => {
  it.each([
    ['on the last day of the term', EINDE],
    ['before the last day of the term', datum('2026-04-20')],
  ])('gives nothing for an ingebrekestelling received %s, citing why', (_, ontvangen) => {
    const r = dwangsom({
      eindeBeslistermijn: EINDE,
      ingebrekestellingOntvangen: ontvangen,
      beslisdatum: datum('2026-08-01'),
      vandaag: datum('2026-09-01'),
    });
    expect(r.waarde.toFixed(2)).toBe('0.00');
    const laatste = r.stappen.at(-1)!;
    expect(laatste.label).toBe('Ingebrekestelling ontvangen op of vóór de laatste dag van de beslistermijn: prematuur, geen dwangsom');
    expect(bronTekst(laatste.bron)).toContain('Bestuursorgaan heeft recht op zondagsrust');
  });

  it('counts a term moved by the Atw: an ingebrekestelling on Koningsdag, before the moved last day, is premature', () => {
    const r = dwangsom({
      eindeBeslistermijn: datum('2026-04-28'),
      ingebrekestellingOntvangen: datum('2026-04-27'),
      beslisdatum: datum('2026-08-01'),
      vandaag: datum('2026-09-01'),
    });
    expect(r.waarde.toFixed(2)).toBe('0.00');
  });
});

describe('dwangsom: the amounts by date (FACTS §10.3)', () => {
  const geval = (einde: string, ingebrekestelling: string, beslisdatum: string) =>
    dwangsom({
      eindeBeslistermijn: datum(einde),
      ingebrekestellingOntvangen: datum(ingebrekestelling),
      beslisdatum: datum(beslisdatum),
      vandaag: datum('2027-01-01'),
    });

  it('gives a 2015 case the amounts of that time: at most € 1.260 (€ 20, € 30 and € 40)', () => {
    const r = geval('2015-03-02', '2015-03-05', '2015-09-01');
    expect(r.waarde.toFixed(2)).toBe('1260.00');
    expect(alsTekst(r.stappen)).toContainEqual(
      expect.objectContaining({ waarde: '20 / 30 / 40', label: expect.stringContaining('2009-10-01') }),
    );
  });

  it('applies the amounts in force on the first dwangsom day to all its days (transitional reading)', () => {
    // First day 2018-12-20: the old amounts for all 42 days, though most of them fall in 2019.
    expect(geval('2018-12-05', '2018-12-06', '2019-03-01').waarde.toFixed(2)).toBe('1260.00');
    // First day 2019-01-01: the new amounts.
    expect(geval('2018-12-17', '2018-12-18', '2019-03-01').waarde.toFixed(2)).toBe('1442.00');
  });
});
