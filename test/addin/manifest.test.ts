/**
 * manifest.xml, checked offline (issue 4 §1): well-formed (xmllint-wasm, libxml2 in WebAssembly), the AVRES namespace, a shared
 * runtime on taskpane.html used by custom functions, ribbon and task pane alike, an AVRES ribbon tab with a button
 * per task-pane view, every icon a built PNG of its declared size, every resid defined, every URL on the add-in's https origin. The online check (`office-addin-manifest validate`) is in the README.
 */
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { validateXML } from 'xmllint-wasm';
import { PANELEN } from '../../addin/taskpane/panelen';
import { VERNIEUW_KNOPPEN } from '../../addin/taskpane/vernieuwen';
import { bouwAddin } from '../../scripts/build-addin';

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

let dist: string;
beforeAll(async () => {
  dist = await bouwAddin({}, mkdtempSync(join(tmpdir(), 'avres-manifest-')));
}, 60_000);

/** The built file an add-in URL names. */
const bestandVan = (url: string): string => join(dist, new URL(url).pathname);

/** Width and height from a PNG's IHDR chunk (after the 8-byte signature, length and type). */
function pngMaat(pad: string): [number, number] {
  const png = readFileSync(pad);
  expect(png.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
  expect(png.subarray(12, 16).toString('ascii')).toBe('IHDR');
  return [png.readUInt32BE(16), png.readUInt32BE(20)];
}

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

  it('has an AVRES tab of its own whose buttons open the views of the task pane, one per view, and the three refresh buttons', async () => {
    expect(await xpath(`count(${el('OfficeTab')})`)).toBe('0');
    expect(await xpath(`count(${el('CustomTab')})`)).toBe('1');
    expect(await resource(await xpath(`string(${el('CustomTab')}/${el('Label').slice(2)}/@resid)`))).toBe('AVRES');
    const functies = (await xpath(`${el('Control')}/${el('Action').slice(2)}/${el('FunctionName').slice(2)}/text()`)).split(/\s+/);
    expect(functies).toEqual([...PANELEN.map((p) => p.actie), ...VERNIEUW_KNOPPEN.map((k) => k.actie)]);
    const labels = await Promise.all(
      functies.map(async (_, i) => resource(await xpath(`string((${el('Control')})[${i + 1}]/${el('Label').slice(2)}/@resid)`))),
    );
    expect(labels).toEqual([...PANELEN.map((p) => p.titel), ...VERNIEUW_KNOPPEN.map((k) => k.titel)]);
  });

  it('gives every button an icon of its own, distinct from the add-in mark and from each other', async () => {
    const knoppen = Number(await xpath(`count(${el('Control')})`));
    const iconen = await Promise.all(
      Array.from({ length: knoppen }, async (_, i) =>
        resource(await xpath(`string((${el('Control')})[${i + 1}]//*[local-name()='Image'][@size='32']/@resid)`)),
      ),
    );
    expect(new Set([...iconen, await resource('Icon.32')]).size).toBe(knoppen + 1);
    expect(new Set(iconen.map((u) => readFileSync(bestandVan(u)).toString('base64'))).size).toBe(knoppen);
  });

  it('points every icon at a built PNG of the size its entry says: IconUrl 32×32, HighResolutionIconUrl 64×64', async () => {
    expect(pngMaat(bestandVan(await xpath(`string(${el('IconUrl')}/@DefaultValue)`)))).toEqual([32, 32]);
    expect(pngMaat(bestandVan(await xpath(`string(${el('HighResolutionIconUrl')}/@DefaultValue)`)))).toEqual([64, 64]);
    const gebruik = [...xml.matchAll(/<bt:Image size="(\d+)" resid="([^"]+)"\/>/g)].map((m) => ({ maat: Number(m[1]), resid: m[2]! }));
    expect(gebruik.length).toBeGreaterThan(15);
    for (const { maat, resid } of gebruik) expect([resid, pngMaat(bestandVan(await resource(resid)))]).toEqual([resid, [maat, maat]]);
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
