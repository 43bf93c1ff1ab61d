/**
 * Test only: an in-memory workbook behind the Werkboek interface of addin/excel/, so the task panes
 * run in Chromium without Excel. Cells are keyed `Blad!A1`; the selection is one cell or a range (`Blad1!B2:B3`).
 * A recalculation computes the AVRES formulas in its scope with the given calculator (the add-in's custom
 * functions) and records the cells it computed, as Excel would call the functions for them.
 */
import type { CelInhoud, Selectie, Werkboek } from '../../../addin/excel/werkboek';
import { kolomLetters, splitsAdres, uniekeBladnaam } from '../../../addin/excel/werkboek';

export interface GeheugenWerkboek extends Werkboek {
  cellen: Map<string, { waarde: unknown; formule?: string }>;
  tabellen: Map<string, { blad: string; kopjes: string[]; rijen: CelInhoud[][] }>;
  actiefBlad: string;
  selecteer(adres: string): void;
  zet(adres: string, waarde: unknown, formule?: string): void;
  /** The cells each recalculation computed, in order. */
  herberekend: string[][];
}

/** Computes one formula of a sheet, or throws the cell's error. */
export type Rekenaar = (formule: string, blad: string) => Promise<unknown>;

function cel(adres: string): { kolom: number; rij: number } {
  const m = /^\$?([A-Z]+)\$?(\d+)$/.exec(adres.toUpperCase())!;
  const kolom = [...m[1]!].reduce((n, c) => n * 26 + c.charCodeAt(0) - 64, 0);
  return { kolom, rij: Number(m[2]) };
}

function inBereik(sleutel: string, blad: string, bereik: string): boolean {
  const [celBlad, adres] = sleutel.split('!') as [string, string];
  if (celBlad !== blad) return false;
  const [van, tot = van] = bereik.split(':') as [string, string?];
  const c = cel(adres);
  const a = cel(van);
  const b = cel(tot!);
  return c.rij >= a.rij && c.rij <= b.rij && c.kolom >= a.kolom && c.kolom <= b.kolom;
}

export function geheugenWerkboek(reken?: Rekenaar): GeheugenWerkboek {
  let selectie = 'Blad1!A1';
  const terugroepen: (() => void)[] = [];
  const wb: GeheugenWerkboek = {
    cellen: new Map(),
    tabellen: new Map(),
    actiefBlad: 'Blad1',
    herberekend: [],
    selecteer(adres) {
      selectie = adres.includes('!') ? adres : `${wb.actiefBlad}!${adres}`;
      for (const t of terugroepen) t();
    },
    zet(adres, waarde, formule) {
      wb.cellen.set(adres.includes('!') ? adres : `${wb.actiefBlad}!${adres}`, { waarde, ...(formule ? { formule } : {}) });
    },
    async selectie(): Promise<Selectie> {
      const c = wb.cellen.get(selectie);
      return { adres: selectie, formule: c?.formule ?? null, waarde: c?.waarde ?? '' };
    },
    async leesWaarden(adres) {
      const { blad = wb.actiefBlad, bereik } = splitsAdres(adres);
      const [van, tot = van] = bereik.split(':') as [string, string?];
      const a = cel(van);
      const b = cel(tot!);
      const rijen: unknown[][] = [];
      for (let r = a.rij; r <= b.rij; r++) {
        const rij: unknown[] = [];
        for (let k = a.kolom; k <= b.kolom; k++) rij.push(wb.cellen.get(`${blad}!${kolomLetters(k)}${r}`)?.waarde ?? '');
        rijen.push(rij);
      }
      return rijen;
    },
    async zetFormule(formule) {
      wb.cellen.set(selectie, { waarde: null, formule });
      return selectie;
    },
    async schrijfTabel(blad, tabel, kopjes, rijen) {
      wb.tabellen.set(tabel, { blad, kopjes: [...kopjes], rijen: rijen.map((r) => [...r]) });
      [kopjes, ...rijen].forEach((rij, r) => rij.forEach((w, k) => wb.cellen.set(`${blad}!${kolomLetters(k + 1)}${r + 1}`, { waarde: w })));
      wb.actiefBlad = blad;
      return `${blad}!A1:${kolomLetters(kopjes.length)}${rijen.length + 1}`;
    },
    async voegBladIn(naam, cellen) {
      const bladen = new Set([wb.actiefBlad, ...[...wb.cellen.keys()].map((k) => k.split('!')[0]!)]);
      const blad = uniekeBladnaam(naam, [...bladen]);
      for (const c of cellen)
        wb.cellen.set(`${blad}!${c.adres}`, { waarde: c.waarde ?? null, ...(c.formule ? { formule: c.formule } : {}) });
      wb.actiefBlad = blad;
      return blad;
    },
    async opSelectieWijziging(t) {
      terugroepen.push(t);
    },
    async herbereken(omvang) {
      const { blad = wb.actiefBlad, bereik } = splitsAdres(selectie);
      const binnen = (sleutel: string): boolean =>
        omvang === 'werkmap' || (omvang === 'blad' ? sleutel.startsWith(`${wb.actiefBlad}!`) : inBereik(sleutel, blad, bereik));
      const cellen = [...wb.cellen].filter(([sleutel, c]) => binnen(sleutel) && c.formule?.toUpperCase().startsWith('=AVRES.'));
      await Promise.all(
        cellen.map(async ([sleutel, c]) => {
          if (!reken) return;
          const waarde = await reken(c.formule!, sleutel.split('!')[0]!).catch((e: Error) => `#N/A ${e.message}`);
          wb.cellen.set(sleutel, { ...c, waarde });
        }),
      );
      wb.herberekend.push(cellen.map(([sleutel]) => sleutel));
      return omvang === 'werkmap' ? 'de werkmap' : omvang === 'blad' ? wb.actiefBlad : selectie;
    },
  };
  return wb;
}
