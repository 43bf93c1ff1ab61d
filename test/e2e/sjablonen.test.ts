/**
 * Templates from the task pane (issue 11 §4) in headless Chromium against the real local API: *Termijnenoverzicht*
 * and *Begroting beschut werk* are inserted as new sheets of the in-memory workbook (a taken name gets a number),
 * and after *Vernieuwen* the template's AVRES cells are computed by the add-in's custom functions.
 */
import type { Page } from 'playwright-core';
import { PaneelSessie, startPaneelSessie } from './hulp/paneel-sessie';

let sessie: PaneelSessie;
let page: Page;
const cel = (adres: string) => page.evaluate((a) => (window as any).avresTest.cel(a), adres);

beforeAll(async () => {
  sessie = await startPaneelSessie({
    ingang: 'paneel-start.ts',
    artefacten: 'sjablonen',
    hoogte: 900,
    casus: { gemeente: 'Gorinchem', route: 'UWV', bsn: '111222333', aanmeldingsdatum: '2026-02-01' },
    gebeurtenissen: [],
  });
  ({ page } = sessie);
  await page.getByRole('tab', { name: 'Sjablonen' }).click();
});

afterAll(async () => {
  await sessie?.stop();
});

describe('templates', () => {
  it('inserts the Termijnenoverzicht as a new sheet whose AVRES cells compute', async () => {
    await page.getByRole('button', { name: 'Termijnenoverzicht invoegen' }).click();
    await page.locator('#sjablonen-status').getByText('Termijnenoverzicht ingevoegd als blad "Termijnen".').waitFor();
    expect((await cel('Termijnen!F2')).formule).toBe('=AVRES.BESLISTERMIJN(C2,D2:E2)');
    await page.getByRole('button', { name: 'Werkmap' }).click();
    await page
      .locator('#vernieuwen-status')
      .getByText(/^Vernieuwd: de werkmap;/)
      .waitFor();
    // 2026-03-02 + 8 weeks, Koningsdag: 2026-04-28 (Beleidsregels art. 5 lid 1; Atw art. 1); with 14 days suspended: 2026-03-23.
    expect((await cel('Termijnen!F2')).waarde).toBe(46140);
    expect((await cel('Termijnen!F3')).waarde).toBe(46104);
    await sessie.foto('termijnen');
  });

  it('gives a second insert a sheet name of its own', async () => {
    await page.getByRole('button', { name: 'Termijnenoverzicht invoegen' }).click();
    await page.locator('#sjablonen-status').getByText('ingevoegd als blad "Termijnen (2)".').waitFor();
    expect((await cel('Termijnen (2)!A2')).waarde).toBe('BW-2026-0001');
  });

  it('inserts the Begroting beschut werk for the coming year, its LKS cells reading the year and scenario cells', async () => {
    await page.getByRole('button', { name: 'Begroting beschut werk invoegen' }).click();
    await page.locator('#sjablonen-status').getByText('ingevoegd als blad "Begroting beschut werk".').waitFor();
    expect((await cel('Begroting beschut werk!B2')).waarde).toBe(new Date().getFullYear() + 1);
    expect((await cel('Begroting beschut werk!I5')).formule).toBe('=DATE($B$2,1,1)');
    expect((await cel('Begroting beschut werk!I6')).formule).toContain('AVRES.LOONKOSTENSUBSIDIE($C6,$D6,I$5,$E6,$F6,$B$3)');
    expect((await cel('Begroting beschut werk!U12')).formule).toBe('=SUM(U6:U11)');
  });
});
