/**
 * manifest.xml, checked offline (issue 4 §1): well-formed (xmllint-wasm, libxml2 in WebAssembly), the AVRES namespace, a shared
 * runtime on taskpane.html used by custom functions, ribbon and task pane alike, every resid defined,
 * every URL on the add-in's https origin. The online check (`office-addin-manifest validate`) is in the README.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { validateXML } from 'xmllint-wasm';

const PAD = join(__dirname, '..', '..', 'manifest.xml');
const xml = readFileSync(PAD, 'utf8');
const BESTAND = { fileName: 'manifest.xml', contents: xml };

/** Evaluates an XPath over the manifest with xmllint (namespaces ignored through local-name()). */
async function xpath(expr: string): Promise<string> {
  const r = await validateXML({ xml: BESTAND, normalization: 'format', modifyArguments: () => ['--xpath', expr, BESTAND.fileName] });
  if (r.errors.length > 0) throw new Error(r.rawOutput);
  return r.normalized.trim();
}
const el = (naam: string): string => `//*[local-name()='${naam}']`;
const resource = (id: string): Promise<string> => xpath(`string(//*[local-name()='Resources']//*[@id='${id}']/@DefaultValue)`);

describe('manifest.xml', () => {
  it('is well-formed XML', async () => {
    const r = await validateXML({ xml: BESTAND, normalization: 'format' });
    expect(r.errors).toEqual([]);
  });

  it('is a task pane add-in for Excel (Workbook) with a fixed GUID id', async () => {
    expect(await xpath(`string(/*/@*[local-name()='type'])`)).toBe('TaskPaneApp');
    expect(await xpath(`string(${el('Id')})`)).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);
    expect(await xpath(`string(/*/${el('Hosts').slice(2)}/*/@Name)`)).toBe('Workbook');
    expect(await xpath(`string(${el('DefaultLocale')})`)).toBe('nl-NL');
  });

  it('declares custom functions in the AVRES namespace with functions.json as metadata', async () => {
    expect(await xpath(`count(${el('ExtensionPoint')}[@*[local-name()='type']='CustomFunctions'])`)).toBe('1');
    const ns = await xpath(`string(${el('Namespace')}/@resid)`);
    expect(await resource(ns)).toBe('AVRES');
    expect(await resource(await xpath(`string(${el('Metadata')}/${el('SourceLocation').slice(2)}/@resid)`))).toBe(
      'https://localhost:3000/functions.json',
    );
    expect(await resource(await xpath(`string(${el('Script')}/${el('SourceLocation').slice(2)}/@resid)`))).toBe(
      'https://localhost:3000/taskpane.js',
    );
  });

  it('runs functions, ribbon and task pane in one long-lived shared runtime on taskpane.html', async () => {
    expect(await xpath(`string(${el('Set')}[@Name='SharedRuntime']/@MinVersion)`)).toBe('1.1');
    expect(await xpath(`string(${el('Runtime')}/@resid)`)).toBe('Taskpane.Url');
    expect(await xpath(`string(${el('Runtime')}/@lifetime)`)).toBe('long');
    expect(await xpath(`string(${el('Page')}/${el('SourceLocation').slice(2)}/@resid)`)).toBe('Taskpane.Url');
    expect(await xpath(`string(${el('FunctionFile')}/@resid)`)).toBe('Taskpane.Url');
    expect(await resource('Taskpane.Url')).toBe('https://localhost:3000/taskpane.html');
  });

  it('has a ribbon group whose four buttons open the four views of the task pane, and a group with the three refresh buttons', async () => {
    const functies = (await xpath(`${el('Control')}/${el('Action').slice(2)}/${el('FunctionName').slice(2)}/text()`)).split(/\s+/);
    expect(functies).toEqual([
      'toonFormulebouwer',
      'toonUitleg',
      'toonCasussen',
      'toonWachtlijst',
      'vernieuwWerkmap',
      'vernieuwBlad',
      'vernieuwSelectie',
    ]);
    // The task pane registers exactly these actions.
    const main = readFileSync(join(__dirname, '..', '..', 'addin', 'taskpane', 'main.ts'), 'utf8');
    for (const f of functies) expect(main).toContain(`${f}:`);
  });

  it('defines every resid it uses, and every URL is https on the add-in origin or Microsoft sign-in', async () => {
    const gebruikt = new Set([...xml.matchAll(/resid="([^"]+)"/g)].map((m) => m[1]!));
    const gedefinieerd = new Set([...xml.matchAll(/<bt:(?:Image|Url|String) id="([^"]+)"/g)].map((m) => m[1]!));
    expect([...gebruikt].filter((r) => !gedefinieerd.has(r))).toEqual([]);
    const urls = [...xml.matchAll(/(?:DefaultValue="|<AppDomain>)(https?:\/\/[^"<]+)/g)].map((m) => m[1]!);
    expect(urls.length).toBeGreaterThan(8);
    for (const u of urls) expect(u).toMatch(/^https:\/\/(localhost:3000|login\.microsoftonline\.com)(\/|$)/);
  });

  it('keeps ids and labels within the schema limits (ids ≤ 125, short strings ≤ 125, long strings ≤ 250 characters)', async () => {
    for (const m of xml.matchAll(/id="([^"]+)"/g)) expect(m[1]!.length).toBeLessThanOrEqual(125);
    const kort = xml.split('<bt:ShortStrings>')[1]!.split('</bt:ShortStrings>')[0]!;
    for (const m of kort.matchAll(/DefaultValue="([^"]*)"/g)) expect(m[1]!.length).toBeLessThanOrEqual(125);
    const lang = xml.split('<bt:LongStrings>')[1]!.split('</bt:LongStrings>')[0]!;
    for (const m of lang.matchAll(/DefaultValue="([^"]*)"/g)) expect(m[1]!.length).toBeLessThanOrEqual(250);
  });
});
