import { catalogus, zoekFunctie } from '../../../shared/catalogue';
import { evalueer } from '../../../shared/catalogue/evalueer';
import { datum } from '../../../shared/time/datum';

const ctx = { vandaag: datum('2026-11-24') };

/** The functions of DOMAIN.md, in its order. */
const DOMEIN = [
  'LOONKOSTENSUBSIDIE',
  'BESLISTERMIJN',
  'WACHTLIJSTPOSITIE',
  'PRAKTIJKTOETS_EINDE',
  'TIJDELIJK_DIENSTVERBAND_EINDE',
  'VAST_DIENSTVERBAND_VANAF',
  'TAAKSTELLING_PLEKKEN',
  'BEGELEIDINGSKOSTEN',
  'VANGNETUITKERING',
  'DWANGSOM',
  'VRIJLATING',
  'BIJSTANDSNORM',
  'WML',
  'UITLEG',
];

describe('the catalogue', () => {
  it('holds every function of DOMAIN.md, in its order', () => {
    for (const naam of DOMEIN) expect(zoekFunctie(naam)?.naam).toBe(naam);
    expect(catalogus.map((f) => f.naam).filter((naam) => DOMEIN.includes(naam))).toEqual(DOMEIN);
  });

  it('describes every function and argument in Dutch with a legal source', () => {
    for (const f of catalogus) {
      expect(f.beschrijving.length).toBeGreaterThan(10);
      expect(f.bron.length).toBeGreaterThan(5);
      for (const a of f.argumenten) expect(a.beschrijving.length).toBeGreaterThan(3);
    }
  });

  it.each(catalogus.filter((f) => !['WACHTLIJSTPOSITIE', 'BUIG_SALDO', 'UITLEG'].includes(f.naam)).map((f) => [f.naam, f] as const))(
    'computes the worked example of %s as documented',
    async (_naam, f) => {
      const r = await evalueer({ function: f.naam, args: f.voorbeeld.args }, ctx);
      if ('error' in r) throw new Error(r.error.message);
      const verwacht = f.resultaat === 'bedrag' ? Number(f.voorbeeld.uitkomst) : f.voorbeeld.uitkomst;
      expect(f.resultaat === 'getal' ? String(r.value) : r.value).toEqual(verwacht);
      expect(r.steps?.length).toBeGreaterThan(0);
      for (const s of r.steps ?? []) expect(s.source.length).toBeGreaterThan(2);
    },
  );
});
