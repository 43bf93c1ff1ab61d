/**
 * Legal sources as data: a step or a parameter value cites a `Bron` (regeling, artikel, lid, onder), and its
 * Dutch short text (`bronTekst`) and its wetten.overheid.nl address (`bronUrl`) are derived from that one value.
 * A leaf module: it imports nothing of the parameters, so every data file and rule can use it.
 */

interface Regeling {
  /** The full title, as in the Staatscourant or the policy document. */
  naam: string;
  /** How a step cites it: "Pw art. 10d lid 4". */
  kort: string;
  /** The BWB identifier on wetten.overheid.nl; absent for a local policy or a regeling without a verified id. */
  bwb?: string;
}

/** Every regeling the rules cite, by the key a `Bron` names it with. */
export const regelingen = {
  Pw: { naam: 'Participatiewet', kort: 'Pw', bwb: 'BWBR0015703' },
  Awb: { naam: 'Algemene wet bestuursrecht', kort: 'Awb', bwb: 'BWBR0005537' },
  WML: { naam: 'Wet minimumloon en minimumvakantiebijslag', kort: 'WML', bwb: 'BWBR0002638' },
  Atw: { naam: 'Algemene termijnenwet', kort: 'Algemene termijnenwet', bwb: 'BWBR0002448' },
  AOW: { naam: 'Algemene Ouderdomswet', kort: 'AOW', bwb: 'BWBR0002221' },
  'Regeling LKS Pw 2021': { naam: 'Regeling loonkostensubsidie Participatiewet 2021', kort: 'Regeling LKS Pw 2021' },
  'Besluit Pw': { naam: 'Besluit Participatiewet', kort: 'Besluit Participatiewet' },
  // FACTS §10.6: the AMvB is the Besluit minimumjeugdloon; steps keep the name they have always shown.
  'Besluit minimumjeugdloon': { naam: 'Besluit minimumjeugdloon', kort: 'Besluit minimumjeugdloonbedragen', bwb: 'BWBR0003599' },
  'Beleidsregels beschut werk Avres 2025': {
    naam: 'Beleidsregels beschut werk Avres 2025',
    kort: 'Beleidsregels beschut werk Avres 2025',
  },
} as const satisfies Record<string, Regeling>;

export type RegelingNaam = keyof typeof regelingen;

/** A place in a regeling. `artikel` may name several articles of it ("4:13, 4:14 lid 3 en 4:15"). */
export interface Artikelbron {
  regeling: RegelingNaam;
  /** Absent when the step cites the regeling as a whole. */
  artikel?: string;
  lid?: string;
  onder?: string;
  /** A short remark shown in parentheses after the place: "(vangnetuitkering)". */
  toelichting?: string;
}

/** A source that is not a legal article: the case register, the ledger, a choice Avres made, a scenario. */
export interface Omschrijving {
  omschrijving: string;
}

export type Bron = Artikelbron | Omschrijving;

/** One source, or several cited together (shown separated by "; "). */
export type Bronnen = Bron | readonly Bron[];

function isOmschrijving(b: Bron): b is Omschrijving {
  return 'omschrijving' in b;
}

function eenBronTekst(b: Bron): string {
  if (isOmschrijving(b)) return b.omschrijving;
  const plaats = [
    regelingen[b.regeling].kort,
    b.artikel !== undefined ? ` art. ${b.artikel}` : '',
    b.lid !== undefined ? ` lid ${b.lid}` : '',
    b.onder !== undefined ? ` onder ${b.onder}` : '',
    b.toelichting !== undefined ? ` (${b.toelichting})` : '',
  ];
  return plaats.join('');
}

/** Why: rules cite the same constant sources in every step of every call; their text is built once. */
const teksten = new WeakMap<Bronnen, string>();

/**
 * The Dutch short text of a source, as steps show it.
 * @example bronTekst({ regeling: { regeling: 'Pw' }, artikel: '10d', lid: '4' }) // { regeling: 'Pw', artikel: '10d', lid: '4' }
 * @example bronTekst([{ regeling: { regeling: 'Pw' }, artikel: '74' }, { omschrijving: 'driejaarsvoorwaarde' }]) // [{ regeling: 'Pw', artikel: '74' }, { omschrijving: 'driejaarsvoorwaarde' }]
 */
export function bronTekst(bronnen: Bronnen): string {
  let tekst = teksten.get(bronnen);
  if (tekst === undefined) {
    tekst = isLijst(bronnen) ? bronnen.map(eenBronTekst).join('; ') : eenBronTekst(bronnen);
    teksten.set(bronnen, tekst);
  }
  return tekst;
}

function isLijst(bronnen: Bronnen): bronnen is readonly Bron[] {
  return Array.isArray(bronnen);
}

/**
 * The wetten.overheid.nl address of the first article among the sources, for panes that link to the law; undefined
 * when none of them is a regeling with a BWB id.
 * @example bronUrl({ regeling: { regeling: 'Awb' }, artikel: '4:17', lid: '2' }) // 'https://wetten.overheid.nl/BWBR0005537#Artikel4:17'
 */
export function bronUrl(bronnen: Bronnen): string | undefined {
  for (const b of isLijst(bronnen) ? bronnen : [bronnen]) {
    if (isOmschrijving(b)) continue;
    const regeling: Regeling = regelingen[b.regeling];
    if (regeling.bwb === undefined) continue;
    const nummer = b.artikel?.match(/^[0-9]+[a-z]?(:[0-9]+[a-z]?)?/)?.[0];
    return `https://wetten.overheid.nl/${regeling.bwb}${nummer ? `#Artikel${nummer}` : ''}`;
  }
  return undefined;
}
