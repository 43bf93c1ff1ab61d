import { verloopNa } from '../../../shared/casus/verloop';
import { DomeinFout } from '../../../shared/errors';
import type { GebeurtenisInhoud, VastgelegdeGebeurtenis } from '../../../shared/schemas/casus';

let volgnummer = 0;
const vastgelegd = (g: GebeurtenisInhoud): VastgelegdeGebeurtenis => ({
  ...g,
  volgnummer: ++volgnummer,
  vastgelegdDoor: 'test',
  vastgelegdOp: '2026-01-01T00:00:00.000Z',
});
const aanmelding = (): VastgelegdeGebeurtenis =>
  vastgelegd({ soort: 'aanmelding', datum: '2026-01-05', gemeente: 'Gorinchem', route: 'UWV' } as GebeurtenisInhoud);

describe('verloopNa', () => {
  it('derives status, gemeente and waiting-list periods from one history', () => {
    const eerder = [
      aanmelding(),
      vastgelegd({ soort: 'besluit_indicatie', datum: '2026-02-01', uitkomst: 'toegekend' } as GebeurtenisInhoud),
    ];
    const v = verloopNa(eerder, vastgelegd({ soort: 'op_wachtlijst', datum: '2026-02-02' } as GebeurtenisInhoud));
    expect(v.status).toBe('wachtlijst');
    expect(v.gemeente).toBe('Gorinchem');
    expect(v.wachtlijstperiodes).toEqual([expect.objectContaining({ vanaf: '2026-02-02', tot: null, ingangsdatum: '2026-02-01' })]);
  });

  it('raises ONGELDIGE_VOLGORDE on the field soort for an event that does not fit (art. 8 lid 1: only the indicated wait)', () => {
    const fout = (() => {
      try {
        verloopNa([aanmelding()], vastgelegd({ soort: 'op_wachtlijst', datum: '2026-02-02' } as GebeurtenisInhoud));
      } catch (e) {
        return e;
      }
    })();
    expect(fout).toBeInstanceOf(DomeinFout);
    expect(fout).toMatchObject({ code: 'ONGELDIGE_VOLGORDE', field: 'soort' });
  });
});
