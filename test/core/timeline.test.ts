import { mkdtempSync, writeFileSync } from "fs";
import os from "os";
import path from "path";
import { CheckJson } from "../../src/cli/checkReport";
import { dayFromYmd, evaluateRow, formatIsoDate, supplierTimeline, timelineText, wonenLimburgPolicy } from "../../src/core";
import { actionList } from "../../src/core/report/actionList";
import { runCli } from "../support/cli";

/*
 * Issue 24.3, seed 000: "Stippel een tijdspad uit voor zowel bestaande als nieuwe leveranciers". A list made for it:
 * existing contracts (the date rule) and new ones (the growth path), on the whitepaper's policy.
 */
const LIST = [
  "Leverancier;Opdrachtsom per jaar;PSO-trede;Geldig tot;Gunningsdatum;Looptijd (maanden)",
  "Bestaand Trede 1;300000;Trede 1;31-12-2027;;", // existing, below trede 2 since 1-1-2022
  "Bestaand Trede 2;300000;Trede 2;31-12-2027;;", // holds the final level
  "Nieuw Zonder;400000;;;1-6-2026;48", // new, nothing yet: Aspirant, trede 1, trede 2
  "Nieuw Aspirant;350000;Aspirant;31-12-2027;1-6-2025;48", // new, Aspirant held: trede 1, trede 2
  "Nieuw Bijna;300000;;;1-2-2026;48", // new, its Aspirant step falls inside the warning window: a letter
  "Klein;50000;;;;", // out of scope: no timeline
].join("\n");
const PEIL = "2026-12-01";
const peil = dayFromYmd(2026, 12, 1);

function file(name: string, text: string): string {
  const f = path.join(mkdtempSync(path.join(os.tmpdir(), "pso-timeline-")), name);
  writeFileSync(f, text);
  return f;
}

/** The whitepaper's policy with a sender, so letters can be made. */
function policyFile(): string {
  return file("beleid.json", JSON.stringify({ ...wonenLimburgPolicy, buyer: { name: "Woonstichting Test", contact: "Inkoop", phone: "", email: "" } }));
}

describe("the timeline per supplier (core)", () => {
  const row = (cells: Record<string, unknown>) => ({ row: 2, supplier: "X", ...cells }) as never;

  test("an existing supplier before the rule rises: the policy's requirement dates", () => {
    const f = evaluateRow(row({ spend: 300000, level: "Trede 1", validUntil: "31-12-2022" }), wonenLimburgPolicy, dayFromYmd(2021, 6, 1));
    expect(supplierTimeline(f, wonenLimburgPolicy, dayFromYmd(2021, 6, 1)).map((s) => [s.level, formatIsoDate(s.date)])).toEqual([["trede2", "2022-01-01"]]);
  });

  test("a new supplier on the growth path: each step still to take, in Dutch and in English", () => {
    const f = evaluateRow(row({ spend: 350000, level: "Aspirant", validUntil: "31-12-2027", awardDate: "1-6-2025", termMonths: 48 }), wonenLimburgPolicy, peil);
    const steps = supplierTimeline(f, wonenLimburgPolicy, peil);
    expect(timelineText(steps, peil, "nl")).toBe("uiterlijk 1-6-2027 trede 1, uiterlijk 1-6-2028 trede 2");
    expect(timelineText(steps, peil, "en")).toBe("level 1 by 1 June 2027, level 2 by 1 June 2028");
  });

  test("a supplier below what is already asked: that level first, dated the day it became due", () => {
    const f = evaluateRow(row({ spend: 300000, level: "Trede 1", validUntil: "31-12-2027" }), wonenLimburgPolicy, peil);
    expect(timelineText(supplierTimeline(f, wonenLimburgPolicy, peil), peil, "nl")).toBe("trede 2 al vereist sinds 1-1-2022");
  });

  test("nothing for a supplier at the final level, out of scope, or with an expired certificate's level", () => {
    const at = (cells: Record<string, unknown>) => supplierTimeline(evaluateRow(row(cells), wonenLimburgPolicy, peil), wonenLimburgPolicy, peil);
    expect(at({ spend: 300000, level: "Trede 3", validUntil: "31-12-2027" })).toEqual([]);
    expect(at({ spend: 50000, level: "geen" })).toEqual([]);
    // an expired trede 2 counts as none: trede 2 is asked again, since 1-1-2022
    expect(at({ spend: 300000, level: "Trede 2", validUntil: "31-10-2026" }).map((s) => [s.level, formatIsoDate(s.date)])).toEqual([["trede2", "2022-01-01"]]);
  });

  test("the action list lists a supplier whose only follow-up is a later step, dated by that step", () => {
    const f = evaluateRow(row({ spend: 400000, level: "geen", awardDate: "1-6-2026", termMonths: 48 }), wonenLimburgPolicy, peil);
    const items = actionList([f], peil, "nl", wonenLimburgPolicy);
    expect(items.every((a) => a.text.endsWith("tijdspad: uiterlijk 1-6-2027 Aspirant-status, uiterlijk 1-6-2028 trede 1, uiterlijk 1-6-2029 trede 2"))).toBe(true);
    const trede1 = evaluateRow(row({ spend: 400000, level: "Trede 1", validUntil: "31-12-2027", awardDate: "1-6-2025", termMonths: 48 }), wonenLimburgPolicy, peil);
    // trede 1 held on the path: nothing due inside the warning window, but trede 2 on 1-6-2028
    const only = actionList([trede1], peil, "en", wonenLimburgPolicy);
    expect(only.map((a) => [a.kind, a.kindLabel, formatIsoDate(a.deadline!), a.text])).toEqual([["nextStep", "Timeline", "2028-06-01", "Timeline: level 2 by 1 June 2028"]]);
    expect(actionList([trede1], peil, "en")).toEqual([]);
  });
});

/** A letter as `brieven --json` gives it: its row, its kind and its merge fields. */
type Letter = { row: number; kind: string } & Record<string, string>;

/** The dates in a timeline text ("1-6-2027"), as YYYY-MM-DD. */
const isoDates = (text: string) =>
  [...text.matchAll(/(\d{1,2})-(\d{1,2})-(\d{4})/g)].map((m) => `${m[3]}-${m[2].padStart(2, "0")}-${m[1].padStart(2, "0")}`);

/** check --json, rapport --json and brieven --json on one list: the same dates for each supplier everywhere. */
async function sameDatesEverywhere(list: string): Promise<{ rows: CheckJson["rows"]; letters: Letter[] }> {
  const beleid = policyFile();
  const common = ["--peildatum", PEIL, "--beleid", beleid];
  const check = JSON.parse((await runCli(["check", list, ...common, "--json"])).stdout) as CheckJson;
  const rapport = JSON.parse((await runCli(["rapport", list, ...common, "--json"])).stdout) as { actions: { row: number; text: string; timeline?: { date: string }[] }[] };
  const out = path.join(mkdtempSync(path.join(os.tmpdir(), "pso-timeline-")), "brieven.docx");
  const { letters } = JSON.parse((await runCli(["brieven", list, ...common, "--json", "--out", out])).stdout) as { letters: Letter[] };
  for (const r of check.rows) {
    if (!r.timeline) continue;
    const dates = r.timeline.map((s) => s.date);
    for (const a of rapport.actions.filter((x) => x.row === r.row)) {
      expect(isoDates(a.text.slice(a.text.indexOf("tijdspad:")))).toEqual(dates);
      expect(a.timeline!.map((s) => s.date)).toEqual(dates);
    }
    const letter = letters.find((l) => l.row === r.row);
    if (letter) expect(isoDates(letter.tijdspad)).toEqual(dates);
    // the action list's words and the letter's are the same words
    const action = rapport.actions.find((x) => x.row === r.row);
    if (letter && action && dates.length > 0) expect(letter.tijdspad).toContain(action.text.slice(action.text.indexOf("tijdspad: ") + "tijdspad: ".length));
  }
  return { rows: check.rows, letters };
}

describe("the action list, --json and the letters give one supplier the same dates", () => {
  test("on a list made for seed 000's step plan (existing and new suppliers)", async () => {
    const { rows, letters } = await sameDatesEverywhere(file("tijdspad.csv", LIST));
    expect(Object.fromEntries(rows.map((r) => [r.supplier, r.timeline?.map((s) => `${s.level} ${s.date}`)]))).toEqual({
      "Bestaand Trede 1": ["Trede 2 2022-01-01"],
      "Bestaand Trede 2": [],
      "Nieuw Zonder": ["Aspirant-status 2027-06-01", "Trede 1 2028-06-01", "Trede 2 2029-06-01"],
      "Nieuw Aspirant": ["Trede 1 2027-06-01", "Trede 2 2028-06-01"],
      "Nieuw Bijna": ["Aspirant-status 2027-02-01", "Trede 1 2028-02-01", "Trede 2 2029-02-01"],
      Klein: undefined,
    });
    const bijna = letters.find((l) => l.leverancier === "Nieuw Bijna")!;
    expect(bijna.tijdspad).toBe("Ons tijdspad voor uw organisatie: uiterlijk 1-2-2027 Aspirant-status, uiterlijk 1-2-2028 trede 1, uiterlijk 1-2-2029 trede 2.");
    expect(bijna.deadline).toBe("1-2-2027");
  });

  test("on examples/leveranciers-vooruitblik.xlsx", async () => {
    const example = path.join(__dirname, "..", "..", "examples", "leveranciers-vooruitblik.xlsx");
    const { rows, letters } = await sameDatesEverywhere(example);
    expect(rows.filter((r) => (r.timeline ?? []).length > 0).length).toBeGreaterThanOrEqual(5);
    expect(letters.filter((l) => l.tijdspad !== "").length).toBeGreaterThanOrEqual(3);
  });
});
