import { Datum, maak } from './datum';

/** Made once: building an Intl formatter costs far more than formatting with it (a batch asks thousands of times). */
const IN_NEDERLAND = new Intl.DateTimeFormat('en-CA', {
  timeZone: 'Europe/Amsterdam',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});

/**
 * Today's calendar date in the Netherlands (Europe/Amsterdam), whatever the machine's time zone.
 * The only place a rule's default "today" comes from; callers pass it into rules as a plain date.
 * @example vandaag(new Date('2026-11-24T23:30:00Z')) // '2026-11-25'
 */
export function vandaag(nu: Date = new Date()): Datum {
  const delen = IN_NEDERLAND.formatToParts(nu);
  const deel = (type: string): number => Number(delen.find((d) => d.type === type)?.value);
  return maak(deel('year'), deel('month'), deel('day'));
}
