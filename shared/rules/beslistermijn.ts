/**
 * Beslistermijn for the indicatie beschut werk.
 *
 * Beleidsregels beschut werk Avres 2025 (shared/sources/003), art. 5 lid 1: "Het dagelijks bestuur besluit
 * binnen 8 weken na het advies van het UWV … of de belanghebbende behoort tot de doelgroep." Lid 3: "… kan het
 * dagelijks bestuur aanvullende informatie opvragen bij het UWV. In afwachting van de aanvullende informatie
 * wordt het besluit … opgeschort …"
 *
 * Readings (DOMAIN.md, FACTS §8):
 * - The term runs from the UWV advice (reading 1); 8 weeks after the advice date is the same weekday 56 days on.
 * - A suspension adds (ontvangen − verzoek) days: suspended from the day after the request through the day of
 *   receipt (reading 3). Requests that overlap suspend the term once: the days counted are those of the union of
 *   the periods, so a day awaited by two requests is not counted twice. A request made after the term has
 *   ended cannot suspend it and adds nothing (a step says so); a request before the advice is refused.
 * - The Algemene termijnenwet art. 1 shifts a last day on a Saturday, Sunday or feestdag (reading 2); the
 *   `termijnenwet: false` switch gives the raw date. Strictly the Atw binds terms "in een wet" only (FACTS §3);
 *   the policy's 8 weeks mirrors Awb 4:13 lid 2, and the Atw is applied as DOMAIN.md chooses.
 *
 * `awbBeslistermijnConflict` compares with the Awb 4:13 lid 2 term from the aanvraag (reading 1: the registry
 * flags a conflict).
 */
import { ongeldig } from '../errors';
import { Parameters, basisParameters } from '../parameters';
import { waardeOp } from '../parameters/reeks';
import { atwVerlenging } from '../time/feestdagen';
import { Datum } from '../time/datum';
import { dagenTussen, plusDagen } from '../time/kalender';
import { figuurStap, Resultaat, Stap, stap } from '../uitleg';
import { beleidOp } from './beleid';
import type { Bron } from '../bron';

/** A request for additional information from UWV and the day it was received (art. 5 lid 3). */
export interface Opschorting {
  verzoek: Datum;
  ontvangen: Datum;
}

export interface BeslistermijnInvoer {
  adviesdatum: Datum;
  opschortingen?: readonly Opschorting[];
  /** Apply the Algemene termijnenwet (default true); false gives the raw date. */
  termijnenwet?: boolean;
}

const ART_5_1: Bron = { regeling: 'Beleidsregels beschut werk Avres 2025', artikel: '5', lid: '1' };
const ATW_1_1: Bron = { regeling: 'Atw', artikel: '1', lid: '1' };
const ART_5_1_EN_ATW = [ART_5_1, ATW_1_1];
const ART_5_3: Bron = { regeling: 'Beleidsregels beschut werk Avres 2025', artikel: '5', lid: '3' };

/** Adds the suspensions to the raw end of the term, one step each. */
function metOpschortingen(
  adviesdatum: Datum,
  ruwEinde: Datum,
  opschortingen: readonly Opschorting[],
  termijnenwet: boolean,
  parameters: Parameters,
  stappen: Stap[],
): Datum {
  opschortingen.forEach((o, i) => {
    if (o.ontvangen < o.verzoek) {
      ongeldig(
        `opschorting ${i + 1}: informatie ontvangen (${o.ontvangen}) ligt vóór het verzoek (${o.verzoek}); de ontvangstdatum moet op of na de verzoekdatum liggen`,
        { field: 'opschortingen' },
      );
    }
    if (o.verzoek < adviesdatum) {
      ongeldig(
        `opschorting ${i + 1}: het verzoek om aanvullende informatie (${o.verzoek}) ligt vóór het UWV-advies (${adviesdatum}); alleen een verzoek na het advies schort de termijn op`,
        { field: 'opschortingen' },
      );
    }
  });
  const opVolgorde = [...opschortingen].sort((a, b) => (a.verzoek < b.verzoek ? -1 : a.verzoek > b.verzoek ? 1 : 0));
  let einde = ruwEinde;
  // Last day already suspended: days up to it are not counted again by an overlapping request.
  let opgeschortTot: Datum | undefined;
  for (const o of opVolgorde) {
    const periode = `Opschorting ${o.verzoek} tot ${o.ontvangen}`;
    const laatsteDag = termijnenwet ? atwVerlenging(einde, parameters).waarde : einde;
    if (o.verzoek > laatsteDag) {
      stappen.push(stap(`${periode}: telt niet, het verzoek volgde na het einde van de termijn (${laatsteDag})`, 0, ART_5_3));
      continue;
    }
    const dagen = dagenTussen(o.verzoek, o.ontvangen);
    const vanaf = opgeschortTot !== undefined && opgeschortTot > o.verzoek ? opgeschortTot : o.verzoek;
    const nieuw = Math.max(0, dagenTussen(vanaf, o.ontvangen));
    const label = nieuw === dagen ? `${periode} (${dagen} dagen)` : `${periode} (${dagen} dagen, waarvan ${dagen - nieuw} al opgeschort)`;
    stappen.push(stap(label, nieuw, [ART_5_3, { omschrijving: 'dagen = ontvangen − verzoek' }]));
    einde = plusDagen(einde, nieuw);
    if (opgeschortTot === undefined || o.ontvangen > opgeschortTot) opgeschortTot = o.ontvangen;
  }
  if (opVolgorde.length > 0) stappen.push(stap('Einde van de termijn met opschortingen', einde, ART_5_3));
  return einde;
}

/**
 * The last day on which Avres must decide on the indicatie beschut werk: 8 weeks after the UWV advice,
 * plus suspensions while awaiting information from UWV, moved by the Algemene termijnenwet.
 * @example beslistermijn({ adviesdatum: '2026-03-02' }).waarde // '2026-04-28' (2026-04-27 is Koningsdag)
 * @example beslistermijn({ adviesdatum: '2026-03-02', termijnenwet: false }).waarde // '2026-04-27'
 * @example beslistermijn({ adviesdatum: '2026-03-02', opschortingen: [{ verzoek: '2026-03-10', ontvangen: '2026-03-20' }] }).waarde // '2026-05-07'
 */
export function beslistermijn(invoer: BeslistermijnInvoer, parameters: Parameters = basisParameters): Resultaat<Datum> {
  const { adviesdatum, opschortingen = [], termijnenwet = true } = invoer;
  const beleid = beleidOp(adviesdatum, 'UWV-advies ontvangen', parameters);
  const weken = beleid.figuren.waarde.beslistermijnWeken;
  const stappen: Stap[] = [stap('UWV-advies ontvangen', adviesdatum, ART_5_1), ...beleid.aanname];
  const ruwEinde = plusDagen(adviesdatum, weken * 7);
  stappen.push(figuurStap(`${weken} weken na het advies (${weken * 7} dagen)`, ruwEinde, beleid.figuren, ART_5_1));
  const einde = metOpschortingen(adviesdatum, ruwEinde, opschortingen, termijnenwet, parameters, stappen);
  if (!termijnenwet) {
    stappen.push(stap('Algemene termijnenwet niet toegepast: ruwe laatste dag', einde, ART_5_1));
    return { waarde: einde, stappen };
  }
  const verlengd = atwVerlenging(einde, parameters);
  stappen.push(...verlengd.stappen);
  stappen.push(stap('Laatste dag van de beslistermijn', verlengd.waarde, ART_5_1_EN_ATW));
  return { waarde: verlengd.waarde, stappen };
}

export interface AwbConflict {
  /** True when the Awb term from the aanvraag ends before the policy term. */
  conflict: boolean;
  /** Last day of the Awb 4:13 term, counted from the aanvraag, Atw applied. */
  awbEinde: Datum;
  /** Last day of the policy term (`beslistermijn`), Atw applied. */
  beleidEinde: Datum;
}

/**
 * Whether the Awb 4:13 lid 2 term (8 weeks after receipt of the aanvraag, Atw applied) ends earlier than the
 * policy term counted from the UWV advice (DOMAIN.md reading 1). The suspensions lengthen the policy term only:
 * waiting for UWV is no Awb 4:15 ground by itself (only with the applicant's written consent, lid 2 onder a),
 * so a flagged case needs a look, and a 4:14 lid 3 notice within the 8 weeks also removes the conflict.
 * @example awbBeslistermijnConflict({ aanvraagdatum: '2026-02-02', adviesdatum: '2026-03-02' }).waarde
 * // { conflict: true, awbEinde: '2026-03-30', beleidEinde: '2026-04-28' }
 */
export function awbBeslistermijnConflict(
  invoer: { aanvraagdatum: Datum; adviesdatum: Datum; opschortingen?: readonly Opschorting[] },
  parameters: Parameters = basisParameters,
): Resultaat<AwbConflict> {
  const { aanvraagdatum, adviesdatum, opschortingen } = invoer;
  const awbWeken = waardeOp(parameters.awbBeslistermijnWeken, aanvraagdatum);
  const bron = awbWeken.artikel;
  const stappen: Stap[] = [stap('Aanvraag ontvangen', aanvraagdatum, bron)];
  const awbRuw = plusDagen(aanvraagdatum, awbWeken.waarde * 7);
  stappen.push(figuurStap(`${awbWeken.waarde} weken na ontvangst van de aanvraag (${awbWeken.waarde * 7} dagen)`, awbRuw, awbWeken));
  const awb = atwVerlenging(awbRuw, parameters);
  stappen.push(...awb.stappen);
  stappen.push(stap('Laatste dag van de Awb-termijn', awb.waarde, [awbWeken.artikel, ATW_1_1].flat()));
  const beleid = beslistermijn({ adviesdatum, opschortingen }, parameters);
  stappen.push(...beleid.stappen);
  const conflict = awb.waarde < beleid.waarde;
  stappen.push(
    stap(
      conflict
        ? `Conflict: de Awb-termijn (${awb.waarde}) eindigt vóór de beleidstermijn (${beleid.waarde}); ` +
            'controleer of binnen de Awb-termijn een mededeling is gedaan (Awb 4:14 lid 3) of de aanvrager schriftelijk met uitstel heeft ingestemd (Awb 4:15 lid 2 onder a)'
        : `Geen conflict: de Awb-termijn (${awb.waarde}) eindigt niet vóór de beleidstermijn (${beleid.waarde})`,
      conflict ? 'ja' : 'nee',
      [
        { regeling: 'Awb', artikel: '4:13, 4:14 lid 3 en 4:15' },
        { regeling: 'Beleidsregels beschut werk Avres 2025', artikel: '5', lid: '1' },
      ],
    ),
  );
  return { waarde: { conflict, awbEinde: awb.waarde, beleidEinde: beleid.waarde }, stappen };
}
