/**
 * Bijstandsnorm per month including vakantietoeslag, Pw art. 21 and 22 (art. 19 lid 3), and a percentage of it.
 * Figures: FACTS.md §6 (consolidations of wetten.overheid.nl); 120 %: FACTS.md §6, for 2025-01 identical to
 * gemeentewestland.nl "Normenoverzicht minimuminkomen voor de bijzondere bijstand" (1 januari 2025).
 */
import { Leefvorm } from '../../../shared/parameters';
import { bijstandsnorm, BijstandsnormInvoer } from '../../../shared/rules/bijstandsnorm';
import { fout } from '../../helpers/fout';
import { bronTekst } from '../../../shared/bron';
import { datum } from '../../../shared/time/datum';

const norm = (invoer: Partial<BijstandsnormInvoer>): string =>
  bijstandsnorm({ leefvorm: 'alleenstaande', peildatum: datum('2026-01-01'), percentage: 1, ...invoer }).waarde.toFixed(2);

describe('bijstandsnorm: the minima limit of 120 %', () => {
  it.each([
    ['2026-01-01', 'alleenstaande', '1681.80'],
    ['2026-01-01', 'alleenstaande_ouder', '1681.80'],
    ['2026-01-01', 'gehuwden', '2402.56'],
    ['2025-01-01', 'alleenstaande', '1614.54'],
    ['2025-01-01', 'gehuwden', '2306.48'],
  ])('on %s for %s is € %s', (peildatum, leefvorm, euro) => {
    expect(norm({ peildatum: datum(peildatum), leefvorm: leefvorm as Leefvorm, percentage: 1.2 })).toBe(euro);
  });

  it('rounds half up once: 2.002,13 × 1,2 = 2.402,556 → 2.402,56, and says so', () => {
    const r = bijstandsnorm({ leefvorm: 'gehuwden', peildatum: datum('2026-01-01'), percentage: 1.2 });
    expect(r.stappen.map((s) => s.waarde)).toEqual(['2002.13', '1.2', '2402.56']);
    expect(r.stappen[2]!.label).toContain('afgerond op centen');
  });
});

describe('bijstandsnorm: the norms themselves (percentage 1)', () => {
  it.each([
    ['2024-01-01', 'alleenstaande', '1283.83'],
    ['2024-07-01', 'gehuwden', '1869.21'],
    ['2025-07-01', 'alleenstaande', '1369.06'],
    ['2025-07-01', 'gehuwden_aow', '2094.98'],
    ['2026-01-01', 'alleenstaande', '1401.50'],
    ['2026-01-01', 'gehuwden', '2002.13'],
    ['2026-01-01', 'alleenstaande_aow', '1564.69'],
    ['2026-01-01', 'gehuwden_aow', '2144.16'],
    ['2026-06-30', 'alleenstaande', '1401.50'],
  ])('on %s for %s is € %s', (peildatum, leefvorm, euro) => {
    expect(norm({ peildatum: datum(peildatum), leefvorm: leefvorm as Leefvorm })).toBe(euro);
  });

  it('gives the alleenstaande ouder the alleenstaande norm (since 2015, ALO-kop in the kindgebonden budget)', () => {
    expect(norm({ leefvorm: 'alleenstaande_ouder' })).toBe(norm({ leefvorm: 'alleenstaande' }));
  });

  it('cites the article of the leefvorm', () => {
    expect(bronTekst(bijstandsnorm({ leefvorm: 'gehuwden_aow', peildatum: datum('2026-01-01'), percentage: 1 }).stappen[0]!.bron)).toBe(
      'Pw art. 22 onder b; Pw art. 19 lid 3',
    );
  });
});

describe('bijstandsnorm: refusals', () => {
  it('answers 2026-12-01 with the norms of 1 July 2026 (FACTS §10.1, one source), marked onbevestigd', () => {
    const r = bijstandsnorm({ leefvorm: 'alleenstaande', peildatum: datum('2026-12-01'), percentage: 1 });
    expect(r.waarde.toFixed(2)).toBe('1419.46');
    expect(r.stappen[0]!.status).toEqual({ status: 'onbevestigd' });
    expect(bijstandsnorm({ leefvorm: 'gehuwden_aow', peildatum: datum('2026-07-01'), percentage: 1 }).waarde.toFixed(2)).toBe('2176.10');
  });

  it('refuses 2027-02-01: the norms of 2027 are not known, and the message names the range and the raming', () => {
    const e = fout(() => norm({ peildatum: datum('2027-02-01') }));
    expect(e.code).toBe('BUITEN_PARAMETERBEREIK');
    expect(e.message).toContain('vanaf 1-1-2024 tot en met 31-12-2026');
    expect(e.message).toContain('raming-scenario');
  });

  it('refuses a date before 2024', () => {
    expect(fout(() => norm({ peildatum: datum('2023-12-31') })).code).toBe('BUITEN_PARAMETERBEREIK');
  });

  it.each([
    [
      { leefvorm: 'samenwonend' as Leefvorm },
      'leefvorm',
      'leefvorm "samenwonend" is onbekend; kies uit: alleenstaande, alleenstaande_ouder',
    ],
    [{ percentage: -0.1 }, 'percentage', 'percentage moet een getal van 0 of meer zijn'],
    [{ percentage: Number.POSITIVE_INFINITY }, 'percentage', 'percentage moet een getal van 0 of meer zijn'],
  ])('refuses %o', (invoer, veld, tekst) => {
    const e = fout(() => norm(invoer));
    expect(e.code).toBe('ONGELDIGE_INVOER');
    expect(e.field).toBe(veld);
    expect(e.message).toContain(tekst);
  });
});
