/**
 * Vrijlating of inkomsten uit arbeid, Pw art. 31 lid 2 onder n (25 %, capped per month, at most six months below the
 * pensioengerechtigde leeftijd) and lid 5 (not below 27). Caps: consolidations of wetten.overheid.nl 2024-01-01
 * (€ 264), 2024-07-01 (€ 269), 2025-01-01 (€ 273), 2025-07-01 (€ 278), 2026-01-01 (€ 285; FACTS.md §5).
 */
import { vrijlating, VrijlatingInvoer } from '../../../shared/rules/vrijlating';
import { basisParameters } from '../../../shared/parameters';
import { ramingParameters } from '../../../shared/parameters/raming';
import { fout } from '../../helpers/fout';
import { bronTekst } from '../../../shared/bron';
import { alsTekst } from '../stappen-als-tekst';
import { datum } from '../../../shared/time/datum';

const vrij = (invoer: Partial<VrijlatingInvoer>): string =>
  vrijlating({ nettoInkomstenArbeid: 800, peildatum: datum('2026-01-01'), leeftijd: 30, maandNummer: 1, ...invoer }).waarde.toFixed(2);

describe('vrijlating: 25 % of net earnings, capped per month', () => {
  it('leaves 25 % of € 800 free: € 200', () => {
    expect(vrij({})).toBe('200.00');
  });

  it.each([
    ['2024-01-01', '264.00'],
    ['2024-07-01', '269.00'],
    ['2025-01-01', '273.00'],
    ['2025-07-01', '278.00'],
    ['2026-01-01', '285.00'],
  ])('caps at the amount in force on %s: € %s', (peildatum, euro) => {
    expect(vrij({ peildatum: datum(peildatum), nettoInkomstenArbeid: 2000 })).toBe(euro);
  });

  it('reaches the cap exactly at 4 × € 285 = € 1.140', () => {
    expect(vrij({ nettoInkomstenArbeid: 1140 })).toBe('285.00');
    expect(vrij({ nettoInkomstenArbeid: 1139.96 })).toBe('284.99');
  });

  it('rounds to cents half up once: 25 % of € 1.001,02 = 250,255 → € 250,26', () => {
    const r = vrijlating({ nettoInkomstenArbeid: 1001.02, peildatum: datum('2026-01-01'), leeftijd: 30, maandNummer: 2 });
    expect(r.waarde.toFixed(2)).toBe('250.26');
    expect(r.stappen.map((s) => s.waarde)).toEqual(['2', '1001.02', '250.255', '285.00', '250.26']);
  });

  it('leaves nothing free of nothing', () => {
    expect(vrij({ nettoInkomstenArbeid: 0 })).toBe('0.00');
  });
});

describe('vrijlating: six months only, below the pensioengerechtigde leeftijd', () => {
  it('applies in month 6', () => {
    expect(vrij({ maandNummer: 6 })).toBe('200.00');
  });

  it('gives nothing from month 7, with a step that says why', () => {
    const r = vrijlating({ nettoInkomstenArbeid: 800, peildatum: datum('2026-01-01'), leeftijd: 30, maandNummer: 7 });
    expect(r.waarde.toFixed(2)).toBe('0.00');
    expect(alsTekst(r.stappen)).toEqual([
      {
        label: 'Maand 7 valt na de 6 maanden vrijlating (onder de AOW-leeftijd), dus niets vrijgelaten',
        waarde: '0.00',
        bron: 'Pw art. 31 lid 2 onder n',
      },
    ]);
  });

  it('has no six-month limit from the AOW age (67 in 2026)', () => {
    expect(vrij({ leeftijd: 67, maandNummer: 10 })).toBe('200.00');
    expect(vrij({ leeftijd: 66, maandNummer: 10 })).toBe('0.00');
  });
});

describe('vrijlating: not below 27 (Pw art. 31 lid 5)', () => {
  it('gives a 26-year-old nothing, citing lid 5', () => {
    const r = vrijlating({ nettoInkomstenArbeid: 800, peildatum: datum('2026-01-01'), leeftijd: 26, maandNummer: 1 });
    expect(r.waarde.toFixed(2)).toBe('0.00');
    expect(bronTekst(r.stappen[0]!.bron)).toBe('Pw art. 31 lid 5');
  });

  it('gives a 27-year-old the vrijlating', () => {
    expect(vrij({ leeftijd: 27 })).toBe('200.00');
  });
});

describe('vrijlating: refusals', () => {
  it('refuses 2026-07-01 and 2023-12-31, naming the known range', () => {
    for (const peildatum of ['2026-07-01', '2023-12-31']) {
      const e = fout(() => vrij({ peildatum: datum(peildatum) }));
      expect(e.code).toBe('BUITEN_PARAMETERBEREIK');
      expect(e.message).toContain('vanaf 1-1-2024 tot en met 30-6-2026');
    }
  });

  it.each([
    [{ nettoInkomstenArbeid: -1 }, 'nettoInkomstenArbeid', 'netto_inkomsten_arbeid moet een bedrag van 0 of meer zijn'],
    [{ leeftijd: 30.5 }, 'leeftijd', 'leeftijd moet een geheel aantal jaren zijn'],
    [{ maandNummer: 0 }, 'maandNummer', 'maand_nummer moet een geheel getal van 1 of meer zijn'],
    [{ maandNummer: 1.5 }, 'maandNummer', 'maand_nummer moet een geheel getal van 1 of meer zijn'],
  ])('refuses %o', (invoer, veld, tekst) => {
    const e = fout(() => vrij(invoer));
    expect(e.code).toBe('ONGELDIGE_INVOER');
    expect(e.field).toBe(veld);
    expect(e.message).toContain(tekst);
  });
});

describe('vrijlating from 2027-01-01: Pw art. 34a (FACTS §10.4)', () => {
  const v = (invoer: Partial<VrijlatingInvoer>) =>
    vrijlating({ nettoInkomstenArbeid: 800, peildatum: datum('2027-03-01'), leeftijd: 30, maandNummer: 1, ...invoer });

  it('leaves 15 % free, uncapped, for 12 consecutive months, also under 27, and names the regime', () => {
    const r = v({ leeftijd: 24 });
    expect(r.waarde.toFixed(2)).toBe('120.00');
    expect(r.stappen[0]!.label).toContain('Pw art. 34a');
    expect(r.stappen[0]!.status).toEqual({ status: 'onbevestigd' });
    expect(v({ nettoInkomstenArbeid: 4000, maandNummer: 12 }).waarde.toFixed(2)).toBe('600.00');
    expect(v({ maandNummer: 13 }).waarde.toFixed(2)).toBe('0.00');
  });

  it('leaves 15 % free without the month limit for someone medisch urenbeperkt', () => {
    expect(v({ maandNummer: 30, medischUrenbeperkt: true }).waarde.toFixed(2)).toBe('120.00');
  });

  it('leaves 25 % free up to € 226 at the pensioengerechtigde leeftijd', () => {
    expect(v({ leeftijd: 67, nettoInkomstenArbeid: 400, maandNummer: 40 }).waarde.toFixed(2)).toBe('100.00');
    expect(v({ leeftijd: 70, nettoInkomstenArbeid: 2000 }).waarde.toFixed(2)).toBe('226.00');
  });

  it('takes the pensioengerechtigde leeftijd by date: 67 and 3 months in 2028, so 67 in whole years is not yet reached', () => {
    // The art. 34a figures are known to 2027-06-30 (the € 226 follows the half-yearly indexation): a raming carries them.
    const p = ramingParameters(basisParameters, { vanaf: datum('2027-07-01'), tot: datum('2028-12-31') }, 'tot 2028');
    const r = vrijlating({ nettoInkomstenArbeid: 800, peildatum: datum('2028-03-01'), leeftijd: 67, maandNummer: 13 }, p);
    expect(r.waarde.toFixed(2)).toBe('0.00');
    expect(r.stappen.some((s) => s.label.includes('67 jaar en 3 maanden'))).toBe(true);
  });

  it('keeps art. 31 lid 2 onder n before 2027, and the cap of 2026-H2 stays unknown', () => {
    expect(v({ peildatum: datum('2026-03-01') }).waarde.toFixed(2)).toBe('200.00');
    expect(() => v({ peildatum: datum('2026-12-01') })).toThrow(expect.objectContaining({ code: 'BUITEN_PARAMETERBEREIK' }));
  });
});
