/**
 * Cases (casussen) of beschut werk and their dated events, as the registry stores them and the API and
 * add-in exchange them (DOMAIN.md "The registry"). Events are immutable facts with the date they took
 * effect; every derived fact (beslistermijn, praktijktoets einde, wachtlijstpositie) is computed from them.
 */
import { z } from 'zod';
import { datum, isDatum } from '../time/datum';
import { tekstveld } from './tekst';
import { GEMEENTEN, ROUTES, STATUSSEN } from './casus-waarden';

export { GEMEENTEN, inVolgorde, ROUTES, STATUSSEN, type CasusStatus, type Gemeente, type Route } from './casus-waarden';

export const datumSchema = z
  .string({ error: 'verwacht een datum als tekst, bijvoorbeeld "2026-03-02"' })
  .refine(isDatum, { error: 'geen geldige datum; gebruik JJJJ-MM-DD, bijvoorbeeld "2026-03-02"' })
  .transform(datum);

export const gemeenteSchema = z.enum(GEMEENTEN, { error: `onbekende gemeente; kies uit: ${GEMEENTEN.join(', ')}` });
export const routeSchema = z.enum(ROUTES, { error: `onbekende route; kies uit: ${ROUTES.join(', ')}` });
export const statusSchema = z.enum(STATUSSEN, { error: `onbekende status; kies uit: ${STATUSSEN.join(', ')}` });

const toelichting = tekstveld('toelichting', 1000).optional();

const gebeurtenis = <S extends string, V extends z.ZodRawShape>(soort: S, velden: V) =>
  z.strictObject({ soort: z.literal(soort), datum: datumSchema, toelichting, ...velden });

/** Events a user may append to an existing case (the aanmelding is written when the case is created). */
export const nieuweGebeurtenisSchema = z.discriminatedUnion(
  'soort',
  [
    gebeurtenis('praktijktoets_start', {}),
    gebeurtenis('praktijktoets_verlenging', {
      maanden: z
        .number({ error: 'maanden moet een getal zijn' })
        .int({ error: 'maanden moet een geheel getal zijn' })
        // The most an extension may add up to is a figure of the policy (art. 3 lid 4), checked with the case's
        // other extensions when the event is recorded (shared/casus/verloop.ts, shared/rules/praktijktoets.ts).
        .min(1, { error: 'maanden moet minstens 1 zijn' }),
    }),
    gebeurtenis('praktijktoets_einde', {}),
    gebeurtenis('uwv_advies_aangevraagd', {}),
    gebeurtenis('uwv_advies_ontvangen', {
      uitkomst: z.enum(['positief', 'negatief'], { error: 'uitkomst moet "positief" of "negatief" zijn' }),
    }),
    gebeurtenis('opschorting_verzoek', {}),
    gebeurtenis('opschorting_ontvangen', {}),
    gebeurtenis('besluit_indicatie', {
      uitkomst: z.enum(['toegekend', 'afgewezen'], { error: 'uitkomst moet "toegekend" of "afgewezen" zijn' }),
    }),
    gebeurtenis('op_wachtlijst', {}),
    gebeurtenis('ziek_van', {}),
    gebeurtenis('ziek_tot', {}),
    gebeurtenis('dienstverband_start', {
      dienstverband: z.enum(['tijdelijk', 'vast'], { error: 'dienstverband moet "tijdelijk" of "vast" zijn' }),
      urenPerWeek: z
        .number({ error: 'urenPerWeek moet een getal zijn' })
        .gt(0, { error: 'urenPerWeek moet groter dan 0 zijn' })
        .max(60, { error: 'urenPerWeek mag hoogstens 60 zijn' }),
      loonwaarde: z
        .number({ error: 'loonwaarde moet een getal zijn (45% = 0,45)' })
        .min(0, { error: 'loonwaarde moet tussen 0 en 1 liggen (45% = 0,45)' })
        .max(1, { error: 'loonwaarde moet tussen 0 en 1 liggen (45% = 0,45)' })
        .nullable()
        .optional(),
    }),
    gebeurtenis('dienstverband_einde', {}),
    gebeurtenis('uitgeschreven', {}),
    gebeurtenis('opnieuw_aangemeld', {}),
    gebeurtenis('verhuisd', {
      van: z.union([gemeenteSchema, z.literal('buiten_regio')], {
        error: `van moet "buiten_regio" of een gemeente zijn: ${GEMEENTEN.join(', ')}`,
      }),
      naar: gemeenteSchema,
      oorspronkelijkeIndicatiedatum: datumSchema.optional(),
    }),
    gebeurtenis('indicatie_ingetrokken', {}),
  ],
  { error: 'onbekende soort gebeurtenis; zie GET /api/openapi.json voor de toegestane soorten' },
);
export type NieuweGebeurtenis = z.infer<typeof nieuweGebeurtenisSchema>;

/** The first event of every case, written by the registry when the case is created. */
export const aanmeldingSchema = gebeurtenis('aanmelding', { gemeente: gemeenteSchema, route: routeSchema });
export type Aanmelding = z.infer<typeof aanmeldingSchema>;

export type GebeurtenisInhoud = NieuweGebeurtenis | Aanmelding;
export type GebeurtenisSoort = GebeurtenisInhoud['soort'];

/** An event as stored: its content plus its place in the case's history and who recorded it when. */
export type VastgelegdeGebeurtenis = GebeurtenisInhoud & {
  /** 1 for the aanmelding; equals the case's version right after this event. */
  volgnummer: number;
  vastgelegdDoor: string;
  vastgelegdOp: string;
};

/** POST /api/cases. */
export const nieuweCasusSchema = z.strictObject({
  gemeente: gemeenteSchema,
  route: routeSchema,
  bsn: z.string({ error: 'bsn moet tekst zijn: 9 cijfers' }),
  aanmeldingsdatum: datumSchema,
  toelichting,
});
export type NieuweCasus = z.infer<typeof nieuweCasusSchema>;

/** GET /api/cases query parameters. */
export const casusFilterSchema = z.strictObject({
  gemeente: gemeenteSchema.optional(),
  status: statusSchema.optional(),
  route: routeSchema.optional(),
  limit: z.coerce
    .number({ error: 'limit moet een getal zijn' })
    .int({ error: 'limit moet een geheel getal zijn' })
    .min(1, { error: 'limit moet minstens 1 zijn' })
    .max(500, { error: 'limit mag hoogstens 500 zijn' })
    .default(100),
  offset: z.coerce
    .number({ error: 'offset moet een getal zijn' })
    .int({ error: 'offset moet een geheel getal zijn' })
    .min(0, { error: 'offset mag niet negatief zijn' })
    .max(10_000_000, { error: 'offset is te groot' })
    .default(0),
});
export type CasusFilter = z.infer<typeof casusFilterSchema>;

/** A case in a list: no personal data. */
export const casusSamenvattingSchema = z.object({
  casusnummer: z.string(),
  gemeente: gemeenteSchema,
  route: routeSchema,
  status: statusSchema,
  versie: z.number().int(),
  aanmeldingsdatum: z.string(),
});
export type CasusSamenvatting = z.infer<typeof casusSamenvattingSchema>;
