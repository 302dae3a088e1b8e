import type { Lang, Message } from "../result";
import { coded } from "./coded";

/** Words the core puts into output beside the findings themselves. */
export const coreTexts = coded("core.text", {
  unnamedSupplier: (): Message => ({ nl: "(zonder naam)", en: "(no name)" }),
});

/** How a supplier row without a name is shown in lists and reports. */
export function unnamedSupplier(lang: Lang): string {
  return coreTexts.unnamedSupplier()[lang];
}
