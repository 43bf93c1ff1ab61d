/**
 * The "Rekengegevens" pane in headless Chromium against the real local API (as taakvensters.test.ts): everyone sees
 * each series with its known range, statuses and sources; a beheerder records a value (errors beside their field),
 * cannot approve their own entry, a second beheerder approves it in the pane, and the known range moves. The formula
 * builder warns when a peildatum lies past the known figures and points at the raming option.
 */
import type { Page } from 'playwright-core';
import { PaneelSessie, startPaneelSessie } from './hulp/paneel-sessie';

let sessie: PaneelSessie;
let page: Page;

beforeAll(async () => {
  sessie = await startPaneelSessie({
    ingang: 'paneel-start.ts',
    artefacten: 'rekengegevens',
    hoogte: 1400,
    casus: { gemeente: 'Gorinchem', route: 'UWV', bsn: '111222333', aanmeldingsdatum: '2026-02-01' },
    gebeurtenissen: [],
  });
  ({ page } = sessie);
});

afterAll(async () => {
  await sessie?.stop();
});

describe('Rekengegevens pane', () => {
  it('shows every series with its known range, values, statuses and links to the law, and the series ending soon', async () => {
    await page.getByRole('tab', { name: 'Rekengegevens' }).click();
    const paneel = page.locator('#paneel-rekengegevens');
    const wml = paneel.locator('details[data-reeks="wml"]');
    await wml
      .locator('summary')
      .getByText(/^Wettelijk minimumloon.*bekend vanaf 1-1-2024 tot en met /)
      .waitFor();
    await wml.locator('summary').click();
    await expect(wml.locator('a').first().getAttribute('href')).resolves.toContain('https://wetten.overheid.nl/BWBR0002638');
    await expect(wml.locator('tbody').textContent()).resolves.toContain('referentiemaandloon: 2294.4');
    await expect(paneel.locator('details.reeks').count()).resolves.toBeGreaterThanOrEqual(10);
    // Today is 2026-06-01 in this API: the vrijlating caps end on 2026-06-30.
    await paneel
      .locator('#rg-signalen')
      .getByText(/Let op: .*vrijlating.* tot en met 30-6-2026 \(nog 29 dagen\)/)
      .waitFor();
    await sessie.foto('rekengegevens');
  });

  it('puts an error beside the field it concerns', async () => {
    const paneel = page.locator('#paneel-rekengegevens');
    await paneel.getByLabel('Reeks').selectOption('wml');
    await paneel.getByLabel('Geldig vanaf').fill('2027-01-01');
    await paneel.getByLabel('Waarde (JSON)').fill('{"perUur": "15,10", "referentiemaandloon": "2355.60"}');
    await paneel.getByLabel('Publicatie').fill('Stcrt. 2026, 30123');
    await paneel.getByLabel('Regeling').selectOption('WML');
    await paneel.getByLabel('Artikel', { exact: true }).fill('14');
    await paneel.getByRole('button', { name: 'Waarde vastleggen' }).click();
    await paneel.locator('#rg-waarde-fout').getByText(/getal/).waitFor();
    await expect(paneel.getByLabel('Waarde (JSON)').getAttribute('aria-invalid')).resolves.toBe('true');
    await paneel.getByLabel('Publicatie').fill('');
    await paneel.getByLabel('Waarde (JSON)').fill('{"perUur": "15.10", "referentiemaandloon": "2355.60"}');
    await paneel.getByRole('button', { name: 'Waarde vastleggen' }).click();
    await paneel
      .locator('#rg-publicatie-fout')
      .getByText(/noem de publicatie/)
      .waitFor();
  });

  it('records a value that counts only after a second beheerder approves it in the pane', async () => {
    const paneel = page.locator('#paneel-rekengegevens');
    await paneel.getByLabel('Publicatie').fill('Stcrt. 2026, 30123');
    await paneel.getByRole('button', { name: 'Waarde vastleggen' }).click();
    await paneel.getByText('Waarde vastgelegd. Zij telt zodra een andere beheerder haar goedkeurt.').waitFor();
    const boeking = paneel.locator('#rg-boekingen li').first();
    await boeking.getByText(/wacht op goedkeuring/).waitFor();

    await boeking.getByRole('button', { name: /^Goedkeuren/ }).click();
    await paneel.getByRole('alert').filter({ hasText: 'vier ogen: u hebt deze waarde zelf vastgelegd' }).waitFor();

    await page.getByText('Aanmelden (ontwikkeling)').click();
    await page.locator('#ontwikkeltoken').fill(sessie.server.beheerderToken);
    await page.getByRole('button', { name: 'Bewaar token' }).click();
    await paneel
      .locator('#rg-boekingen li')
      .first()
      .getByRole('button', { name: /^Goedkeuren/ })
      .click();
    await paneel.getByText(/is goedgekeurd; de rekengegevens zijn bijgewerkt/).waitFor();
    await paneel
      .locator('details[data-reeks="wml"] summary')
      .getByText(/tot en met 30-6-2027$/)
      .waitFor();
    await paneel.locator('#rg-boekingen li').first().getByText(/geldt/).waitFor();
    await sessie.foto('goedgekeurd');
  });

  it('warns in the formula builder when a peildatum lies past the known figures, pointing at a raming', async () => {
    await page.getByRole('tab', { name: 'Formulebouwer' }).click();
    const paneel = page.locator('#paneel-formulebouwer');
    await paneel.getByLabel('Functie').selectOption('BIJSTANDSNORM');
    const datumVeld = paneel.locator('input[name="peildatum"]');
    await datumVeld.fill('2027-09-01');
    const waarschuwing = paneel.locator('#fb-waarschuwing');
    await waarschuwing.getByText(/Let op: 1-9-2027 ligt na de bekende rekengegevens .*raming-scenario/).waitFor();
    await expect(waarschuwing.textContent()).resolves.toContain('het wettelijk minimumloon tot en met 30-6-2027');
    await datumVeld.fill('2026-03-01');
    await waarschuwing.locator('p').waitFor({ state: 'detached' });
    await sessie.foto('formulebouwer-rand');
  });
});
