/**
 * Writes shared/catalogue/beschrijvingen.json, the serialisable description of the catalogue that the add-in
 * imports instead of the catalogue itself. Run after changing a catalogue entry; a test fails until you do.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { catalogus } from '../shared/catalogue';
import { beschrijf } from '../shared/catalogue/beschrijf';

export const BESCHRIJVINGEN = join(__dirname, '..', 'shared', 'catalogue', 'beschrijvingen.json');

if (require.main === module) {
  writeFileSync(BESCHRIJVINGEN, `${JSON.stringify(catalogus.map(beschrijf), null, 2)}\n`);
  console.log(`${catalogus.length} functies beschreven in ${BESCHRIJVINGEN}.`);
}
