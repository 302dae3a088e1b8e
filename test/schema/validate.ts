import { execFileSync } from "child_process";
import { mkdirSync, mkdtempSync, writeFileSync } from "fs";
import os from "os";
import path from "path";

/*
 * Schema validation of OOXML parts with the JDK's validator (Debian openjdk-17-jdk-headless) against the ECMA-376
 * transitional schemas in ../shared/ooxml-schemas (see its README): test/schema/Validate.java applies Markup
 * Compatibility first, as Excel does. Many files are validated in one run of the JVM.
 */
const SCHEMAS = process.env.OOXML_SCHEMAS ?? path.resolve(__dirname, "..", "..", "..", "shared", "ooxml-schemas");
const VALIDATOR = path.join(__dirname, "Validate.java");

/** The parts a schema here covers: SpreadsheetML, DrawingML charts and drawings, packaging, app properties, Word's parts. */
export function validatedPart(name: string): boolean {
  if (name.endsWith(".rels") || name === "[Content_Types].xml" || name === "docProps/app.xml") return true;
  return /^(xl\/(workbook|styles|sharedStrings|calcChain)\.xml|xl\/(worksheets|charts|drawings|tables|pivotTables|pivotCache)\/[^/]+\.xml|word\/[^/]+\.xml)$/.test(name);
}

/** Schema findings per file and part: `files` maps a label to its parts. Messages are the validator's, one per finding. */
export function schemaFindings(files: Record<string, Record<string, Uint8Array>>): Map<string, Map<string, string[]>> {
  const dir = mkdtempSync(path.join(os.tmpdir(), "pso-schema-"));
  const where = new Map<string, [string, string]>();
  let n = 0;
  for (const [label, parts] of Object.entries(files)) {
    for (const [name, bytes] of Object.entries(parts)) {
      if (!validatedPart(name)) continue;
      const file = path.join(dir, String(n++), name.replace(/[[\]]/g, "_"));
      mkdirSync(path.dirname(file), { recursive: true });
      writeFileSync(file, bytes);
      where.set(file, [label, name]);
    }
  }
  const out = execFileSync("java", [VALIDATOR, SCHEMAS, ...where.keys()], { encoding: "utf8", maxBuffer: 64 * 1024 * 1024 });
  const findings = new Map<string, Map<string, string[]>>();
  for (const label of Object.keys(files)) findings.set(label, new Map());
  for (const line of out.split("\n")) {
    const tab = line.indexOf("\t");
    if (tab < 0) continue;
    const [label, part] = where.get(line.slice(0, tab)) ?? ["?", line.slice(0, tab)];
    const perPart = findings.get(label)!;
    perPart.set(part, [...(perPart.get(part) ?? []), line.slice(tab + 1)]);
  }
  return findings;
}
