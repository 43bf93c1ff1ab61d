/**
 * Formulas as text (formula builder and explanation pane): Excel's API notation to write, Dutch
 * notation to show, and reading an AVRES formula back with its literal values and cell references.
 */
import { bouwFormule, isVerwijzing, leesInvoer, ontleedFormule, toonFormule } from '../../addin/taskpane/formule';

describe('building formulas', () => {
  const args = [{ waarde: 0.6 }, { waarde: 36 }, { waarde: '2026-01-01' }];
  it('writes the API notation with commas and decimal points', () => {
    expect(bouwFormule('LOONKOSTENSUBSIDIE', args)).toBe('=AVRES.LOONKOSTENSUBSIDIE(0.6,36,"2026-01-01")');
  });
  it('shows the Dutch notation of the README example', () => {
    expect(toonFormule('LOONKOSTENSUBSIDIE', args)).toBe('=AVRES.LOONKOSTENSUBSIDIE(0,6;36;"2026-01-01")');
  });
  it('leaves out trailing empty arguments but keeps empty ones in between', () => {
    expect(bouwFormule('BESLISTERMIJN', [{ verwijzing: 'B2' }, { waarde: null }, { waarde: false }])).toBe(
      '=AVRES.BESLISTERMIJN(B2,,FALSE)',
    );
    expect(toonFormule('WML', [{ waarde: '2026-01-01' }, { waarde: null }])).toBe('=AVRES.WML("2026-01-01")');
  });
  it('doubles quotes inside text', () => {
    expect(bouwFormule('UITLEG', [{ waarde: 'a"b' }])).toBe('=AVRES.UITLEG("a""b")');
  });
});

describe('reading what a user typed', () => {
  it.each([
    ['0,6', 'percentage', { waarde: 0.6 }],
    ['60%', 'percentage', { waarde: 0.6 }],
    ['1.224,11', 'bedrag', { waarde: 1224.11 }],
    ['36', 'getal', { waarde: 36 }],
    ['WAAR', 'logisch', { waarde: true }],
    ['2-3-2026', 'datum', { waarde: '2026-03-02' }],
    ['2026-03-02', 'datum', { waarde: '2026-03-02' }],
    ['B2', 'getal', { verwijzing: 'B2' }],
    ["'Blad 1'!A2:B5", 'bereik', { verwijzing: "'Blad 1'!A2:B5" }],
    ['', 'percentage', { waarde: null }],
  ] as const)('%s as %s', (tekst, soort, verwacht) => {
    expect(leesInvoer(tekst, soort)).toEqual(verwacht);
  });
});

describe('reading formulas back', () => {
  it('reads the stored custom-function name and the Dutch notation with quoted separators', () => {
    expect(ontleedFormule('=_xldudf_AVRES_LOONKOSTENSUBSIDIE(A7;31,5;"a;b")')).toEqual({
      naam: 'LOONKOSTENSUBSIDIE',
      args: [{ verwijzing: 'A7' }, { waarde: 31.5 }, { waarde: 'a;b' }],
    });
    expect(ontleedFormule('=AVRES.BESLISTERMIJN("2026-03-02",,ONWAAR)')).toEqual({
      naam: 'BESLISTERMIJN',
      args: [{ waarde: '2026-03-02' }, { waarde: null }, { waarde: false }],
    });
  });

  it('reads literal values and references', () => {
    expect(ontleedFormule('=AVRES.LOONKOSTENSUBSIDIE(B2,36,"2026-01-01")')).toEqual({
      naam: 'LOONKOSTENSUBSIDIE',
      args: [{ verwijzing: 'B2' }, { waarde: 36 }, { waarde: '2026-01-01' }],
    });
  });
  it('reads ranges on other sheets, empty arguments, booleans and quoted commas', () => {
    expect(ontleedFormule("=avres.beslistermijn('Blad 1'!A2,Opschortingen!A2:B3,FALSE)")?.args).toEqual([
      { verwijzing: "'Blad 1'!A2" },
      { verwijzing: 'Opschortingen!A2:B3' },
      { waarde: false },
    ]);
    expect(ontleedFormule('=AVRES.UITLEG("a,b",,1)')?.args).toEqual([{ waarde: 'a,b' }, { waarde: null }, { waarde: 1 }]);
  });
  it('is not an AVRES call when the AVRES function is only part of the formula', () => {
    expect(ontleedFormule('=AVRES.WML("2026-01-01")+ROUND(2,0)')).toBeNull();
    expect(ontleedFormule('=SUM(A1:A3)')).toBeNull();
  });
  it('explains in Dutch that a nested calculation cannot be read', () => {
    expect(() => ontleedFormule('=AVRES.WML(DATE(2026,1,1))')).toThrow(/argument 1 .* is een berekening/);
  });
  it('recognises references', () => {
    expect(['B2', '$B$2', 'A1:C3', 'Blad1!B2', "'Blad 1'!B2:B9"].every(isVerwijzing)).toBe(true);
    expect(['2026-01-01', 'alleenstaande', 'B'].some(isVerwijzing)).toBe(false);
  });
});
