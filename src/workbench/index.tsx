/* The workbench page: the stand-in globals first, then the real functions module and the real taskpane App. */
import { customFunctions, displayLanguage, setExcelRun } from "./globals";
import "../functions/functions";
import { createRoot } from "react-dom/client";
import { onActivePolicyChange } from "../addin/activePolicy";
import { createOfficeActions } from "../addin/officeActions";
import { langFromDisplayLanguage } from "../taskpane/lang";
import { recalculate, shapesFrom } from "./sheetView";
import { WorkbenchStore } from "./store";
import { Workbench } from "./Workbench";
import { bookFromCsv } from "./csv";
import { bookFromXlsx, xlsxFromBook } from "./xlsx";
import { offerDownload } from "../letters/download";
import { F, frameMessages } from "./messages";
import { functionHelp } from "./argumentHints";
import englishMetadata from "../functions/metadata.en.json";

/** The sample workbooks the page offers (copied beside the page by webpack.workbench.config.js). */
export const SAMPLES = [
  { file: "leveranciers.xlsx", label: F(frameMessages.samples.everyRow) },
  { file: "leveranciers-praktijk.xlsx", label: F(frameMessages.samples.practice) },
  { file: "leveranciers-met-register.xlsx", label: F(frameMessages.samples.register) },
  { file: "leveranciers-vooruitblik.xlsx", label: F(frameMessages.samples.outlook) },
];
const params = new URLSearchParams(location.search);
/**
 * ?voorbeeld=praktijk opens the realistic list, ?voorbeeld=met-register the one with a register sheet,
 * ?voorbeeld=vooruitblik the one made for the outlook (links in the README, the browser tests).
 */
const SAMPLE = SAMPLES.find((s) => s.file === `leveranciers-${params.get("voorbeeld")}.xlsx`)?.file ?? SAMPLES[0].file;

async function fetchOk(url: string): Promise<Response> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url}: ${response.status}`);
  return response;
}

const XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
const download = (data: ArrayBuffer, name: string) => offerDownload(data, name, XLSX_TYPE);

async function main(): Promise<void> {
  const root = document.getElementById("root");
  if (!root) return;
  const [metadata, sample] = await Promise.all([fetchOk("functions.json").then((r) => r.json()), fetchOk(SAMPLE).then((r) => r.arrayBuffer())]);
  const shapes = shapesFrom(metadata);
  const book = await bookFromXlsx(sample.slice(0));
  const store = new WorkbenchStore({ book, fileName: SAMPLE, original: sample, version: 0, generation: 0 }, (b) =>
    recalculate(b, customFunctions, shapes),
  );
  setExcelRun(store.run);
  onActivePolicyChange(() => store.changed());
  const lang = langFromDisplayLanguage(displayLanguage);
  document.documentElement.lang = lang;

  const open = async (file: File) => {
    const csv = /\.csv$/i.test(file.name);
    try {
      const data = await file.arrayBuffer();
      // A CSV has no workbook to patch: the download is a new .xlsx, as `check --out` makes of a CSV.
      if (csv) store.load(bookFromCsv(data, file.name), file.name, null);
      else store.load(await bookFromXlsx(data.slice(0)), file.name, data);
    } catch (error) {
      window.alert(F(frameMessages.notOpened(file.name, csv ? ".csv" : ".xlsx", error instanceof Error ? error.message : String(error))));
    }
  };
  const openSample = async (name: string) => {
    const data = await fetchOk(name).then((r) => r.arrayBuffer());
    store.load(await bookFromXlsx(data.slice(0)), name, data);
  };
  const save = async () => {
    const { book: current, original, fileName } = store.state;
    download(await xlsxFromBook(current, original), fileName.replace(/\.(xlsx|csv)$/i, "") + " (PSO-toets).xlsx");
  };
  // For the end-to-end tests and the curious: read-only views of the workbook and its sync log.
  (window as unknown as Record<string, unknown>).psoWorkbench = {
    values: (name: string) => store.state.book.values(name),
    sheetNames: () => store.state.book.model.sheets.map((s) => s.name),
    syncs: () => store.state.book.log.syncs.map((s) => ({ ...s })),
    functions: () => [...customFunctions.registry.keys()],
  };

  const functionNames = [...customFunctions.registry.keys()].map((id) => `PSO.${id}`).sort();
  createRoot(root).render(
    <Workbench
      store={store}
      lang={lang}
      functionNames={functionNames}
      functionHelp={functionHelp(metadata, englishMetadata)}
      createActions={createOfficeActions}
      onOpen={(file) => void open(file)}
      samples={SAMPLES}
      onOpenSample={(name) => void openSample(name)}
      debug={params.has("debug")}
      onDownload={() => void save()}
    />,
  );
}

main().catch((error) => {
  document.body.textContent = F(frameMessages.notStarted(error instanceof Error ? error.message : String(error)));
});
