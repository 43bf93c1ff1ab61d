/**
 * Ledger import: a CSV file or the selected Excel range (first row the column names), checked line by line in
 * the pane with the same rules as the server (every bad line with its number and a Dutch reason), then sent as
 * one all-or-nothing import; a progress bar follows reading, checking, sending and storing.
 */
import { GelezenGrootboek, KOLOMMEN, leesGrootboekCsv, leesGrootboekRijen } from '../../../shared/grootboek/grootboekregels';
import type { Cel } from '../../../shared/grootboek/tabellen';
import { el, melding, tabelVak, vervang } from '../dom';
import { toonBedrag } from '../weergave';
import type { FinancienContext } from './context';

const BLOK = 5000;

/** The first sheet row of an address such as `Blad1!A3:F200`. */
function eersteRij(adres: string): number {
  const m = /!?\$?[A-Z]+\$?(\d+)/.exec(adres.slice(adres.lastIndexOf('!') + 1));
  return m ? Number(m[1]) : 1;
}

const volgendeTik = () => new Promise<void>((ok) => setTimeout(ok, 0));

/** Checks rows in blocks so the progress bar can move; the header row goes with every block, empty rows are left out. */
async function controleerInBlokken(rijen: Cel[][], eerste: number, voortgang: (fractie: number) => void): Promise<GelezenGrootboek> {
  const kop = rijen[0] ?? [];
  const gevuld = rijen
    .map((rij, i) => ({ rij, regel: eerste + i }))
    .slice(1)
    .filter(({ rij }) => rij.some((c) => c !== null && String(c).trim() !== ''));
  if (gevuld.length === 0) return leesGrootboekRijen([kop], eerste);
  const uit: GelezenGrootboek = { regels: [], fouten: [] };
  for (let i = 0; i < gevuld.length; i += BLOK) {
    const blok = gevuld.slice(i, i + BLOK);
    const r = leesGrootboekRijen([kop, ...blok.map((b) => b.rij)], eerste, [eerste, ...blok.map((b) => b.regel)]);
    uit.fouten.push(...r.fouten);
    uit.regels.push(...r.regels);
    voortgang(Math.min(1, (i + BLOK) / gevuld.length));
    if (r.fouten.some((f) => f.regel === eerste)) break;
    await volgendeTik();
  }
  if (uit.fouten.length) uit.regels = [];
  return uit;
}

export function importPaneel(ctx: FinancienContext): HTMLElement {
  const bestand = el('input', { id: 'imp-bestand', type: 'file', accept: '.csv,text/csv' });
  const vanBestand = el('button', { id: 'imp-csv', class: 'knop knop-primair', type: 'button' }, 'Importeer CSV-bestand');
  const vanBereik = el('button', { id: 'imp-bereik', class: 'knop', type: 'button' }, 'Importeer geselecteerd bereik');
  const voortgang = el('progress', {
    id: 'imp-voortgang',
    max: '100',
    value: '0',
    style: 'width: 100%',
    'aria-label': 'Voortgang van de import',
  });
  const stap = el('p', { id: 'imp-stap', class: 'hulp', 'aria-live': 'polite' });
  const uitkomst = el('div', { id: 'imp-uitkomst', 'aria-live': 'polite' });

  const zet = (procent: number | null, tekst: string) => {
    if (procent === null) voortgang.removeAttribute('value');
    else voortgang.value = procent;
    stap.textContent = tekst;
  };

  async function importeer(
    lees: () => Promise<{ gelezen: GelezenGrootboek; bron: { csv: string } | { rijen: Cel[][]; eersteRegel: number }; naam?: string }>,
  ): Promise<void> {
    vanBestand.disabled = vanBereik.disabled = true;
    vervang(uitkomst);
    try {
      zet(5, 'Lezen…');
      const { gelezen, bron, naam } = await lees();
      if (gelezen.fouten.length) {
        zet(0, 'Niet geïmporteerd.');
        vervang(
          uitkomst,
          melding(
            'fout',
            `${gelezen.fouten.length} ${gelezen.fouten.length === 1 ? 'regel is' : 'regels zijn'} ongeldig; er is niets geïmporteerd. Verbeter ${gelezen.fouten.length === 1 ? 'deze regel' : 'deze regels'} en importeer opnieuw.`,
          ),
          tabelVak(
            el(
              'table',
              { class: 'tabel', id: 'imp-fouten' },
              el('thead', {}, el('tr', {}, el('th', { scope: 'col' }, 'Regel'), el('th', { scope: 'col' }, 'Reden'))),
              el(
                'tbody',
                {},
                ...gelezen.fouten
                  .slice(0, 500)
                  .map((f) => el('tr', {}, el('td', { class: 'getal' }, String(f.regel)), el('td', {}, f.reden))),
              ),
            ),
          ),
        );
        return;
      }
      zet(null, `Versturen en opslaan van ${gelezen.regels.length.toLocaleString('nl-NL')} regels (alles of niets)…`);
      const r = await ctx.api.importeer({ ...bron, ...(naam ? { bestandsnaam: naam } : {}) });
      zet(100, 'Klaar.');
      vervang(
        uitkomst,
        melding('ok', `Import ${r.id}: ${r.aantalRegels.toLocaleString('nl-NL')} regels, totaal ${toonBedrag(Number(r.totaal))}.`),
        el(
          'ul',
          {},
          ...Object.entries(r.perGemeente).map(([g, soorten]) =>
            el(
              'li',
              {},
              `${g}: ${Object.entries(soorten)
                .map(([s, b]) => `${s} ${toonBedrag(Number(b))}`)
                .join(', ')}`,
            ),
          ),
        ),
      );
    } catch (e) {
      zet(0, 'Niet geïmporteerd.');
      vervang(uitkomst, melding('fout', (e as Error).message));
    } finally {
      vanBestand.disabled = vanBereik.disabled = false;
    }
  }

  vanBestand.addEventListener(
    'click',
    () =>
      void importeer(async () => {
        const f = bestand.files?.[0];
        if (!f) throw new Error('Kies eerst een CSV-bestand.');
        const csv = await f.text();
        zet(30, 'Controleren…');
        await volgendeTik();
        return { gelezen: leesGrootboekCsv(csv), bron: { csv }, naam: f.name };
      }),
  );

  vanBereik.addEventListener(
    'click',
    () =>
      void importeer(async () => {
        const { adres } = await ctx.werkboek.selectie();
        if (!adres.includes(':')) throw new Error(`Selecteer het hele bereik met de kopregel (${KOLOMMEN.join(', ')}), niet één cel.`);
        const rijen = (await ctx.werkboek.leesWaarden(adres)) as Cel[][];
        const eerste = eersteRij(adres);
        zet(10, 'Controleren…');
        const gelezen = await controleerInBlokken(rijen, eerste, (f) =>
          zet(10 + Math.round(f * 50), `Controleren… ${Math.round(f * 100)}%`),
        );
        return { gelezen, bron: { rijen, eersteRegel: eerste }, naam: adres };
      }),
  );

  return el(
    'section',
    { id: 'fin-import', class: 'onderdeel' },
    el('h3', {}, 'Grootboek importeren'),
    el(
      'p',
      { class: 'hulp' },
      `Kolommen (eerste regel): ${KOLOMMEN.join(';')}. Bedragen als 1.234,56; datums als dd-mm-jjjj; periode als jjjj-mm. Eén foute regel: niets wordt geïmporteerd. Hetzelfde bestand twee keer wordt herkend en niet dubbel geteld.`,
    ),
    el('div', { class: 'veld' }, el('label', { for: 'imp-bestand' }, 'CSV-bestand'), bestand),
    el('div', { class: 'knoppen' }, vanBestand, vanBereik),
    voortgang,
    stap,
    uitkomst,
  );
}
