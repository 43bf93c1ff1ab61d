import { decimaleTekst, eenMin, eenMinAlsTekst, getalAlsBreuk } from '../../shared/breuk';
import { lksInvoerGenerator } from '../support/lks-invoer';

describe('eenMinAlsTekst', () => {
  it('writes 1 − x as the exact route through Breuk does, on edge cases and seeded random loonwaarden', () => {
    const volgende = lksInvoerGenerator(31);
    const xs = [0, 1, 0.5, 0.3, 0.7, 0.991, 1e-7, 0.0000012, 0.999999, 0.1 + 0.2];
    for (let i = 0; i < 20_000; i++) {
      const l = volgende().loonwaarde;
      if (l !== null) xs.push(l);
    }
    for (const x of xs) expect([x, eenMinAlsTekst(x)]).toEqual([x, decimaleTekst(eenMin(getalAlsBreuk(x)))]);
  });
});
