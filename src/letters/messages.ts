import { coded, Message } from "../core";

/** Messages about letter templates and letter files (issue 17). */
export const letterFileMessages = coded("letters", {
  notDocx: (file: string): Message => ({
    nl: `Sjabloon "${file}" is geen Word-document (.docx). Sla het sjabloon in Word op als Word-document (.docx).`,
    en: `Template "${file}" is not a Word document (.docx). Save the template in Word as a Word document (.docx).`,
  }),
  badTemplate: (file: string, detail: string): Message => ({
    nl: `Sjabloon "${file}" bevat een fout in de samenvoegvelden: ${detail}. Een veld staat tussen accolades, bijvoorbeeld {leverancier}.`,
    en: `Template "${file}" has an error in its merge fields: ${detail}. A field stands between braces, e.g. {kvk}.`,
  }),
  unknownFields: (file: string, fields: string[], known: string): Message => ({
    nl: `Sjabloon "${file}" gebruikt ${fields.map((f) => `{${f}}`).join(", ")}; dat veld kent PSO-toets niet, het blijft leeg. Bekende velden: ${known}.`,
    en: `Template "${file}" uses ${fields.map((f) => `{${f}}`).join(", ")}; PSO-toets does not know that field, it stays empty. Known fields: ${known}.`,
  }),
  noLetters: (): Message => ({
    nl: "Geen brieven nodig: geen leverancier binnen scope voldoet niet, en bij niemand verloopt het certificaat of een groeipadstap binnen de waarschuwingstermijn.",
    en: "No letters needed: no supplier in scope fails, and no certificate or growth-path step falls due within the warning period.",
  }),
  written: (count: number, out: string): Message => ({
    nl: `${count} ${count === 1 ? "brief" : "brieven"} geschreven naar ${out}.`,
    en: `${count} ${count === 1 ? "letter" : "letters"} written to ${out}.`,
  }),
  outNotDocx: (out: string): Message => ({
    nl: `--out "${out}": de brieven worden een Word-document; geef een bestandsnaam die eindigt op .docx.`,
    en: `--out "${out}": the letters are a Word document; give a file name ending in .docx.`,
  }),
  needOut: (): Message => ({
    nl: "Geef aan waar de brieven heen moeten: --out brieven.docx (alle brieven, elk op een eigen pagina) of --per-leverancier MAP (één bestand per leverancier).",
    en: "Say where the letters go: --out letters.docx (all letters, each on its own page) or --per-supplier DIR (one file per supplier).",
  }),
  tooLarge: (file: string, megabytes: number): Message => ({
    nl: `Sjabloon "${file}" is uitgepakt groter dan ${megabytes} MB; zo groot is geen briefsjabloon. Het wordt niet gelezen. Sla de brief in Word opnieuw op, zonder grote afbeeldingen.`,
    en: `Template "${file}" is larger than ${megabytes} MB unpacked; no letter template is that large. It is not read. Save the letter again in Word, without large images.`,
  }),
  rawTag: (file: string, tag: string): Message => ({
    nl: `Sjabloon "${file}" gebruikt {@${tag}}: een veld met @ zet tekst uit de leverancierslijst als Word-opmaakcode in de brief, en dat kan het document onbruikbaar maken. Schrijf {${tag}} zonder @.`,
    en: `Template "${file}" uses {@${tag}}: a field with @ puts text from the supplier list into the letter as Word markup, which can break the document. Write {${tag}} without @.`,
  }),
  templateUnreadable: (file: string): Message => ({
    nl: `Sjabloon "${file}" bestaat niet of is niet leesbaar.`,
    en: `Template "${file}" does not exist or cannot be read.`,
  }),
  dirProblem: (dir: string, detail: string): Message => ({
    nl: `Map "${dir}" kan niet worden gemaakt of beschreven: ${detail}`,
    en: `Folder "${dir}" cannot be created or written: ${detail}`,
  }),
});
