/**
 * A stand-in for office.js, for browser tests of the add-in's own built page (dist/taskpane.html): the test serves
 * this bundle in place of https://appsforoffice.microsoft.com/lib/1/hosted/office.js, so the real taskpane.js and
 * functions.js run under the page's real Content-Security-Policy against a small stand-in workbook.
 */
import "../excel-standin/charts";
import { createWorkbook } from "../excel-standin";
import { createCustomFunctions } from "./customFunctions";

const book = createWorkbook({
  Leveranciers: [
    ["Leverancier", "Opdrachtsom per jaar", "PSO-trede", "Geldig tot"],
    ["<img src=x onerror=alert(1)>", 200000, "geen", ""],
    ["Bouwbedrijf Janssen BV", 1250000, "Trede 2", 46660],
    ["<script>alert(2)</script>", 300000, "Trede 1", 46660],
  ],
});

/** ?excelApi=1.12 plays an older Excel: ExcelApi sets above that version are missing. */
const excelApi = new URLSearchParams(location.search).get("excelApi");
const version = (v: string) => v.split(".").map(Number);
function isSetSupported(name: string, minVersion = "1.1"): boolean {
  if (name !== "ExcelApi" || !excelApi) return true;
  const [have, want] = [version(excelApi), version(minVersion)];
  return have[0] > want[0] || (have[0] === want[0] && (have[1] ?? 0) >= (want[1] ?? 0));
}

const customFunctions = createCustomFunctions();
const g = globalThis as Record<string, unknown>;
g.CustomFunctions = customFunctions;
g.Excel = { run: book.run };
g.Office = {
  onReady: (callback?: (info: { host: string; platform: string }) => void) =>
    Promise.resolve({ host: "Excel", platform: "OfficeOnline" }).then((info) => (callback?.(info), info)),
  context: {
    displayLanguage: new URLSearchParams(location.search).get("lang") === "en" ? "en-US" : "nl-NL",
    requirements: { isSetSupported },
  },
  HostType: { Excel: "Excel" },
};
g.psoStandin = {
  values: (name: string) => book.values(name),
  functions: () => [...customFunctions.registry.keys()],
};
