import { batchAntwoordJson, catalogus, evalueer, evalueerBatch, RegisterToegang, zoekFunctie } from '../../shared/catalogue';
import { DomeinFout } from '../../shared/errors';
import { scenarioParameters } from '../../shared/parameters/scenario';

const ctx = { vandaag: '2026-11-24' };

/** The functions of DOMAIN.md, in its order. */
const DOMEIN = [
  'LOONKOSTENSUBSIDIE',
  'BESLISTERMIJN',
  'WACHTLIJSTPOSITIE',
  'PRAKTIJKTOETS_EINDE',
  'TIJDELIJK_DIENSTVERBAND_EINDE',
  'VAST_DIENSTVERBAND_VANAF',
  'TAAKSTELLING_PLEKKEN',
  'BEGELEIDINGSKOSTEN',
  'VANGNETUITKERING',
  'DWANGSOM',
  'VRIJLATING',
  'BIJSTANDSNORM',
  'WML',
  'UITLEG',
];

describe('the catalogue', () => {
  it('holds every function of DOMAIN.md', () => {
    for (const naam of DOMEIN) expect(zoekFunctie(naam)?.naam).toBe(naam);
  });

  it('describes every function and argument in Dutch with a legal source', () => {
    for (const f of catalogus) {
      expect(f.beschrijving.length).toBeGreaterThan(10);
      expect(f.bron.length).toBeGreaterThan(5);
      for (const a of f.argumenten) expect(a.beschrijving.length).toBeGreaterThan(3);
    }
  });

  it.each(catalogus.filter((f) => !['WACHTLIJSTPOSITIE', 'BUIG_SALDO', 'UITLEG'].includes(f.naam)).map((f) => [f.naam, f] as const))(
    'computes the worked example of %s as documented',
    async (_naam, f) => {
      const r = await evalueer({ function: f.naam, args: f.voorbeeld.args }, ctx);
      if ('error' in r) throw new Error(r.error.message);
      const verwacht = f.resultaat === 'bedrag' ? Number(f.voorbeeld.uitkomst) : f.voorbeeld.uitkomst;
      expect(f.resultaat === 'getal' ? String(r.value) : r.value).toEqual(verwacht);
      expect(r.steps?.length).toBeGreaterThan(0);
      for (const s of r.steps ?? []) expect(s.source.length).toBeGreaterThan(2);
    },
  );
});

describe('the batch contract', () => {
  it('answers the DOMAIN.md examples: LKS 1224.11 and BESLISTERMIJN 2026-04-28 with their steps', async () => {
    const [lks, termijn] = await evalueerBatch(
      [
        { function: 'LOONKOSTENSUBSIDIE', args: [0.6, 36, '2026-01-01'] },
        { function: 'BESLISTERMIJN', args: ['2026-03-02'] },
      ],
      ctx,
    );
    expect(lks).toMatchObject({ value: 1224.11 });
    expect(termijn).toMatchObject({ value: '2026-04-28' });
    expect(JSON.stringify(lks)).toContain('2477.95');
  });

  it('never lets a bad call fail the others', async () => {
    const r = await evalueerBatch(
      [
        { function: 'LOONKOSTENSUBSIDIE', args: [1.45, 36, '2026-01-01'] },
        { function: 'WML', args: ['2026-01-01'] },
        { function: 'BESTAAT_NIET', args: [] },
        { function: 'BESLISTERMIJN', args: ['2026-02-30'] },
      ],
      ctx,
    );
    expect(r[0]).toEqual({
      error: { code: 'ONGELDIGE_INVOER', message: expect.stringContaining('loonwaarde moet tussen 0 en 1 liggen'), argument: 1 },
    });
    expect(r[1]).toMatchObject({ value: 2294.4 });
    expect(r[2]).toMatchObject({ error: { code: 'ONBEKENDE_FUNCTIE' } });
    expect(r[3]).toMatchObject({
      error: { code: 'ONGELDIGE_INVOER', argument: 1, message: expect.stringContaining('geen geldige datum') },
    });
  });

  it('answers values only when asked without steps, for cells', async () => {
    const calls = [
      { function: 'LOONKOSTENSUBSIDIE', args: [0.6, 36, '2026-01-01'] },
      { function: 'WML', args: ['2023-01-01'] },
    ];
    const [waarde, fout] = await evalueerBatch(calls, ctx, { stappen: false });
    expect(waarde).toEqual({ value: 1224.11 });
    expect(fout).toMatchObject({ error: { code: 'BUITEN_PARAMETERBEREIK' } });
  });

  it('writes the batch answer as the same JSON as JSON.stringify', async () => {
    const calls = [
      { function: 'LOONKOSTENSUBSIDIE', args: [0.6, 36, '2026-01-01'] },
      { function: 'LOONKOSTENSUBSIDIE', args: [0.6, 36, '2026-01-01'] },
      { function: 'BESLISTERMIJN', args: ['2026-03-02'] },
      { function: 'WML', args: ['x'] },
    ];
    for (const stappen of [true, false]) {
      const results = await evalueerBatch(calls, ctx, { stappen });
      expect(batchAntwoordJson(results)).toBe(JSON.stringify({ results }));
    }
  });

  it('accepts Excel serials for dates and null or missing optional arguments', async () => {
    const [serial, metNull] = await evalueerBatch(
      [
        { function: 'BESLISTERMIJN', args: [46083] },
        { function: 'LOONKOSTENSUBSIDIE', args: [0.6, 36, '2026-01-01', null, null, null] },
      ],
      ctx,
    );
    expect(serial).toMatchObject({ value: '2026-04-28' });
    expect(metNull).toMatchObject({ value: 1224.11 });
  });

  it('treats an empty loonwaarde as the Pw 10d lid 5 forfait of 50%', async () => {
    const r = await evalueer({ function: 'LOONKOSTENSUBSIDIE', args: [null, 36, '2026-01-01'] }, ctx);
    // 2477.95 × 50% = 1238.98 (half up); + 23.5% = 291.16
    expect(r).toMatchObject({ value: 1530.14 });
  });

  it('names the missing required argument and the known range of a parameter', async () => {
    const [ontbreekt, bereik] = await evalueerBatch(
      [
        { function: 'LOONKOSTENSUBSIDIE', args: [0.6] },
        { function: 'WML', args: ['2023-06-01'] },
      ],
      ctx,
    );
    expect(ontbreekt).toMatchObject({ error: { argument: 2, message: expect.stringContaining('uren_per_week ontbreekt') } });
    expect(bereik).toMatchObject({ error: { code: 'BUITEN_PARAMETERBEREIK', message: expect.stringContaining('1-1-2024') } });
  });

  it('refuses surplus arguments instead of ignoring them', async () => {
    const r = await evalueer({ function: 'WML', args: ['2026-01-01', 30, 'maand', null, 'extra'] }, ctx);
    expect(r).toMatchObject({ error: { code: 'ONGELDIGE_INVOER', argument: 5 } });
  });

  it('explains WACHTLIJSTPOSITIE is only available through the API on the command line', async () => {
    const r = await evalueer({ function: 'WACHTLIJSTPOSITIE', args: ['Gorinchem', 'BW-1'] }, ctx);
    expect(r).toMatchObject({ error: { code: 'NIET_BESCHIKBAAR' } });
  });
});

describe('the scenario argument', () => {
  const register = {
    wachtlijstpositie: () => Promise.reject(new Error('niet gebruikt')),
    scenario: async (naam: string) => {
      if (naam !== 'wml-plus-10') throw new DomeinFout('NIET_GEVONDEN', `scenario "${naam}" bestaat niet`);
      return scenarioParameters({ naam, wijzigingen: { wmlFactor: 1.1 } });
    },
  } as unknown as RegisterToegang;
  const metRegister = { ...ctx, register };

  it('is the last, optional argument of every rule with legal figures', () => {
    for (const f of catalogus.filter((c) => !['WACHTLIJSTPOSITIE', 'BUIG_SALDO', 'UITLEG'].includes(c.naam))) {
      expect(f.argumenten.at(-1)).toMatchObject({ naam: 'scenario', optioneel: true });
    }
  });

  it("replaces the law's figures with the scenario's: WML 2026 × 1.1 = 2523.84", async () => {
    const [wet, scenario] = await evalueerBatch(
      [
        { function: 'WML', args: ['2026-01-01'] },
        { function: 'WML', args: ['2026-01-01', null, null, 'wml-plus-10'] },
      ],
      metRegister,
    );
    expect(wet).toMatchObject({ value: 2294.4 });
    expect(scenario).toMatchObject({ value: 2523.84 });
  });

  it('names the scenario argument when the scenario does not exist, or on the command line', async () => {
    const onbekend = await evalueer({ function: 'BIJSTANDSNORM', args: ['gehuwden', '2026-01-01', null, 'bestaat-niet'] }, metRegister);
    expect(onbekend).toMatchObject({ error: { code: 'NIET_GEVONDEN', argument: 4 } });
    const cli = await evalueer({ function: 'LOONKOSTENSUBSIDIE', args: [0.6, 36, '2026-01-01', null, null, 'wml-plus-10'] }, ctx);
    expect(cli).toMatchObject({ error: { code: 'NIET_BESCHIKBAAR', argument: 6 } });
  });
});

describe('UITLEG', () => {
  it('spills the steps of another function as a table: stap, waarde, bron', async () => {
    const r = await evalueer({ function: 'UITLEG', args: ['LOONKOSTENSUBSIDIE', 0.6, 36, '2026-01-01'] }, ctx);
    if ('error' in r) throw new Error(r.error.message);
    const tabel = r.value as string[][];
    expect(tabel[0]).toEqual(['stap', 'waarde', 'bron']);
    expect(tabel.length).toBeGreaterThan(3);
    expect(tabel.flat()).toContain('2477.95');
  });

  it("passes on the error of the explained function, pointing at UITLEG's own argument", async () => {
    const r = await evalueer({ function: 'UITLEG', args: ['BESLISTERMIJN', 'gisteren'] }, ctx);
    expect(r).toMatchObject({ error: { code: 'ONGELDIGE_INVOER', argument: 2 } });
    const lks = await evalueer({ function: 'UITLEG', args: ['LOONKOSTENSUBSIDIE', 0.6, 36, '2026-01-01', null, null, 'geen'] }, ctx);
    expect(lks).toMatchObject({ error: { code: 'NIET_BESCHIKBAAR', argument: 7 } });
  });

  it('rejects an unknown function name with the list of known ones', async () => {
    const r = await evalueer({ function: 'UITLEG', args: ['LKS'] }, ctx);
    expect(r).toMatchObject({ error: { code: 'ONBEKENDE_FUNCTIE', message: expect.stringContaining('LOONKOSTENSUBSIDIE') } });
  });
});
