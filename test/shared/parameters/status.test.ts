import fc from 'fast-check';
import { catalogus } from '../../../shared/catalogue';
import { basisParameters, Parameters } from '../../../shared/parameters';
import type { Reeks, ReeksWaarde } from '../../../shared/parameters/reeks';
import { FiguurMarkering, markeringVan } from '../../../shared/parameters/status';
import type { Resultaat } from '../../../shared/uitleg';
import { alsWireStap } from '../../../shared/schemas/stap';
import { datum } from '../../../shared/time/datum';

const GEWICHT = { onbevestigd: 1, aangekondigd: 2, raming: 3 } as const;

type Mark = Pick<ReeksWaarde<unknown>, 'status' | 'raming'>;
// One evaluation uses at most one raming scenario, so every projected figure of a case names the same one.
const markArb: fc.Arbitrary<Mark> = fc.oneof(
  fc.constant({ status: 'onbevestigd' as const }),
  fc.constant({ status: 'aangekondigd' as const }),
  fc.constant({ raming: 'begroting' }),
  fc.constant({ status: 'onbevestigd' as const, raming: 'begroting' }),
);

/** The parameters with the given values marked, recording every marked value whose figure a rule reads. */
function gemarkeerd(marks: Map<string, Mark>, gelezen: FiguurMarkering[]): Parameters {
  const uit: Record<string, unknown> = {};
  for (const [naam, reeks] of Object.entries(basisParameters)) {
    if (!(reeks && typeof reeks === 'object' && 'waarden' in reeks)) {
      uit[naam] = reeks;
      continue;
    }
    const r = reeks as Reeks<unknown>;
    uit[naam] = {
      ...r,
      waarden: r.waarden.map((w, i) => {
        const mark = marks.get(`${naam}#${i}`);
        if (mark === undefined) return w;
        const m = { ...w, ...mark };
        return new Proxy(m, {
          get(doel, veld, ontvanger) {
            if (veld === 'waarde') gelezen.push(markeringVan(m)!);
            return Reflect.get(doel, veld, ontvanger);
          },
        });
      }),
    };
  }
  return uit as unknown as Parameters;
}

// The policy's entry into force decides only whether a step states the assumption (the terms are those of 2025
// either way), so no value rests on it; the assumption step itself carries its mark (beslistermijn.test.ts).
const sleutels = Object.entries(basisParameters).flatMap(([naam, reeks]) =>
  naam !== 'beleidInwerkingtreding' && reeks && typeof reeks === 'object' && 'waarden' in reeks
    ? (reeks as Reeks<unknown>).waarden.map((_, i) => `${naam}#${i}`)
    : [],
);

const aanroepen: [string, unknown[]][] = [
  ...catalogus
    .filter((f) => !['WACHTLIJSTPOSITIE', 'BUIG_SALDO'].includes(f.naam))
    .map((f) => [f.naam, [...f.voorbeeld.args]] as [string, unknown[]]),
  ['WML', ['2025-07-01', 18, 'uur']],
  ['LOONKOSTENSUBSIDIE', [null, 30, '2026-03-01', 32, 19]],
  ['VRIJLATING', [2000, '2025-03-01', 70, 9]],
  ['VRIJLATING', [500, '2025-03-01', 20, 1]],
  ['BIJSTANDSNORM', ['gehuwden_aow', '2025-07-01', 1]],
  ['DWANGSOM', ['2015-03-02', '2015-03-05']],
  ['VANGNETUITKERING', [10000000, 11500000, [[-100000], [900000]]]],
  ['BESLISTERMIJN', ['2026-03-02', [['2026-03-10', '2026-03-20']]]],
];

describe('the mark of a figure that is not vastgesteld', () => {
  it('property: every marked figure a function reads shows up as the mark of one of its steps (or a weaker one)', async () => {
    await fc.assert(
      fc.asyncProperty(fc.uniqueArray(fc.tuple(fc.constantFrom(...sleutels), markArb), { selector: ([k]) => k }), async (lijst) => {
        for (const [naam, args] of aanroepen) {
          const gelezen: FiguurMarkering[] = [];
          const parameters = gemarkeerd(new Map(lijst), gelezen);
          const f = catalogus.find((c) => c.naam === naam)!;
          let r: Resultaat<unknown>;
          try {
            r = await f.uitvoeren(args, { vandaag: datum('2026-11-24'), parameters });
          } catch {
            continue;
          }
          for (const m of gelezen) {
            const getoond = r.stappen.some(
              (s) =>
                s.status !== undefined &&
                GEWICHT[s.status.status] >= GEWICHT[m.status] &&
                (m.status !== 'raming' || s.status.status !== 'raming' || s.status.scenario === m.scenario),
            );
            if (!getoond) throw new Error(`${naam}(${JSON.stringify(args)}) reads a ${m.status} figure without a marked step`);
          }
        }
      }),
      { numRuns: 40 },
    );
  });

  it('keeps steps on vastgesteld figures as they were on the wire: exactly label, value and source', async () => {
    for (const [naam, args] of aanroepen) {
      const f = catalogus.find((c) => c.naam === naam)!;
      const r = await f.uitvoeren(args, { vandaag: datum('2026-11-24') });
      for (const s of r.stappen.map(alsWireStap)) expect(Object.keys(s).sort()).toEqual(['label', 'source', 'value']);
    }
  });
});
