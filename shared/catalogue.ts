/**
 * The spreadsheet functions: everything about a function is said once, here, and derived everywhere
 * else (API dispatch, the add-in's functions.json, the formula builder, the README table).
 */
import Decimal from 'decimal.js';
import { DomeinFout } from './errors';
import { opCenten } from './geld';
import { Parameters, basisParameters, LEEFVORMEN, Leefvorm } from './parameters';
import { AanroepResultaat, StapJson } from './schemas/evaluate';
import { bronTekst } from './parameters/bron';
import { alsWireStap } from './schemas/stap';
import {
  ArgumentSpec,
  bedragArg,
  bereikArg,
  datumArg,
  geheelArg,
  getalArg,
  leesArgumenten,
  leesDatum,
  logischArg,
  percentageArg,
  tekstArg,
} from './schemas/argumenten';
import { Datum, UREN_IN_EEN_WEEK } from './time/datum';
import { BUDGETSOORTEN, Budgetsoort, GEMEENTEN, Gemeente } from './schemas/grootboek';
import { Resultaat } from './uitleg';
import { berekenLoonkostensubsidie } from './rules/loonkostensubsidie';
import { beslistermijn } from './rules/beslistermijn';
import { praktijktoetsEinde } from './rules/praktijktoets';
import { tijdelijkDienstverbandEinde, vastDienstverbandVanaf } from './rules/dienstverband';
import { taakstellingPlekken } from './rules/taakstelling';
import { begeleidingskosten } from './rules/begeleidingskosten';
import { vangnetuitkering } from './rules/vangnetuitkering';
import { dwangsom } from './rules/dwangsom';
import { vrijlating } from './rules/vrijlating';
import { bijstandsnorm } from './rules/bijstandsnorm';
import { minimumloon } from './rules/wml';

export type ResultaatSoort = 'bedrag' | 'datum' | 'getal' | 'tabel';

/** What the registry offers to functions that read it; absent on the command line. */
export interface RegisterToegang {
  wachtlijstpositie(gemeente: string, casusnummer: string, peildatum: Datum): Promise<Resultaat<number>>;
  scenario(naam: string): Promise<Parameters>;
  buigSaldo(gemeente: Gemeente, jaar: number, budgetsoort: Budgetsoort | undefined): Promise<Resultaat<Decimal>>;
}

export interface EvaluatieContext {
  /** Today, for functions whose default peildatum is today. */
  vandaag: Datum;
  register?: RegisterToegang;
}

export interface CatalogusFunctie {
  naam: string;
  /** One Dutch sentence for help texts. */
  beschrijving: string;
  /** The legal source, short. */
  bron: string;
  argumenten: readonly ArgumentSpec[];
  /** True when the last argument may repeat (UITLEG). */
  herhalend?: boolean;
  resultaat: ResultaatSoort;
  /** A worked example, in the README and the formula builder. */
  voorbeeld: { args: readonly unknown[]; uitkomst: string };
  uitvoeren(args: unknown[], ctx: EvaluatieContext): Resultaat<unknown> | Promise<Resultaat<unknown>>;
}

type Berekening<A> = (args: A, ctx: EvaluatieContext) => Resultaat<unknown> | Promise<Resultaat<unknown>>;

/** A function with typed, parsed arguments. */
function functie<A extends unknown[]>(f: Omit<CatalogusFunctie, 'uitvoeren'> & { bereken: Berekening<A> }): CatalogusFunctie {
  const { bereken, ...rest } = f;
  return { ...rest, uitvoeren: (args, ctx) => bereken(leesArgumenten(f.argumenten, args) as A, ctx) };
}

/**
 * A rule whose figures come from the parameters: it takes one more optional argument, `scenario`, the name of
 * a stored scenario whose figures replace the law's (issue 5); without it the law's figures apply.
 */
function rekenregel<A extends unknown[]>(
  f: Omit<CatalogusFunctie, 'uitvoeren'> & { bereken(args: A, ctx: EvaluatieContext, parameters: Parameters): Resultaat<unknown> },
): CatalogusFunctie {
  const { bereken, ...rest } = f;
  const argumenten = [
    ...f.argumenten,
    tekstArg('scenario', 'naam van een opgeslagen scenario; leeg: de cijfers van de wet (alleen via de API)', { optioneel: true }),
  ];
  const positie = argumenten.length;
  return {
    ...rest,
    argumenten,
    uitvoeren(args, ctx) {
      const gelezen = leesArgumenten(argumenten, args);
      const scenario = gelezen.pop() as string | undefined;
      if (scenario === undefined) return bereken(gelezen as A, ctx, basisParameters);
      if (!ctx.register)
        throw new DomeinFout('NIET_BESCHIKBAAR', `scenario "${scenario}" is alleen beschikbaar via de API (het casusregister)`, {
          argument: positie,
        });
      return ctx.register.scenario(scenario).then(
        (parameters) => bereken(gelezen as A, ctx, parameters),
        (e: unknown) => {
          throw e instanceof DomeinFout ? new DomeinFout(e.code, e.message, { argument: positie }) : e;
        },
      );
    },
  };
}

const peildatumArg = (beschrijving = 'de datum waarvoor de bedragen gelden') => datumArg('peildatum', beschrijving);

/** Reads a two-column range of (verzoek verstuurd, informatie ontvangen) dates. */
function leesOpschortingen(rijen: unknown[][] | undefined): { verzoek: Datum; ontvangen: Datum }[] {
  return (rijen ?? []).map((rij, i) => {
    if (rij.length < 2)
      throw new DomeinFout('ONGELDIGE_INVOER', `opschortingen rij ${i + 1}: geef twee kolommen (verzoek verstuurd; informatie ontvangen)`, {
        argument: 2,
      });
    return {
      verzoek: leesDatum(rij[0], `opschortingen rij ${i + 1} verzoek`, 2),
      ontvangen: leesDatum(rij[1], `opschortingen rij ${i + 1} ontvangen`, 2),
    };
  });
}

/** Reads a one-column (or one-row) range of numbers, skipping empty cells. */
function leesGetallen(rijen: unknown[][] | undefined, naam: string, positie: number): number[] {
  const uit: number[] = [];
  for (const rij of rijen ?? []) {
    for (const cel of rij) {
      if (cel === null || cel === '' || cel === undefined) continue;
      if (typeof cel !== 'number' || !Number.isFinite(cel)) {
        throw new DomeinFout('ONGELDIGE_INVOER', `${naam} mag alleen getallen bevatten, niet "${String(cel)}"`, { argument: positie });
      }
      uit.push(cel);
    }
  }
  return uit;
}

const basis: CatalogusFunctie[] = [
  rekenregel<[number | undefined, number, Datum, number?, number?]>({
    naam: 'LOONKOSTENSUBSIDIE',
    beschrijving: 'Loonkostensubsidie per maand inclusief vergoeding werkgeverslasten (€).',
    bron: 'Pw art. 10d lid 4, 5 en 7; Regeling LKS Pw 2021 art. 1; Beleidsregels beschut werk Avres 2025 art. 7 lid 1',
    argumenten: [
      percentageArg('loonwaarde', 'loonwaarde als fractie van het WML (45% = 0,45); leeg: forfait van 50% (Pw 10d lid 5)', {
        optioneel: true,
      }),
      getalArg('uren_per_week', 'overeengekomen arbeidsduur in uren per week', { min: 0, max: UREN_IN_EEN_WEEK }),
      peildatumArg('de datum waarvoor de subsidie wordt berekend (het WML van 1 januari van dat jaar geldt)'),
      getalArg('voltijd_uren', 'volledige werkweek in de sector; uren daarboven tellen niet mee', {
        optioneel: true,
        min: 1,
        max: UREN_IN_EEN_WEEK,
      }),
      geheelArg('leeftijd', 'leeftijd van de werknemer; onder 21 geldt het minimumjeugdloon', { optioneel: true, min: 15, max: 120 }),
    ],
    resultaat: 'bedrag',
    voorbeeld: { args: [0.6, 36, '2026-01-01'], uitkomst: '1224.11' },
    bereken: ([loonwaarde, urenPerWeek, peildatum, voltijdUren, leeftijd], _ctx, p) =>
      berekenLoonkostensubsidie({ loonwaarde: loonwaarde ?? null, urenPerWeek, peildatum, voltijdUren, leeftijd }, p),
  }),
  rekenregel<[Datum, unknown[][]?, boolean?]>({
    naam: 'BESLISTERMIJN',
    beschrijving:
      'Laatste dag van de beslistermijn: 8 weken na het UWV-advies, plus opschortingen, verschoven volgens de Algemene termijnenwet.',
    bron: 'Beleidsregels beschut werk Avres 2025 art. 5 lid 1 en 3; Algemene termijnenwet art. 1 en 3',
    argumenten: [
      datumArg('adviesdatum', 'datum van het advies beoordeling arbeidsvermogen van het UWV'),
      bereikArg('opschortingen', 'bereik van twee kolommen: verzoek om informatie verstuurd; informatie ontvangen', { optioneel: true }),
      logischArg('termijnenwet', 'ONWAAR voor de ruwe datum zonder Algemene termijnenwet (standaard WAAR)', { optioneel: true }),
    ],
    resultaat: 'datum',
    voorbeeld: { args: ['2026-03-02'], uitkomst: '2026-04-28' },
    bereken: ([adviesdatum, opschortingen, termijnenwet], _ctx, p) =>
      beslistermijn({ adviesdatum, opschortingen: leesOpschortingen(opschortingen), termijnenwet: termijnenwet ?? true }, p),
  }),
  rekenregel<[Datum, number?]>({
    naam: 'PRAKTIJKTOETS_EINDE',
    beschrijving: 'Laatste dag van de praktijktoets van 6 maanden, eventueel verlengd met hoogstens 6 maanden.',
    bron: 'Beleidsregels beschut werk Avres 2025 art. 3 lid 1 en 4',
    argumenten: [
      datumArg('startdatum', 'eerste dag van de praktijktoets'),
      geheelArg('verlenging_maanden', 'verlenging in maanden (0 tot en met 6)', { optioneel: true, min: 0 }),
    ],
    resultaat: 'datum',
    voorbeeld: { args: ['2026-03-01', 3], uitkomst: '2026-11-30' },
    bereken: ([startdatum, verlengingMaanden], _ctx, p) => praktijktoetsEinde({ startdatum, verlengingMaanden: verlengingMaanden ?? 0 }, p),
  }),
  rekenregel<[Datum, number]>({
    naam: 'TIJDELIJK_DIENSTVERBAND_EINDE',
    beschrijving: 'Laatste dag van een tijdelijk dienstverband beschut werk van 7 tot en met 36 maanden.',
    bron: 'Beleidsregels beschut werk Avres 2025 art. 6 lid 2',
    argumenten: [
      datumArg('startdatum', 'eerste dag van het tijdelijk dienstverband'),
      geheelArg('maanden', 'duur in maanden (7 tot en met 36)'),
    ],
    resultaat: 'datum',
    voorbeeld: { args: ['2026-01-01', 12], uitkomst: '2026-12-31' },
    bereken: ([startdatum, maanden], _ctx, p) => tijdelijkDienstverbandEinde({ startdatum, maanden }, p),
  }),
  rekenregel<[Datum]>({
    naam: 'VAST_DIENSTVERBAND_VANAF',
    beschrijving: 'Eerste dag van het dienstverband voor onbepaalde duur: de dag na 3 jaar tijdelijk dienstverband.',
    bron: 'Beleidsregels beschut werk Avres 2025 art. 6 lid 2 en 3',
    argumenten: [datumArg('startdatum_eerste_tijdelijk', 'eerste dag van het eerste tijdelijk dienstverband')],
    resultaat: 'datum',
    voorbeeld: { args: ['2026-01-01'], uitkomst: '2029-01-01' },
    bereken: ([startdatumEersteTijdelijk], _ctx, p) => vastDienstverbandVanaf({ startdatumEersteTijdelijk }, p),
  }),
  rekenregel<[unknown[][]]>({
    naam: 'TAAKSTELLING_PLEKKEN',
    beschrijving: 'Gerealiseerde plekken voor de taakstelling: per persoon uren/31, hoogstens 1.',
    bron: 'Beleidsregels beschut werk Avres 2025 art. 6 lid 6',
    argumenten: [bereikArg('uren_per_week', 'bereik met de uren per week van elk dienstverband')],
    resultaat: 'getal',
    voorbeeld: { args: [[[31], [20], [36]]], uitkomst: '2.65' },
    bereken: ([uren], _ctx, p) => taakstellingPlekken({ urenPerWeek: leesGetallen(uren, 'uren_per_week', 1) }, p),
  }),
  rekenregel<[number, number]>({
    naam: 'BEGELEIDINGSKOSTEN',
    beschrijving: 'Vergoeding begeleidingskosten per jaar: het rijksbedrag per plek naar rato van uren/31 (hoogstens 1).',
    bron: 'Beleidsregels beschut werk Avres 2025 art. 7 lid 2 onder c',
    argumenten: [
      getalArg('uren_per_week', 'omvang van het dienstverband in uren per week', { min: 0, max: UREN_IN_EEN_WEEK }),
      bedragArg('rijksbedrag_per_plek', 'bedrag per plek per jaar dat Avres van het Rijk ontvangt (€)', { min: 0 }),
    ],
    resultaat: 'bedrag',
    voorbeeld: { args: [20, 9000], uitkomst: '5806.45' },
    bereken: ([urenPerWeek, rijksbedragPerPlek], _ctx, p) => begeleidingskosten({ urenPerWeek, rijksbedragPerPlek }, p),
  }),
  rekenregel<[number, number, unknown[][]?]>({
    naam: 'VANGNETUITKERING',
    beschrijving: 'Vangnetuitkering BUIG: 50% van het tekort tussen 7,5% en 12,5% van het budget, 100% daarboven.',
    bron: 'Pw art. 74; Besluit Participatiewet; Toetsingscommissie vangnet, voorwaarden 2025',
    argumenten: [
      bedragArg('definitief_budget', 'definitief toegekende gebundelde uitkering (€)', { min: 0 }),
      bedragArg('netto_lasten', 'netto lasten bijstand en loonkostensubsidie (€)'),
      bereikArg('tekorten_vorige_twee_jaren', 'tekorten (negatief: overschotten) van de twee voorgaande jaren (€)', { optioneel: true }),
    ],
    resultaat: 'bedrag',
    voorbeeld: { args: [10000000, 11500000], uitkomst: '500000.00' },
    bereken: ([definitiefBudget, nettoLasten, vorige], _ctx, p) =>
      vangnetuitkering(
        {
          definitiefBudget,
          nettoLasten,
          tekortenVorigeTweeJaren: vorige === undefined ? undefined : leesGetallen(vorige, 'tekorten_vorige_twee_jaren', 3),
        },
        p,
      ),
  }),
  rekenregel<[Datum, Datum, Datum?]>({
    naam: 'DWANGSOM',
    beschrijving: 'Dwangsom bij niet tijdig beslissen: €23, €35 en €45 per dag, hoogstens 42 dagen (€1.442).',
    bron: 'Awb art. 4:17',
    argumenten: [
      datumArg('einde_beslistermijn', 'laatste dag van de beslistermijn'),
      datumArg('ingebrekestelling_ontvangen', 'datum waarop de ingebrekestelling is ontvangen'),
      datumArg('beslisdatum', 'datum van het besluit; leeg: tot vandaag', { optioneel: true }),
    ],
    resultaat: 'bedrag',
    voorbeeld: { args: ['2026-03-02', '2026-03-05', '2026-04-10'], uitkomst: '602.00' },
    bereken: ([eindeBeslistermijn, ingebrekestellingOntvangen, beslisdatum], ctx, p) =>
      dwangsom({ eindeBeslistermijn, ingebrekestellingOntvangen, beslisdatum, vandaag: ctx.vandaag }, p),
  }),
  rekenregel<[number, Datum, number, number]>({
    naam: 'VRIJLATING',
    beschrijving: 'Vrijlating van inkomsten uit arbeid per maand: 25%, gemaximeerd, maanden 1 tot en met 6, niet onder 27 jaar.',
    bron: 'Pw art. 31 lid 2 onder n en lid 5',
    argumenten: [
      bedragArg('netto_inkomsten_arbeid', 'netto inkomsten uit arbeid in de maand (€)', { min: 0 }),
      peildatumArg(),
      geheelArg('leeftijd', 'leeftijd in de maand', { min: 15, max: 120 }),
      geheelArg('maand_nummer', 'hoeveelste maand van de vrijlating (1 = eerste)', { min: 1 }),
    ],
    resultaat: 'bedrag',
    voorbeeld: { args: [800, '2026-01-01', 30, 1], uitkomst: '200.00' },
    bereken: ([nettoInkomstenArbeid, peildatum, leeftijd, maandNummer], _ctx, p) =>
      vrijlating({ nettoInkomstenArbeid, peildatum, leeftijd, maandNummer }, p),
  }),
  rekenregel<[Leefvorm, Datum, number?]>({
    naam: 'BIJSTANDSNORM',
    beschrijving: 'Bijstandsnorm per maand inclusief vakantietoeslag; met percentage 1,2 de minimagrens van 120%.',
    bron: 'Pw art. 21 en 22',
    argumenten: [
      tekstArg('leefvorm', 'leefvorm', { keuzes: LEEFVORMEN }) as ArgumentSpec<Leefvorm>,
      peildatumArg(),
      getalArg('percentage', 'fractie van de norm (1,2 = 120%); standaard 1', { optioneel: true, min: 0, max: 5 }),
    ],
    resultaat: 'bedrag',
    voorbeeld: { args: ['alleenstaande', '2026-01-01', 1.2], uitkomst: '1681.80' },
    bereken: ([leefvorm, peildatum, percentage], _ctx, p) => bijstandsnorm({ leefvorm, peildatum, percentage: percentage ?? 1 }, p),
  }),
  rekenregel<[Datum, number?, ('maand' | 'uur')?]>({
    naam: 'WML',
    beschrijving: 'Wettelijk minimumloon: het referentiemaandloon (36 uur) of het uurloon, naar leeftijd.',
    bron: 'Wet minimumloon en minimumvakantiebijslag art. 8; Pw art. 2',
    argumenten: [
      peildatumArg(),
      geheelArg('leeftijd', 'leeftijd; onder 21 het minimumjeugdloon (standaard 21 of ouder)', { optioneel: true, min: 15, max: 120 }),
      tekstArg('periode', '"maand" (standaard) of "uur"', { optioneel: true, keuzes: ['maand', 'uur'] }) as ArgumentSpec<'maand' | 'uur'>,
    ],
    resultaat: 'bedrag',
    voorbeeld: { args: ['2026-01-01'], uitkomst: '2294.40' },
    bereken: ([peildatum, leeftijd, periode], _ctx, p) => minimumloon({ peildatum, leeftijd, periode: periode ?? 'maand' }, p),
  }),
  functie<[string, string, Datum?]>({
    naam: 'WACHTLIJSTPOSITIE',
    beschrijving: 'Positie (1 = eerste) van een casus op de wachtlijst beschut werk van de gemeente, uit het casusregister.',
    bron: 'Beleidsregels beschut werk Avres 2025 art. 8',
    argumenten: [
      tekstArg('gemeente', 'gemeente', { keuzes: GEMEENTEN }),
      tekstArg('casusnummer', 'casusnummer in het register'),
      datumArg('peildatum', 'datum van de wachtlijst; standaard vandaag', { optioneel: true }),
    ],
    resultaat: 'getal',
    voorbeeld: { args: ['Gorinchem', 'BW-2026-0001'], uitkomst: '1' },
    bereken: ([gemeente, casusnummer, peildatum], ctx) => {
      if (!ctx.register)
        throw new DomeinFout('NIET_BESCHIKBAAR', 'WACHTLIJSTPOSITIE leest het casusregister en is alleen beschikbaar via de API');
      return ctx.register.wachtlijstpositie(gemeente, casusnummer, peildatum ?? ctx.vandaag);
    },
  }),
  functie<[Gemeente, number, Budgetsoort?]>({
    naam: 'BUIG_SALDO',
    beschrijving:
      'Saldo van het BUIG-budget van een gemeente over een jaar: budget min netto lasten (bijstand en LKS uit het grootboek), uit het register.',
    bron: 'Pw art. 69 lid 1 en art. 8c (het budget is per gemeente)',
    argumenten: [
      tekstArg('gemeente', 'gemeente (het BUIG-budget hoort bij de gemeente)', { keuzes: GEMEENTEN }) as ArgumentSpec<Gemeente>,
      geheelArg('jaar', 'begrotingsjaar', { min: 2015, max: 2100 }),
      tekstArg('budgetsoort', 'voorlopig, nader_voorlopig of definitief; leeg: het meest definitieve budget dat bekend is', {
        optioneel: true,
        keuzes: BUDGETSOORTEN,
      }) as ArgumentSpec<Budgetsoort>,
    ],
    resultaat: 'bedrag',
    voorbeeld: { args: ['Gorinchem', 2025, 'definitief'], uitkomst: 'budget − netto lasten, bijvoorbeeld -1500000.00 (een tekort)' },
    bereken: ([gemeente, jaar, budgetsoort], ctx) => {
      if (!ctx.register)
        throw new DomeinFout(
          'NIET_BESCHIKBAAR',
          'BUIG_SALDO leest het register (budgetten en grootboek) en is alleen beschikbaar via de API',
        );
      return ctx.register.buigSaldo(gemeente, jaar, budgetsoort);
    },
  }),
];

const uitleg: CatalogusFunctie = {
  naam: 'UITLEG',
  beschrijving: 'De stappen van een andere AVRES-functie als tabel: stap, waarde, bron.',
  bron: 'De bron van elke stap staat in de tabel',
  argumenten: [
    tekstArg('functie', 'naam van de functie, bijvoorbeeld "LOONKOSTENSUBSIDIE"'),
    { ...getalArg('argumenten', 'de argumenten van die functie, in dezelfde volgorde', { optioneel: true }), lees: (v) => v },
  ],
  herhalend: true,
  resultaat: 'tabel',
  voorbeeld: { args: ['LOONKOSTENSUBSIDIE', 0.6, 36, '2026-01-01'], uitkomst: 'tabel: stap, waarde, bron' },
  uitvoeren(args, ctx) {
    const naam = tekstArg('functie', '').lees(args[0], 1).toUpperCase();
    const doel = zoekFunctie(naam);
    if (!doel || doel.naam === 'UITLEG') {
      throw new DomeinFout('ONBEKENDE_FUNCTIE', `onbekende functie "${naam}"; kies uit: ${basis.map((f) => f.naam).join(', ')}`, {
        argument: 1,
      });
    }
    const tabel = (r: Resultaat<unknown>): Resultaat<unknown> => ({
      waarde: [['stap', 'waarde', 'bron'], ...r.stappen.map((s) => [s.label, s.waarde, bronTekst(s.bron)])],
      stappen: r.stappen,
    });
    // The explained function's argument n is UITLEG's argument n + 1: errors point at the cell the user typed.
    const verschoven = (e: unknown): never => {
      throw e instanceof DomeinFout && e.argument !== undefined ? new DomeinFout(e.code, e.message, { argument: e.argument + 1 }) : e;
    };
    try {
      const r = doel.uitvoeren(args.slice(1), ctx);
      return r instanceof Promise ? r.then(tabel, verschoven) : tabel(r);
    } catch (e) {
      return verschoven(e);
    }
  },
};

/** Every spreadsheet function, in the order of DOMAIN.md. */
export const catalogus: readonly CatalogusFunctie[] = [...basis, uitleg];

const opNaam = new Map(catalogus.map((f) => [f.naam, f]));

/** @example zoekFunctie('loonkostensubsidie')?.naam // 'LOONKOSTENSUBSIDIE' */
export function zoekFunctie(naam: string): CatalogusFunctie | undefined {
  return (
    opNaam.get(naam) ??
    opNaam.get(
      naam
        .trim()
        .toUpperCase()
        .replace(/^AVRES\./, ''),
    )
  );
}

function alsJsonWaarde(soort: ResultaatSoort, waarde: unknown): number | string | (string | number)[][] {
  if (waarde instanceof Decimal) {
    const afgerond = soort === 'bedrag' && waarde.decimalPlaces() > 2 ? opCenten(waarde) : waarde;
    return afgerond.toNumber();
  }
  return waarde as number | string | (string | number)[][];
}

function alsFout(e: unknown): AanroepResultaat {
  if (e instanceof DomeinFout) {
    return { error: { code: e.code, message: e.message, ...(e.argument !== undefined ? { argument: e.argument } : {}) } };
  }
  return {
    error: { code: 'INTERNE_FOUT', message: 'Er ging iets mis bij het berekenen; probeer het opnieuw of meld het aan de beheerder.' },
  };
}

/** JSON text of shared (frozen) steps, written once: large batches repeat the same steps thousands of times. */
const stapTekstCache = new WeakMap<StapJson, string>();

function stapTekst(s: StapJson): string {
  if (!Object.isFrozen(s)) return JSON.stringify(s);
  let tekst = stapTekstCache.get(s);
  if (tekst === undefined) {
    tekst = JSON.stringify(s);
    stapTekstCache.set(s, tekst);
  }
  return tekst;
}

/**
 * The batch answer `{"results": [...]}` as JSON text; the same text as `JSON.stringify`, built faster because
 * the steps rules share between results are serialised once.
 * @example batchAntwoordJson([{ value: 1, steps: [] }]) // '{"results":[{"value":1,"steps":[]}]}'
 */
export function batchAntwoordJson(results: readonly AanroepResultaat[]): string {
  const delen = new Array<string>(results.length);
  for (let i = 0; i < results.length; i++) {
    const r = results[i]!;
    if ('error' in r || r.steps === undefined) delen[i] = JSON.stringify(r);
    else delen[i] = `{"value":${JSON.stringify(r.value)},"steps":[${r.steps.map(stapTekst).join(',')}]}`;
  }
  return `{"results":[${delen.join(',')}]}`;
}

function alsResultaat(f: CatalogusFunctie, r: Resultaat<unknown>, metStappen: boolean): AanroepResultaat {
  const value = alsJsonWaarde(f.resultaat, r.waarde);
  return metStappen ? { value, steps: r.stappen.map(alsWireStap) } : { value };
}

/** Options of a batch: `stappen: false` answers values only (the batch request's `"steps": false`). */
export interface BatchOpties {
  stappen?: boolean;
}

/**
 * Evaluates one call of the batch contract; never throws: a bad call becomes `{error}`.
 * @example await evalueer({ function: 'WML', args: ['2026-01-01'] }, { vandaag: '2026-11-24' }) // { value: 2294.4, steps: [...] }
 */
export function evalueer(
  call: { function: string; args: readonly unknown[] },
  ctx: EvaluatieContext,
  opties: BatchOpties = {},
): AanroepResultaat | Promise<AanroepResultaat> {
  const metStappen = opties.stappen !== false;
  const f = zoekFunctie(call.function);
  if (!f) {
    return {
      error: {
        code: 'ONBEKENDE_FUNCTIE',
        message: `onbekende functie "${call.function}"; kies uit: ${catalogus.map((c) => c.naam).join(', ')}`,
      },
    };
  }
  try {
    const r = f.uitvoeren(call.args as unknown[], ctx);
    return r instanceof Promise ? r.then((w) => alsResultaat(f, w, metStappen), alsFout) : alsResultaat(f, r, metStappen);
  } catch (e) {
    return alsFout(e);
  }
}

/**
 * Evaluates a batch: one result per call in the same order; a bad call never fails the others.
 * @example await evalueerBatch([{ function: 'LOONKOSTENSUBSIDIE', args: [0.6, 36, '2026-01-01'] }], ctx) // [{ value: 1224.11, steps }]
 */
export async function evalueerBatch(
  calls: readonly { function: string; args: readonly unknown[] }[],
  ctx: EvaluatieContext,
  opties: BatchOpties = {},
): Promise<AanroepResultaat[]> {
  const uit = new Array<AanroepResultaat | Promise<AanroepResultaat>>(calls.length);
  let async = false;
  for (let i = 0; i < calls.length; i++) {
    const r = evalueer(calls[i]!, ctx, opties);
    if (r instanceof Promise) async = true;
    uit[i] = r;
  }
  return async ? Promise.all(uit) : (uit as AanroepResultaat[]);
}
