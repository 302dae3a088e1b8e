/**
 * A stand-in for office.js, for browser tests of the add-in's own built page (dist/taskpane.html): the test serves
 * this bundle in place of https://appsforoffice.microsoft.com/lib/1/hosted/office.js, so the real taskpane.js and
 * functions.js run under the page's real Content-Security-Policy against a small stand-in workbook.
 */
import "../excel-standin/charts";
import { createWorkbook } from "../excel-standin";
import { createCustomFunctions } from "./customFunctions";

/** ?excelApi=1.12 plays an older Excel: isSetSupported says no to later ExcelApi sets and their members fail with ApiNotFound. */
const excelApi = new URLSearchParams(location.search).get("excelApi") ?? undefined;

const book = createWorkbook(
  {
    Leveranciers: [
      ["Leverancier", "Opdrachtsom per jaar", "PSO-trede", "Geldig tot"],
      ["<img src=x onerror=alert(1)>", 200000, "geen", ""],
      ["Bouwbedrijf Janssen BV", 1250000, "Trede 2", 46660],
      ["<script>alert(2)</script>", 300000, "Trede 1", 46660],
    ],
  },
  { excelApi },
);

const customFunctions = createCustomFunctions();
const g = globalThis as Record<string, unknown>;
g.CustomFunctions = customFunctions;
g.Excel = { run: book.run };
g.Office = {
  onReady: (callback?: (info: { host: string; platform: string }) => void) =>
    Promise.resolve({ host: "Excel", platform: "OfficeOnline" }).then((info) => (callback?.(info), info)),
  context: {
    displayLanguage: new URLSearchParams(location.search).get("lang") === "en" ? "en-US" : "nl-NL",
    requirements: { isSetSupported: book.isSetSupported },
  },
  HostType: { Excel: "Excel" },
};
g.psoStandin = {
  values: (name: string) => book.values(name),
  functions: () => [...customFunctions.registry.keys()],
};
