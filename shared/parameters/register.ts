/**
 * The parameter register: the figures Avres keeps current without a release. The shipped series in this folder are
 * the baseline; a beheerder records a dated value for a series, a second beheerder approves it, and from then on the
 * effective figures are the baseline with the approved values added or replaced by `geldigVanaf`. Pure: the registry
 * (functions/registry/parameters.ts) stores the entries, this module says what they mean.
 *
 * Every value travels as JSON (amounts and fractions as decimal text, so no binary rounding enters), read by the
 * series' zod schema into the series' own value type. The same schemas read an exported set on the command line.
 */
import Decimal from 'decimal.js';
import { z } from 'zod';
import { DomeinFout } from '../errors';
import { bronTekst, bronUrl, regelingen, type Artikelbron, type Bronnen, type RegelingNaam } from '../bron';
import { dagenTussen } from '../time/kalender';
import { datum, isDatum, type Datum } from '../time/datum';
import type { Parameters } from './index';
import { LEEFVORMEN, type GelijkgesteldeDag, type Leefvorm } from './figuren';
import { bekendTotVan, type Reeks, type ReeksWaarde } from './reeks';
import { PARAMETER_STATUSSEN, type ParameterStatus } from './status';

// No figure a rule reads is negative (amounts, fractions, percentages): a minus sign is refused, not computed with.
const decimaal = z
  .string({ error: 'verwacht een getal als tekst met een punt, bijvoorbeeld "0.235"' })
  .regex(/^\d+(\.\d+)?$/, { error: 'geen getal van 0 of meer; schrijf het met een punt als decimaalteken, bijvoorbeeld "0.235"' })
  .transform((t) => new Decimal(t));
/** An amount in euros: whole cents (`2294.40`, also `2294.400`), as every published amount is and as the money rules count. */
const bedrag = z
  .string({ error: 'verwacht een bedrag als tekst met een punt, bijvoorbeeld "2294.40"' })
  .regex(/^\d+(\.\d{1,2}0*)?$/, {
    error: 'geen bedrag in hele centen: schrijf een getal van 0 of meer met een punt en hoogstens twee decimalen, bijvoorbeeld "2294.40"',
  })
  .transform((t) => new Decimal(t));
const heelGetal = z.number({ error: 'verwacht een heel getal' }).int({ error: 'verwacht een heel getal' }).nonnegative();
/** A whole number the rules divide by (hours of a normal week, of one place): 0 has no meaning there. */
const delerUren = heelGetal.positive({ error: 'verwacht een heel aantal uren van 1 of meer (de regels delen erdoor)' });
const datumTekst = z
  .string({ error: 'verwacht een datum als tekst, bijvoorbeeld "2027-01-01"' })
  .refine(isDatum, { error: 'geen geldige datum; gebruik JJJJ-MM-DD, bijvoorbeeld "2027-01-01"' })
  .transform((t) => datum(t));

/** One recordable series: its Dutch label and the schema that reads a JSON value into the series' value type. */
export interface RegisterReeks<T> {
  omschrijving: string;
  schema: z.ZodType<T, unknown>;
}

type ReeksSleutel = { [K in keyof Parameters]: Parameters[K] extends Reeks<unknown> ? K : never }[keyof Parameters];
type WaardeVan<K extends ReeksSleutel> = Parameters[K] extends Reeks<infer T> ? T : never;

const lksSchema = z.strictObject({ maximum: decimaal, forfait: decimaal, werkgeverslasten: decimaal, normUren: delerUren });
const vrijlatingSchema = z.strictObject({
  percentage: decimaal,
  maximum: bedrag,
  maanden: heelGetal,
  minimumleeftijd: heelGetal,
});
const bijverdienSchema = z.strictObject({
  percentage: decimaal,
  maanden: heelGetal,
  percentageMedisch: decimaal,
  percentageAow: decimaal,
  maximumAow: bedrag,
});

/**
 * Every series the rules read, by its key in `Parameters`. The type requires an entry for each series, so a new
 * series cannot be left out of the register; the policy's entry into force is recordable once the baseline has it.
 */
export const registerReeksen: { [K in ReeksSleutel]: RegisterReeks<WaardeVan<K>> } = {
  wml: {
    omschrijving: 'Wettelijk minimumloon: uurloon en referentiemaandloon (36 uur)',
    schema: z.strictObject({ perUur: bedrag, referentiemaandloon: bedrag }),
  },
  jeugdloon: {
    omschrijving: 'Minimumjeugdloon: fractie van het minimumloon per leeftijd (15 t/m 20)',
    schema: z.record(z.enum(['15', '16', '17', '18', '19', '20']), decimaal).transform((r) => {
      const uit: Record<number, Decimal> = {};
      for (const [leeftijd, fractie] of Object.entries(r)) uit[Number(leeftijd)] = fractie;
      return uit as Readonly<Record<number, Decimal>>;
    }),
  },
  vakantiebijslag: { omschrijving: 'Vakantiebijslag (fractie van het loon)', schema: decimaal },
  loonkostensubsidie: {
    omschrijving: 'Loonkostensubsidie: maximum, forfait, werkgeverslasten en normuren',
    schema: lksSchema,
  },
  bijstandsnormen: {
    omschrijving: 'Bijstandsnormen per leefvorm, per maand inclusief vakantietoeslag',
    schema: z.strictObject(Object.fromEntries(LEEFVORMEN.map((l) => [l, bedrag])) as Record<Leefvorm, typeof bedrag>),
  },
  vrijlating: {
    omschrijving: 'Vrijlating inkomsten uit arbeid: percentage, maximum per maand, maanden en leeftijden',
    schema: vrijlatingSchema,
  },
  vangnet: {
    omschrijving: 'Vangnetuitkering: drempel, bovengrens en vergoedingspercentages',
    schema: z.strictObject({ drempel: decimaal, bovengrens: decimaal, vergoedingTussen: decimaal, vergoedingBoven: decimaal }),
  },
  dwangsom: {
    omschrijving: 'Dwangsom bij niet tijdig beslissen: wachtdagen, treden en maximum aantal dagen',
    schema: z.strictObject({
      wachtDagen: heelGetal,
      treden: z.array(z.strictObject({ vanDag: heelGetal, totDag: heelGetal, bedragPerDag: bedrag })).min(1),
      maxDagen: heelGetal,
    }),
  },
  beschutWerk: {
    omschrijving: 'Beleidsregels beschut werk: termijnen, contractduur en uren per plek',
    schema: z.strictObject({
      beslistermijnWeken: heelGetal,
      praktijktoetsMaanden: heelGetal,
      maxVerlengingMaanden: heelGetal,
      tijdelijkMinMaanden: heelGetal,
      tijdelijkMaxMaanden: heelGetal,
      taakstellingUren: delerUren,
    }),
  },
  awbBeslistermijnWeken: { omschrijving: 'Beslistermijn van de Awb (art. 4:13 lid 2), in weken', schema: heelGetal },
  beleidInwerkingtreding: {
    omschrijving: 'Inwerkingtreding van de Beleidsregels beschut werk Avres 2025',
    schema: datumTekst,
  },
  bijverdienregels: {
    omschrijving: 'Bijverdienregels Pw art. 34a: percentages, maanden en het maximum vanaf de pensioengerechtigde leeftijd',
    schema: bijverdienSchema,
  },
  pensioengerechtigdeLeeftijd: {
    omschrijving: 'Pensioengerechtigde leeftijd (AOW art. 7a): jaren en maanden',
    schema: z.strictObject({ jaren: heelGetal, maanden: heelGetal.max(11, { error: 'hoogstens 11 maanden' }) }),
  },
};

/** The Atw equated days are a list of days, not a dated series: a recorded day is added with its decree. */
export const GELIJKGESTELDE_DAGEN = 'gelijkgesteldeFeestdagen';
const gelijkgesteldeDagSchema = z.strictObject({
  besluit: z.string({ error: 'verwacht de naam van het besluit' }).min(3, { error: 'noem het besluit van gelijkstelling' }),
});

/** The keys a beheerder can record a value for: every series the baseline has, and the Atw equated days. */
export function recordbareReeksen(basis: Parameters): string[] {
  const aanwezig = Object.keys(registerReeksen).filter((k) => k in basis);
  return [...aanwezig, GELIJKGESTELDE_DAGEN];
}

/** The Dutch label of a recordable series. */
export function reeksOmschrijving(sleutel: string): string {
  if (sleutel === GELIJKGESTELDE_DAGEN) return 'Met een feestdag gelijkgestelde dagen (Algemene termijnenwet art. 3 lid 3)';
  return (registerReeksen as Record<string, RegisterReeks<unknown>>)[sleutel]?.omschrijving ?? sleutel;
}

const regelingNamen = Object.keys(regelingen) as [RegelingNaam, ...RegelingNaam[]];
const korteTekst = z.string().trim().min(1).max(40).optional();

/** The article a value rests on, as a `Bron` (regeling from the list of known regelingen). */
export const artikelbronSchema = z.strictObject({
  regeling: z.enum(regelingNamen, { error: `kies een regeling: ${regelingNamen.join(', ')}` }),
  artikel: korteTekst,
  lid: korteTekst,
  onder: korteTekst,
});

/** What a beheerder records: a dated value of a series, with its publication, article and status. */
export const nieuweParameterwaardeSchema = z.strictObject({
  reeks: z.string({ error: 'kies een reeks' }),
  geldigVanaf: datumTekst,
  waarde: z.unknown(),
  publicatie: z
    .string({ error: 'noem de publicatie, bijvoorbeeld "Stcrt. 2026, 16505"' })
    .trim()
    .min(3, { error: 'noem de publicatie, bijvoorbeeld "Stcrt. 2026, 16505"' })
    .max(300),
  artikel: artikelbronSchema,
  status: z.enum(PARAMETER_STATUSSEN as [ParameterStatus, ...ParameterStatus[]], {
    error: `kies een status: ${PARAMETER_STATUSSEN.join(', ')}`,
  }),
  toelichting: z.string().trim().max(1000).optional(),
  /** A correction: the number of the entry this value replaces. */
  vervangt: z.number({ error: 'verwacht het nummer van de boeking die u corrigeert' }).int().positive().optional(),
});
export type NieuweParameterwaarde = z.infer<typeof nieuweParameterwaardeSchema>;

/** A recorded value that counts: approved and neither withdrawn nor corrected by an approved entry. */
export interface GoedgekeurdeWaarde {
  /** The register entry's number, named in the value's source. */
  id: number;
  reeks: string;
  geldigVanaf: Datum;
  /** The value as JSON, read by the series' schema. */
  waarde: unknown;
  status: ParameterStatus;
  publicatie: string;
  artikel: Artikelbron;
}

/** One problem with a recorded value, on the field it concerns (`waarde.perUur`, `reeks`). */
export interface Waardefout {
  field: string;
  message: string;
}

/**
 * The series value a recorded JSON value stands for, or the problems with it (field by field, in Dutch).
 * @example leesRegisterwaarde('wml', { perUur: '15.00', referentiemaandloon: '2340.00' }) // { waarde: { perUur: Decimal 15, … } }
 * @example leesRegisterwaarde('wml', { perUur: 'veel' }).fouten?.[0]?.field // 'waarde.perUur'
 */
export function leesRegisterwaarde(reeks: string, json: unknown): { waarde: unknown; fouten?: undefined } | { fouten: Waardefout[] } {
  const schema =
    reeks === GELIJKGESTELDE_DAGEN ? gelijkgesteldeDagSchema : (registerReeksen as Record<string, RegisterReeks<unknown>>)[reeks]?.schema;
  if (schema === undefined) {
    return {
      fouten: [
        {
          field: 'reeks',
          message: `onbekende reeks "${reeks}"; kies uit: ${Object.keys(registerReeksen).join(', ')}, ${GELIJKGESTELDE_DAGEN}`,
        },
      ],
    };
  }
  const r = schema.safeParse(json);
  if (r.success) return { waarde: r.data };
  return { fouten: r.error.issues.map((i) => ({ field: ['waarde', ...i.path.map(String)].join('.'), message: i.message })) };
}

/**
 * A series value as JSON: amounts and fractions as decimal text, the inverse of the series' schema.
 * @example waardeAlsJson({ perUur: new Decimal('14.71') }) // { perUur: '14.71' }
 */
export function waardeAlsJson(waarde: unknown): unknown {
  if (Decimal.isDecimal(waarde)) return (waarde as Decimal).toFixed();
  if (Array.isArray(waarde)) return waarde.map(waardeAlsJson);
  if (waarde !== null && typeof waarde === 'object') {
    return Object.fromEntries(Object.entries(waarde).map(([k, v]) => [k, waardeAlsJson(v)]));
  }
  return waarde;
}

function registerBron(w: GoedgekeurdeWaarde): string {
  return `${w.publicatie}; vastgelegd in het parameterregister van Avres (nr. ${w.id})`;
}

function metWaarden<T>(reeks: Reeks<T>, nieuw: ReeksWaarde<T>[]): Reeks<T> {
  const vervangen = new Set(nieuw.map((w) => w.geldigVanaf));
  const waarden = [...reeks.waarden.filter((w) => !vervangen.has(w.geldigVanaf)), ...nieuw].sort((a, b) =>
    a.geldigVanaf < b.geldigVanaf ? -1 : a.geldigVanaf > b.geldigVanaf ? 1 : 0,
  );
  const laatste = nieuw.reduce<Datum | undefined>((m, w) => (m === undefined || w.geldigVanaf > m ? w.geldigVanaf : m), undefined);
  if (reeks.bekendTot === undefined || laatste === undefined || laatste <= reeks.bekendTot) return { ...reeks, waarden };
  // An explicit end marks a series set per period; a value recorded past it then extends the range by its year.
  const { bekendTot: _vervalt, ...rest } = reeks;
  return { ...rest, ritme: reeks.ritme ?? 'jaar', waarden };
}

/**
 * The effective figures: the baseline with each approved value added, or replacing the baseline value of the same
 * `geldigVanaf`, with its status, publication and article. The known range then follows from the series' rhythm
 * (`bekendTotVan`). A value for a series the baseline lacks, or one its schema refuses, is left out (the registry
 * refuses both when recording).
 * @example
 * const p = effectieveParameters(basisParameters, [{ id: 1, reeks: 'wml', geldigVanaf: datum('2027-01-01'), waarde: { perUur: '15.00', referentiemaandloon: '2340.00' }, status: 'vastgesteld', publicatie: 'Stcrt. 2026, 30000', artikel: { regeling: 'WML', artikel: '14' } }]);
 * bekendTotVan(p.wml) // '2027-06-30'
 */
export function effectieveParameters(basis: Parameters, goedgekeurd: readonly GoedgekeurdeWaarde[]): Parameters {
  if (goedgekeurd.length === 0) return basis;
  const perReeks = new Map<string, GoedgekeurdeWaarde[]>();
  for (const w of goedgekeurd) perReeks.set(w.reeks, [...(perReeks.get(w.reeks) ?? []), w]);
  const uit: Record<string, unknown> = { ...basis };
  for (const [sleutel, waarden] of perReeks) {
    if (!(sleutel in basis)) continue;
    const gelezen = waarden.flatMap((w) => {
      const r = leesRegisterwaarde(sleutel, w.waarde);
      return r.fouten ? [] : [{ w, waarde: r.waarde }];
    });
    if (sleutel === GELIJKGESTELDE_DAGEN) {
      const dagen = new Map(basis.gelijkgesteldeFeestdagen.map((d) => [d.datum, d] as const));
      for (const { w, waarde } of gelezen)
        dagen.set(w.geldigVanaf, {
          datum: w.geldigVanaf,
          ...(waarde as Omit<GelijkgesteldeDag, 'datum'>),
          bron: registerBron(w),
        } as GelijkgesteldeDag);
      uit[sleutel] = [...dagen.values()].sort((a, b) => (a.datum < b.datum ? -1 : 1));
      continue;
    }
    uit[sleutel] = metWaarden(
      uit[sleutel] as Reeks<unknown>,
      gelezen.map(({ w, waarde }) => ({
        geldigVanaf: w.geldigVanaf,
        waarde,
        bron: registerBron(w),
        artikel: w.artikel,
        ...(w.status === 'vastgesteld' ? {} : { status: w.status }),
      })),
    );
  }
  return uit as unknown as Parameters;
}

/** One entry of the register as the registry keeps it: a value, a correction of one, or a withdrawal of one. */
export interface Registerboeking {
  id: number;
  soort: 'waarde' | 'correctie' | 'intrekking';
  /** The entry a correction or withdrawal replaces. */
  vervangt?: number;
  goedgekeurd: boolean;
  /**
   * False when the series' schema refuses the stored value: an entry approved before a limit it breaks (a negative
   * figure, an amount past whole cents) no longer counts, and says so by not counting.
   */
  leesbaar?: boolean;
}

/**
 * The ids of the approved values that count: approved, readable value or correction entries that no approved
 * correction or withdrawal replaces.
 * @example geldendeBoekingen([{ id: 1, soort: 'waarde', goedgekeurd: true }, { id: 2, soort: 'intrekking', vervangt: 1, goedgekeurd: true }]) // Set {}
 */
export function geldendeBoekingen(boekingen: readonly Registerboeking[]): Set<number> {
  const vervangen = new Set(boekingen.filter((b) => b.goedgekeurd && b.vervangt !== undefined).map((b) => b.vervangt!));
  return new Set(
    boekingen.filter((b) => b.goedgekeurd && b.soort !== 'intrekking' && b.leesbaar !== false && !vervangen.has(b.id)).map((b) => b.id),
  );
}

/** One value of a series as the register shows and exports it: JSON value, status, source text and article. */
export interface WaardeOverzicht {
  geldigVanaf: Datum;
  waarde: unknown;
  status: ParameterStatus;
  bron: string;
  artikel: Bronnen;
  /** The article as a step cites it, and its address on wetten.overheid.nl when there is one. */
  artikelTekst: string;
  url?: string;
}

/** A recordable series with its known range and values. */
export interface ReeksOverzicht {
  sleutel: string;
  naam: string;
  omschrijving: string;
  bekendVanaf?: Datum;
  /** Absent: the newest value applies until the law changes it. */
  bekendTot?: Datum;
  /** How often the law sets a new value; such a series' known range is the edge users meet first. */
  ritme?: 'halfjaar' | 'jaar';
  waarden: WaardeOverzicht[];
}

function waardeOverzicht(w: ReeksWaarde<unknown>): WaardeOverzicht {
  const url = bronUrl(w.artikel);
  return {
    geldigVanaf: w.geldigVanaf,
    waarde: waardeAlsJson(w.waarde),
    status: w.status ?? 'vastgesteld',
    bron: w.bron,
    artikel: w.artikel,
    artikelTekst: bronTekst(w.artikel),
    ...(url ? { url } : {}),
  };
}

/**
 * Every recordable series of a figure set with its known range and its values, in the register's order.
 * @example reeksOverzicht(basisParameters).find((r) => r.sleutel === 'wml')?.bekendTot // '2026-06-30'
 */
export function reeksOverzicht(p: Parameters): ReeksOverzicht[] {
  return recordbareReeksen(p).map((sleutel) => {
    if (sleutel === GELIJKGESTELDE_DAGEN) {
      const dagen = p.gelijkgesteldeFeestdagen;
      const atw: Bronnen = { regeling: 'Atw', artikel: '3', lid: '3' };
      return {
        sleutel,
        naam: 'de met een feestdag gelijkgestelde dagen',
        omschrijving: reeksOmschrijving(sleutel),
        ...(dagen[0]
          ? { bekendVanaf: datum(`${dagen[0].datum.slice(0, 4)}-01-01`), bekendTot: datum(`${dagen.at(-1)!.datum.slice(0, 4)}-12-31`) }
          : {}),
        waarden: dagen.map((d) =>
          waardeOverzicht({
            geldigVanaf: d.datum,
            waarde: { besluit: d.besluit },
            bron: (d as { bron?: string }).bron ?? d.besluit,
            artikel: atw,
          }),
        ),
      };
    }
    const reeks = (p as unknown as Record<string, Reeks<unknown>>)[sleutel]!;
    const bekendTot = bekendTotVan(reeks);
    return {
      sleutel,
      naam: reeks.naam,
      omschrijving: reeksOmschrijving(sleutel),
      ...(reeks.waarden[0] ? { bekendVanaf: reeks.waarden[0].geldigVanaf } : {}),
      ...(bekendTot ? { bekendTot } : {}),
      ...(reeks.ritme ? { ritme: reeks.ritme } : {}),
      waarden: reeks.waarden.map(waardeOverzicht),
    };
  });
}

/** A series whose known range ends soon: users need its next value before they compute past that day. */
export interface Parametersignaal {
  reeks: string;
  naam: string;
  bekendTot: Datum;
  dagenResterend: number;
}

/**
 * The series the law re-sets on a rhythm whose known range ends within `binnen` days of `vandaag` (or has ended),
 * soonest first. A series set per budget year (the vangnet conditions) is asked by budget year, not by today's date,
 * so only the half-yearly series are signalled.
 * @example aflopendeReeksen(basisParameters, datum('2026-06-01'), 60).map((s) => s.reeks) // ['wml', 'bijstandsnormen', 'vrijlating']
 */
export function aflopendeReeksen(p: Parameters, vandaag: Datum, binnen: number): Parametersignaal[] {
  return reeksOverzicht(p)
    .filter((r) => r.ritme === 'halfjaar' && r.bekendTot !== undefined)
    .map((r) => ({ reeks: r.sleutel, naam: r.naam, bekendTot: r.bekendTot!, dagenResterend: dagenTussen(vandaag, r.bekendTot!) }))
    .filter((s) => s.dagenResterend <= binnen)
    .sort((a, b) => a.dagenResterend - b.dagenResterend || a.reeks.localeCompare(b.reeks));
}

/** The exported figure set: every recordable series with its values, named by the version it was computed with. */
export interface Rekengegevens {
  soort: 'avres-rekengegevens';
  versie: string;
  reeksen: Record<string, { bekendTot?: Datum; ritme?: 'halfjaar' | 'jaar'; waarden: Omit<WaardeOverzicht, 'artikelTekst' | 'url'>[] }>;
}

/**
 * The whole effective figure set as one JSON document (GET /api/parameters/export), readable by `leesRekengegevens`.
 * @example exporteerRekengegevens(basisParameters, 'abc').reeksen.wml?.waarden[0]?.waarde // { perUur: '13.27', referentiemaandloon: '2069.40' }
 */
export function exporteerRekengegevens(p: Parameters, versie: string): Rekengegevens {
  return {
    soort: 'avres-rekengegevens',
    versie,
    reeksen: Object.fromEntries(
      reeksOverzicht(p).map((r) => [
        r.sleutel,
        {
          ...(r.bekendTot && r.sleutel !== GELIJKGESTELDE_DAGEN ? { bekendTot: r.bekendTot } : {}),
          ...(r.ritme ? { ritme: r.ritme } : {}),
          waarden: r.waarden.map(({ artikelTekst: _tekst, url: _url, ...w }) => w),
        },
      ]),
    ),
  };
}

const bronSchema = z.union([
  artikelbronSchema.extend({ toelichting: z.string().optional() }),
  z.strictObject({ omschrijving: z.string() }),
]);
const rekengegevensSchema = z.strictObject({
  soort: z.literal('avres-rekengegevens', { error: 'dit is geen export van de rekengegevens (soort "avres-rekengegevens")' }),
  versie: z.string(),
  reeksen: z.record(
    z.string(),
    z.strictObject({
      bekendTot: datumTekst.optional(),
      ritme: z.enum(['halfjaar', 'jaar']).optional(),
      waarden: z.array(
        z.strictObject({
          geldigVanaf: datumTekst,
          waarde: z.unknown(),
          status: z.enum(PARAMETER_STATUSSEN as [ParameterStatus, ...ParameterStatus[]]),
          bron: z.string(),
          artikel: z.union([bronSchema, z.array(bronSchema)]),
        }),
      ),
    }),
  ),
});

/**
 * The figure set of an exported document: each series of the baseline with the document's values (read by the
 * same schemas as a recorded value), its known range as the document states it. A series the document lacks keeps
 * the baseline; anything unreadable is an error naming its place.
 * @example leesRekengegevens(exporteerRekengegevens(basisParameters, 'v1')).versie // 'v1'
 */
export function leesRekengegevens(json: unknown, basis: Parameters): { versie: string; parameters: Parameters } {
  const r = rekengegevensSchema.safeParse(json);
  if (!r.success) {
    const i = r.error.issues[0]!;
    throw new DomeinFout('ONGELDIGE_INVOER', `${i.path.join('.') || 'document'}: ${i.message}`, { field: i.path.join('.') });
  }
  const uit: Record<string, unknown> = { ...basis };
  for (const [sleutel, { bekendTot, ritme, waarden }] of Object.entries(r.data.reeksen)) {
    if (!(sleutel in basis))
      throw new DomeinFout('ONGELDIGE_INVOER', `onbekende reeks "${sleutel}" in de rekengegevens`, { field: `reeksen.${sleutel}` });
    const gelezen = waarden.map((w, i) => {
      const v = leesRegisterwaarde(sleutel, w.waarde);
      if (v.fouten) {
        const f = v.fouten[0]!;
        throw new DomeinFout('ONGELDIGE_INVOER', `reeksen.${sleutel}.waarden.${i}.${f.field}: ${f.message}`, {
          field: `reeksen.${sleutel}.waarden.${i}.${f.field}`,
        });
      }
      return { ...w, waarde: v.waarde };
    });
    if (sleutel === GELIJKGESTELDE_DAGEN) {
      uit[sleutel] = gelezen.map((w) => ({ datum: w.geldigVanaf, ...(w.waarde as object), bron: w.bron }));
      continue;
    }
    const { bekendTot: _basisEinde, ritme: _ritme, ...reeks } = uit[sleutel] as Reeks<unknown>;
    uit[sleutel] = {
      ...reeks,
      ...(bekendTot ? { bekendTot } : {}),
      ...(ritme ? { ritme } : {}),
      waarden: gelezen.map((w) => ({
        geldigVanaf: w.geldigVanaf,
        waarde: w.waarde,
        bron: w.bron,
        artikel: w.artikel as Bronnen,
        ...(w.status === 'vastgesteld' ? {} : { status: w.status }),
      })),
    } satisfies Reeks<unknown>;
  }
  return { versie: r.data.versie, parameters: uit as unknown as Parameters };
}
