import { checkFindings, dayFromYmd, Letter, lettersFor, Policy, tableFromGrid, wonenLimburgPolicy } from "../../src/core";
import { OWN_SHEETS } from "../../src/core/ownSheets";
import { LETTERS_HEADER, writeLettersSheet } from "../../src/excel/lettersSheet";
import { readPolicySheet, removePolicySheet, writePolicySheetAt } from "../../src/excel/policySheet";
import { createWorkbook, StandinWorkbook } from "../../src/excel-standin";

/*
 * Issue 22 item 3: the Brieven and PSO-beleid sheets are PSO-toets's by their hidden marks, not by their names. A user's own sheet called
 * "Brieven" is never written over: the letters go to a free name and the user is told; the next run finds the letters
 * sheet by its mark again.
 */
const signed: Policy = { ...wonenLimburgPolicy, buyer: { name: "Woningstichting Maasdal", contact: "Petra Janssen", phone: "", email: "" } };

function letters(): Letter[] {
  const peil = dayFromYmd(2026, 12, 1);
  const table = tableFromGrid([["Leverancier", "Opdrachtsom per jaar", "PSO-trede", "Geldig tot"], ["Te Laag", 300000, "Trede 1", "31-12-2027"]] as never)!;
  return lettersFor(table.rows, checkFindings(table, signed, peil), signed, peil, "nl");
}

async function write(book: StandinWorkbook) {
  const result = await book.run((context) => writeLettersSheet(context, letters()));
  if (!result.ok) throw new Error(result.message.nl);
  return result.value;
}

const USER_SHEET = [["Brief", "Verstuurd op"], ["Aan Bouwbedrijf Janssen", "3-11-2026"]];

test("a user's own sheet called Brieven is left as it is; the letters go to Brieven (2), said in words, and carry the mark", async () => {
  const book = createWorkbook({ Leveranciers: [["Leverancier"]], Brieven: USER_SHEET });
  const written = await write(book);
  expect(written.sheetName).toBe("Brieven (2)");
  expect(written.userSheetKept).toBe("Brieven");
  expect(written.notice?.nl).toBe(`Het blad "Brieven" is niet door PSO-toets gemaakt en blijft zoals het is; de brieven staan op het blad "Brieven (2)".`);
  expect(book.values("Brieven")).toEqual(USER_SHEET);
  expect(book.values("Brieven (2)")[0]).toEqual([...LETTERS_HEADER]);
  const mark = book.model.names.get(OWN_SHEETS.letters.mark.toLowerCase());
  expect(mark?.visible).toBe(false);
  expect(mark?.formula).toMatch(/'Brieven \(2\)'!\$A\$1$/);
});

test("the next run finds the letters by their mark: the same sheet again, no third one, their Brieven still alone", async () => {
  const book = createWorkbook({ Leveranciers: [["Leverancier"]], Brieven: USER_SHEET });
  await write(book);
  const again = await write(book);
  expect(again).toMatchObject({ sheetName: "Brieven (2)", userSheetKept: null, notice: null });
  expect(book.values("Brieven")).toEqual(USER_SHEET);
  expect(book.model.sheets.map((s) => s.name)).toEqual(["Leveranciers", "Brieven", "Brieven (2)"]);
});

test("an unmarked Brieven sheet an earlier version wrote (our header in row 1) is refreshed in place and marked", async () => {
  const book = createWorkbook({ Brieven: [[...LETTERS_HEADER], ["oud"]] });
  const written = await write(book);
  expect(written).toMatchObject({ sheetName: "Brieven", userSheetKept: null });
  expect(book.model.names.get(OWN_SHEETS.letters.mark.toLowerCase())?.formula).toMatch(/Brieven'?!\$A\$1$/);
});

describe("the PSO-beleid sheet by its mark", () => {
  const USER_POLICY = [["Ons beleid", "Notities"], ["Inkoop", "Alleen lokaal"]];

  test("a user's own PSO-beleid is neither read as the policy once ours is marked, nor written over, nor removed", async () => {
    const book = createWorkbook({ Leveranciers: [["Leverancier"]], "PSO-beleid": USER_POLICY });
    const written = await book.run((context) => writePolicySheetAt(context, wonenLimburgPolicy));
    expect(written.ok && written.value).toEqual({ sheet: "PSO-beleid (2)", userSheetKept: "PSO-beleid" });
    expect(book.values("PSO-beleid")).toEqual(USER_POLICY);
    const read = await book.run((context) => readPolicySheet(context));
    expect(read.ok && read.value.source.source).toBe("sheet");
    await book.run((context) => removePolicySheet(context));
    expect(book.model.sheets.map((s) => s.name)).toEqual(["Leveranciers", "PSO-beleid"]);
    expect(book.values("PSO-beleid")).toEqual(USER_POLICY);
  });

  test("an unmarked PSO-beleid an earlier version wrote is written in place and gets the mark", async () => {
    const first = createWorkbook({ Leveranciers: [["Leverancier"]] });
    await first.run((context) => writePolicySheetAt(context, wonenLimburgPolicy));
    const earlier = createWorkbook({ Leveranciers: [["Leverancier"]], "PSO-beleid": first.values("PSO-beleid") });
    const written = await earlier.run((context) => writePolicySheetAt(context, wonenLimburgPolicy));
    expect(written.ok && written.value).toEqual({ sheet: "PSO-beleid", userSheetKept: null });
    expect(earlier.model.names.get(OWN_SHEETS.policy.mark.toLowerCase())?.visible).toBe(false);
  });
});
