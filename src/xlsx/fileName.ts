/**
 * A file's name as the messages show it, taken from the path the CLI or the workbench hands in: the reader gets bytes
 * and a name, never the file system (issue 27.1), so it splits on both separators itself.
 */
export const baseName = (file: string): string => file.split(/[\\/]/).pop() ?? file;

/** The extension in lower case with its dot (".xlsx"), or "" for none. */
export function extensionOf(file: string): string {
  const base = baseName(file);
  const dot = base.lastIndexOf(".");
  return dot > 0 ? base.slice(dot).toLowerCase() : "";
}

/** The name without its extension ("lijst" for "map/lijst.csv"). */
export function stemOf(file: string): string {
  const base = baseName(file);
  const dot = base.lastIndexOf(".");
  return dot > 0 ? base.slice(0, dot) : base;
}

/** The kinds of list the reader takes: .csv, .xlsx and .xlsm. */
export const isReadableList = (file: string): boolean => [".csv", ".xlsx", ".xlsm"].includes(extensionOf(file));
