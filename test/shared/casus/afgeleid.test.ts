/**
 * Older cases (FACTS §10.5): a UWV advice received before the Beleidsregels took effect gets its deadline, with a
 * step that says what was assumed, through the catalogue and the registry's derived facts.
 */
import { afgeleideFeiten } from '../../../shared/casus/afgeleid';
import { evalueer } from '../../../shared/catalogue/evalueer';
import type { VastgelegdeGebeurtenis } from '../../../shared/schemas/casus';
import { datum } from '../../../shared/time/datum';

const gebeurtenis = (volgnummer: number, g: Record<string, unknown>): VastgelegdeGebeurtenis =>
  ({ volgnummer, vastgelegdDoor: 'test', vastgelegdOp: '2025-03-03T10:00:00Z', ...g }) as unknown as VastgelegdeGebeurtenis;

describe('older cases: a UWV advice of 2025-03-03', () => {
  it('answers BESLISTERMIJN with the 8 weeks and the assumption as a step', async () => {
    const r = await evalueer({ function: 'BESLISTERMIJN', args: ['2025-03-03'] }, { vandaag: datum('2026-12-01') });
    expect(r).toMatchObject({ value: '2025-04-28' });
    if ('error' in r) throw new Error(r.error.message);
    expect(r.steps).toContainEqual(expect.objectContaining({ value: '2025-03-07', status: 'onbevestigd' }));
  });

  it("gives the registry's derived facts a deadline instead of an error", () => {
    const gebeurtenissen = [
      gebeurtenis(1, { soort: 'aanmelding', datum: '2025-01-06' }),
      gebeurtenis(2, { soort: 'uwv_advies_ontvangen', datum: '2025-03-03', uitkomst: 'positief' }),
    ];
    const f = afgeleideFeiten({ route: 'UWV', aanmeldingsdatum: datum('2025-01-06') }, gebeurtenissen, datum('2026-12-01'));
    expect(f.beslistermijn).toMatchObject({ einde: '2025-04-28' });
    const stappen = (f.beslistermijn as { stappen: { label: string }[] }).stappen;
    expect(stappen.some((s) => s.label.includes('vóór de inwerkingtreding'))).toBe(true);
  });
});
