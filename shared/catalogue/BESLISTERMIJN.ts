/**
 * `=AVRES.BESLISTERMIJN(…)`: thin over the rule `beslistermijn` in shared/rules/beslistermijn.ts.
 */
import { DomeinFout } from '../errors';
import type { Datum } from '../time/datum';
import { beslistermijn } from '../rules/beslistermijn';
import { bereikArg, datumArg, leesDatum, logischArg } from './argumenten';
import { rekenregel } from './rekenregel';
import { basisParameters } from '../parameters';
import { nieuwsteWaarde } from '../parameters/reeks';

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

export const BESLISTERMIJN = rekenregel<[Datum, unknown[][]?, boolean?]>({
  naam: 'BESLISTERMIJN',
  beschrijving: `Laatste dag van de beslistermijn: ${nieuwsteWaarde(basisParameters.beschutWerk).waarde.beslistermijnWeken} weken na het UWV-advies, plus opschortingen, verschoven volgens de Algemene termijnenwet.`,
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
});
