/**
 * `=AVRES.DWANGSOM(…)`: thin over the rule `dwangsomInCenten` in shared/rules/dwangsom.ts.
 */
import type { Datum } from '../time/datum';
import { dwangsomInCenten, hoogsteDwangsom } from '../rules/dwangsom';
import { datumArg } from './argumenten';
import { rekenregel, uitHonderdsten } from './rekenregel';
import { basisParameters } from '../parameters';
import { nieuwsteWaarde } from '../parameters/reeks';
import { euroNl, opsommingNl } from '../parameters/notatie';

const NIEUWSTE = nieuwsteWaarde(basisParameters.dwangsom);
const D = NIEUWSTE.waarde;
const HOOGSTENS = hoogsteDwangsom(NIEUWSTE);

export const DWANGSOM = rekenregel<[Datum, Datum, Datum?]>({
  naam: 'DWANGSOM',
  beschrijving: `Dwangsom bij niet tijdig beslissen: ${opsommingNl(D.treden.map((t) => euroNl(t.bedragPerDag)))} per dag, hoogstens ${D.maxDagen} dagen (${euroNl(HOOGSTENS)}; bedragen naar de datum).`,
  bron: 'Awb art. 4:17',
  argumenten: [
    datumArg('einde_beslistermijn', 'laatste dag van de beslistermijn'),
    datumArg('ingebrekestelling_ontvangen', 'datum waarop de ingebrekestelling is ontvangen'),
    datumArg('beslisdatum', 'datum van het besluit; leeg: tot vandaag', { optioneel: true }),
  ],
  resultaat: 'bedrag',
  voorbeeld: { args: ['2026-03-02', '2026-03-05', '2026-04-10'], uitkomst: '602.00' },
  bereken: ([eindeBeslistermijn, ingebrekestellingOntvangen, beslisdatum], ctx, p) =>
    uitHonderdsten(dwangsomInCenten({ eindeBeslistermijn, ingebrekestellingOntvangen, beslisdatum, vandaag: ctx.vandaag }, p, ctx)),
});
