import { mkdtempSync, readFileSync } from "fs";
import os from "os";
import path from "path";
import { CheckJson } from "../../src/cli/checkReport";
import { writeVooruitblikExample } from "../../scripts/make-example-vooruitblik";
import { runCli } from "../support/cli";

const example = path.join(__dirname, "..", "..", "examples", "leveranciers-vooruitblik.xlsx");

describe("examples/leveranciers-vooruitblik.xlsx (issue 24)", () => {
  test("the script writes the committed file byte for byte", async () => {
    const file = await writeVooruitblikExample(mkdtempSync(path.join(os.tmpdir(), "pso-vooruitblik-")));
    expect(readFileSync(file).equals(readFileSync(example))).toBe(true);
  });

  test("on 31-12-2026 its outlook holds contract ends, an Aspirant-status reaching two years and SW-bedrijven in --json", async () => {
    const out = JSON.parse((await runCli(["check", example, "--peildatum", "31-12-2026", "--json"])).stdout) as CheckJson;
    const kinds = new Set(out.outlook!.months.flatMap((m) => m.items.map((i) => i.kind)));
    expect([...kinds].sort()).toEqual(["aspirantLimit", "certificateExpires", "contractEnds", "growthStep"]);
    expect(out.rows.filter((r) => r.supplierType === "sw").map((r) => r.supplier)).toEqual(["Werkbedrijf Parkstad", "Sociale Werkvoorziening Maasdal"]);
    expect(out.outlook!.months.flatMap((m) => m.items).some((i) => i.supplier === "Verhuisbedrijf Snel")).toBe(false); // ended 31-10-2026
  });
});
