/**
 * Test support: a running dienstverband of 36 hours at loonwaarde 60 % in Gorinchem since 2025-01-01, with the
 * fields a test sets changed.
 */
import type { Dienstverbandperiode } from '../../shared/rules/lks-reconciliatie';
import { datum } from '../../shared/time/datum';

export const dienstverband = (p: Partial<Dienstverbandperiode>): Dienstverbandperiode => ({
  casusnummer: 'BW-1',
  gemeente: 'Gorinchem',
  van: datum('2025-01-01'),
  tot: null,
  urenPerWeek: 36,
  loonwaarde: 0.6,
  ...p,
});
