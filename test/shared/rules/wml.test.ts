/**
 * Wettelijk minimumloon, WML art. 8 lid 1 onder a (per uur) and b (referentiemaandloon, 36 hours, onder c), art. 8
 * lid 3 with the Besluit minimumjeugdloonbedragen below 21. Figures: FACTS.md §1; youth check: vertiadvies.nl
 * "Minimumuurloon naar € 14,71" (1-1-2026: 20 jaar € 11,77, 19 jaar € 8,83, 18 jaar € 7,36 per uur).
 */
import { minimumloon, MinimumloonInvoer } from '../../../shared/rules/wml';
import { fout } from '../../helpers/fout';
import { alsTekst } from '../stappen-als-tekst';
import { datum } from '../../../shared/time/datum';

const wml = (invoer: Partial<MinimumloonInvoer>): string =>
  minimumloon({ peildatum: datum('2026-01-01'), periode: 'maand', ...invoer }).waarde.toFixed(2);

describe('WML: the amount in force on the peildatum', () => {
  it.each([
    ['2024-01-01', '2069.40', '13.27'],
    ['2024-06-30', '2069.40', '13.27'],
    ['2024-07-01', '2133.60', '13.68'],
    ['2025-01-01', '2191.80', '14.06'],
    ['2025-09-01', '2245.80', '14.40'],
    ['2026-01-01', '2294.40', '14.71'],
    ['2026-06-30', '2294.40', '14.71'],
  ])('on %s is € %s per month (referentiemaandloon) and € %s per hour', (peildatum, maand, uur) => {
    expect(wml({ peildatum: datum(peildatum) })).toBe(maand);
    expect(wml({ peildatum: datum(peildatum), periode: 'uur' })).toBe(uur);
  });

  it('follows the half-yearly change, unlike the LKS: 2025-09-01 gives the 1 July amount', () => {
    expect(wml({ peildatum: datum('2025-09-01') })).toBe('2245.80');
  });

  it('names the article of the referentiemaandloon in its step', () => {
    expect(alsTekst(minimumloon({ peildatum: datum('2026-01-01'), periode: 'maand' }).stappen)).toEqual([
      {
        label: 'Wettelijk minimumloon per maand (referentiemaandloon, 36 uur per week), 21 jaar en ouder',
        waarde: '2294.40',
        bron: 'WML art. 8 lid 1 onder b en c; Pw art. 2',
      },
    ]);
  });
});

describe('WML: the minimumjeugdloon below 21', () => {
  it.each([
    [20, '11.77'],
    [19, '8.83'],
    [18, '7.36'],
  ])('gives a %i-year-old € %s per hour on 1 January 2026, as published', (leeftijd, uur) => {
    expect(wml({ leeftijd: leeftijd as number, periode: 'uur' })).toBe(uur);
  });

  it.each([
    [17, '39.5 %', '5.81'],
    [16, '34.5 %', '5.07'],
    [15, '30 %', '4.41'],
  ])('gives a %i-year-old %s of € 14,71, rounded half up: € %s', (leeftijd, _percentage, uur) => {
    expect(wml({ leeftijd: leeftijd as number, periode: 'uur' })).toBe(uur);
  });

  it('gives an 18-year-old 50 % of the referentiemaandloon, rounded to cents: € 1.147,20', () => {
    const r = minimumloon({ peildatum: datum('2026-01-01'), leeftijd: 18, periode: 'maand' });
    expect(r.waarde.toFixed(2)).toBe('1147.20');
    expect(r.stappen.map((s) => s.waarde)).toEqual(['2294.40', '0.5', '1147.20']);
  });

  it('gives 21 and older the full amount', () => {
    expect(wml({ leeftijd: 21 })).toBe('2294.40');
    expect(wml({ leeftijd: 66 })).toBe('2294.40');
  });
});

describe('WML: refusals', () => {
  it('answers 2026-12-01 with the unconfirmed figures of 1 July 2026 (FACTS §10.2), marked in the step', () => {
    const r = minimumloon({ peildatum: datum('2026-12-01'), periode: 'maand' });
    expect(r.waarde.toFixed(2)).toBe('2337.00');
    expect(r.stappen[0]!.status).toEqual({ status: 'onbevestigd' });
    expect(wml({ peildatum: datum('2026-12-01'), periode: 'uur' })).toBe('14.99');
  });

  it('refuses 2027-01-01: that minimum wage is not known, and the message names the known range and the raming', () => {
    const e = fout(() => wml({ peildatum: datum('2027-01-01') }));
    expect(e.code).toBe('BUITEN_PARAMETERBEREIK');
    expect(e.message).toContain('vanaf 1-1-2024 tot en met 31-12-2026');
    expect(e.message).toContain('raming-scenario (het argument scenario)');
  });

  it('refuses a date before 2024', () => {
    expect(fout(() => wml({ peildatum: datum('2023-12-31') })).code).toBe('BUITEN_PARAMETERBEREIK');
  });

  it.each([
    [{ leeftijd: 14 }, 'leeftijd moet minstens 15 jaar zijn'],
    [{ leeftijd: 18.5 }, 'leeftijd moet een geheel aantal jaren zijn'],
    [{ periode: 'week' as 'uur' }, 'periode "week" is onbekend'],
  ])('refuses %o', (invoer, tekst) => {
    const e = fout(() => wml(invoer));
    expect(e.code).toBe('ONGELDIGE_INVOER');
    expect(e.message).toContain(tekst);
  });
});
