/**
 * The formula builder: pick a function, fill its arguments with help and legal source, see the
 * answer of the API while typing, and insert the formula into the selected cell. Excel on the web
 * shows no argument help for custom functions; this pane is that help.
 */
import type { FunctieBeschrijving } from '../../shared/catalogue/beschrijving';
import { datumNl } from '../../shared/time/datum';
import { AvresFout } from '../client/fout';
import type { ReeksRegel } from '../client/parameters-api';
import { el, melding, vervang } from './dom';
import { argumentWaarden, PaneelContext } from './context';
import { Argument, bouwFormule, InvoerSoort, leesInvoer, toonFormule } from './formule';
import { toonUitkomst } from './weergave';

const SOORT_HINT: Record<InvoerSoort, string> = {
  getal: 'getal',
  geheel: 'geheel getal',
  percentage: 'percentage (60% of 0,6)',
  bedrag: 'bedrag in euro',
  datum: 'datum',
  tekst: 'tekst',
  logisch: 'WAAR of ONWAAR',
  bereik: 'celbereik, bijvoorbeeld A2:B5',
};

/**
 * The series the law re-sets on a rhythm (minimum wage, norms, vrijlating caps) that do not reach `peildatum`: their
 * edge is the one a user meets first. A series closed per budget year says nothing about a date's figures.
 */
function nietBekendOp(reeksen: readonly ReeksRegel[], peildatum: string): ReeksRegel[] {
  return reeksen.filter((r) => r.ritme !== undefined && r.bekendTot !== undefined && r.bekendTot < peildatum);
}

function randWaarschuwing(peildatum: string, reeksen: readonly ReeksRegel[]): HTMLElement {
  const namen = reeksen.map((r) => `${r.naam} tot en met ${datumNl(r.bekendTot!)}`).join(', ');
  return melding(
    'info',
    `Let op: ${datumNl(peildatum)} ligt na de bekende rekengegevens (bekend: ${namen}). Voor een begroting: geef een raming-scenario als laatste argument (scenario), of vraag een beheerder de nieuwe waarden vast te leggen (Rekengegevens).`,
  );
}

function voorbeeldTekst(v: unknown): string {
  if (Array.isArray(v)) return '';
  if (typeof v === 'number') return String(v).replace('.', ',');
  return v === undefined || v === null ? '' : String(v);
}

export function formulebouwer(ctx: PaneelContext): HTMLElement {
  const keuze = el(
    'select',
    { id: 'fb-functie', 'aria-label': 'Functie' },
    ...ctx.catalogus.map((f) => el('option', { value: f.naam }, f.naam)),
  );
  const beschrijving = el('div', { class: 'functie-uitleg' });
  const velden = el('div', { class: 'velden' });
  const formuleTekst = el('code', { id: 'fb-formule', class: 'formule' });
  const voorbeeld = el('div', { id: 'fb-voorbeeld', class: 'voorbeeld', 'aria-live': 'polite' });
  const invoegen = el('button', { id: 'fb-invoegen', class: 'knop knop-primair', type: 'button' }, 'Invoegen in geselecteerde cel');
  const status = el('div', { class: 'status' });
  const waarschuwing = el('div', { id: 'fb-waarschuwing', 'aria-live': 'polite' });
  // Read again only when the parameter version changed: the known ranges move only when a beheerder's value is approved.
  let bekend: { versie: string | undefined; reeksen: Promise<{ reeksen: ReeksRegel[] } | undefined> } | undefined;
  const bekendeReeksen = () => {
    const versie = ctx.client.parameterVersie();
    if (!bekend || bekend.versie !== versie) {
      bekend = { versie, reeksen: ctx.rekengegevens?.overzicht().catch(() => undefined) ?? Promise.resolve(undefined) };
    }
    return bekend.reeksen;
  };
  let invoer: { spec: FunctieBeschrijving['argumenten'][number]; veld: HTMLInputElement | HTMLSelectElement }[] = [];
  let volgnummer = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;

  const huidige = (): FunctieBeschrijving => ctx.catalogus.find((f) => f.naam === keuze.value) ?? ctx.catalogus[0]!;
  const argumenten = (): Argument[] => invoer.map(({ spec, veld }) => leesInvoer(veld.value, spec.soort));

  async function bereken(): Promise<void> {
    const f = huidige();
    const args = argumenten();
    vervang(formuleTekst, toonFormule(f.naam, args));
    const mijn = ++volgnummer;
    void waarschuwAanDeRand(args, mijn);
    const ontbreekt = invoer.find(({ spec, veld }) => !spec.optioneel && veld.value.trim() === '');
    if (ontbreekt) {
      vervang(voorbeeld, melding('info', `Vul ${ontbreekt.spec.naam} in voor een voorbeelduitkomst.`));
      return;
    }
    vervang(voorbeeld, melding('info', 'Berekenen…'));
    try {
      const waarden = await argumentWaarden(ctx.werkboek, args);
      const { value } = await ctx.client.evalueer(f.naam, waarden);
      if (mijn !== volgnummer) return;
      vervang(
        voorbeeld,
        el('p', { class: 'uitkomst' }, el('span', { class: 'label' }, 'Uitkomst: '), el('strong', {}, toonUitkomst(f.resultaat, value))),
      );
    } catch (e) {
      if (mijn !== volgnummer) return;
      const tekst = e instanceof AvresFout ? `${e.message}${e.argument ? ` (argument ${e.argument})` : ''}` : (e as Error).message;
      vervang(voorbeeld, melding('fout', tekst));
    }
  }

  async function waarschuwAanDeRand(args: Argument[], mijn: number): Promise<void> {
    const data = await bekendeReeksen();
    if (mijn !== volgnummer) return;
    const datums = invoer
      .map(({ spec }, i) => (spec.soort === 'datum' ? args[i] : undefined))
      .flatMap((a) => (a && 'waarde' in a && typeof a.waarde === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(a.waarde) ? [a.waarde] : []));
    const laatste = datums.sort().at(-1);
    const ontbrekend = data && laatste ? nietBekendOp(data.reeksen, laatste) : [];
    vervang(waarschuwing, laatste && ontbrekend.length ? randWaarschuwing(laatste, ontbrekend) : null);
  }

  const planBerekening = (): void => {
    clearTimeout(timer);
    timer = setTimeout(() => void bereken(), 250);
  };

  function toonFunctie(): void {
    const f = huidige();
    vervang(beschrijving, el('p', {}, f.beschrijving), el('p', { class: 'bron' }, el('span', { class: 'label' }, 'Bron: '), f.bron));
    invoer = f.argumenten.map((spec, i) => {
      const id = `fb-arg-${i + 1}`;
      const veld: HTMLInputElement | HTMLSelectElement = spec.keuzes
        ? el(
            'select',
            { id, name: spec.naam },
            el('option', { value: '' }, spec.optioneel ? '(leeg)' : 'kies…'),
            ...spec.keuzes.map((k) => el('option', { value: k }, k)),
          )
        : el('input', { id, name: spec.naam, type: 'text', autocomplete: 'off', placeholder: SOORT_HINT[spec.soort] });
      return { spec, veld };
    });
    f.voorbeeld.args.forEach((v, i) => {
      const vak = invoer[i];
      if (vak && !f.herhalend) vak.veld.value = voorbeeldTekst(v);
    });
    vervang(
      velden,
      ...invoer.map(({ spec, veld }, i) =>
        el(
          'div',
          { class: 'veld' },
          el(
            'label',
            { for: veld.id },
            `${i + 1}. ${spec.naam}`,
            spec.optioneel ? el('span', { class: 'optioneel' }, ' (optioneel)') : null,
          ),
          veld,
          el('p', { class: 'hulp', id: `${veld.id}-hulp` }, `${spec.beschrijving} — ${SOORT_HINT[spec.soort]}`),
        ),
      ),
    );
    for (const { veld } of invoer) {
      veld.setAttribute('aria-describedby', `${veld.id}-hulp`);
      veld.addEventListener('input', planBerekening);
      veld.addEventListener('change', planBerekening);
    }
    vervang(status);
    void bereken();
  }

  keuze.addEventListener('change', toonFunctie);
  invoegen.addEventListener('click', async () => {
    const f = huidige();
    try {
      const adres = await ctx.werkboek.zetFormule(bouwFormule(f.naam, argumenten()));
      vervang(status, melding('ok', `Formule ingevoegd in ${adres}.`));
    } catch (e) {
      vervang(status, melding('fout', `Invoegen lukte niet: ${(e as Error).message}`));
    }
  });

  const paneel = el(
    'section',
    { id: 'paneel-formulebouwer', class: 'paneel', role: 'tabpanel', 'aria-labelledby': 'tab-formulebouwer' },
    el('h2', {}, 'Formulebouwer'),
    el('div', { class: 'veld' }, el('label', { for: 'fb-functie' }, 'Functie'), keuze),
    beschrijving,
    velden,
    el('div', { class: 'veld' }, el('span', { class: 'label' }, 'Formule'), formuleTekst),
    waarschuwing,
    voorbeeld,
    invoegen,
    status,
  );
  toonFunctie();
  return paneel;
}
