/**
 * Every effective-dated figure carries its source and article and the series are in date order (ARCHITECTURE.md:
 * "Parameters are data … each value with geldigVanaf, source and article"). The money figures are checked against
 * FACTS.md §1, §2, §4, §5 and §6.
 */
import { bronTekst } from '../../../shared/bron';
import Decimal from 'decimal.js';
import { basisParameters } from '../../../shared/parameters';
import { bekendTotVan, Reeks } from '../../../shared/parameters/reeks';
import { datum, isDatum } from '../../../shared/time/datum';

const reeksen = Object.entries(basisParameters).filter((paar): paar is [string, Reeks<unknown>] => {
  const w = paar[1] as Partial<Reeks<unknown>>;
  return typeof w.naam === 'string' && Array.isArray(w.waarden);
});

describe('parameters: every series in basisParameters', () => {
  it('finds the series', () => {
    expect(reeksen.map(([naam]) => naam)).toEqual(
      expect.arrayContaining([
        'wml',
        'jeugdloon',
        'vakantiebijslag',
        'loonkostensubsidie',
        'bijstandsnormen',
        'vrijlating',
        'vangnet',
        'beschutWerk',
      ]),
    );
  });

  it.each(reeksen)('%s has at least one value, each with an existing geldigVanaf and a non-empty bron and artikel', (_naam, reeks) => {
    expect(reeks.naam.trim()).not.toBe('');
    expect(reeks.waarden.length).toBeGreaterThan(0);
    for (const w of reeks.waarden) {
      expect(isDatum(w.geldigVanaf)).toBe(true);
      expect(w.bron.trim()).not.toBe('');
      expect(bronTekst(w.artikel).trim()).not.toBe('');
    }
  });

  it.each(reeksen)('%s is in strictly ascending order of geldigVanaf, and bekendTot does not precede the newest value', (_naam, reeks) => {
    const data = reeks.waarden.map((w) => w.geldigVanaf);
    expect(data).toEqual([...new Set(data)].sort());
    if (reeks.bekendTot !== undefined) {
      expect(isDatum(reeks.bekendTot)).toBe(true);
      expect(reeks.bekendTot >= data[data.length - 1]!).toBe(true);
    }
  });
});

describe('parameters: the minimum wage (FACTS.md §1)', () => {
  const { wml, jeugdloon } = basisParameters;

  it('knows 2024-01-01 through 2026-07-01 (the last onbevestigd, FACTS §10.2) and stops at 2026-12-31', () => {
    expect(wml.waarden.map((w) => [w.geldigVanaf, w.waarde.perUur.toFixed(2), w.waarde.referentiemaandloon.toFixed(2)])).toEqual([
      ['2024-01-01', '13.27', '2069.40'],
      ['2024-07-01', '13.68', '2133.60'],
      ['2025-01-01', '14.06', '2191.80'],
      ['2025-07-01', '14.40', '2245.80'],
      ['2026-01-01', '14.71', '2294.40'],
      ['2026-07-01', '14.99', '2337.00'],
    ]);
    expect(wml.waarden.map((w) => w.status ?? 'vastgesteld').at(-1)).toBe('onbevestigd');
    expect(wml.waarden.at(-1)!.bron).toContain('Stcrt. 2026, 16505');
    expect(bekendTotVan(wml)).toBe('2026-12-31');
  });

  it('has a referentiemaandloon equal to 156 times the hourly minimum (36 h × 13 weeks / 3 months), within a cent', () => {
    for (const w of wml.waarden) {
      expect(w.waarde.referentiemaandloon.div(156).minus(w.waarde.perUur).abs().lte('0.01')).toBe(true);
    }
  });

  it('has youth percentages for 15 through 20 in every staffel, the 2027 one marked as single source', () => {
    for (const w of jeugdloon.waarden) expect(Object.keys(w.waarde).map(Number).sort()).toEqual([15, 16, 17, 18, 19, 20]);
    const huidig = jeugdloon.waarden.find((w) => w.geldigVanaf === '2019-07-01')!;
    expect([18, 19, 20].map((l) => huidig.waarde[l]!.toFixed())).toEqual(['0.5', '0.6', '0.8']);
    const aangekondigd = jeugdloon.waarden.find((w) => w.geldigVanaf === '2027-01-01')!;
    expect(aangekondigd.bron).toContain('ENKELE BRON');
  });
});

describe('parameters: LKS, bijstand, vrijlating and vangnet', () => {
  it('has 8 % vakantiebijslag and the LKS figures 70 %, 50 %, 23,5 % and 36 hours from 1 January 2024', () => {
    expect(basisParameters.vakantiebijslag.waarden[0]!.waarde.toFixed()).toBe('0.08');
    const lks = basisParameters.loonkostensubsidie.waarden[0]!;
    expect(lks.geldigVanaf).toBe('2024-01-01');
    expect([lks.waarde.maximum, lks.waarde.forfait, lks.waarde.werkgeverslasten].map((d: Decimal) => d.toFixed())).toEqual([
      '0.7',
      '0.5',
      '0.235',
    ]);
    expect(lks.waarde.normUren).toBe(36);
  });

  it('gives the alleenstaande ouder the alleenstaande norm in every period', () => {
    for (const w of basisParameters.bijstandsnormen.waarden) expect(w.waarde.alleenstaande_ouder.eq(w.waarde.alleenstaande)).toBe(true);
    expect(bekendTotVan(basisParameters.bijstandsnormen)).toBe('2026-12-31');
  });

  it('has the vrijlating caps 264 / 269 / 273 / 278 / 285 with 25 %, 6 months and age 27', () => {
    const { waarden } = basisParameters.vrijlating;
    expect(waarden.map((w) => w.waarde.maximum.toFixed(2))).toEqual(['264.00', '269.00', '273.00', '278.00', '285.00']);
    for (const w of waarden) {
      expect(w.waarde.percentage.toFixed()).toBe('0.25');
      expect([w.waarde.maanden, w.waarde.minimumleeftijd]).toEqual([6, 27]);
    }
  });

  it('has the regular vangnet 7,5 % / 12,5 % / 50 % / 100 % from 2021 through 2025', () => {
    const { vangnet } = basisParameters;
    expect(vangnet.waarden.map((w) => w.geldigVanaf)).toEqual(['2021-01-01', '2022-01-01', '2023-01-01', '2024-01-01', '2025-01-01']);
    for (const { waarde: f } of vangnet.waarden) {
      expect([f.drempel, f.bovengrens, f.vergoedingTussen, f.vergoedingBoven].map((d) => d.toFixed())).toEqual([
        '0.075',
        '0.125',
        '0.5',
        '1',
      ]);
    }
    expect(vangnet.waarden.map((w) => w.status)).toEqual([undefined, 'onbevestigd', 'onbevestigd', undefined, undefined]);
    expect(vangnet.ritme).toBe('jaar');
    expect(bekendTotVan(vangnet)).toBe('2025-12-31');
  });
});

describe('the known range follows the rhythm of the law', () => {
  const reeks = (geldigVanaf: string, ritme: 'halfjaar' | 'jaar'): Reeks<number> => ({
    naam: 'een reeks',
    ritme,
    waarden: [{ geldigVanaf: datum(geldigVanaf), waarde: 1, bron: 'test', artikel: { regeling: 'Pw', artikel: '1' } }],
  });

  it('knows a half-yearly figure of 1 January until 30 June and one of 1 July until 31 December', () => {
    expect(bekendTotVan(reeks('2027-01-01', 'halfjaar'))).toBe('2027-06-30');
    expect(bekendTotVan(reeks('2026-07-01', 'halfjaar'))).toBe('2026-12-31');
  });

  it('knows a yearly figure until 31 December of its year', () => {
    expect(bekendTotVan(reeks('2026-01-01', 'jaar'))).toBe('2026-12-31');
  });

  it('lets an explicit bekendTot win over the rhythm', () => {
    expect(bekendTotVan({ ...reeks('2026-01-01', 'halfjaar'), bekendTot: datum('2026-03-31') })).toBe('2026-03-31');
  });
});
