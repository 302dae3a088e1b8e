/** The rule lives in core so the custom functions (same page, other bundle) decide the language the same way. */
export { langFromDisplayLanguage } from "../core/i18n";
