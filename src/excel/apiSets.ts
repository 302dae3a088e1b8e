/**
 * The one place the adapter asks which Excel it runs in. The manifest requires ExcelApi 1.7; members of later sets
 * (listed with what the user loses in src/taskpane/requirements.ts, OPTIONAL) are called only where this answers true.
 */
export type IsSetSupported = (name: string, version: string) => boolean;

/** Office's own answer. Outside Office (adapter tests, benchmarks) there is no Office global: the stand-in then plays the newest Excel. */
export const officeIsSetSupported: IsSetSupported = (name, version) => {
  const office = (globalThis as { Office?: typeof Office }).Office;
  if (!office) return true;
  try {
    return office.context?.requirements?.isSetSupported(name, version) === true;
  } catch {
    return false;
  }
};

/** Whether this Excel has ExcelApi `version`; a failing check counts as no. */
export function hasExcelApi(version: string, isSetSupported: IsSetSupported = officeIsSetSupported): boolean {
  try {
    return isSetSupported("ExcelApi", version);
  } catch {
    return false;
  }
}
