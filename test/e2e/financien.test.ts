/**
 * The finance panes in headless Chromium against the real local API in its own process (development auth,
 * PGlite in memory, today 1 June 2026). Office.js cannot load here: a minimal Office global stands in, the
 * workbook is in memory; the panes, the finance client, the shared parser and the API are the real thing.
 * A finance user imports a ledger range with a progress bar, sees the LKS differences written to a sheet with
 * their explanation and a chart, and writes the four-monthly report; a policy user compares a scenario.
 */
import type { Page } from 'playwright-core';
import { PaneelSessie, startPaneelSessie } from './hulp/paneel-sessie';

let sessie: PaneelSessie;
let page: Page;
let casusnummer: string;
const api: PaneelSessie['api'] = (...a) => sessie.api(...a);
const foto = (naam: string) => sessie.foto(naam);

beforeAll(async () => {
  sessie = await startPaneelSessie({
    ingang: 'financien-start.ts',
    artefacten: 'financien',
    hoogte: 1000,
    casus: { gemeente: 'Gorinchem', route: 'UWV', bsn: '111222333', aanmeldingsdatum: '2025-06-02' },
    gebeurtenissen: [
      { soort: 'besluit_indicatie', datum: '2025-09-01', uitkomst: 'toegekend' },
      { soort: 'dienstverband_start', datum: '2026-01-01', dienstverband: 'tijdelijk', urenPerWeek: 36, loonwaarde: 0.6 },
    ],
  });
  ({ page, casusnummer } = sessie);
  await page.getByRole('tab', { name: 'Financiën' }).click();
});

afterAll(async () => {
  await sessie?.stop();
});

/** Puts a ledger range on sheet Grootboek from row 3 and selects it. */
async function zetBereik(rijen: (string | number)[][]): Promise<void> {
  await page.evaluate((r) => {
    const w = (window as any).avresTest.werkboek;
    const kol = 'ABCDEF';
    r.forEach((rij: unknown[], i: number) => rij.forEach((v, k) => w.zet(`Grootboek!${kol[k]}${i + 3}`, v)));
    w.selecteer(`Grootboek!A3:F${r.length + 2}`);
  }, rijen);
}

const KOP = ['gemeente', 'boekdatum', 'periode', 'soort', 'casusnummer', 'bedrag'];

describe('finance panes', () => {
  it('refuses a range with a bad line, naming its sheet row and the reason, and stores nothing', async () => {
    await page.locator('#fin-onderdeel').selectOption('import');
    await zetBereik([
      KOP,
      ['Gorinchem', 46078, '2026-01', 'lks', 'BW-X', 1224.11],
      ['Gorinchem', 46078, '2026-02', 'lks', 'BW-X', '12,3,4'],
    ]);
    await page.getByRole('button', { name: 'Importeer geselecteerd bereik' }).click();
    await page.getByText('1 regel is ongeldig; er is niets geïmporteerd.', { exact: false }).waitFor();
    await expect(page.locator('#imp-fouten tbody tr').allTextContents()).resolves.toEqual([
      expect.stringMatching(/^5bedrag "12,3,4" is geen bedrag/),
    ]);
    expect((await api('/grootboek/imports')).body.imports).toEqual([]);
  });

  it('imports a range with the progress bar reaching the end, and recognises the same range a second time', async () => {
    await zetBereik([KOP, ...['01', '02', '03', '04'].map((m) => ['Gorinchem', `25-${m}-2026`, `2026-${m}`, 'lks', casusnummer, 1224.11])]);
    await page.getByRole('button', { name: 'Importeer geselecteerd bereik' }).click();
    await page.getByText(/^Import \d+: 4 regels, totaal € 4\.896,44\.$/).waitFor();
    await expect(page.locator('#imp-voortgang').evaluate((e) => (e as HTMLProgressElement).value)).resolves.toBe(100);
    await foto('import');
    await page.getByRole('button', { name: 'Importeer geselecteerd bereik' }).click();
    await page.getByText(/Deze boekingen zijn al geïmporteerd/).waitFor();
  });

  it("writes the LKS differences to a sheet: May and June unpaid, with the rule's explanation and a chart", async () => {
    await page.locator('#fin-onderdeel').selectOption('lks');
    await page.getByRole('button', { name: 'Verschillen naar werkblad' }).click();
    await page.getByText('2 verschillen; op werkblad LKS-verschillen 2026.').waitFor();
    const delen = await page.evaluate(() => (window as any).avresTest.blad('LKS-verschillen 2026'));
    expect(delen[0].grafiek).toEqual({ titel: 'LKS: regel tegen grootboek', soort: 'kolommen', categorie: 0, reeksen: [1, 2] });
    expect(delen[1].tabel.rijen.map((r: unknown[]) => r.slice(0, 7))).toEqual([
      ['Gorinchem', casusnummer, '2026-05', 'niet betaald', 1224.11, 0, -1224.11],
      ['Gorinchem', casusnummer, '2026-06', 'niet betaald', 1224.11, 0, -1224.11],
    ]);
    expect(delen[1].tabel.rijen[0][7]).toMatch(/Loonkostensubsidie per maand inclusief werkgeverslasten: 1224\.11/);
    await foto('lks-verschillen');
  });

  it('lets a policy user define a scenario and writes the comparison beside the baseline', async () => {
    await page.locator('#fin-onderdeel').selectOption('scenario');
    await page.locator('#fin-scenario summary').click();
    await page.getByLabel('Naam').fill('WML plus 3');
    await page.getByLabel('Minimumloon × factor').fill('1.03');
    await page.getByRole('button', { name: 'Scenario vastleggen' }).click();
    await page.getByText('Scenario "WML plus 3" vastgelegd (versie 1).', { exact: false }).waitFor();
    await page.locator('#sc-gemeente').selectOption('Gorinchem');
    await page.getByRole('button', { name: 'Vergelijking naar werkblad' }).click();
    await page.getByText('De vergelijking staat op werkblad Scenario WML plus 3.').waitFor();
    const delen = await page.evaluate(() => (window as any).avresTest.blad('Scenario WML plus 3'));
    // 12 × 1224,11 against 12 × 1260,84
    expect(delen[0].tabel.rijen[0]).toEqual(['Gorinchem', 'LKS-kosten (€)', 14689.32, 15130.08, 440.76]);
    await foto('scenario');
  });

  it('writes the four-monthly report with charts of spend and places', async () => {
    await page.locator('#fin-onderdeel').selectOption('rapportage');
    await page.locator('#rap-gemeente').selectOption('Gorinchem');
    await page.getByRole('button', { name: 'Rapportage naar werkblad' }).click();
    await page.getByText('De rapportage (2 regels) staat op werkblad Viermaands 2026.').waitFor();
    const delen = await page.evaluate(() => (window as any).avresTest.blad('Viermaands 2026'));
    expect(delen.map((d: { grafiek?: { titel: string } }) => d.grafiek?.titel)).toEqual([
      undefined,
      'Uitgaven per tertiaal',
      'Plekken gerealiseerd tegen gefinancierd',
    ]);
    expect(delen[1].tabel.rijen).toEqual([
      ['Gorinchem T1', 4896.44, 0],
      ['Gorinchem T2', 0, 0],
    ]);
  });
});
