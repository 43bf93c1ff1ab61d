/**
 * Loonkostensubsidie, Pw art. 10d lid 4, 5 and 7 (version 2026-01-01), Regeling LKS Pw 2021 art. 1 (23,5 %),
 * Beleidsregels beschut werk Avres 2025 art. 7 lid 1. Formula and rounding: FACTS.md §2.3 (each intermediate
 * amount rounded to cents, half up). Public examples: FACTS.md §2.3/2.4 and DOMAIN.md.
 */
import Decimal from 'decimal.js';
import fc from 'fast-check';
import { basisParameters, Parameters } from '../../../shared/parameters';
import { berekenLoonkostensubsidie, LoonkostensubsidieInvoer } from '../../../shared/rules/loonkostensubsidie';
import { fout } from '../../helpers/fout';
import { bronTekst } from '../../../shared/bron';
import { datum } from '../../../shared/time/datum';

const lks = (invoer: Partial<LoonkostensubsidieInvoer>, parameters?: Parameters): string =>
  berekenLoonkostensubsidie({ loonwaarde: 0.6, urenPerWeek: 36, peildatum: datum('2026-01-01'), ...invoer }, parameters).waarde.toFixed(2);

const waardeVan = (invoer: LoonkostensubsidieInvoer, labelBegin: string): string | undefined =>
  berekenLoonkostensubsidie(invoer).stappen.find((s) => s.label.startsWith(labelBegin))?.waarde;

describe('loonkostensubsidie: the public examples', () => {
  it('gives € 1.224,11 for loonwaarde 60 %, 36 hours, January 2026 (2.294,40 × 1,08 = 2.477,95; × 40 % = 991,18; + 23,5 % = 232,93)', () => {
    const r = berekenLoonkostensubsidie({ loonwaarde: 0.6, urenPerWeek: 36, peildatum: datum('2026-01-01') });
    expect(r.waarde.toFixed(2)).toBe('1224.11');
    const waarden = r.stappen.map((s) => s.waarde);
    expect(waarden).toEqual(expect.arrayContaining(['2294.40', '2477.95', '0.4', '991.18', '232.93', '1224.11']));
    expect(bronTekst(r.stappen.find((s) => s.waarde === '2477.95')!.bron)).toBe('Pw art. 10d lid 4');
    expect(bronTekst(r.stappen.find((s) => s.waarde === '232.93')!.bron)).toBe('Regeling LKS Pw 2021 art. 1');
  });

  it('caps the subsidy at 70 % of WML plus vakantiebijslag when loonwaarde is 20 %: 1.734,57 + 407,62 = € 2.142,19', () => {
    const r = berekenLoonkostensubsidie({ loonwaarde: 0.2, urenPerWeek: 36, peildatum: datum('2026-01-01') });
    expect(r.waarde.toFixed(2)).toBe('2142.19');
    expect(r.stappen.map((s) => s.waarde)).toEqual(expect.arrayContaining(['0.7', '1734.57', '407.62']));
    expect(r.stappen.some((s) => s.label.includes('maximum'))).toBe(true);
  });

  it('reproduces the Rendement example with its old minimum wage of € 1.537,20: forfait 50 % → € 1.025,16 with 23,5 %', () => {
    const vanaf = datum('2016-01-01');
    const scenario: Parameters = {
      ...basisParameters,
      wml: {
        naam: 'het wettelijk minimumloon (scenario)',
        waarden: [
          {
            geldigVanaf: vanaf,
            waarde: { perUur: new Decimal('8.86'), referentiemaandloon: new Decimal('1537.20') },
            bron: 'Rendement 27-7-2016',
            artikel: { regeling: 'WML', artikel: '8' },
          },
        ],
      },
      vakantiebijslag: {
        ...basisParameters.vakantiebijslag,
        waarden: basisParameters.vakantiebijslag.waarden.map((w) => ({ ...w, geldigVanaf: vanaf })),
      },
      loonkostensubsidie: {
        ...basisParameters.loonkostensubsidie,
        waarden: basisParameters.loonkostensubsidie.waarden.map((w) => ({ ...w, geldigVanaf: vanaf })),
      },
    };
    const r = berekenLoonkostensubsidie({ loonwaarde: null, urenPerWeek: 36, peildatum: datum('2016-07-27') }, scenario);
    expect(r.waarde.toFixed(2)).toBe('1025.16');
    expect(r.stappen.map((s) => s.waarde)).toEqual(expect.arrayContaining(['1660.18', '830.09', '195.07']));
  });
});

describe('loonkostensubsidie: loonwaarde (Pw 10d lid 4) and forfait (lid 5), 36 hours, 2026', () => {
  it.each([
    [0.2, '2142.19'],
    [0.3, '2142.19'],
    [0.45, '1683.14'],
    [0.6, '1224.11'],
    [0.8, '612.05'],
    [1, '0.00'],
    [0, '2142.19'],
  ])('gives, for loonwaarde %s, € %s', (loonwaarde, euro) => {
    expect(lks({ loonwaarde: loonwaarde as number })).toBe(euro);
  });

  it('uses the 50 % forfait of lid 5 when the loonwaarde is empty: 1.238,98 + 291,16 = € 1.530,14', () => {
    const r = berekenLoonkostensubsidie({ loonwaarde: null, urenPerWeek: 36, peildatum: datum('2026-01-01') });
    expect(r.waarde.toFixed(2)).toBe('1530.14');
    expect(bronTekst(r.stappen.find((s) => s.waarde === '0.5')!.bron)).toBe('Pw art. 10d lid 5');
  });
});

describe('loonkostensubsidie: hours (pro rata 36, up to the sector full-time week)', () => {
  it.each([
    [31, '1054.10'],
    [20, '680.07'],
    [40, '1360.12'],
    [0, '0.00'],
  ])('pro-rates %s hours: € %s at loonwaarde 60 %%', (uren, euro) => {
    expect(lks({ urenPerWeek: uren as number })).toBe(euro);
  });

  it('rounds WML plus vakantiebijslag for the hours once: 2.477,952 × 31 / 36 = 2.133,79', () => {
    expect(waardeVan({ loonwaarde: 0.6, urenPerWeek: 31, peildatum: datum('2026-01-01') }, 'Minimumloon plus vakantiebijslag')).toBe(
      '2133.79',
    );
  });

  it('counts hours above the sector full-time week only up to it: 40 hours in a 38-hour sector is € 1.292,12', () => {
    expect(lks({ urenPerWeek: 40, voltijdUren: 38 })).toBe('1292.12');
    expect(lks({ urenPerWeek: 38 })).toBe('1292.12');
  });

  it('leaves hours below the full-time week alone', () => {
    expect(lks({ urenPerWeek: 20, voltijdUren: 38 })).toBe(lks({ urenPerWeek: 20 }));
  });
});

describe('loonkostensubsidie: the minimum wage of 1 January (Pw 10d lid 7, reading 4)', () => {
  it('uses the 2025-01-01 WML of € 2.191,80 on 2025-09-01, not the € 2.245,80 of 1 July', () => {
    const r = berekenLoonkostensubsidie({ loonwaarde: 0.6, urenPerWeek: 36, peildatum: datum('2025-09-01') });
    expect(r.waarde.toFixed(2)).toBe('1169.37');
    const waarden = r.stappen.map((s) => s.waarde);
    expect(waarden).toEqual(expect.arrayContaining(['2025-01-01', '2191.80', '2367.14']));
    expect(waarden).not.toContain('2245.80');
    expect(bronTekst(r.stappen.find((s) => s.waarde === '2025-01-01')!.bron)).toBe('Pw art. 10d lid 7');
  });

  it('gives the same amount all year: 2025-01-01 and 2025-12-31 agree', () => {
    expect(lks({ peildatum: datum('2025-12-31') })).toBe(lks({ peildatum: datum('2025-01-01') }));
  });

  it('still computes the second half of 2026, which rests on the known WML of 1 January 2026', () => {
    expect(lks({ peildatum: datum('2026-11-30') })).toBe('1224.11');
  });
});

describe('loonkostensubsidie: below 21 the age-dependent minimum wage is the base (Pw art. 2)', () => {
  it('uses 50 % of the referentiemaandloon for an 18-year-old, rounded to cents (1.147,20): € 612,05', () => {
    const r = berekenLoonkostensubsidie({ loonwaarde: 0.6, urenPerWeek: 36, peildatum: datum('2026-01-01'), leeftijd: 18 });
    expect(r.waarde.toFixed(2)).toBe('612.05');
    expect(r.stappen.map((s) => s.waarde)).toEqual(expect.arrayContaining(['1147.20', '1238.98']));
  });

  it('uses 80 % for a 20-year-old: € 979,28', () => {
    expect(lks({ leeftijd: 20 })).toBe('979.28');
  });

  it('uses the full minimum wage from 21', () => {
    expect(lks({ leeftijd: 21 })).toBe('1224.11');
    expect(lks({ leeftijd: 64 })).toBe('1224.11');
  });
});

describe('loonkostensubsidie: refusals with a Dutch message', () => {
  it('refuses a peildatum whose 1 January lies before the known minimum wages, naming the range', () => {
    const e = fout(() => lks({ peildatum: datum('2023-06-01') }));
    expect(e.code).toBe('BUITEN_PARAMETERBEREIK');
    expect(e.field).toBe('peildatum');
    expect(e.message).toContain('1 januari 2023');
    expect(e.message).toContain('vanaf 1-1-2024 tot en met 31-12-2026');
  });

  it('refuses 2027, whose minimum wage is not known yet', () => {
    expect(fout(() => lks({ peildatum: datum('2027-01-01') })).code).toBe('BUITEN_PARAMETERBEREIK');
  });

  it.each([
    [{ loonwaarde: 1.2 }, 'loonwaarde', 'loonwaarde moet tussen 0 en 1 liggen'],
    [{ loonwaarde: -0.1 }, 'loonwaarde', 'loonwaarde moet tussen 0 en 1 liggen'],
    [{ loonwaarde: Number.NaN }, 'loonwaarde', 'niet NaN'],
    [{ urenPerWeek: -1 }, 'urenPerWeek', 'uren_per_week moet tussen 0 en 168 liggen'],
    [{ urenPerWeek: 169 }, 'urenPerWeek', 'uren_per_week moet tussen 0 en 168 liggen'],
    [{ voltijdUren: 0 }, 'voltijdUren', 'voltijd_uren moet groter dan 0'],
    [{ leeftijd: 14 }, 'leeftijd', 'leeftijd moet minstens 15 jaar zijn'],
    [{ leeftijd: 17.5 }, 'leeftijd', 'leeftijd moet een geheel aantal jaren zijn'],
  ])('refuses %o with a message on field %s', (invoer, veld, tekst) => {
    const e = fout(() => lks(invoer as Partial<LoonkostensubsidieInvoer>));
    expect(e.code).toBe('ONGELDIGE_INVOER');
    expect(e.field).toBe(veld);
    expect(e.message).toContain(tekst);
  });
});

describe('loonkostensubsidie: properties', () => {
  const peildata = fc.constantFrom(...['2024-03-01', '2024-09-15', '2025-01-01', '2025-09-01', '2026-01-01', '2026-12-31'].map(datum));
  const loonwaarde = fc.option(fc.double({ min: 0, max: 1, noNaN: true }), { nil: null });
  const uren = fc.double({ min: 0, max: 60, noNaN: true });
  const referentie: Record<string, string> = { '2024': '2069.40', '2025': '2191.80', '2026': '2294.40' };
  const wmlMetVakantiebijslag = (peildatum: string, u: number): Decimal =>
    new Decimal(referentie[peildatum.slice(0, 4)]!).times('1.08').times(u).div(36);

  // Three roundings of at most half a cent (WML plus vakantiebijslag, subsidy, werkgeverslasten) can add
  // 0,70 × 1,235 × 0,005 + 1,235 × 0,005 + 0,005 ≈ 1,55 cent to the exact 86,45 %.
  it('never exceeds 86,45 % (0,70 × 1,235) of WML plus vakantiebijslag for the hours, plus at most 1,55 cent of stepwise rounding', () => {
    fc.assert(
      fc.property(loonwaarde, uren, peildata, (lw, u, peildatum) => {
        const waarde = berekenLoonkostensubsidie({ loonwaarde: lw, urenPerWeek: u, peildatum }).waarde;
        expect(waarde.lte(wmlMetVakantiebijslag(peildatum, u).times('0.8645').plus('0.0155'))).toBe(true);
      }),
    );
  });

  it('is never negative', () => {
    fc.assert(
      fc.property(loonwaarde, uren, peildata, (lw, u, peildatum) => {
        expect(berekenLoonkostensubsidie({ loonwaarde: lw, urenPerWeek: u, peildatum }).waarde.isNegative()).toBe(false);
      }),
    );
  });

  it('does not increase when the loonwaarde increases', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0, max: 1, noNaN: true }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        uren,
        peildata,
        (a, b, u, peildatum) => {
          const [laag, hoog] = a <= b ? [a, b] : [b, a];
          const bijLaag = berekenLoonkostensubsidie({ loonwaarde: laag, urenPerWeek: u, peildatum }).waarde;
          const bijHoog = berekenLoonkostensubsidie({ loonwaarde: hoog, urenPerWeek: u, peildatum }).waarde;
          expect(bijLaag.gte(bijHoog)).toBe(true);
        },
      ),
    );
  });

  // Each side is within 1,55 cent of the exact value (see above), the scaled side times at most 38/36.
  it('is proportional to the hours below the full-time week, within 4 cents of stepwise rounding', () => {
    fc.assert(
      fc.property(loonwaarde, fc.double({ min: 0, max: 38, noNaN: true }), peildata, (lw, u, peildatum) => {
        const bijUren = berekenLoonkostensubsidie({ loonwaarde: lw, urenPerWeek: u, peildatum, voltijdUren: 38 }).waarde;
        const voltijds = berekenLoonkostensubsidie({ loonwaarde: lw, urenPerWeek: 36, peildatum, voltijdUren: 38 }).waarde;
        expect(bijUren.minus(voltijds.times(u).div(36)).abs().lte('0.04')).toBe(true);
      }),
    );
  });

  it('gives the same answer on a repeated call (the cache changes nothing)', () => {
    fc.assert(
      fc.property(
        loonwaarde,
        uren,
        peildata,
        fc.option(fc.integer({ min: 15, max: 70 }), { nil: undefined }),
        (lw, u, peildatum, leeftijd) => {
          const eerste = berekenLoonkostensubsidie({ loonwaarde: lw, urenPerWeek: u, peildatum, leeftijd });
          const tweede = berekenLoonkostensubsidie({ loonwaarde: lw, urenPerWeek: u, peildatum, leeftijd });
          expect(tweede).toEqual(eerste);
        },
      ),
    );
  });
});
