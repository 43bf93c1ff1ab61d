/**
 * The task panes in headless Chromium (issue 4 §4) against the real local API (functions/local-server.ts
 * in its own process, development auth, PGlite in memory). Office.js cannot load here, so the test serves a minimal Office
 * global in its place and the pane's script with the in-memory workbook; everything else — the pages,
 * the panes, the batching client, the API — is the real thing. A screenshot of each pane goes to
 * test-artifacts/ (git-ignored).
 */
import type { Page } from 'playwright-core';
import { GORINCHEM_OP_WACHTLIJST, PaneelSessie, startPaneelSessie } from './hulp/paneel-sessie';

let sessie: PaneelSessie;
let page: Page;
let casusnummer: string;
const api: PaneelSessie['api'] = (...a) => sessie.api(...a);
const foto = (naam: string) => sessie.foto(naam);

beforeAll(async () => {
  sessie = await startPaneelSessie({
    ingang: 'paneel-start.ts',
    artefacten: 'taakvensters',
    hoogte: 900,
    ...GORINCHEM_OP_WACHTLIJST,
  });
  ({ page, casusnummer } = sessie);
});

afterAll(async () => {
  await sessie?.stop();
});

describe('formula builder', () => {
  it('shows LOONKOSTENSUBSIDIE with argument help and source, and previews € 1.224,11 from the API', async () => {
    await page.getByRole('tab', { name: 'Formulebouwer' }).click();
    const paneel = page.locator('#paneel-formulebouwer');
    await expect(paneel.getByLabel('Functie').inputValue()).resolves.toBe('LOONKOSTENSUBSIDIE');
    await paneel.getByText('Uitkomst: € 1.224,11').waitFor();
    await expect(paneel.locator('#fb-formule').textContent()).resolves.toBe('=AVRES.LOONKOSTENSUBSIDIE(0,6;36;"2026-01-01")');
    await expect(paneel.getByText(/^Bron: Pw art\. 10d lid 4/).count()).resolves.toBe(1);
    await expect(paneel.getByText(/loonwaarde als fractie van het WML/).count()).resolves.toBe(1);
    await foto('formulebouwer');
  });

  it('shows the Dutch message of the API for a loonwaarde of 45 instead of 0,45', async () => {
    const paneel = page.locator('#paneel-formulebouwer');
    await paneel.getByLabel(/1\. Loonwaarde/).fill('45');
    await paneel.getByRole('alert').filter({ hasText: 'loonwaarde moet tussen 0 en 1 liggen' }).waitFor();
    await paneel.getByLabel(/1\. Loonwaarde/).fill('0,6');
    await paneel.getByText('Uitkomst: € 1.224,11').waitFor();
  });

  it('inserts the formula into the selected cell', async () => {
    await page.evaluate(() => (window as any).avresTest.werkboek.selecteer('Blad1!C4'));
    await page.getByRole('button', { name: 'Invoegen in geselecteerde cel' }).click();
    await page.getByText('Formule ingevoegd in Blad1!C4.').waitFor();
    const cel = await page.evaluate(() => (window as any).avresTest.cel('Blad1!C4'));
    expect(cel.formule).toBe('=AVRES.LOONKOSTENSUBSIDIE(0.6,36,"2026-01-01")');
  });

  it('previews a date function as a Dutch date (BESLISTERMIJN, Koningsdag 2026)', async () => {
    const paneel = page.locator('#paneel-formulebouwer');
    await paneel.getByLabel('Functie').selectOption('BESLISTERMIJN');
    await paneel.getByText('Uitkomst: di 28 april 2026').waitFor();
  });
});

describe('formula builder from a cell', () => {
  it('opens the formula of the selected cell with its values and references, and writes the edited formula back', async () => {
    await page.evaluate(() => {
      const w = (window as any).avresTest.werkboek;
      w.zet('Blad1!A7', 0.5);
      w.zet('Blad1!D7', null, '=_xldudf_AVRES_LOONKOSTENSUBSIDIE(A7;31,5;"2026-01-01")');
      w.selecteer('Blad1!D7');
    });
    await page.getByRole('tab', { name: 'Formulebouwer' }).click();
    const paneel = page.locator('#paneel-formulebouwer');
    await paneel.getByRole('button', { name: 'Formule uit geselecteerde cel bewerken' }).click();
    await paneel.getByText('Formule uit Blad1!D7 geopend', { exact: false }).waitFor();
    await expect(paneel.getByLabel('Functie').inputValue()).resolves.toBe('LOONKOSTENSUBSIDIE');
    await expect(paneel.getByLabel(/1\. Loonwaarde/).inputValue()).resolves.toBe('A7');
    await expect(paneel.getByLabel(/2\. Uren per week/).inputValue()).resolves.toBe('31,5');
    await paneel.getByLabel(/2\. Uren per week/).fill('36');
    await paneel.locator('#fb-formule', { hasText: '=AVRES.LOONKOSTENSUBSIDIE(A7;36;"2026-01-01")' }).waitFor();
    await paneel.getByRole('button', { name: 'Invoegen in geselecteerde cel' }).click();
    await page.getByText('Formule ingevoegd in Blad1!D7.').waitFor();
    const cel = await page.evaluate(() => (window as any).avresTest.cel('Blad1!D7'));
    expect(cel.formule).toBe('=AVRES.LOONKOSTENSUBSIDIE(A7,36,"2026-01-01")');
  });
});

describe('explanation pane', () => {
  it("explains the selected cell's formula step by step with the legal sources, reading its references", async () => {
    await page.evaluate(() => {
      const w = (window as any).avresTest.werkboek;
      w.zet('Blad1!A2', 0.6);
      w.zet('Blad1!B2', 1224.11, '=AVRES.LOONKOSTENSUBSIDIE(A2,36,"2026-01-01")');
      w.selecteer('Blad1!B2');
    });
    await page.getByRole('tab', { name: 'Uitleg' }).click();
    const paneel = page.locator('#paneel-uitleg');
    await paneel.getByText('LOONKOSTENSUBSIDIE: € 1.224,11').waitFor();
    const stappen = paneel.locator('#uitleg-stappen tbody tr');
    expect(await stappen.count()).toBeGreaterThan(3);
    await expect(paneel.locator('#uitleg-stappen').textContent()).resolves.toMatch(/Pw art\. 10d lid 4/);
    await expect(paneel.locator('#uitleg-stappen').textContent()).resolves.toContain('2.477,95');
    await expect(paneel.locator('#uitleg-stappen').textContent()).resolves.toContain('2.294,40');
    await foto('uitleg');
  });

  it('says so when the selected cell holds no formula', async () => {
    await page.evaluate(() => (window as any).avresTest.werkboek.selecteer('Blad1!A2'));
    await page.locator('#paneel-uitleg').getByText('Deze cel bevat geen formule.', { exact: false }).waitFor();
  });
});

describe('case pane', () => {
  it('finds the case, shows its timeline and the derived beslistermijn', async () => {
    await page.getByRole('tab', { name: 'Casussen' }).click();
    const paneel = page.locator('#paneel-casussen');
    await paneel.getByLabel('Gemeente').selectOption('Gorinchem');
    await paneel.getByRole('button', { name: 'Zoeken' }).click();
    await paneel.getByRole('button', { name: casusnummer }).click();
    await paneel.getByRole('heading', { name: `Casus ${casusnummer}` }).waitFor();
    // Advice 2 March 2026 + 8 weeks = 27 April, Koningsdag, so 28 April (Beleidsregels art. 5 lid 1; Atw art. 1).
    await paneel.getByText('Uiterste beslisdatum indicatie: di 28 april 2026').waitFor();
    // The server's conflict flag (DOMAIN reading 1): the Awb 4:13 term from the aanmelding ends before the policy term.
    await paneel.getByText('Let op: de Awb-termijn vanaf de aanvraag (30-3-2026) eindigt vóór de beleidstermijn (28-4-2026)').waitFor();
    await expect(paneel.locator('#cs-tijdlijn li').allTextContents()).resolves.toEqual([
      expect.stringContaining('Aanmelding'),
      expect.stringContaining('UWV-advies ontvangen (positief)'),
      expect.stringContaining('Besluit indicatie (toegekend)'),
      expect.stringContaining('Op wachtlijst'),
    ]);
  });

  it('records an event with the version it read, and shows the new deadline', async () => {
    const paneel = page.locator('#paneel-casussen');
    await paneel.getByLabel('Soort').selectOption('praktijktoets_start');
    await paneel.getByLabel('Datum', { exact: true }).fill('2026-04-01');
    await paneel.getByRole('button', { name: 'Gebeurtenis vastleggen' }).click();
    await paneel.getByText(/Start praktijktoets op wo 1 april 2026 is vastgelegd/).waitFor();
    // Six months from 1 April end on 30 September (art. 3 lid 1).
    await paneel.getByText('Einde praktijktoets: wo 30 september 2026').waitFor();
    const historie = await api(`/cases/${casusnummer}/events`);
    expect(historie.body.gebeurtenissen.map((g: { soort: string }) => g.soort)).toContain('praktijktoets_start');
    await foto('casussen');
  });

  it('puts the case list into an Excel table', async () => {
    const paneel = page.locator('#paneel-casussen');
    await paneel.getByRole('button', { name: 'Lijst als Excel-tabel' }).click();
    await paneel.getByText('1 casussen staan in Casussen!A1:E2.').waitFor();
    const tabel = await page.evaluate(() => (window as any).avresTest.tabel('AvresCasussen'));
    expect(tabel.kopjes).toEqual(['casusnummer', 'gemeente', 'route', 'status', 'aanmeldingsdatum']);
    expect(tabel.rijen[0].slice(0, 3)).toEqual([casusnummer, 'Gorinchem', 'UWV']);
  });
});

describe('waiting-list pane', () => {
  it('shows the waiting list of Gorinchem and writes it to a sheet', async () => {
    await page.getByRole('tab', { name: 'Wachtlijst' }).click();
    const paneel = page.locator('#paneel-wachtlijst');
    await paneel.getByLabel('Gemeente').selectOption('Gorinchem');
    await paneel.getByRole('button', { name: 'Toon wachtlijst' }).click();
    await paneel.getByText(/Wachtlijst Gorinchem op .* 1 persoon\./).waitFor();
    await expect(paneel.locator('#wl-tabel tbody tr').first().textContent()).resolves.toContain(casusnummer);
    await paneel.getByRole('button', { name: 'Naar werkblad' }).click();
    await paneel.getByText('De wachtlijst staat in Wachtlijst Gorinchem!A1:E2.').waitFor();
    const tabel = await page.evaluate(() => (window as any).avresTest.tabel('Wachtlijst_Gorinchem'));
    expect(tabel.rijen[0].slice(0, 2)).toEqual([1, casusnummer]);
    await foto('wachtlijst');
  });
});
