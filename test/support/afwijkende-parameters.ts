/**
 * Parameter sets beside the law's for the equality tests of the money rules: ramingen that carry the half-yearly
 * figures into 2027 (new amounts, the announced 2027 jeugdloon staffel, every step marked raming), and figures as a
 * beheerder could record them in the register, with more decimals than a published amount has.
 */
import Decimal from 'decimal.js';
import { basisParameters, Parameters } from '../../shared/parameters';
import { ramingParameters } from '../../shared/parameters/raming';
import { datum } from '../../shared/time/datum';

/** Ramingen from 1 July 2026 with different indexations per half year, each carrying the figures to 31-12-2027. */
export const ramingen: readonly Parameters[] = [0.025, 0.0137, -0.013, 0.04].map((indexatiePerHalfjaar) =>
  ramingParameters(basisParameters, { vanaf: datum('2026-07-01'), indexatiePerHalfjaar }, `raming ${indexatiePerHalfjaar}`),
);

/** The law's figures with a recorded minimum wage of 2026 in tenths of cents and a staffel with odd fractions. */
export const geregistreerd: Parameters = {
  ...basisParameters,
  wml: {
    ...basisParameters.wml,
    waarden: [
      ...basisParameters.wml.waarden.slice(0, -2),
      {
        ...basisParameters.wml.waarden.at(-2)!,
        waarde: { perUur: new Decimal('14.7125'), referentiemaandloon: new Decimal('2294.404') },
      },
      basisParameters.wml.waarden.at(-1)!,
    ],
  },
  jeugdloon: {
    ...basisParameters.jeugdloon,
    waarden: [
      {
        ...basisParameters.jeugdloon.waarden[0]!,
        geldigVanaf: datum('2019-07-01'),
        waarde: Object.fromEntries(
          Object.entries({ 15: '0.3125', 16: '0.3333', 17: '0.395', 18: '0.625', 19: '0.6', 20: '0.875' }).map(([l, f]) => [
            Number(l),
            new Decimal(f),
          ]),
        ),
      },
    ],
  },
  bijstandsnormen: {
    ...basisParameters.bijstandsnormen,
    waarden: [
      ...basisParameters.bijstandsnormen.waarden.slice(0, -1),
      {
        ...basisParameters.bijstandsnormen.waarden.at(-1)!,
        waarde: {
          alleenstaande: new Decimal('1419.465'),
          alleenstaande_ouder: new Decimal('1419.465'),
          gehuwden: new Decimal('2027.7875'),
          alleenstaande_aow: new Decimal('1587.34'),
          gehuwden_aow: new Decimal('2176.1'),
        },
      },
    ],
  },
};
