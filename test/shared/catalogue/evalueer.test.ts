import { catalogus, type RegisterToegang } from '../../../shared/catalogue';
import { scenarioParameters } from '../../../shared/parameters/scenario';
import {
  alsAanroepResultaat,
  AntwoordSchrijver,
  batchAntwoordJson,
  evalueer,
  evalueerBatch,
  leestRegister,
  type BatchResultaat,
} from '../../../shared/catalogue/evalueer';
import { StapTabel } from '../../../shared/catalogue/staptabel';
import { staptabelAntwoordSchema, uitgeschreven, type AanroepResultaat } from '../../../shared/schemas/evaluate';
import type { Stap } from '../../../shared/uitleg';
import { datum } from '../../../shared/time/datum';
import { alsLksAanroep, lksInvoerGenerator } from '../../support/lks-invoer';

const ctx = { vandaag: datum('2026-11-24') };

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
    expect(alsAanroepResultaat(lks!)).toMatchObject({ steps: expect.arrayContaining([expect.objectContaining({ value: '2477.95' })]) });
    expect(batchAntwoordJson([lks!, termijn!])).toContain('2477.95');
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

  // The rules trust a Datum; a bad peildatum is refused where the cell value becomes one, naming its argument.
  it.each([
    ['LOONKOSTENSUBSIDIE', [0.6, 36, '2026-02-30'], 3],
    ['WML', ['1-1-2026'], 1],
    ['BIJSTANDSNORM', ['alleenstaande', '2026-13-01', 1], 2],
    ['VRIJLATING', [800, 'januari', 30, 1], 2],
  ])('refuses a peildatum that is no date in %s', async (functie, args, argument) => {
    const [r] = await evalueerBatch([{ function: functie, args }], ctx);
    expect(r).toEqual({
      error: { code: 'ONGELDIGE_INVOER', argument, message: expect.stringContaining('peildatum is geen geldige datum') },
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
      expect(batchAntwoordJson(results)).toBe(JSON.stringify({ results: results.map(alsAanroepResultaat) }));
    }
  });

  describe('the answer text on random LKS results', () => {
    const calls = Array.from({ length: 2000 }, lksInvoerGenerator(20261124)).map(alsLksAanroep);
    const register = { 'wachtlijst:Gorinchem': 3, 'scenario:raming': 0 };
    const markering: Stap = {
      label: 'WML',
      waarde: '2337.00',
      bron: { regeling: 'WML', artikel: '8' },
      status: { status: 'raming', scenario: 'hoog' },
    };
    /** Errors and depends among the results, and a step with a status, as the API gives them. */
    const gemengd = (results: BatchResultaat[]): BatchResultaat[] =>
      results.map((r, i) => {
        if (i % 97 === 0) return { ...r, depends: ['wachtlijst:Gorinchem'] };
        if (i % 89 === 0 && 'uitleg' in r) return { ...r, uitleg: { stappen: [...r.uitleg.stappen, markering] } };
        return r;
      });
    /**
     * The step-table answer as the contract defines it: distinct steps by their JSON, each `[labelRef, value, status?,
     * scenario?]` where it first appears in the results and its number (0, 1, … in that order) after that; distinct
     * (label, source) pairs numbered likewise, in `stepLabels`, unless `labels` gives their order.
     */
    const tabelVan = (results: readonly AanroepResultaat[], labels: { label: string; source: string }[] = []) => {
      const nummers = new Map<string, number>();
      const stepLabels = [...labels];
      const labelNummers = new Map(stepLabels.map((l, i) => [JSON.stringify([l.label, l.source]), i]));
      const verwezen = results.map((r) => {
        if ('error' in r || !r.steps) return r;
        const { steps: stappen, depends, ...rest } = r;
        const stepRefs = stappen.map((s) => {
          const t = JSON.stringify(s);
          const bekend = nummers.get(t);
          if (bekend !== undefined) return bekend;
          nummers.set(t, nummers.size);
          const l = JSON.stringify([s.label, s.source]);
          if (!labelNummers.has(l)) labelNummers.set(l, stepLabels.push({ label: s.label, source: s.source }) - 1);
          const extra = s.scenario !== undefined ? [s.status, s.scenario] : s.status !== undefined ? [s.status] : [];
          return [labelNummers.get(l)!, s.value, ...extra];
        });
        return { ...rest, stepRefs, ...(depends ? { depends } : {}) };
      });
      return { results: verwezen, stepLabels };
    };

    it.each([true, false])('is the text of JSON.stringify (steps: %p)', async (stappen) => {
      const results = gemengd(await evalueerBatch(calls, ctx, { stappen }));
      expect(results.some((r) => 'error' in r)).toBe(true);
      const geschreven = results.map(alsAanroepResultaat);
      if (stappen) expect(geschreven.some((r) => 'steps' in r && r.steps?.some((s) => s.status === 'raming'))).toBe(true);
      expect(batchAntwoordJson(results)).toBe(JSON.stringify({ results: geschreven }));
      expect(batchAntwoordJson(results, register)).toBe(JSON.stringify({ results: geschreven, register }));
    });

    /**
     * Every catalogue function's example, steps on figures that are not vastgesteld, errors and the random LKS calls;
     * last the calls on a raming scenario, which read the registry and so are numbered when their reads come back.
     */
    const raming = { vanaf: datum('2026-07-01'), indexatiePerHalfjaar: 0.02 };
    const scenario = async (naam: string) => scenarioParameters({ naam, wijzigingen: { raming } });
    const metScenario = { ...ctx, register: { scenario } as unknown as RegisterToegang };
    const gemengdeCalls = [
      ...catalogus.map((f) => ({ function: f.naam, args: f.voorbeeld.args })),
      { function: 'WML', args: ['2026-08-01'] },
      { function: 'LOONKOSTENSUBSIDIE', args: [0.6, 36, '2027-03-01'] },
      { function: 'LOONKOSTENSUBSIDIE', args: [1.6, 36, '2026-01-01'] },
      ...calls,
      { function: 'WML', args: ['2027-02-01', 18, null, 'raming'] },
      { function: 'LOONKOSTENSUBSIDIE', args: [0.6, 36, '2027-03-01', null, null, 'raming'] },
    ];
    /** Depends among the results, as the API adds them. */
    const metAfhankelijkheden = <R extends object>(results: R[]): R[] =>
      results.map((r, i) => (i % 97 === 0 ? { ...r, depends: ['wachtlijst:Gorinchem'] } : r));
    /** The mixed batch with its steps written out, and evaluated into a step table. */
    const beide = async () => {
      const uitgelegd = metAfhankelijkheden(await evalueerBatch(gemengdeCalls, metScenario));
      const geschreven = uitgelegd.map(alsAanroepResultaat);
      const tabel = new StapTabel();
      const genummerd = metAfhankelijkheden(await evalueerBatch(gemengdeCalls, metScenario, { stapTabel: tabel }));
      return { uitgelegd, geschreven, tabel, genummerd };
    };

    it('is the text of JSON.stringify of the step-table answer, each step given where it first appears', async () => {
      const { uitgelegd, geschreven, tabel, genummerd } = await beide();
      const statussen = new Set(geschreven.flatMap((r) => ('steps' in r && r.steps ? r.steps.map((s) => s.status) : [])));
      expect([...statussen].sort()).toEqual(['aangekondigd', 'onbevestigd', 'raming', undefined]);
      expect(geschreven.some((r) => 'error' in r)).toBe(true);
      expect(genummerd.every((r) => !('steps' in r))).toBe(true);
      expect(batchAntwoordJson(genummerd, register, { stapTabel: tabel })).toBe(JSON.stringify({ ...tabelVan(geschreven), register }));
      expect(batchAntwoordJson([], undefined, { stapTabel: new StapTabel() })).toBe('{"results":[],"stepLabels":[]}');
      // A table and the results evaluated into it go together.
      expect(() => batchAntwoordJson(genummerd)).toThrow(/staptabel/);
      expect(() => batchAntwoordJson(uitgelegd, register, { stapTabel: new StapTabel() })).toThrow(/staptabel/);
      expect(() => alsAanroepResultaat(genummerd.find((r) => 'stepRefs' in r)!)).toThrow(/staptabel/);
    });

    it('numbers the steps in the order the answer gives them, also when a call read the registry and was numbered last', async () => {
      const voorop = [...gemengdeCalls.slice(-2), ...gemengdeCalls.slice(0, -2)];
      const geschreven = (await evalueerBatch(voorop, metScenario)).map(alsAanroepResultaat);
      const tabel = new StapTabel();
      const genummerd = await evalueerBatch(voorop, metScenario, { stapTabel: tabel });
      // The table numbered the scenario calls' steps after the others', though they come first in the answer.
      expect(Math.min(...(genummerd[0] as { stepRefs: number[] }).stepRefs)).toBeGreaterThan(100);
      const antwoord = batchAntwoordJson(genummerd, undefined, { stapTabel: tabel });
      // Labels keep the table's order (the order the rules gave them); the steps take the answer's.
      const { stepLabels } = JSON.parse(antwoord) as { stepLabels: { label: string; source: string }[] };
      expect(antwoord).toBe(JSON.stringify(tabelVan(geschreven, stepLabels)));
      expect(uitgeschreven(staptabelAntwoordSchema.parse(JSON.parse(antwoord)))).toEqual(
        JSON.parse(JSON.stringify({ results: geschreven })),
      );
    });

    it('is the same text written run by run, as the API streams it', async () => {
      const { uitgelegd, tabel, genummerd } = await beide();
      const runs = [0, 1, 7, 500, 0, 1200];
      const inStukken = (results: readonly BatchResultaat[], schrijver: AntwoordSchrijver) => {
        let tekst = '';
        let i = 0;
        for (const n of runs) tekst += schrijver.resultaten(results.slice(i, (i += n)));
        return tekst + schrijver.resultaten(results.slice(i)) + schrijver.slot(register);
      };
      expect(inStukken(genummerd, new AntwoordSchrijver(tabel))).toBe(batchAntwoordJson(genummerd, register, { stapTabel: tabel }));
      expect(inStukken(uitgelegd, new AntwoordSchrijver())).toBe(batchAntwoordJson(uitgelegd, register));
      expect(new AntwoordSchrijver().slot()).toBe('{"results":[]}');
      // Evaluated run by run into one table, the calls that read no registry are numbered as in one go.
      const zuiver = gemengdeCalls.filter((c) => !leestRegister(c));
      const inEen = new StapTabel();
      const geheel = batchAntwoordJson(await evalueerBatch(zuiver, ctx, { stapTabel: inEen }), undefined, { stapTabel: inEen });
      const perRun = new StapTabel();
      const schrijver = new AntwoordSchrijver(perRun);
      let gestroomd = '';
      for (let i = 0; i < zuiver.length; i += 333)
        gestroomd += schrijver.resultaten(await evalueerBatch(zuiver.slice(i, i + 333), ctx, { stapTabel: perRun }));
      expect(gestroomd + schrijver.slot()).toBe(geheel);
    });

    it('gives back every result with its steps, written out, through uitgeschreven', async () => {
      const { geschreven, tabel, genummerd } = await beide();
      const antwoord = staptabelAntwoordSchema.parse(JSON.parse(batchAntwoordJson(genummerd, register, { stapTabel: tabel })));
      expect(uitgeschreven(antwoord)).toEqual(JSON.parse(JSON.stringify({ results: geschreven, register })));
      // Labels and sources travel once: a few dozen (label, source) pairs for thousands of distinct steps.
      const alleenLks = new StapTabel();
      const lks = staptabelAntwoordSchema.parse(
        JSON.parse(batchAntwoordJson(await evalueerBatch(calls, ctx, { stapTabel: alleenLks }), undefined, { stapTabel: alleenLks })),
      );
      expect(lks.stepLabels.length).toBeLessThan(40);
      const gegeven = lks.results.flatMap((r) => ('stepRefs' in r ? r.stepRefs.filter((e) => typeof e !== 'number') : []));
      const verwezen = lks.results.flatMap((r) => ('stepRefs' in r ? r.stepRefs.filter((e) => typeof e === 'number') : []));
      expect(gegeven.length).toBeGreaterThan(4_000);
      expect(new Set(gegeven.map((e) => JSON.stringify(e))).size).toBe(gegeven.length);
      expect(verwezen.length).toBeGreaterThan(gegeven.length);
    });
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

  it('treats an empty optional range (E6:F6 with both cells empty) as not given', async () => {
    const [leeg, zonder] = await evalueerBatch(
      [
        { function: 'VANGNETUITKERING', args: [10000000, 11500000, [[null, '']]] },
        { function: 'VANGNETUITKERING', args: [10000000, 11500000] },
      ],
      ctx,
    );
    expect(leeg).toEqual(zonder);
    expect(leeg).toMatchObject({ value: 500000 });
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
