/**
 * Beslistermijn: Beleidsregels beschut werk Avres 2025 art. 5 lid 1 (8 weeks after the UWV advice) and lid 3
 * (suspension while awaiting information from UWV), moved by the Algemene termijnenwet art. 1 and 3.
 * Readings 1–3 of DOMAIN.md; holidays per FACTS §3.
 */
import fc from 'fast-check';
import { awbBeslistermijnConflict, beslistermijn } from '../../../shared/rules/beslistermijn';
import { isAtwVrijeDag } from '../../../shared/time/feestdagen';
import { dagenTussen, plusDagen, weekdag } from '../../../shared/time/kalender';
import { alsTekst } from '../stappen-als-tekst';
import { datum } from '../../../shared/time/datum';

const einde = (adviesdatum: string, opschortingen?: { verzoek: string; ontvangen: string }[]) =>
  beslistermijn({
    adviesdatum: datum(adviesdatum),
    opschortingen: opschortingen?.map((o) => ({ verzoek: datum(o.verzoek), ontvangen: datum(o.ontvangen) })),
  }).waarde;

describe('beslistermijn: 8 weeks after the UWV advice (art. 5 lid 1)', () => {
  it('ends on 2026-04-28 for an advice of 2026-03-02: 2026-04-27 is Koningsdag (DOMAIN.md example)', () => {
    const r = beslistermijn({ adviesdatum: datum('2026-03-02') });
    expect(r.waarde).toBe('2026-04-28');
    expect(alsTekst(r.stappen)).toEqual([
      { label: 'UWV-advies ontvangen', waarde: '2026-03-02', bron: 'Beleidsregels beschut werk Avres 2025 art. 5 lid 1' },
      { label: '8 weken na het advies (56 dagen)', waarde: '2026-04-27', bron: 'Beleidsregels beschut werk Avres 2025 art. 5 lid 1' },
      {
        label: 'Verschoven: 2026-04-27 is Koningsdag (Atw art. 1 en 3)',
        waarde: '2026-04-28',
        bron: 'Algemene termijnenwet art. 1 lid 1 en art. 3 lid 1 (de dag waarop de verjaardag van de Koning wordt gevierd)',
      },
      {
        label: 'Laatste dag van de beslistermijn',
        waarde: '2026-04-28',
        bron: 'Beleidsregels beschut werk Avres 2025 art. 5 lid 1; Algemene termijnenwet art. 1 lid 1',
      },
    ]);
  });

  it('keeps a last day that is a working day', () => {
    expect(einde('2026-03-03')).toBe('2026-04-28');
    expect(beslistermijn({ adviesdatum: datum('2026-03-03') }).stappen.filter((s) => s.label.startsWith('Verschoven'))).toEqual([]);
  });

  it('moves a term ending on Saturday 3 May 2025 over the Sunday and 5 mei (Monday) to Tuesday 6 May', () => {
    const r = beslistermijn({ adviesdatum: datum('2025-03-08') });
    expect(r.stappen[1]!.waarde).toBe('2025-05-03');
    expect(r.waarde).toBe('2025-05-06');
    expect(r.stappen.filter((s) => s.label.startsWith('Verschoven')).map((s) => s.label)).toEqual([
      'Verschoven: 2025-05-03 is een zaterdag (Atw art. 1)',
      'Verschoven: 2025-05-04 is een zondag (Atw art. 1)',
      'Verschoven: 2025-05-05 is Bevrijdingsdag (5 mei) (Atw art. 1 en 3)',
    ]);
  });

  it('moves 5 mei 2026 (Tuesday, not a lustrum year) to 6 May', () => {
    expect(einde('2026-03-10')).toBe('2026-05-06');
  });

  it('moves Goede Vrijdag 2026 over Easter and Tweede Paasdag to Tuesday 7 April (Atw art. 3 lid 2)', () => {
    const r = beslistermijn({ adviesdatum: datum('2026-02-06') });
    expect(r.waarde).toBe('2026-04-07');
    expect(r.stappen.some((s) => s.label === 'Verschoven: 2026-04-03 is Goede Vrijdag (Atw art. 1 en 3)')).toBe(true);
    expect(r.stappen.some((s) => s.label === 'Verschoven: 2026-04-06 is Tweede Paasdag (Atw art. 1 en 3)')).toBe(true);
  });

  it('moves Goede Vrijdag 2027 (26 March) to Tuesday 30 March', () => {
    expect(einde('2027-01-29')).toBe('2027-03-30');
  });

  it('moves Hemelvaartsdag 2026 over the equated Friday 15 May and the weekend to Monday 18 May', () => {
    const r = beslistermijn({ adviesdatum: datum('2026-03-19') });
    expect(r.waarde).toBe('2026-05-18');
    const verschoven = alsTekst(r.stappen).filter((s) => s.label.startsWith('Verschoven'));
    expect(verschoven[1]).toEqual({
      label: 'Verschoven: 2026-05-15 is een gelijkgestelde dag (Atw art. 1 en 3)',
      waarde: '2026-05-16',
      bron: 'Algemene termijnenwet art. 1 lid 1 en art. 3 lid 3; Besluit gelijkstelling van 2 januari 2026, 15 mei 2026, 7 mei 2027, 28 april 2028 en 26 mei 2028',
    });
  });

  it('moves Tweede Pinksterdag 2026 (25 May) to 26 May', () => {
    expect(einde('2026-03-30')).toBe('2026-05-26');
  });

  it('moves Eerste Kerstdag 2026 (Friday) over Tweede Kerstdag (Saturday) and Sunday to Monday 28 December', () => {
    expect(einde('2026-10-30')).toBe('2026-12-28');
  });

  it('moves Christmas 2027 on a weekend to Monday 27 December: the Atw has no substitute days', () => {
    expect(einde('2027-10-30')).toBe('2027-12-27');
  });

  it('moves Nieuwjaarsdag 2026 over the equated 2 January and the weekend to Monday 5 January', () => {
    expect(einde('2025-11-06')).toBe('2026-01-05');
  });

  it('moves Koningsdag 2028 (Thursday) over the equated 28 April and the weekend to Monday 1 May', () => {
    expect(einde('2028-03-02')).toBe('2028-05-01');
  });

  it('gives the raw date when the Algemene termijnenwet is switched off', () => {
    const r = beslistermijn({ adviesdatum: datum('2026-03-02'), termijnenwet: false });
    expect(r.waarde).toBe('2026-04-27');
    expect(alsTekst(r.stappen).at(-1)).toEqual({
      label: 'Algemene termijnenwet niet toegepast: ruwe laatste dag',
      waarde: '2026-04-27',
      bron: 'Beleidsregels beschut werk Avres 2025 art. 5 lid 1',
    });
  });

  it('answers an advice received before the Beleidsregels took effect (FACTS §10.5) with the 8 weeks and a step that says what was assumed', () => {
    const r = beslistermijn({ adviesdatum: datum('2025-03-03') });
    expect(r.waarde).toBe('2025-04-28');
    const aanname = r.stappen.find((s) => s.label.includes('vóór de inwerkingtreding'));
    expect(aanname).toMatchObject({ waarde: '2025-03-07', status: { status: 'onbevestigd' } });
    expect(aanname!.label).toContain('UWV-advies ontvangen (2025-03-03)');
    expect(einde('2025-03-07')).toBe('2025-05-02');
    expect(beslistermijn({ adviesdatum: datum('2025-03-07') }).stappen.some((s) => s.label.includes('vóór de inwerkingtreding'))).toBe(
      false,
    );
  });

  it('refuses a last day in a year whose equated days are not yet decided, unless the Atw is switched off', () => {
    expect(() => einde('2028-11-15')).toThrow(expect.objectContaining({ code: 'BUITEN_PARAMETERBEREIK' }));
    expect(beslistermijn({ adviesdatum: datum('2028-11-15'), termijnenwet: false }).waarde).toBe('2029-01-10');
  });
});

describe('beslistermijn: suspensions while awaiting information from UWV (art. 5 lid 3, reading 3)', () => {
  it('adds ontvangen − verzoek days before the Atw shift', () => {
    const r = beslistermijn({
      adviesdatum: datum('2026-03-02'),
      opschortingen: [{ verzoek: datum('2026-03-10'), ontvangen: datum('2026-03-20') }],
    });
    expect(r.waarde).toBe('2026-05-07');
    expect(alsTekst(r.stappen)).toContainEqual({
      label: 'Opschorting 2026-03-10 tot 2026-03-20 (10 dagen)',
      waarde: '10',
      bron: 'Beleidsregels beschut werk Avres 2025 art. 5 lid 3; dagen = ontvangen − verzoek',
    });
    expect(alsTekst(r.stappen)).toContainEqual({
      label: 'Einde van de termijn met opschortingen',
      waarde: '2026-05-07',
      bron: 'Beleidsregels beschut werk Avres 2025 art. 5 lid 3',
    });
  });

  it('shifts a suspended end that lands on a feestdag: 2026-04-27 + 18 days is the equated 15 May', () => {
    expect(einde('2026-03-02', [{ verzoek: '2026-03-10', ontvangen: '2026-03-28' }])).toBe('2026-05-18');
  });

  it('adds several separate suspensions, in any order', () => {
    const a = { verzoek: '2026-03-10', ontvangen: '2026-03-20' };
    const b = { verzoek: '2026-04-01', ontvangen: '2026-04-04' };
    expect(einde('2026-03-02', [a, b])).toBe('2026-05-11');
    expect(einde('2026-03-02', [b, a])).toBe('2026-05-11');
  });

  it('counts a day awaited by two overlapping requests once', () => {
    const r = beslistermijn({
      adviesdatum: datum('2026-03-02'),
      opschortingen: [
        { verzoek: datum('2026-03-15'), ontvangen: datum('2026-03-25') },
        { verzoek: datum('2026-03-10'), ontvangen: datum('2026-03-20') },
      ],
    });
    expect(r.waarde).toBe('2026-05-12');
    expect(r.stappen.map((s) => [s.label, s.waarde])).toContainEqual([
      'Opschorting 2026-03-15 tot 2026-03-25 (10 dagen, waarvan 5 al opgeschort)',
      '5',
    ]);
  });

  it('adds nothing for a request answered within an earlier suspension', () => {
    expect(
      einde('2026-03-02', [
        { verzoek: '2026-03-10', ontvangen: '2026-03-20' },
        { verzoek: '2026-03-12', ontvangen: '2026-03-18' },
      ]),
    ).toBe('2026-05-07');
  });

  it('counts adjoining suspensions in full: the second starts where the first ended', () => {
    expect(
      einde('2026-03-02', [
        { verzoek: '2026-03-10', ontvangen: '2026-03-20' },
        { verzoek: '2026-03-20', ontvangen: '2026-03-30' },
      ]),
    ).toBe('2026-05-18');
  });

  it('adds nothing for information received the day it was asked for', () => {
    expect(einde('2026-03-02', [{ verzoek: '2026-03-10', ontvangen: '2026-03-10' }])).toBe('2026-04-28');
  });

  it('ignores, with a step, a request made after the term had ended', () => {
    const r = beslistermijn({
      adviesdatum: datum('2026-03-02'),
      opschortingen: [{ verzoek: datum('2026-04-29'), ontvangen: datum('2026-05-10') }],
    });
    expect(r.waarde).toBe('2026-04-28');
    expect(alsTekst(r.stappen)).toContainEqual(
      expect.objectContaining({
        label: 'Opschorting 2026-04-29 tot 2026-05-10: telt niet, het verzoek volgde na het einde van de termijn (2026-04-28)',
        waarde: '0',
      }),
    );
  });

  it('accepts a request on the last day as moved by the Atw (Koningsdag moves 27 to 28 April)', () => {
    expect(einde('2026-03-02', [{ verzoek: '2026-04-28', ontvangen: '2026-04-30' }])).toBe('2026-04-29');
  });

  it('refuses information received before it was requested, in Dutch, naming the opschortingen field', () => {
    const bad = () => einde('2026-03-02', [{ verzoek: '2026-03-20', ontvangen: '2026-03-10' }]);
    expect(bad).toThrow(
      'opschorting 1: informatie ontvangen (2026-03-10) ligt vóór het verzoek (2026-03-20); de ontvangstdatum moet op of na de verzoekdatum liggen',
    );
    expect(bad).toThrow(expect.objectContaining({ code: 'ONGELDIGE_INVOER', field: 'opschortingen' }));
  });

  it('refuses a request made before the UWV advice', () => {
    expect(() => einde('2026-03-02', [{ verzoek: '2026-02-20', ontvangen: '2026-03-10' }])).toThrow(
      /ligt vóór het UWV-advies \(2026-03-02\)/,
    );
  });
});

describe('beslistermijn: properties', () => {
  // Advice dates whose term, even with 80 suspended days and the Atw shift, ends within the years with a known
  // Atw calendar (2023–2028): 2028-08-15 + 56 + 80 days is 2028-12-29.
  const LAATSTE_ADVIES = datum('2028-08-15');
  const advies = fc
    .integer({ min: 0, max: dagenTussen(datum('2025-03-07'), LAATSTE_ADVIES) })
    .map((n) => plusDagen(datum('2025-03-07'), n));
  const opschorting = fc.record({ start: fc.integer({ min: 0, max: 50 }), duur: fc.integer({ min: 0, max: 30 }) });

  it('never ends on a Saturday, Sunday or Atw feestdag when the Atw applies', () => {
    fc.assert(
      fc.property(advies, fc.array(opschorting, { maxLength: 2 }), (a, os) => {
        const opschortingen = os.map((o) => ({ verzoek: plusDagen(a, o.start), ontvangen: plusDagen(a, o.start + o.duur) }));
        const d = einde(a, opschortingen);
        expect(isAtwVrijeDag(d)).toBe(false);
        expect([0, 6]).not.toContain(weekdag(d));
      }),
    );
  });

  it('never gives an earlier deadline for a later advice', () => {
    fc.assert(
      fc.property(advies, fc.integer({ min: 0, max: 30 }), (a, later) => {
        const b = plusDagen(a, later);
        fc.pre(b <= LAATSTE_ADVIES);
        expect(einde(b) >= einde(a)).toBe(true);
      }),
    );
  });

  it('moves the raw date forward by at most five days (Kerst with an equated 27 December and a weekend, as in 2024)', () => {
    fc.assert(
      fc.property(advies, (a) => {
        const ruw = beslistermijn({ adviesdatum: a, termijnenwet: false }).waarde;
        const verschuiving = dagenTussen(ruw, einde(a));
        expect(verschuiving).toBeGreaterThanOrEqual(0);
        expect(verschuiving).toBeLessThanOrEqual(5);
        expect(dagenTussen(a, ruw)).toBe(56);
      }),
    );
  });
});

describe('awbBeslistermijnConflict: Awb 4:13 term from the aanvraag against the policy term (reading 1)', () => {
  it('flags an aanvraag whose 8 Awb weeks end before the policy term from the advice', () => {
    const r = awbBeslistermijnConflict({ aanvraagdatum: datum('2026-02-02'), adviesdatum: datum('2026-03-02') });
    expect(r.waarde).toEqual({ conflict: true, awbEinde: '2026-03-30', beleidEinde: '2026-04-28' });
    expect(alsTekst(r.stappen)[0]).toEqual({ label: 'Aanvraag ontvangen', waarde: '2026-02-02', bron: 'Awb art. 4:13 lid 2' });
    expect(alsTekst(r.stappen).at(-1)).toMatchObject({
      waarde: 'ja',
      label: expect.stringMatching(/^Conflict: de Awb-termijn \(2026-03-30\) eindigt vóór de beleidstermijn \(2026-04-28\)/),
    });
  });

  it('applies the Atw to the Awb term too: an aanvraag of 2026-03-02 ends on 28 April, like an advice of that day', () => {
    const r = awbBeslistermijnConflict({ aanvraagdatum: datum('2026-03-02'), adviesdatum: datum('2026-03-02') });
    expect(r.waarde).toEqual({ conflict: false, awbEinde: '2026-04-28', beleidEinde: '2026-04-28' });
    expect(r.stappen.at(-1)!.waarde).toBe('nee');
  });

  it('does not flag the UWV route, where the aanvraag follows the advice', () => {
    expect(awbBeslistermijnConflict({ aanvraagdatum: datum('2026-03-20'), adviesdatum: datum('2026-03-02') }).waarde.conflict).toBe(false);
  });

  it('lengthens only the policy term by suspensions: awaiting UWV is no Awb 4:15 ground by itself', () => {
    const r = awbBeslistermijnConflict({
      aanvraagdatum: datum('2026-03-02'),
      adviesdatum: datum('2026-03-02'),
      opschortingen: [{ verzoek: datum('2026-03-10'), ontvangen: datum('2026-03-20') }],
    });
    expect(r.waarde).toEqual({ conflict: true, awbEinde: '2026-04-28', beleidEinde: '2026-05-07' });
  });
});
