/**
 * How to sideload the add-in, in Dutch, for `npm start` to print (and `npx tsx scripts/sideload-addin.ts`).
 */

/**
 * The sideloading steps for Excel on the web and desktop, for the add-in served from `origin`.
 * @example console.log(sideloadUitleg('https://localhost:3000'))
 */
export function sideloadUitleg(origin = 'https://localhost:3000'): string {
  return `Invoegtoepassing in Excel laden (manifest: ${origin}/manifest.xml, of addin/dist/manifest.xml):
  Excel op het web: open een werkmap > Start > Invoegtoepassingen > Meer invoegtoepassingen >
    Mijn invoegtoepassingen > Mijn invoegtoepassing uploaden > kies manifest.xml > Uploaden.
  Excel voor Windows: zet manifest.xml in een gedeelde map (bijv. \\\\localhost\\avres-manifest), voeg die map toe bij
    Bestand > Opties > Vertrouwenscentrum > Instellingen > Catalogi met vertrouwde invoegtoepassingen (Weergeven in menu),
    start Excel opnieuw > Start > Invoegtoepassingen > Meer invoegtoepassingen > GEDEELDE MAP > AVRES rekenregels.
  Excel voor Mac: kopieer manifest.xml naar ~/Library/Containers/com.microsoft.Excel/Data/Documents/wef/ en start Excel opnieuw.
  Daarna: tabblad AVRES > Formulebouwer, plak bij "Aanmelden (ontwikkeling)" het ontwikkeltoken hierboven,
  en typ in een cel: =AVRES.LOONKOSTENSUBSIDIE(0,6;36;"2026-01-01")  (uitkomst € 1.224,11).
  Vertrouwt de browser ${origin} niet? Open ${origin}/taskpane.html één keer en accepteer het certificaat.`;
}

if (require.main === module) console.log(sideloadUitleg(process.argv[2]));
