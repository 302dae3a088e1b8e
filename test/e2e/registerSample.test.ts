/**
 * End-to-end (issue 17): the workbench's sample with a PSO-register sheet beside the supplier list. The real pane
 * checks the list against that sheet, says so, shows where the register differs from the list, and "Brieven" writes
 * the Brieven sheet with the merge fields as its header. Peildatum 1-12-2026, as examples/README.md documents.
 */
import { LETTER_FIELDS } from "../../src/core";
import { FILL_FAIL } from "../../src/excel/write";
import { cell, check, expectClean, screenshot, setPeildatum, sheetValues, startWorkbench, Workbench } from "./support/workbench";

jest.setTimeout(120_000);

let bench: Workbench;

beforeAll(async () => {
  bench = await startWorkbench();
});

afterAll(async () => {
  await bench?.close();
});

const sheetNames = (page: import("playwright-core").Page): Promise<string[]> =>
  page.evaluate(() => (window as unknown as { psoWorkbench: { sheetNames(): string[] } }).psoWorkbench.sheetNames());

test("?voorbeeld=met-register: the check uses the PSO-register sheet, and Brieven writes the Brieven sheet", async () => {
  const { page, recorded } = await bench.open("?voorbeeld=met-register");
  // The register is the tab beside the supplier list, and the sample is offered under its own label.
  expect(await sheetNames(page)).toEqual(["Leveranciers", "PSO-register", "Toelichting"]);
  await page.getByRole("tab", { name: "PSO-register" }).waitFor();
  const registerBefore = await sheetValues(page, "PSO-register");
  // KvK numbers arrive as text: the branch number of Installatietechniek Zuid is whole.
  expect(registerBefore.find((r) => r[0] === "Installatietechniek Zuid B.V.")?.[1]).toBe("140456780000");

  await setPeildatum(page, "2026-12-01");
  await check(page);
  const pane = page.locator("main");
  await pane.getByText(/Gecontroleerd tegen het PSO-register "PSO-register" \(28 registerrijen\)/).first().waitFor();
  // Schilderwerken Venlo (row 11): trede 2 on the list, an expired trede 1 in the register, which counts.
  await expect(cell(page, "J11").textContent()).resolves.toMatch(/^Voldoet niet/);
  await expect(cell(page, "K11").textContent()).resolves.toContain("lijst: trede 2 tot 31-8-2026; register: trede 1 tot 31-3-2026");
  await expect(cell(page, "A11").getAttribute("data-fill")).resolves.toBe(FILL_FAIL);
  // Uitzendbureau Werkt (row 15): basistrede on the list, trede 1 in the register.
  await expect(cell(page, "K15").textContent()).resolves.toContain("lijst: basistrede tot 30-4-2027; register: trede 1 tot 30-4-2027");
  await screenshot(page, "workbench-met-register.png");

  // First use: the pane asks who signs the letters (issue 25 item 7) and saves it in the policy.
  await pane.getByLabel(/Afzender \(uw organisatie\)/).fill("Woningstichting Maasdal");
  await pane.getByLabel(/Contactpersoon/).fill("Petra Janssen");
  await pane.getByRole("button", { name: "Afzender opslaan" }).click();
  await pane.getByText(/Afzender: Woningstichting Maasdal/).waitFor();
  await page.getByRole("button", { name: "Brieven", exact: true }).click();
  await pane.getByText(/\d+ leveranciers op blad "Brieven"/).waitFor();
  const tab = page.getByRole("tab", { name: "Brieven" });
  await expect(tab.getAttribute("aria-selected")).resolves.toBe("true");
  const letters = await sheetValues(page, "Brieven");
  expect(letters[0]).toEqual([...LETTER_FIELDS]);
  const suppliers = letters.slice(1).map((r) => r[0]);
  expect(suppliers).toContain("Schilderwerken Venlo");
  // Found in no register while the list claims trede 2: asked for the certificate.
  expect(suppliers).toContain("Elektro Venray");
  // What the page shows: the header and the first supplier in the grid of the Brieven tab.
  await expect(cell(page, "A1").textContent()).resolves.toBe("leverancier");
  await expect(cell(page, "A2").textContent()).resolves.toBe(String(letters[1][0]));
  await screenshot(page, "workbench-brieven.png");

  // Nothing of the user's register sheet is lost by the check or the letters.
  expect(await sheetValues(page, "PSO-register")).toEqual(registerBefore);
  await expectClean(page, recorded, bench.origin);
});

test("the sample picker opens the register sample by its label", async () => {
  const { page, recorded } = await bench.open();
  expect(await sheetNames(page)).not.toContain("PSO-register");
  await page.getByLabel("Voorbeeldbestand").selectOption({ label: "Voorbeeld: met PSO-register" });
  await page.getByTestId("file-name").filter({ hasText: "leveranciers-met-register.xlsx" }).waitFor();
  await page.getByRole("tab", { name: "PSO-register" }).waitFor();
  await expectClean(page, recorded, bench.origin);
});
