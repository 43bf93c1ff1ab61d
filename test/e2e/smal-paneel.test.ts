/**
 * The task pane at its narrowest (320 px, Excel's minimum task-pane width) and by keyboard only (issue 11 §5), in
 * headless Chromium against the real local API, with every view including Financiën. The tab bar stays on one row and
 * nothing overflows sideways; the tabs follow the WAI-ARIA tabs pattern; an error sits next to its field with
 * aria-invalid and takes focus; case numbers never break; a chosen case's detail is scrolled into view. Screenshots
 * go to test-artifacts/smal-paneel/.
 */
import type { Locator, Page } from 'playwright-core';
import { GORINCHEM_OP_WACHTLIJST, PaneelSessie, startPaneelSessie } from './hulp/paneel-sessie';

const BREEDTE = 320;
const TABS = ['Formulebouwer', 'Uitleg', 'Casussen', 'Wachtlijst', 'Financiën', 'Sjablonen'];

let sessie: PaneelSessie;
let page: Page;
let casusnummer: string;

beforeAll(async () => {
  sessie = await startPaneelSessie({
    ingang: 'financien-start.ts',
    artefacten: 'smal-paneel',
    breedte: BREEDTE,
    hoogte: 640,
    ...GORINCHEM_OP_WACHTLIJST,
  });
  ({ page, casusnummer } = sessie);
});

afterAll(async () => {
  await sessie?.stop();
});

const tab = (naam: string): Locator => page.getByRole('tab', { name: naam, exact: true });
const focusId = (): Promise<string | undefined> => page.evaluate(() => document.activeElement?.id);
/** How far the page is wider than the viewport (0: no horizontal scrolling). */
const overloop = (): Promise<number> => page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);

async function doos(l: Locator): Promise<{ x: number; y: number; width: number; height: number }> {
  const b = await l.boundingBox();
  if (!b) throw new Error('element niet zichtbaar');
  return b;
}

describe('the task pane at 320 px', () => {
  it('keeps the tab bar on one row inside the pane (scrolling on that row), the chosen tab in sight, and no view overflows sideways', async () => {
    await expect(page.getByRole('tab').allTextContents()).resolves.toEqual(TABS);
    const dozen = await Promise.all(TABS.map((t) => doos(tab(t))));
    expect(new Set(dozen.map((b) => Math.round(b.y))).size).toBe(1);
    const balk = await doos(page.getByRole('tablist'));
    expect(balk.x + balk.width).toBeLessThanOrEqual(BREEDTE);
    for (const t of TABS) {
      await tab(t).click();
      await page.locator('[role=tabpanel]:not([hidden])').waitFor();
      const gekozen = await doos(tab(t));
      expect([t, gekozen.x >= balk.x - 1 && gekozen.x + gekozen.width <= balk.x + balk.width + 1]).toEqual([t, true]);
      expect([t, await overloop()]).toEqual([t, 0]);
    }
    await tab('Formulebouwer').click();
    await page.getByText('Uitkomst: € 1.224,11').waitFor();
    await sessie.foto('formulebouwer-320');
  });

  it('labels the builder fields in words', async () => {
    const labels = await page.locator('#paneel-formulebouwer .velden label').allTextContents();
    expect(labels).toEqual([
      '1. Loonwaarde (optioneel)',
      '2. Uren per week',
      '3. Peildatum',
      '4. Voltijd uren (optioneel)',
      '5. Leeftijd (optioneel)',
      '6. Scenario (optioneel)',
    ]);
  });
});

describe('the tabs by keyboard (WAI-ARIA tabs pattern)', () => {
  it('moves focus and selection with ArrowRight, ArrowLeft, Home and End, one tab in the Tab order', async () => {
    await tab('Formulebouwer').focus();
    const gekozen = async (): Promise<[string | undefined, string | null, boolean]> => {
      const id = await focusId();
      const selected = await page.locator('[role=tab][aria-selected=true]').getAttribute('id');
      const paneel = await page.locator(`#${String(selected).replace('tab-', 'paneel-')}`).isVisible();
      return [id, selected, paneel];
    };
    const stappen: [string, string][] = [
      ['ArrowRight', 'tab-uitleg'],
      ['ArrowRight', 'tab-casussen'],
      ['ArrowLeft', 'tab-uitleg'],
      ['End', 'tab-sjablonen'],
      ['ArrowRight', 'tab-formulebouwer'],
      ['ArrowLeft', 'tab-sjablonen'],
      ['Home', 'tab-formulebouwer'],
    ];
    for (const [toets, doel] of stappen) {
      await page.keyboard.press(toets);
      await expect(gekozen()).resolves.toEqual([doel, doel, true]);
    }
    const tabindex = await page.getByRole('tab').evaluateAll((tabs) => tabs.map((t) => t.getAttribute('tabindex')));
    expect(tabindex).toEqual(['0', '-1', '-1', '-1', '-1', '-1']);
    for (const t of await page.getByRole('tab').all()) {
      expect(await t.getAttribute('aria-controls')).toBe((await t.getAttribute('id'))!.replace('tab-', 'paneel-'));
    }
    // Tab leaves the tab bar (to the sign-in block in development mode, then the shown panel).
    await page.keyboard.press('Tab');
    await expect(page.evaluate(() => document.activeElement?.closest('[role=tablist]') === null)).resolves.toBe(true);
  });
});

describe('errors next to their field', () => {
  it('marks the refused builder argument aria-invalid with its message, and Invoegen moves focus there', async () => {
    const veld = page.locator('#fb-arg-1');
    await veld.fill('45');
    await page.locator('#fb-arg-1-fout').filter({ hasText: 'loonwaarde moet tussen 0 en 1 liggen' }).waitFor();
    await expect(veld.getAttribute('aria-invalid')).resolves.toBe('true');
    await expect(veld.getAttribute('aria-describedby')).resolves.toBe('fb-arg-1-fout fb-arg-1-hulp');
    await page.locator('#fb-arg-2').focus();
    await page.getByRole('button', { name: 'Invoegen in geselecteerde cel' }).click();
    await expect(focusId()).resolves.toBe('fb-arg-1');
    await page.getByText('Verbeter eerst Loonwaarde; de formule is niet ingevoegd.').waitFor();
    await sessie.foto('veldfout-320');
    await veld.fill('0,6');
    await page.getByText('Uitkomst: € 1.224,11').waitFor();
    await expect(veld.getAttribute('aria-invalid')).resolves.toBeNull();
    await expect(veld.getAttribute('aria-describedby')).resolves.toBe('fb-arg-1-hulp');
  });
});

describe('cases at 320 px', () => {
  it('scrolls a chosen case into view, keeps its number on one line, and puts a missing date next to its field', async () => {
    await tab('Casussen').click();
    const paneel = page.locator('#paneel-casussen');
    await paneel.getByLabel('Gemeente').selectOption('Gorinchem');
    await paneel.getByRole('button', { name: 'Zoeken' }).click();
    const knop = paneel.getByRole('button', { name: casusnummer });
    const regel = await page.evaluate(() => parseFloat(getComputedStyle(document.body).lineHeight));
    expect((await doos(knop)).height).toBeLessThan(regel * 1.5);
    await knop.click();
    const kop = paneel.getByRole('heading', { name: `Casus ${casusnummer}` });
    await kop.waitFor();
    await page.waitForFunction(() => Math.abs(document.getElementById('cs-detail')!.getBoundingClientRect().top) < 2);
    expect((await doos(kop.locator('.casusnummer'))).height).toBeLessThan(regel * 1.5);
    await sessie.foto('casus-320');
    expect(await overloop()).toBe(0);

    await paneel.getByRole('button', { name: 'Gebeurtenis vastleggen' }).click();
    const datum = page.locator('#cs-datum');
    await page.locator('#cs-datum-fout').filter({ hasText: 'Vul de datum in.' }).waitFor();
    await expect(datum.getAttribute('aria-invalid')).resolves.toBe('true');
    await expect(datum.getAttribute('aria-describedby')).resolves.toBe('cs-datum-fout');
    await expect(focusId()).resolves.toBe('cs-datum');
  });

  it('keeps case numbers on one line in the waiting list', async () => {
    await tab('Wachtlijst').click();
    const paneel = page.locator('#paneel-wachtlijst');
    await paneel.getByLabel('Gemeente').selectOption('Gorinchem');
    await paneel.getByRole('button', { name: 'Toon wachtlijst' }).click();
    const cel = paneel.locator('#wl-tabel td.casusnummer').first();
    await cel.waitFor();
    await expect(cel.textContent()).resolves.toBe(casusnummer);
    const regels = await cel.evaluate((td) => {
      const bereik = document.createRange();
      bereik.selectNodeContents(td);
      return new Set([...bereik.getClientRects()].map((r) => Math.round(r.top))).size;
    });
    expect(regels).toBe(1);
    await sessie.foto('wachtlijst-320');
    expect(await overloop()).toBe(0);
  });
});

describe('finance at 320 px', () => {
  it('puts a missing amount next to its field with focus, and names no API path when a budget is missing', async () => {
    await tab('Financiën').click();
    await page.locator('#fin-onderdeel').selectOption('buig');
    await page.getByText('Budget vastleggen zoals bekendgemaakt').click();
    await page.getByRole('button', { name: 'Budget vastleggen' }).click();
    await expect(focusId()).resolves.toBe('budget-bedrag');
    await expect(page.locator('#budget-bedrag').getAttribute('aria-invalid')).resolves.toBe('true');
    await page.getByRole('button', { name: 'Toon BUIG' }).click();
    const inhoud = page.locator('#buig-inhoud');
    await inhoud.getByText('nog geen', { exact: false }).first().waitFor();
    expect(await inhoud.textContent()).not.toMatch(/\/api\/|POST|GET /);
    await sessie.foto('financien-320');
    expect(await overloop()).toBe(0);
  });
});
