export { coded, isCode } from "./coded";
export type { MessageTable } from "./coded";
export { langFromDisplayLanguage } from "./lang";
export { coreTexts, unnamedSupplier } from "./texts";
