import { Lang, Letter, Result } from "../core";
import { DEFAULT_TEMPLATES } from "./defaultTemplates";
import { renderLetters } from "./render";

export const DOCX_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

function fromBase64(text: string): Uint8Array {
  const binary = atob(text);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

/** The letters in the default template, one per page: what the taskpane offers as brieven.docx. */
export function defaultLettersDocx(letters: readonly Letter[], lang: Lang): Result<Uint8Array> {
  const rendered = renderLetters(fromBase64(DEFAULT_TEMPLATES[lang]), lang === "en" ? "brief-en.docx" : "brief.docx", letters);
  return rendered.ok ? { ok: true, value: rendered.value.docx } : rendered;
}

/** Whether this page can hand the user a file (Excel on the web and the workbench can; some desktop hosts cannot). */
export function canDownload(): boolean {
  return typeof URL !== "undefined" && typeof URL.createObjectURL === "function" && typeof document !== "undefined";
}

/** Hands the bytes to the browser as a download named `name` (a .docx unless `type` says otherwise). */
export function offerDownload(bytes: Uint8Array | ArrayBuffer, name: string, type: string = DOCX_TYPE): void {
  const url = URL.createObjectURL(new Blob([bytes as BlobPart], { type }));
  const a = document.createElement("a");
  a.href = url;
  a.download = name;
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
