/**
 * The terms of the Beleidsregels beschut werk Avres 2025 that apply to a date, including dates before the policy
 * took effect (FACTS §10.5). A beleidsregel binds the dagelijks bestuur when it decides, so a UWV advice received
 * before the entry into force and decided after it still falls under the 8-week rule; the month arithmetic of the
 * praktijktoets and the dienstverband does not depend on the policy, only its limits do. Reading chosen: a date
 * before the entry into force gets the 2025 terms (the first policy value), with a step that says so; the
 * framework before it (Re-integratieverordening Participatiewet Avres 2023) is not known to this product.
 */
import { Parameters, basisParameters } from '../parameters';
import type { BeschutWerkFiguren } from '../parameters/figuren';
import { nieuwsteWaarde, ReeksWaarde, waardeOp } from '../parameters/reeks';
import type { Datum } from '../time/datum';
import { figuurStap, Stap } from '../uitleg';

export interface BeleidOpDatum {
  figuren: ReeksWaarde<BeschutWerkFiguren>;
  /** One step when the date lies before the entry into force: what was assumed. */
  aanname: Stap[];
}

/**
 * The policy terms for a date; before the entry into force the 2025 terms, with the assumption as a step.
 * @example beleidOp('2025-03-03', 'UWV-advies ontvangen').aanname[0].label // 'UWV-advies ontvangen (3 maart 2025) ligt vóór …'
 */
export function beleidOp(datum: Datum, wat: string, parameters: Parameters = basisParameters): BeleidOpDatum {
  const inwerking = nieuwsteWaarde(parameters.beleidInwerkingtreding);
  const eerste = parameters.beschutWerk.waarden[0];
  if (datum >= inwerking.waarde || eerste === undefined) {
    const op = eerste !== undefined && datum < eerste.geldigVanaf ? eerste.geldigVanaf : datum;
    return { figuren: waardeOp(parameters.beschutWerk, op), aanname: [] };
  }
  return {
    figuren: eerste,
    aanname: [
      figuurStap(
        `${wat} (${datum}) ligt vóór de inwerkingtreding van de Beleidsregels beschut werk Avres 2025 (aangenomen: ${inwerking.waarde}): ` +
          'de termen van 2025 zijn toegepast, want een beleidsregel geldt voor het besluit dat na de inwerkingtreding wordt genomen',
        inwerking.waarde,
        inwerking,
      ),
    ],
  };
}
