import { catalogus, RegisterToegang } from '../../../shared/catalogue';
import { evalueer, evalueerBatch } from '../../../shared/catalogue/evalueer';
import { DomeinFout } from '../../../shared/errors';
import { scenarioParameters } from '../../../shared/parameters/scenario';
import { datum } from '../../../shared/time/datum';

const ctx = { vandaag: datum('2026-11-24') };

describe('the scenario argument', () => {
  const register = {
    wachtlijstpositie: () => Promise.reject(new Error('niet gebruikt')),
    scenario: async (naam: string) => {
      if (naam !== 'wml-plus-10') throw new DomeinFout('NIET_GEVONDEN', `scenario "${naam}" bestaat niet`);
      return scenarioParameters({ naam, wijzigingen: { wmlFactor: 1.1 } });
    },
  } as unknown as RegisterToegang;
  const metRegister = { ...ctx, register };

  it('is the last, optional argument of every rule with legal figures', () => {
    for (const f of catalogus.filter((c) => !['WACHTLIJSTPOSITIE', 'BUIG_SALDO', 'UITLEG'].includes(c.naam))) {
      expect(f.argumenten.at(-1)).toMatchObject({ naam: 'scenario', optioneel: true });
    }
  });

  it("replaces the law's figures with the scenario's: WML 2026 × 1.1 = 2523.84", async () => {
    const [wet, scenario] = await evalueerBatch(
      [
        { function: 'WML', args: ['2026-01-01'] },
        { function: 'WML', args: ['2026-01-01', null, null, 'wml-plus-10'] },
      ],
      metRegister,
    );
    expect(wet).toMatchObject({ value: 2294.4 });
    expect(scenario).toMatchObject({ value: 2523.84 });
  });

  it('names the scenario argument when the scenario does not exist, or on the command line', async () => {
    const onbekend = await evalueer({ function: 'BIJSTANDSNORM', args: ['gehuwden', '2026-01-01', null, 'bestaat-niet'] }, metRegister);
    expect(onbekend).toMatchObject({ error: { code: 'NIET_GEVONDEN', argument: 4 } });
    const cli = await evalueer({ function: 'LOONKOSTENSUBSIDIE', args: [0.6, 36, '2026-01-01', null, null, 'wml-plus-10'] }, ctx);
    expect(cli).toMatchObject({ error: { code: 'NIET_BESCHIKBAAR', argument: 6 } });
  });
});
