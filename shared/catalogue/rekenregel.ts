/**
 * A rule whose figures come from the parameters: it takes one more optional argument, `scenario`, the name of
 * a stored scenario whose figures replace the law's (issue 5); without it the law's figures apply.
 */
import { DomeinFout } from '../errors';
import { basisParameters, Parameters } from '../parameters';
import { centenAlsEuro, type Centen } from '../breuk';
import { metWaarde, type Resultaat } from '../uitleg';
import { tekstArg } from './argumenten';
import { CatalogusFunctie, EvaluatieContext, functie } from './functie';

type Regelberekening<A> = (args: A, ctx: EvaluatieContext, parameters: Parameters) => Resultaat<unknown>;

/**
 * A catalogue entry over a rule with legal figures, with the `scenario` argument added last.
 * @example rekenregel<[Datum]>({ naam: 'WML', argumenten: [peildatumArg()], bereken: ([peildatum], _ctx, p) => minimumloon({ peildatum }, p), … })
 */
export function rekenregel<A extends unknown[]>(
  f: Omit<CatalogusFunctie, 'uitvoeren'> & { bereken: Regelberekening<A> },
): CatalogusFunctie {
  const { bereken, ...rest } = f;
  const argumenten = [
    ...f.argumenten,
    tekstArg('scenario', 'naam van een opgeslagen scenario; leeg: de cijfers van de wet (alleen via de API)', { optioneel: true }),
  ];
  const positie = argumenten.length;
  return functie<unknown[]>({
    ...rest,
    argumenten,
    // Any value in the scenario's place may name a scenario (the reading decides); only no value at all reads none.
    leestRegister: (args) =>
      args.length >= positie && args[positie - 1] !== undefined && args[positie - 1] !== null && args[positie - 1] !== '',
    bereken(gelezen, ctx) {
      const scenario = gelezen.pop() as string | undefined;
      if (scenario === undefined) return bereken(gelezen as A, ctx, ctx.parameters ?? basisParameters);
      if (!ctx.register)
        throw new DomeinFout('NIET_BESCHIKBAAR', `scenario "${scenario}" is alleen beschikbaar via de API (het casusregister)`, {
          argument: positie,
        });
      return ctx.register.scenario(scenario).then(
        (parameters) => bereken(gelezen as A, ctx, parameters),
        (e: unknown) => {
          throw e instanceof DomeinFout ? new DomeinFout(e.code, e.message, { argument: positie }) : e;
        },
      );
    },
  });
}

/**
 * A rule's result in whole hundredths (cents, or hundredths of a place) as the number of the answer: the nearest
 * double, as a Decimal's `toNumber()` gave it.
 * @example uitHonderdsten({ waarde: 122411, stappen: [] }).waarde // 1224.11
 */
export function uitHonderdsten(r: Resultaat<Centen>): Resultaat<number> {
  return metWaarde(r, centenAlsEuro(r.waarde));
}
