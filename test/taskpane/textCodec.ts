/* jsdom has no TextDecoder/TextEncoder; the workbook reader (src/xlsx) needs them. Import this before it. */
import { TextDecoder, TextEncoder } from "util";

if (typeof globalThis.TextDecoder === "undefined") Object.assign(globalThis, { TextDecoder, TextEncoder });
