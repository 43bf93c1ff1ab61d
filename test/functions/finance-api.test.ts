/**
 * The finance API through the real HTTP server and the real registry: ledger import (all or nothing, 409 on the
 * same content), the LKS reconciliation against the registry's dienstverbanden, BUIG per gemeente (Pw art. 69,
 * 8c, 74) also as BUIG_SALDO, scenarios as the `scenario` argument and side by side with the baseline, and the
 * four-monthly report (Jaarplan ch. 5). Roles: financien writes ledgers and budgets, beleid writes scenarios.
 */
import Decimal from 'decimal.js';
import { berekenLoonkostensubsidie } from '../../shared/rules/loonkostensubsidie';
import { alsCsv, betalingenVoor } from '../support/grootboek-generator';
import { BACKENDS, maakCasusMet, startTestApi, TestApi, verwachtWireStappen } from './helpers';
import { datum, eersteDagVanMaand } from '../../shared/time/datum';

const lksC = (maand: string) => berekenLoonkostensubsidie({ loonwaarde: 0.4, urenPerWeek: 20, peildatum: eersteDagVanMaand(maand) }).waarde;

describe.each(BACKENDS)('finance API on %s', (backend) => {
  let api: TestApi;
  let A: string;
  let C: string;
  let financien: string;
  let beleid: string;

  beforeAll(async () => {
    api = await startTestApi(backend);
    financien = await api.token({ rollen: ['financien'] });
    beleid = await api.token({ rollen: ['beleid'] });
    const toegekend = (datum: string) => ({ soort: 'besluit_indicatie', datum, uitkomst: 'toegekend' });
    A = (
      await maakCasusMet(api, { gemeente: 'Gorinchem', aanmeldingsdatum: '2025-06-02' }, [
        toegekend('2025-09-01'),
        { soort: 'dienstverband_start', datum: '2026-01-01', dienstverband: 'tijdelijk', urenPerWeek: 36, loonwaarde: 0.6 },
      ])
    ).casusnummer;
    await maakCasusMet(api, { gemeente: 'Gorinchem', aanmeldingsdatum: '2025-06-02' }, [
      toegekend('2026-02-10'),
      { soort: 'op_wachtlijst', datum: '2026-02-10' },
    ]);
    C = (
      await maakCasusMet(api, { gemeente: 'Molenlanden', aanmeldingsdatum: '2025-06-02' }, [
        toegekend('2025-10-01'),
        { soort: 'dienstverband_start', datum: '2026-03-16', dienstverband: 'tijdelijk', urenPerWeek: 20, loonwaarde: 0.4 },
      ])
    ).casusnummer;
  });
  afterAll(() => api.sluit());

  const ledger = () => {
    const betalingen = betalingenVoor(2026, [
      { casusnummer: A, gemeente: 'Gorinchem', van: datum('2026-01-01'), tot: datum('2026-10-31'), urenPerWeek: 36, loonwaarde: 0.6 },
      { casusnummer: C, gemeente: 'Molenlanden', van: datum('2026-03-16'), tot: datum('2026-11-30'), urenPerWeek: 20, loonwaarde: 0.4 },
    ]);
    const dubbel = betalingen.find((b) => b.casusnummer === A && b.periode === '2026-03')!;
    return alsCsv(
      [...betalingen, { ...dubbel }],
      [
        { gemeente: 'Gorinchem', periode: '2026-01', bedrag: new Decimal('80000.00') },
        { gemeente: 'Gorinchem', periode: '2026-05', bedrag: new Decimal('81000.00') },
      ],
    );
  };

  it('refuses a file with bad lines, names every one, and stores nothing', async () => {
    const csv = `${ledger()}Utrecht;01-01-2026;2026-01;bijstand;;10,00\r\nGorinchem;01-01-2026;2026-01;bijstand;;10.00\r\n`;
    const r = await api.vraag('POST', '/grootboek/imports', { token: financien, body: { csv, bestandsnaam: 'fout.csv' } });
    expect(r.status).toBe(400);
    expect(r.body.error.code).toBe('ONGELDIGE_REGELS');
    expect(r.body.error.message).toMatch(
      /^2 regels zijn ongeldig; er is niets geïmporteerd\. Eerste: regel \d+: onbekende gemeente "Utrecht"/,
    );
    expect(r.body.error.fouten.map((f: { reden: string }) => f.reden)).toEqual([
      expect.stringMatching(/onbekende gemeente "Utrecht"/),
      expect.stringMatching(/gebruik een komma als decimaalteken/),
    ]);
    expect((await api.vraag('GET', '/grootboek/imports', { token: financien })).body.imports).toEqual([]);
  });

  it('imports a ledger once (201) and answers 409 to the same content again; only financien may import', async () => {
    const csv = ledger();
    expect((await api.vraag('POST', '/grootboek/imports', { token: beleid, body: { csv } })).status).toBe(403);
    const r = await api.vraag('POST', '/grootboek/imports', { token: financien, body: { csv, bestandsnaam: '2026.csv' } });
    expect(r.status).toBe(201);
    expect(r.body.perGemeente.Gorinchem.bijstand).toBe('161000.00');
    const nogEens = await api.vraag('POST', '/grootboek/imports', { token: financien, body: { csv } });
    expect([nogEens.status, nogEens.body.error.code]).toEqual([409, 'AL_GEIMPORTEERD']);
  });

  it("lists exactly the LKS differences of 2026 up to this month, each with the rule's explanation", async () => {
    const r = await api.vraag('GET', '/grootboek/reconciliatie?jaar=2026', { token: await api.token({ rollen: ['controller'] }) });
    expect(r.status).toBe(200);
    expect(r.body.totMaand).toBe('2026-11');
    expect(r.body.verschillen.map((v: Record<string, string>) => [v.gemeente, v.casusnummer, v.maand, v.soort, v.verschil])).toEqual([
      ['Gorinchem', A, '2026-03', 'te_veel_betaald', '1224.11'],
      ['Gorinchem', A, '2026-11', 'niet_betaald', '-1224.11'],
    ]);
    verwachtWireStappen(r.body.verschillen[0].stappen);
    verwachtWireStappen(r.body.stappen);
    const labels = r.body.verschillen[0].stappen.map((s: { label: string }) => s.label);
    expect(labels).toEqual(
      expect.arrayContaining(['Loonkostensubsidie per maand inclusief werkgeverslasten', 'Verwacht volgens de regel']),
    );
    expect(labels.find((l: string) => l.startsWith('Betaald volgens het grootboek'))).toMatch(
      /^Betaald volgens het grootboek: 2 boekingen \(regel \d+ van import \d+, \d+ van import \d+\)$/,
    );
    const ml = r.body.perGemeente.find((g: { gemeente: string }) => g.gemeente === 'Molenlanden');
    // March 16–31 pro rata (16 of 31 days), April–November full
    const verwacht = lksC('2026-03').times(16).div(31).toDecimalPlaces(2, Decimal.ROUND_HALF_UP).plus(lksC('2026-04').times(8));
    expect([ml.verwacht, ml.verschil, ml.aantalVerschillen]).toEqual([verwacht.toFixed(2), '0.00', 0]);
  });

  it('keeps a user to the gemeenten of the token', async () => {
    const alleenMolenlanden = await api.token({ rollen: ['financien'], gemeenten: ['Molenlanden'] });
    const r = await api.vraag('GET', '/grootboek/reconciliatie?jaar=2026&gemeente=Gorinchem', { token: alleenMolenlanden });
    expect(r.status).toBe(403);
    expect(r.body.error.message).toBe('u hebt geen toegang tot de gegevens van Gorinchem; uw gemeenten: Molenlanden');
  });

  it('shows BUIG budget, netto lasten, saldo and vangnet per gemeente, and BUIG_SALDO reads the same', async () => {
    const budget = (b: Record<string, unknown>) => api.vraag('POST', '/buig/budgetten', { token: financien, body: b });
    expect(
      (await budget({ gemeente: 'Gorinchem', jaar: 2025, soort: 'voorlopig', bedrag: 1000000, publicatiedatum: '2024-09-30' })).status,
    ).toBe(201);
    expect(
      (await budget({ gemeente: 'Gorinchem', jaar: 2025, soort: 'definitief', bedrag: '1000000.00', publicatiedatum: '2025-09-30' }))
        .status,
    ).toBe(201);
    const fout = await budget({ gemeente: 'Gorinchem', jaar: 2025, soort: 'definitief', bedrag: '12,5', publicatiedatum: '2025-09-30' });
    expect([fout.status, fout.body.error.field]).toEqual([400, 'bedrag']);
    await api.vraag('POST', '/grootboek/imports', {
      token: financien,
      body: { csv: 'gemeente;boekdatum;periode;soort;casusnummer;bedrag\nGorinchem;15-12-2025;2025-12;bijstand;;1.150.000,00\n' },
    });

    const r = await api.vraag('GET', '/buig?jaar=2025', { token: beleid });
    expect(r.status).toBe(200);
    const g = r.body.gemeenten.find((x: { gemeente: string }) => x.gemeente === 'Gorinchem');
    expect([g.budgetsoort, g.budget, g.nettoLasten, g.saldo, g.vangnet]).toEqual([
      'definitief',
      '1000000.00',
      '1150000.00',
      '-150000.00',
      '50000.00',
    ]);
    expect(g.vangnetToelichting).toMatch(/driejaarsvoorwaarde is niet getoetst/);
    verwachtWireStappen(g.stappen);
    expect(r.body.gemeenten.find((x: { gemeente: string }) => x.gemeente === 'Molenlanden').fout).toBe(
      'Voor Molenlanden is over 2025 nog geen budget vastgelegd; leg het vast in het lint AVRES › Financiën, onderdeel BUIG per gemeente, bij Budget vastleggen zoals bekendgemaakt.',
    );

    const e = await api.vraag('POST', '/evaluate', {
      token: financien,
      body: {
        calls: [
          { function: 'BUIG_SALDO', args: ['Gorinchem', 2025] },
          { function: 'BUIG_SALDO', args: ['Gorinchem', 2025, 'voorlopig'] },
          { function: 'BUIG_SALDO', args: ['Molenlanden', 2025] },
        ],
      },
    });
    expect(e.body.results[0].value).toBe(-150000);
    expect(e.body.results[1].value).toBe(-150000);
    expect(e.body.results[2].error.code).toBe('NIET_GEVONDEN');
    expect(e.body.results[0].steps.map((s: { label: string }) => s.label)).toContain('Netto lasten');
    // Values only (what cells send): the same values and errors, read from the registry without steps.
    const waarden = await api.vraag('POST', '/evaluate', {
      token: financien,
      body: {
        calls: [
          { function: 'BUIG_SALDO', args: ['Gorinchem', 2025] },
          { function: 'BUIG_SALDO', args: ['Molenlanden', 2025] },
        ],
        steps: false,
      },
    });
    expect(waarden.body.results).toEqual([
      { value: -150000, depends: ['buig:Gorinchem'] },
      { error: e.body.results[2].error, depends: ['buig:Molenlanden'] },
    ]);
    const casemanager = await api.vraag('POST', '/evaluate', {
      token: await api.token({ rollen: ['casemanager'] }),
      body: { calls: [{ function: 'BUIG_SALDO', args: ['Gorinchem', 2025] }] },
    });
    expect(casemanager.body.results[0].error.message).toBe('BUIG_SALDO is alleen voor de rollen financien, controller en beleid');
  });

  it('stores a scenario (beleid only), uses it as the scenario argument, and compares it with the baseline', async () => {
    const scenario = {
      naam: 'WML plus 3',
      omschrijving: 'minimumloon 3% hoger',
      wijzigingen: { wmlFactor: 1.03, instroom: { Molenlanden: 1 } },
    };
    expect((await api.vraag('POST', '/scenarios', { token: financien, body: scenario })).status).toBe(403);
    const ongeldig = await api.vraag('POST', '/scenarios', { token: beleid, body: { ...scenario, wijzigingen: { wmlFactor: 3 } } });
    expect([ongeldig.status, ongeldig.body.error.field]).toEqual([400, 'wijzigingen.wmlFactor']);
    expect((await api.vraag('POST', '/scenarios', { token: beleid, body: scenario })).status).toBe(201);

    const e = await api.vraag('POST', '/evaluate', {
      token: financien,
      body: {
        calls: [
          { function: 'LOONKOSTENSUBSIDIE', args: [0.6, 36, '2026-01-01', null, null, 'wml plus 3'] },
          { function: 'LOONKOSTENSUBSIDIE', args: [0.6, 36, '2026-01-01', null, null, 'bestaat niet'] },
        ],
      },
    });
    expect(e.body.results[0].value).toBe(1260.84);
    expect(e.body.results[1].error).toEqual({
      code: 'NIET_GEVONDEN',
      message: 'scenario "bestaat niet" bestaat niet; bekend zijn: WML plus 3',
      argument: 6,
    });

    const v = await api.vraag('GET', `/scenarios/${encodeURIComponent('WML plus 3')}/vergelijking?jaar=2026`, { token: financien });
    expect(v.status).toBe(200);
    const g = v.body.gemeenten.find((x: { gemeente: string }) => x.gemeente === 'Gorinchem');
    // A: 12 months × (1260,84 − 1224,11)
    expect(g.verschil.lksKosten).toBe('440.76');
    verwachtWireStappen(v.body.stappen);
    expect([g.basis.plekkenGerealiseerd, g.scenario.plekkenGerealiseerd, g.basis.buigSaldo]).toEqual(['1.00', '1.00', null]);
    const m = v.body.gemeenten.find((x: { gemeente: string }) => x.gemeente === 'Molenlanden');
    // one extra person at the gemeente's average 20 hours: 0.65 → 1.29 places (2 × 20/31, rounded once)
    expect([m.basis.plekkenGerealiseerd, m.scenario.plekkenGerealiseerd]).toEqual(['0.65', '1.29']);
  });

  it('stores a raming scenario, answers 2027 with it (steps marked raming), and refuses a dated scenario that changes nothing', async () => {
    const niets = await api.vraag('POST', '/scenarios', {
      token: beleid,
      body: { naam: 'WML 2027', ingangsdatum: '2027-01-01', wijzigingen: { wmlFactor: 1.03 } },
    });
    expect([niets.status, niets.body.error.code]).toEqual([400, 'ONGELDIGE_INVOER']);
    expect(niets.body.error.message).toContain('wijzigingen.raming');
    const raming = { naam: 'Begroting 2027', wijzigingen: { raming: { vanaf: '2026-07-01', indexatiePerHalfjaar: 0.025 } } };
    expect((await api.vraag('POST', '/scenarios', { token: beleid, body: raming })).status).toBe(201);

    const e = await api.vraag('POST', '/evaluate', {
      token: financien,
      body: {
        calls: [
          { function: 'LOONKOSTENSUBSIDIE', args: [0.6, 36, '2027-03-01', null, null, 'Begroting 2027'] },
          { function: 'BIJSTANDSNORM', args: ['alleenstaande', '2027-02-01', 1, 'Begroting 2027'] },
          { function: 'LOONKOSTENSUBSIDIE', args: [0.6, 36, '2027-03-01'] },
        ],
      },
    });
    expect([e.body.results[0].value, e.body.results[1].value]).toEqual([1278, 1454.95]);
    expect(e.body.results[0].steps).toContainEqual(
      expect.objectContaining({ value: '2395.43', status: 'raming', scenario: 'Begroting 2027' }),
    );
    expect(e.body.results[2].error).toMatchObject({ code: 'BUITEN_PARAMETERBEREIK', message: expect.stringContaining('raming-scenario') });

    const v = await api.vraag('GET', `/scenarios/${encodeURIComponent('Begroting 2027')}/vergelijking?jaar=2027`, { token: financien });
    expect(v.status).toBe(200);
    expect(v.body.stappen).toContainEqual(expect.objectContaining({ status: 'raming', scenario: 'Begroting 2027' }));
  });

  it('gives the four-monthly report per gemeente and tertiaal, the current one up to today', async () => {
    const r = await api.vraag('GET', '/rapportages/viermaands?jaar=2026&gemeente=Gorinchem', { token: beleid });
    expect(r.status).toBe(200);
    expect(
      r.body.regels.map((x: Record<string, unknown>) => [
        x.tertiaal,
        x.standOp,
        x.instroom,
        x.plaatsingen,
        x.wachtlijstLengte,
        x.plekkenGerealiseerd,
        x.lksUitgaven,
        x.bijstandUitgaven,
      ]),
    ).toEqual([
      [1, '2026-04-30', 1, 1, 1, '1.00', '6120.55', '80000.00'],
      [2, '2026-08-31', 0, 0, 1, '1.00', '4896.44', '81000.00'],
      [3, '2026-11-24', 0, 0, 1, '1.00', '2448.22', '0.00'],
    ]);
    expect(r.body.regels[2].gemiddeldeWachttijdDagen).toBe(287);
    verwachtWireStappen(r.body.stappen);
  });

  it('describes every finance path and body in openapi.json', async () => {
    const r = await api.vraag('GET', '/openapi.json', { token: null });
    for (const pad of [
      '/api/grootboek/imports',
      '/api/grootboek/reconciliatie',
      '/api/buig',
      '/api/buig/budgetten',
      '/api/scenarios',
      '/api/scenarios/{naam}/vergelijking',
      '/api/rapportages/viermaands',
    ]) {
      expect(r.body.paths[pad]).toBeDefined();
    }
    expect(Object.keys(r.body.components.schemas)).toEqual(expect.arrayContaining(['GrootboekImport', 'BuigBudget', 'Scenario']));
  });
});
