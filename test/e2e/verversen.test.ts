/**
 * Never a stale cell and the refresh control (issue 11) in headless Chromium against the real local API: cells with
 * WACHTLIJSTPOSITIE and BUIG_SALDO are computed by the add-in's custom functions over its batching client; after a
 * registry change (a case ahead on the list leaves it, a ledger import) *Vernieuwen* shows the new values, with the
 * time and parameter version; a refresh of the selection recalculates only the selected cells.
 */
import type { Page } from 'playwright-core';
import { PaneelSessie, startPaneelSessie } from './hulp/paneel-sessie';

let sessie: PaneelSessie;
let page: Page;
let casusnummer: string;
let voorganger: { casusnummer: string; etag: string };
const api: PaneelSessie['api'] = (...a) => sessie.api(...a);
const cel = (adres: string) => page.evaluate((a) => (window as any).avresTest.cel(a)?.waarde, adres);
const evalueer = async (functie: string, args: unknown[]) =>
  (await api('/evaluate', 'POST', { calls: [{ function: functie, args }] })).body.results[0].value;

beforeAll(async () => {
  sessie = await startPaneelSessie({
    ingang: 'paneel-start.ts',
    artefacten: 'verversen',
    hoogte: 900,
    casus: { gemeente: 'Molenlanden', route: 'UWV', bsn: '111222333', aanmeldingsdatum: '2026-02-01' },
    gebeurtenissen: [
      { soort: 'uwv_advies_ontvangen', datum: '2026-03-02', uitkomst: 'positief' },
      { soort: 'besluit_indicatie', datum: '2026-03-20', uitkomst: 'toegekend' },
      { soort: 'op_wachtlijst', datum: '2026-03-20' },
    ],
  });
  ({ page, casusnummer } = sessie);
  // A case indicated earlier in the same gemeente stands ahead of it on the list.
  const eerder = await api('/cases', 'POST', { gemeente: 'Molenlanden', route: 'UWV', bsn: '123456782', aanmeldingsdatum: '2026-01-05' });
  let etag = eerder.etag!;
  for (const g of [
    { soort: 'uwv_advies_ontvangen', datum: '2026-01-10', uitkomst: 'positief' },
    { soort: 'besluit_indicatie', datum: '2026-01-20', uitkomst: 'toegekend' },
    { soort: 'op_wachtlijst', datum: '2026-01-20' },
  ]) {
    const r = await api(`/cases/${eerder.body.casusnummer}/events`, 'POST', g, etag);
    if (r.status !== 201) throw new Error(JSON.stringify(r.body));
    etag = r.etag!;
  }
  voorganger = { casusnummer: eerder.body.casusnummer, etag };
  const budget = await api('/buig/budgetten', 'POST', {
    gemeente: 'Molenlanden',
    jaar: 2026,
    soort: 'voorlopig',
    bedrag: 2000000,
    publicatiedatum: '2025-09-30',
  });
  if (budget.status !== 201) throw new Error(JSON.stringify(budget.body));
  await page.evaluate((nr) => {
    const w = (window as any).avresTest.werkboek;
    w.zet('Blad1!A1', nr);
    w.zet('Blad1!B1', null, '=AVRES.WACHTLIJSTPOSITIE("Molenlanden",A1,"2026-06-01")');
    w.zet('Blad1!B2', null, '=AVRES.BUIG_SALDO("Molenlanden",2026)');
    w.zet('Blad1!B3', null, '=AVRES.WML("2026-01-01")');
  }, casusnummer);
});

afterAll(async () => {
  await sessie?.stop();
});

describe('refresh control', () => {
  it('computes the cells of the workbook and says when and with which parameter version', async () => {
    await page.getByRole('button', { name: 'Werkmap' }).click();
    await page
      .locator('#vernieuwen-status')
      .getByText(/^Vernieuwd: de werkmap; .* Berekend om \d\d:\d\d:\d\d met parameterversie [0-9a-f]{16}\.$/)
      .waitFor();
    expect(await cel('Blad1!B1')).toBe(2);
    expect(await cel('Blad1!B2')).toBe(await evalueer('BUIG_SALDO', ['Molenlanden', 2026]));
    expect(await cel('Blad1!B3')).toBe(2294.4);
  });

  it('shows the new waiting-list position and BUIG saldo after a registry change', async () => {
    const voor = await cel('Blad1!B2');
    const weg = await api(
      `/cases/${voorganger.casusnummer}/events`,
      'POST',
      { soort: 'dienstverband_start', datum: '2026-05-01', dienstverband: 'tijdelijk', urenPerWeek: 20, loonwaarde: 0.5 },
      voorganger.etag,
    );
    expect(weg.status).toBe(201);
    const csv = 'gemeente;boekdatum;periode;soort;casusnummer;bedrag\nMolenlanden;15-03-2026;2026-03;bijstand;;125.000,00\n';
    const imp = await api('/grootboek/imports', 'POST', { csv, bestandsnaam: 'maart.csv' });
    expect(imp.status).toBe(201);
    await page.getByRole('button', { name: 'Dit blad' }).click();
    await page
      .locator('#vernieuwen-status')
      .getByText(/^Vernieuwd: Blad1; 2 uitkomsten met gewijzigde gegevens opnieuw berekend\./)
      .waitFor();
    expect(await cel('Blad1!B1')).toBe(1);
    const na = await cel('Blad1!B2');
    expect(na).toBe(await evalueer('BUIG_SALDO', ['Molenlanden', 2026]));
    expect(na).not.toBe(voor);
  });

  it('recalculates only the selected cells on a refresh of the selection', async () => {
    await page.evaluate(() => (window as any).avresTest.werkboek.selecteer('Blad1!B2:B3'));
    await page.getByRole('button', { name: 'Selectie', exact: true }).click();
    await page
      .locator('#vernieuwen-status')
      .getByText(/^Vernieuwd: Blad1!B2:B3;/)
      .waitFor();
    const laatste = await page.evaluate(() => (window as any).avresTest.werkboek.herberekend.at(-1));
    expect(laatste).toEqual(['Blad1!B2', 'Blad1!B3']);
  });
});
