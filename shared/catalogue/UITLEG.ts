/**
 * `=AVRES.UITLEG("FUNCTIE"; arg1; arg2; …)`: the steps of another catalogue function spilled as a table
 * (stap, waarde, bron). It explains the functions it is given, so the catalogue's index can list it beside them.
 * When a step rests on a figure that is not vastgesteld, the table has a fourth column `status` (onbevestigd,
 * aangekondigd, raming with the scenario's name; empty for the other steps); tables on vastgesteld figures keep
 * their three columns.
 */
import { DomeinFout } from '../errors';
import { bronTekst } from '../bron';
import { markeringTekst } from '../parameters/status';
import { metWaarde, type Resultaat } from '../uitleg';
import { getalArg, tekstArg } from './argumenten';
import type { CatalogusFunctie } from './functie';

/**
 * UITLEG over the given functions.
 * @example uitlegOver([WML]).uitvoeren(['WML', '2026-01-01'], ctx) // { waarde: [['stap', 'waarde', 'bron'], …], stappen }
 */
export function uitlegOver(functies: readonly CatalogusFunctie[]): CatalogusFunctie {
  const opNaam = new Map(functies.map((f) => [f.naam, f]));
  return {
    naam: 'UITLEG',
    beschrijving:
      'De stappen van een andere AVRES-functie als tabel: stap, waarde, bron (en status bij een onbevestigd, aangekondigd of geraamd cijfer).',
    bron: 'De bron van elke stap staat in de tabel',
    argumenten: [
      tekstArg('functie', 'naam van de functie, bijvoorbeeld "LOONKOSTENSUBSIDIE"'),
      { ...getalArg('argumenten', 'de argumenten van die functie, in dezelfde volgorde', { optioneel: true }), lees: (v) => v },
    ],
    herhalend: true,
    resultaat: 'tabel',
    voorbeeld: { args: ['LOONKOSTENSUBSIDIE', 0.6, 36, '2026-01-01'], uitkomst: 'tabel: stap, waarde, bron' },
    leestRegister(args) {
      const naam =
        typeof args[0] === 'string'
          ? args[0]
              .trim()
              .toUpperCase()
              .replace(/^AVRES\./, '')
          : '';
      return opNaam.get(naam)?.leestRegister?.(args.slice(1)) ?? false;
    },
    uitvoeren(args, ctx) {
      const naam = tekstArg('functie', '').lees(args[0], 1).toUpperCase();
      const doel = opNaam.get(naam.replace(/^AVRES\./, ''));
      if (!doel) {
        throw new DomeinFout('ONBEKENDE_FUNCTIE', `onbekende functie "${naam}"; kies uit: ${functies.map((f) => f.naam).join(', ')}`, {
          argument: 1,
        });
      }
      const tabel = (r: Resultaat<unknown>): Resultaat<unknown> => {
        const rijen = r.stappen.map((s) => [s.label, s.waarde, bronTekst(s.bron)]);
        if (!r.stappen.some((s) => s.status !== undefined)) return metWaarde(r, [['stap', 'waarde', 'bron'], ...rijen]);
        const status = r.stappen.map((s) => (s.status === undefined ? '' : markeringTekst(s.status)));
        return metWaarde(r, [['stap', 'waarde', 'bron', 'status'], ...rijen.map((rij, i) => [...rij, status[i]!])]);
      };
      // The explained function's argument n is UITLEG's argument n + 1: errors point at the cell the user typed.
      const verschoven = (e: unknown): never => {
        throw e instanceof DomeinFout && e.argument !== undefined ? new DomeinFout(e.code, e.message, { argument: e.argument + 1 }) : e;
      };
      try {
        const r = doel.uitvoeren(args.slice(1), ctx.stappen === false ? { ...ctx, stappen: true } : ctx);
        return r instanceof Promise ? r.then(tabel, verschoven) : tabel(r);
      } catch (e) {
        return verschoven(e);
      }
    },
  };
}
