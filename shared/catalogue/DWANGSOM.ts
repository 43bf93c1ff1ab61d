/**
 * `=AVRES.DWANGSOM(…)`: thin over the rule `dwangsom` in shared/rules/dwangsom.ts.
 */
import type { Datum } from '../time/datum';
import { dwangsom } from '../rules/dwangsom';
import { datumArg } from './argumenten';
import { rekenregel } from './rekenregel';

export const DWANGSOM = rekenregel<[Datum, Datum, Datum?]>({
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
});
