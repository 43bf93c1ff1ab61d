/** The templates the task pane offers and `npm run templates` writes, under their file names. */
import { begrotingBeschutWerk } from './begroting-beschut-werk';
import type { Sjabloon } from './sjabloon';
import { termijnenoverzicht } from './termijnenoverzicht';

export interface SjabloonKeuze {
  titel: string;
  bestand: string;
  uitleg: string;
  maak: () => Sjabloon;
}

export const SJABLONEN: readonly SjabloonKeuze[] = [
  {
    titel: 'Begroting beschut werk',
    bestand: 'begroting-beschut-werk.xlsx',
    uitleg: 'Loonkostensubsidie per medewerker en maand van het begrotingsjaar, naar de dagen in dienst.',
    maak: () => begrotingBeschutWerk(),
  },
  {
    titel: 'Termijnenoverzicht',
    bestand: 'termijnen-overzicht.xlsx',
    uitleg: 'Uiterste beslisdatum en einde praktijktoets per casus.',
    maak: termijnenoverzicht,
  },
];
