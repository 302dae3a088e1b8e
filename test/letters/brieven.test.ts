import { execFileSync } from "child_process";
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from "fs";
import os from "os";
import path from "path";
import PizZip from "pizzip";
import { runCli } from "../support/cli";
import { libreOfficeConvert } from "../support/libreoffice";

const root = path.join(__dirname, "..", "..");
const suppliers = path.join(root, "examples", "leveranciers.csv");
const register = path.join(root, "examples", "register.csv");
const tmp = () => mkdtempSync(path.join(os.tmpdir(), "pso-brieven-"));
/** A policy file with a sender: the preset signs no letter (issue 25 item 7). */
const beleid = (() => {
  const file = path.join(tmp(), "beleid.json");
  writeFileSync(file, JSON.stringify({ buyer: { name: "Woningstichting Maasdal", contact: "Petra Janssen", phone: "077 123 45 67", email: "inkoop@maasdal.example" } }));
  return file;
})();

/** LibreOffice Writer turns a .docx into a PDF; its text per page through pdftotext. */
function pdfPages(docx: string): string[] {
  const pdf = libreOfficeConvert(docx, "pdf", path.dirname(docx));
  return execFileSync("pdftotext", ["-layout", pdf, "-"], { encoding: "utf8" }).split("\f").filter((p) => p.trim() !== "");
}

function documentText(docx: string): string {
  const xml = new PizZip(readFileSync(docx)).file("word/document.xml")!.asText();
  return xml.replace(/<[^>]+>/g, "");
}

describe("pso-toets brieven", () => {
  test("one letter per page, each supplier's name on its own page, as LibreOffice opens the .docx", async () => {
    const dir = tmp();
    const out = path.join(dir, "brieven.docx");
    const result = await runCli(["brieven", suppliers, "--beleid", beleid, "--register", register, "--peildatum", "2026-12-01", "--out", out]);
    expect(result.code).toBe(0);
    const listed = [...result.stdout.matchAll(/^ {2}rij \d+ {2}(.+?): /gm)].map((m) => m[1]);
    expect(listed.length).toBeGreaterThan(5);
    expect(result.stdout).toContain(`${listed.length} brieven geschreven naar ${out}`);
    const pages = pdfPages(out);
    expect(pages).toHaveLength(listed.length);
    listed.forEach((name, i) => {
      expect(pages[i]).toContain(name);
      listed.filter((other) => other !== name).forEach((other) => expect(pages[i]).not.toContain(`\n${other}\n`));
    });
    expect(pages[0]).toContain("Wat wij van u vragen");
    expect(pages[0]).not.toMatch(/[{}]/);
  }, 180_000);

  test("--per-leverancier writes one file per supplier, named by row and supplier", async () => {
    const dir = tmp();
    const result = await runCli(["brieven", suppliers, "--beleid", beleid, "--peildatum", "2026-12-01", "--per-leverancier", path.join(dir, "brieven")]);
    expect(result.code).toBe(0);
    const files = readdirSync(path.join(dir, "brieven")).sort();
    expect(files.length).toBeGreaterThan(5);
    expect(files).toContain("0004 Groenvoorziening Maas & Zn.docx");
    const text = documentText(path.join(dir, "brieven", "0004 Groenvoorziening Maas & Zn.docx"));
    expect(text).toContain("Groenvoorziening Maas &amp; Zn");
    expect(text).toContain("minimaal trede 2");
    expect(text).not.toContain("Schilderwerken Venlo");
  });

  test("--taal en uses the English template and texts", async () => {
    const dir = tmp();
    const out = path.join(dir, "letters.docx");
    const result = await runCli(["brieven", suppliers, "--beleid", beleid, "--peildatum", "2026-12-01", "--out", out, "--taal", "en"]);
    expect(result.code).toBe(0);
    const text = documentText(out);
    expect(text).toContain("What we ask of you");
    expect(text).toContain("at least Level 2");
  });

  test("the user's own template: its fields are filled, an unknown field is named and left empty", async () => {
    const dir = tmp();
    const zip = new PizZip(readFileSync(path.join(root, "templates", "brief.docx")));
    const xml = zip.file("word/document.xml")!.asText();
    zip.file("word/document.xml", xml.replace("{onderwerp}", "{onderwerp} {handtekening}"));
    const own = path.join(dir, "eigen.docx");
    writeFileSync(own, zip.generate({ type: "nodebuffer" }));
    const out = path.join(dir, "brieven.docx");
    const result = await runCli(["brieven", suppliers, "--beleid", beleid, "--peildatum", "2026-12-01", "--sjabloon", own, "--out", out]);
    expect(result.code).toBe(0);
    expect(result.stderr).toContain('Sjabloon "eigen.docx" gebruikt {handtekening}; dat veld kent PSO-toets niet, het blijft leeg.');
    expect(documentText(out)).not.toContain("undefined");
  });

  test("a broken template, a non-docx template and a missing --out are refused with exit code 2 and nothing written", async () => {
    const dir = tmp();
    const zip = new PizZip(readFileSync(path.join(root, "templates", "brief.docx")));
    zip.file("word/document.xml", zip.file("word/document.xml")!.asText().replace("{onderwerp}", "{onderwerp"));
    const broken = path.join(dir, "kapot.docx");
    writeFileSync(broken, zip.generate({ type: "nodebuffer" }));
    const out = path.join(dir, "brieven.docx");
    const bad = await runCli(["brieven", suppliers, "--beleid", beleid, "--peildatum", "2026-12-01", "--sjabloon", broken, "--out", out]);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('Sjabloon "kapot.docx" bevat een fout in de samenvoegvelden');
    expect(existsSync(out)).toBe(false);
    const notDocx = path.join(dir, "brief.docx");
    writeFileSync(notDocx, "geen zip");
    expect((await runCli(["brieven", suppliers, "--beleid", beleid, "--sjabloon", notDocx, "--out", out])).stderr).toContain("is geen Word-document");
    const noOut = await runCli(["brieven", suppliers]);
    expect(noOut.code).toBe(2);
    expect(noOut.stderr).toContain("--out brieven.docx");
    expect((await runCli(["brieven", suppliers, "--beleid", beleid, "--out", path.join(dir, "x.pdf")])).stderr).toContain("eindigt op .docx");
  });

  test("--json lists each letter's fields", async () => {
    const result = await runCli(["brieven", suppliers, "--beleid", beleid, "--peildatum", "2026-12-01", "--json", "--out", path.join(tmp(), "b.docx")]);
    const { letters } = JSON.parse(result.stdout) as { letters: Record<string, string>[] };
    const maas = letters.find((l) => l.leverancier === "Groenvoorziening Maas & Zn")!;
    expect(maas).toMatchObject({ kind: "fails", kvk: "14034567", vereiste_trede: "trede 2", sectorniveau: "1", inkoper: "Woningstichting Maasdal", kenmerk: "PSO-14034567-20261201" });
  });

  test("without a sender in the policy, brieven refuses, names the setting and writes nothing; never a default organisation", async () => {
    const out = path.join(tmp(), "brieven.docx");
    const result = await runCli(["brieven", suppliers, "--peildatum", "2026-12-01", "--out", out]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('"Afzender brieven" (buyer.name)');
    expect(existsSync(out)).toBe(false);
  });

  test("a supplier name with a line break is printed with ↵, and with control characters still gets its letter", async () => {
    const dir = tmp();
    const csv = path.join(dir, "lijst.csv");
    writeFileSync(csv, 'Leverancier;Opdrachtsom per jaar;PSO-trede\n"Nep\nrij 99  Valse regel";300000;geen\n"Stuur\u0001teken\u001b BV";300000;geen\n');
    const out = path.join(dir, "b.docx");
    const result = await runCli(["brieven", csv, "--beleid", beleid, "--peildatum", "2026-12-01", "--out", out]);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain("Nep↵rij 99  Valse regel:");
    expect(result.stdout).not.toMatch(/^rij 99/m);
    expect(result.stdout).toContain("2 brieven geschreven");
    expect(documentText(out)).toContain("Stuurteken BV");
  });
});
