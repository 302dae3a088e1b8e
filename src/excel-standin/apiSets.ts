import { StandinError } from "./errors";

/**
 * Members above the manifest's ExcelApi 1.7 that the stand-in models, with the set Microsoft lists for each
 * (learn.microsoft.com/javascript/api/requirement-sets/excel/excel-api-requirement-sets). A stand-in playing an older
 * Excel (`excelApi: "1.12"`) refuses them at sync as Excel does: ApiNotFound, "The API you are trying to use could not
 * be found. It may be available in a newer version of Excel."
 * (learn.microsoft.com/office/dev/add-ins/testing/troubleshoot-development-errors, error codes of OfficeExtension.Error).
 */
export const LATER_MEMBERS: Readonly<Record<string, string>> = {
  "Worksheet.pageLayout": "1.9",
  "Worksheet.horizontalPageBreaks": "1.9",
  "PageBreakCollection.removePageBreaks": "1.9",
  "PageBreakCollection.add": "1.9",
  "PageLayout.orientation": "1.9",
  "PageLayout.paperSize": "1.9",
  "PageLayout.zoom": "1.9",
  "PageLayout.setPrintTitleRows": "1.9",
  "PageLayout.setPrintArea": "1.9",
  "PageLayout.leftMargin": "1.9",
  "PageLayout.rightMargin": "1.9",
  "PageLayout.topMargin": "1.9",
  "PageLayout.bottomMargin": "1.9",
  "PageLayout.headersFooters": "1.9",
  "HeaderFooterGroup.defaultForAllPages": "1.9",
  "HeaderFooter.leftFooter": "1.9",
  "HeaderFooter.rightFooter": "1.9",
  "Range.getTables": "1.9",
  "RangeAreas.address": "1.9",
  "Range.getMergedAreasOrNullObject": "1.13",
  "Table.resize": "1.13",
};

const parts = (v: string) => v.split(".").map(Number);

/** Whether an Excel offering `have` (undefined: the newest) has ExcelApi `want`. */
export function excelApiAtLeast(have: string | undefined, want: string): boolean {
  if (have === undefined) return true;
  const [a, b] = [parts(have), parts(want)];
  return a[0] > b[0] || (a[0] === b[0] && (a[1] ?? 0) >= (b[1] ?? 0));
}

/** Office.context.requirements.isSetSupported as an Excel of that version answers it (other sets: present). */
export const isSetSupportedBy = (excelApi: string | undefined) => (name: string, version = "1.1"): boolean =>
  name !== "ExcelApi" || excelApiAtLeast(excelApi, version);

export function apiNotFound(member: string): StandinError {
  return new StandinError("ApiNotFound", `The API you are trying to use could not be found (${member}). It may be available in a newer version of Excel.`);
}
