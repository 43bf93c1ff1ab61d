import fc from 'fast-check';
import { batchVerzoekSchema, snelBatchVerzoek, staptabelAntwoordSchema, uitgeschreven } from '../../../shared/schemas/evaluate';

/** Cells and ranges as the add-in sends them, with values zod refuses mixed in (objects, deeper nesting). */
const cel = fc.oneof(fc.double({ noNaN: true, noDefaultInfinity: true }), fc.string(), fc.boolean(), fc.constant(null));
const argument = fc.oneof(
  { weight: 6, arbitrary: cel },
  { weight: 2, arbitrary: fc.array(fc.array(cel, { maxLength: 3 }), { maxLength: 3 }) },
  { weight: 1, arbitrary: fc.array(cel, { maxLength: 2 }) },
  { weight: 1, arbitrary: fc.dictionary(fc.string(), cel, { maxKeys: 2 }) },
);
const aanroep = fc.oneof(
  { weight: 8, arbitrary: fc.record({ function: fc.string(), args: fc.array(argument, { maxLength: 6 }) }) },
  { weight: 1, arbitrary: fc.record({ function: fc.string() }) },
  { weight: 1, arbitrary: fc.oneof(cel, fc.array(cel), fc.record({ function: cel, args: argument })) },
);
const vlag = fc.oneof(fc.constant(undefined), fc.boolean(), cel);
const verzoek = fc.oneof(
  {
    weight: 8,
    arbitrary: fc.record({ calls: fc.array(aanroep, { maxLength: 5 }), steps: vlag, stepTable: vlag }, { requiredKeys: ['calls'] }),
  },
  { weight: 1, arbitrary: fc.oneof(cel, fc.array(aanroep), fc.record({ calls: cel })) },
);

describe('snelBatchVerzoek', () => {
  it('accepts exactly what the schema accepts with every call given its args, with the same result', () => {
    fc.assert(
      fc.property(verzoek, (body) => {
        const snel = snelBatchVerzoek(body);
        const zod = batchVerzoekSchema.safeParse(body);
        if (snel !== undefined) {
          expect(zod.success).toBe(true);
          expect(snel).toEqual(zod.data);
        } else if (zod.success) {
          // Only a call without args may take zod's way although valid: zod fills in its default.
          expect((body as { calls: { args?: unknown }[] }).calls.some((c) => c.args === undefined)).toBe(true);
        }
      }),
      { numRuns: 5000, seed: 20261201 },
    );
  });

  it('leaves what is wrong to the schema, which names it', () => {
    expect(snelBatchVerzoek({ calls: [{ function: 'WML', args: [{ x: 1 }] }] })).toBeUndefined();
    expect(snelBatchVerzoek({ calls: [{ function: '', args: [] }] })).toBeUndefined();
    expect(snelBatchVerzoek({ calls: [{ function: 'WML', args: [] }], steps: 'ja' })).toBeUndefined();
    expect(snelBatchVerzoek({ calls: [{ function: 'WML', args: ['2026-01-01'] }], steps: false })).toEqual({
      calls: [{ function: 'WML', args: ['2026-01-01'] }],
      steps: false,
      stepTable: false,
    });
  });
});

describe('uitgeschreven', () => {
  const stepLabels = [
    { label: 'WML', source: 'WML art. 8' },
    { label: 'Raming', source: 'scenario' },
  ];
  it('reads the results front to back: a step given in full takes the next number, a number is a step given before', () => {
    const antwoord = staptabelAntwoordSchema.parse({
      results: [
        {
          value: 1,
          stepRefs: [
            [0, '2294.40'],
            [1, '2337.00', 'raming', 'hoog'],
          ],
        },
        { error: { code: 'ONGELDIGE_INVOER', message: 'fout' } },
        { value: 2, stepRefs: [1, [0, '2191.80', 'onbevestigd'], 0, 2], depends: ['scenario:hoog'] },
      ],
      stepLabels,
      register: { 'scenario:hoog': 3 },
    });
    const wml = { label: 'WML', value: '2294.40', source: 'WML art. 8' };
    const raming = { label: 'Raming', value: '2337.00', source: 'scenario', status: 'raming', scenario: 'hoog' };
    const oud = { label: 'WML', value: '2191.80', source: 'WML art. 8', status: 'onbevestigd' };
    expect(uitgeschreven(antwoord)).toEqual({
      results: [
        { value: 1, steps: [wml, raming] },
        { error: { code: 'ONGELDIGE_INVOER', message: 'fout' } },
        { value: 2, steps: [raming, oud, wml, oud], depends: ['scenario:hoog'] },
      ],
      register: { 'scenario:hoog': 3 },
    });
  });
  it('refuses a number no step took before it, and a label the answer does not give', () => {
    expect(() => uitgeschreven({ results: [{ value: 1, stepRefs: [0] }], stepLabels })).toThrow(/stap 0 is gebruikt voordat/);
    expect(() => uitgeschreven({ results: [{ value: 1, stepRefs: [[2, '1']] }], stepLabels })).toThrow(/label 2 ontbreekt/);
  });
});
