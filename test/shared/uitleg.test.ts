/**
 * shared/uitleg.ts: a result whose steps are written when first read, and `metWaarde`, which shows a result's steps
 * under another value without writing them.
 */
import type { Bron } from '../../shared/bron';
import { GEEN_STAPPEN, metWaarde, stap, UitgesteldResultaat, type Stap } from '../../shared/uitleg';
import { loonkostensubsidieInCenten } from '../../shared/rules/loonkostensubsidie';
import { datum } from '../../shared/time/datum';

const BRON: Bron = { regeling: 'Pw', artikel: '10d', lid: '4' };

/** Counts how often it writes its steps. */
class Geteld extends UitgesteldResultaat<number> {
  schrijfbeurten = 0;
  protected schrijf(): Stap[] {
    this.schrijfbeurten++;
    return [stap('Bedrag', '12.34', BRON)];
  }
}

describe('a result that writes its steps when read', () => {
  it('writes them on the first read only, and metWaarde leaves them unwritten', () => {
    const r = new Geteld(1234);
    const inEuro = metWaarde(r, 12.34);
    expect(r.schrijfbeurten).toBe(0);
    expect(inEuro.waarde).toBe(12.34);
    expect(inEuro.stappen).toEqual([{ label: 'Bedrag', waarde: '12.34', bron: BRON }]);
    expect(inEuro.stappen).toBe(r.stappen);
    expect(r.schrijfbeurten).toBe(1);
  });

  it('gives a plain result its steps as they are', () => {
    const stappen = [stap('Bedrag', '12.34', BRON)];
    expect(metWaarde({ waarde: 1234, stappen }, 12.34)).toEqual({ waarde: 12.34, stappen });
    expect(metWaarde({ waarde: 1234, stappen: GEEN_STAPPEN }, 12.34).stappen).toBe(GEEN_STAPPEN);
  });

  it('is how LKS keeps its steps: the same eleven on every read, none for values only', () => {
    const invoer = { loonwaarde: 0.6, urenPerWeek: 36, peildatum: datum('2026-01-01') };
    const r = loonkostensubsidieInCenten(invoer);
    expect(r).toBeInstanceOf(UitgesteldResultaat);
    expect(r.waarde).toBe(122411);
    expect(r.stappen).toHaveLength(11);
    expect(r.stappen).toBe(r.stappen);
    expect(r.stappen.map((s) => s.waarde).slice(-6)).toEqual(['36', '2477.95', '0.4', '991.18', '232.93', '1224.11']);
    expect(loonkostensubsidieInCenten(invoer, undefined, { stappen: false }).stappen).toBe(GEEN_STAPPEN);
  });
});
