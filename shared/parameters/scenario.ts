/**
 * Scenarios: named overrides of legal figures, for policy staff who want to see "what if". A scenario yields a
 * complete `Parameters` object, so every rule and every spreadsheet function takes it as it takes the law's
 * figures (the `scenario` argument). Only figures that are legal parameters are overridden here: the minimum
 * wage (a factor), the LKS cap (Pw art. 10d lid 4: 70 %) and the werkgeverslasten (Regeling LKS 2021 art. 1:
 * 23,5 %). The other scenario inputs (begeleiding per place, a loonwaarde shift, extra instroom) are not law
 * but assumptions about the cases; they enter the comparison in `rules/scenariovergelijking.ts`.
 *
 * From `ingangsdatum` on (absent: from the first value of each series) the overridden values replace those in
 * force; a value in force on the ingangsdatum is split there so the figures before it stay as they are. Only a
 * raming (`wijzigingen.raming`, parameters/raming.ts) extends the known range; it is applied first, so the other
 * overrides also change projected figures. An override whose ingangsdatum lies past the known range of the series
 * it changes would change nothing: it is refused, naming the range and the raming. A changed value keeps the
 * status and raming mark of the value it changes.
 */
import Decimal from 'decimal.js';
import { opCenten } from '../geld';
import type { ScenarioWijzigingen } from '../schemas/grootboek';
import { Datum, datumNl } from '../time/datum';
import { ongeldig } from '../errors';
import { ramingParameters } from './raming';
import { Parameters, basisParameters } from './index';
import { bekendTotVan, Reeks, ReeksWaarde } from './reeks';

export interface Scenario {
  naam: string;
  omschrijving?: string;
  ingangsdatum?: Datum;
  wijzigingen: ScenarioWijzigingen;
}

function wijzigReeks<T>(reeks: Reeks<T>, ingangsdatum: Datum | undefined, bron: string, wijzig: (w: T) => T): Reeks<T> {
  const bekendTot = bekendTotVan(reeks);
  if (ingangsdatum !== undefined && bekendTot !== undefined && ingangsdatum > bekendTot) {
    ongeldig(
      `ingangsdatum ${datumNl(ingangsdatum)} ligt na het bekende bereik van ${reeks.naam} (tot en met ${datumNl(bekendTot)}): ` +
        'het scenario zou niets wijzigen. Kies een eerdere ingangsdatum, of voeg een raming toe (wijzigingen.raming) die de cijfers doortrekt.',
      { field: 'ingangsdatum' },
    );
  }
  const waarden: ReeksWaarde<T>[] = [];
  const gewijzigd = (w: ReeksWaarde<T>, vanaf: Datum): ReeksWaarde<T> => ({
    geldigVanaf: vanaf,
    waarde: wijzig(w.waarde),
    bron: `${bron}; gewijzigd ten opzichte van: ${w.bron}`,
    artikel: [w.artikel, { omschrijving: 'scenario' }].flat(),
    ...(w.status !== undefined ? { status: w.status } : {}),
    ...(w.raming !== undefined ? { raming: w.raming } : {}),
  });
  reeks.waarden.forEach((w, i) => {
    const volgende = reeks.waarden[i + 1];
    if (ingangsdatum === undefined || w.geldigVanaf >= ingangsdatum) {
      waarden.push(gewijzigd(w, w.geldigVanaf));
    } else if (volgende === undefined || volgende.geldigVanaf > ingangsdatum) {
      waarden.push(w);
      waarden.push(gewijzigd(w, ingangsdatum));
    } else {
      waarden.push(w);
    }
  });
  return { ...reeks, naam: `${reeks.naam} (scenario)`, waarden };
}

/**
 * The parameters of a scenario: the base figures with the scenario's legal overrides.
 * @example
 * const p = scenarioParameters({ naam: 'wml-plus-3', wijzigingen: { wmlFactor: 1.03 } });
 * waardeOp(p.wml, '2026-01-01').waarde.referentiemaandloon.toFixed(2) // '2363.23'
 */
export function scenarioParameters(scenario: Scenario, basis: Parameters = basisParameters): Parameters {
  const { wmlFactor, lksMaximum, werkgeverslasten, raming } = scenario.wijzigingen;
  const bron = `Scenario "${scenario.naam}"${scenario.omschrijving ? `: ${scenario.omschrijving}` : ''}`;
  let uit: Parameters = raming === undefined ? { ...basis } : ramingParameters(basis, raming, scenario.naam);
  if (wmlFactor !== undefined) {
    const f = new Decimal(wmlFactor);
    uit = {
      ...uit,
      wml: wijzigReeks(uit.wml, scenario.ingangsdatum, `${bron} (minimumloon × ${f.toFixed()})`, (w) => ({
        perUur: opCenten(w.perUur.times(f)),
        referentiemaandloon: opCenten(w.referentiemaandloon.times(f)),
      })),
    };
  }
  if (lksMaximum !== undefined || werkgeverslasten !== undefined) {
    const delen = [
      lksMaximum !== undefined ? `maximum ${new Decimal(lksMaximum).times(100).toFixed()}%` : '',
      werkgeverslasten !== undefined ? `werkgeverslasten ${new Decimal(werkgeverslasten).times(100).toFixed()}%` : '',
    ].filter(Boolean);
    uit = {
      ...uit,
      loonkostensubsidie: wijzigReeks(uit.loonkostensubsidie, scenario.ingangsdatum, `${bron} (${delen.join(', ')})`, (w) => ({
        ...w,
        ...(lksMaximum !== undefined ? { maximum: new Decimal(lksMaximum) } : {}),
        ...(werkgeverslasten !== undefined ? { werkgeverslasten: new Decimal(werkgeverslasten) } : {}),
      })),
    };
  }
  return uit;
}
