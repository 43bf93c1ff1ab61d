/** The parameter register's pure part: recorded values over the baseline, which entries count, export and import. */
import fc from 'fast-check';
import { basisParameters } from '../../../shared/parameters';
import {
  aflopendeReeksen,
  effectieveParameters,
  exporteerRekengegevens,
  geldendeBoekingen,
  leesRegisterwaarde,
  leesRekengegevens,
  reeksOverzicht,
  waardeAlsJson,
  type GoedgekeurdeWaarde,
} from '../../../shared/parameters/register';
import { bekendTotVan, waardeOp } from '../../../shared/parameters/reeks';
import { datum } from '../../../shared/time/datum';

const wml2027: GoedgekeurdeWaarde = {
  id: 7,
  reeks: 'wml',
  geldigVanaf: datum('2027-01-01'),
  waarde: { perUur: '15.10', referentiemaandloon: '2355.60' },
  status: 'aangekondigd',
  publicatie: 'Stcrt. 2026, 30123',
  artikel: { regeling: 'WML', artikel: '14' },
};

describe('effectieveParameters', () => {
  it('adds an approved value with its status, publication and article; the known range follows the rhythm', () => {
    const p = effectieveParameters(basisParameters, [wml2027]);
    expect(bekendTotVan(p.wml)).toBe('2027-06-30');
    const w = waardeOp(p.wml, datum('2027-03-01'));
    expect(w.waarde.referentiemaandloon.toFixed(2)).toBe('2355.60');
    expect(w).toMatchObject({ status: 'aangekondigd', artikel: { regeling: 'WML', artikel: '14' } });
    expect(w.bron).toBe('Stcrt. 2026, 30123; vastgelegd in het parameterregister van Avres (nr. 7)');
    expect(basisParameters.wml.waarden.length).toBe(
      p.wml.waarden.length - (basisParameters.wml.waarden.some((x) => x.geldigVanaf === '2027-01-01') ? 0 : 1),
    );
  });
  it('replaces the baseline value of the same date, and leaves the baseline itself unchanged', () => {
    const eerste = basisParameters.wml.waarden[0]!;
    const p = effectieveParameters(basisParameters, [{ ...wml2027, geldigVanaf: eerste.geldigVanaf, status: 'vastgesteld' }]);
    expect(waardeOp(p.wml, eerste.geldigVanaf).waarde.perUur.toFixed(2)).toBe('15.10');
    expect(waardeOp(p.wml, eerste.geldigVanaf).status).toBeUndefined();
    expect(basisParameters.wml.waarden[0]).toBe(eerste);
  });
  it('extends a series with an explicit end (vangnet) by the recorded year', () => {
    const v = {
      ...wml2027,
      reeks: 'vangnet',
      geldigVanaf: datum('2026-01-01'),
      waarde: { drempel: '0.05', bovengrens: '0.125', vergoedingTussen: '0.5', vergoedingBoven: '1' },
    };
    expect(bekendTotVan(effectieveParameters(basisParameters, [v]).vangnet)).toBe('2026-12-31');
  });
  it('adds an Atw equated day', () => {
    const p = effectieveParameters(basisParameters, [
      {
        ...wml2027,
        reeks: 'gelijkgesteldeFeestdagen',
        geldigVanaf: datum('2029-05-11'),
        waarde: { besluit: 'Besluit gelijkstelling 2029' },
      },
    ]);
    expect(p.gelijkgesteldeFeestdagen.at(-1)).toMatchObject({ datum: '2029-05-11', besluit: 'Besluit gelijkstelling 2029' });
  });
});

describe('leesRegisterwaarde', () => {
  it('names the field of a wrong value', () => {
    expect(
      leesRegisterwaarde('dwangsom', { wachtDagen: 14, treden: [{ vanDag: 1, totDag: 14, bedragPerDag: 'x' }], maxDagen: 42 }).fouten?.[0]
        ?.field,
    ).toBe('waarde.treden.0.bedragPerDag');
  });
  it('refuses a negative figure, an amount past whole cents and 0 hours to divide by, saying what is allowed', () => {
    const wml = leesRegisterwaarde('wml', { perUur: '14.71', referentiemaandloon: '2294.405' }).fouten?.[0];
    expect(wml).toMatchObject({ field: 'waarde.referentiemaandloon', message: expect.stringContaining('hoogstens twee decimalen') });
    const negatief = leesRegisterwaarde('vakantiebijslag', '-0.08').fouten?.[0];
    expect(negatief).toMatchObject({ message: expect.stringContaining('van 0 of meer') });
    expect(leesRegisterwaarde('vakantiebijslag', '0.080').fouten).toBeUndefined();
    expect(leesRegisterwaarde('wml', { perUur: '14.71', referentiemaandloon: '2294.4' }).fouten).toBeUndefined();
    expect(leesRegisterwaarde('wml', { perUur: '14.710', referentiemaandloon: '2294.400' }).fouten).toBeUndefined();
    const lks = { maximum: '0.7', forfait: '0.5', werkgeverslasten: '0.235', normUren: 0 };
    expect(leesRegisterwaarde('loonkostensubsidie', lks).fouten?.[0]).toMatchObject({
      field: 'waarde.normUren',
      message: expect.stringContaining('van 1 of meer'),
    });
    expect(leesRegisterwaarde('loonkostensubsidie', { ...lks, normUren: 36 }).fouten).toBeUndefined();
  });
  it('writes every baseline value back to JSON that reads to the same value', () => {
    for (const r of reeksOverzicht(basisParameters)) {
      for (const w of r.waarden) {
        const gelezen = leesRegisterwaarde(r.sleutel, w.waarde);
        expect(gelezen.fouten).toBeUndefined();
        expect(waardeAlsJson((gelezen as { waarde: unknown }).waarde)).toEqual(w.waarde);
      }
    }
  });
});

describe('geldendeBoekingen', () => {
  it('does not count an approved entry whose value its series no longer reads', () => {
    const geldend = geldendeBoekingen([
      { id: 1, soort: 'waarde', goedgekeurd: true, leesbaar: false },
      { id: 2, soort: 'waarde', goedgekeurd: true, leesbaar: true },
      { id: 3, soort: 'waarde', goedgekeurd: true },
    ]);
    expect([...geldend]).toEqual([2, 3]);
  });
  it('property: a withdrawn or corrected entry never counts, an unapproved one never counts', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.record({ soort: fc.constantFrom('waarde', 'correctie', 'intrekking'), vervangt: fc.nat(10), goedgekeurd: fc.boolean() }),
        ),
        (rijen) => {
          const boekingen = rijen.map((r, i) => ({
            id: i + 1,
            soort: r.soort as 'waarde' | 'correctie' | 'intrekking',
            goedgekeurd: r.goedgekeurd,
            ...(r.soort === 'waarde' ? {} : { vervangt: r.vervangt }),
          }));
          const geldend = geldendeBoekingen(boekingen);
          for (const b of boekingen) {
            const vervangen = boekingen.some((x) => x.goedgekeurd && x.vervangt === b.id);
            expect(geldend.has(b.id)).toBe(b.goedgekeurd && b.soort !== 'intrekking' && !vervangen);
          }
        },
      ),
    );
  });
});

describe('export and import', () => {
  it('reads an exported set back to the same figures and version', () => {
    const p = effectieveParameters(basisParameters, [wml2027]);
    const json = JSON.parse(JSON.stringify(exporteerRekengegevens(p, 'v42')));
    const { versie, parameters } = leesRekengegevens(json, basisParameters);
    expect(versie).toBe('v42');
    expect(reeksOverzicht(parameters)).toEqual(reeksOverzicht(p));
  });
  it('refuses a document that is not an export, naming the place', () => {
    expect(() => leesRekengegevens({ soort: 'iets' }, basisParameters)).toThrow(/soort/);
    const json = JSON.parse(JSON.stringify(exporteerRekengegevens(basisParameters, 'v1')));
    json.reeksen.wml.waarden[0].waarde.perUur = 'veel';
    expect(() => leesRekengegevens(json, basisParameters)).toThrow(/reeksen\.wml\.waarden\.0\.waarde\.perUur/);
  });
});

describe('aflopendeReeksen', () => {
  it('names the series whose known range ends within the days given', () => {
    const signalen = aflopendeReeksen(effectieveParameters(basisParameters, [wml2027]), datum('2027-05-15'), 60);
    expect(signalen.find((s) => s.reeks === 'wml')).toMatchObject({ bekendTot: '2027-06-30', dagenResterend: 46 });
  });
});
