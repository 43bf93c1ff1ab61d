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
import { toonVeldfout, wisVeldfouten } from './veldfout';
import { argumentWaarden, PaneelContext } from './context';
import { Argument, bouwFormule, InvoerSoort, leesInvoer, ontleedFormule, toonFormule } from './formule';
import { toonUitkomst, veldLabel } from './weergave';

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

/** An argument read from a cell's formula, as the user would type it in a field (Dutch notation). */
function veldTekst(a: Argument): string {
  if ('verwijzing' in a) return a.verwijzing;
  if (typeof a.waarde === 'boolean') return a.waarde ? 'WAAR' : 'ONWAAR';
  return voorbeeldTekst(a.waarde);
}

/**
 * The series the law re-sets on a rhythm (minimum wage, norms, vrijlating caps) that do not reach `peildatum`: their
 * edge is the one a user meets first. A series set per budget year (the vangnet) says nothing about a date's figures.
 */
function nietBekendOp(reeksen: readonly ReeksRegel[], peildatum: string): ReeksRegel[] {
  return reeksen.filter((r) => r.ritme === 'halfjaar' && r.bekendTot !== undefined && r.bekendTot < peildatum);
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
  const uitCel = el('button', { id: 'fb-uit-cel', class: 'knop', type: 'button' }, 'Formule uit geselecteerde cel bewerken');
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
  /** The argument the API refused in the last preview, with its message. */
  let argumentFout: { vak: (typeof invoer)[number]; tekst: string } | undefined;
  let timer: ReturnType<typeof setTimeout> | undefined;

  const huidige = (): FunctieBeschrijving => ctx.catalogus.find((f) => f.naam === keuze.value) ?? ctx.catalogus[0]!;
  const argumenten = (): Argument[] => invoer.map(({ spec, veld }) => leesInvoer(veld.value, spec.soort));

  async function bereken(): Promise<void> {
    const f = huidige();
    const args = argumenten();
    vervang(formuleTekst, toonFormule(f.naam, args));
    const mijn = ++volgnummer;
    wisVeldfouten(Object.fromEntries(invoer.map(({ veld }) => [veld.id, veld])));
    argumentFout = undefined;
    void waarschuwAanDeRand(args, mijn);
    const ontbreekt = invoer.find(({ spec, veld }) => !spec.optioneel && veld.value.trim() === '');
    if (ontbreekt) {
      vervang(voorbeeld, melding('info', `Vul ${veldLabel(ontbreekt.spec.naam)} in voor een voorbeelduitkomst.`));
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
      const vak = e instanceof AvresFout && e.argument ? invoer[e.argument - 1] : undefined;
      if (vak) {
        // The user is typing: the error goes next to its argument without taking focus away.
        argumentFout = { vak, tekst: (e as AvresFout).message };
        toonVeldfout(vak.veld, argumentFout.tekst, { focus: false });
        vervang(voorbeeld);
      } else vervang(voorbeeld, melding('fout', (e as Error).message));
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
            `${i + 1}. ${veldLabel(spec.naam)}`,
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
  uitCel.addEventListener('click', async () => {
    try {
      const { adres, formule } = await ctx.werkboek.selectie();
      const ontleed = formule ? ontleedFormule(formule) : null;
      if (!ontleed || !ctx.catalogus.some((f) => f.naam === ontleed.naam)) {
        vervang(status, melding('fout', `In ${adres} staat geen AVRES-formule.`));
        return;
      }
      keuze.value = ontleed.naam;
      toonFunctie();
      invoer.forEach(({ veld }, i) => (veld.value = ontleed.args[i] ? veldTekst(ontleed.args[i]!) : ''));
      void bereken();
      vervang(status, melding('ok', `Formule uit ${adres} geopend; pas de argumenten aan en kies Invoegen.`));
    } catch (e) {
      vervang(status, melding('fout', (e as Error).message));
    }
  });
  invoegen.addEventListener('click', async () => {
    const f = huidige();
    if (argumentFout) {
      // A formula that fails is no use in a cell: the user goes to the argument to mend it.
      const { vak, tekst } = argumentFout;
      toonVeldfout(vak.veld, tekst, { focus: true });
      vervang(status, melding('fout', `Verbeter eerst ${veldLabel(vak.spec.naam)}; de formule is niet ingevoegd.`));
      return;
    }
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
    uitCel,
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
