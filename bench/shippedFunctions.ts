/**
 * The custom functions as they ship: the production functions.js that webpack builds (module concatenation, minified),
 * loaded in Node with a CustomFunctions stand-in that records what the bundle associates, as Excel's runtime does.
 * tsx's on-the-fly transform would put an export getter on every cross-module call, which the bundle does not have.
 */
import path from "path";
import { makeStandIn } from "../test/functions/support/customFunctionsStandIn";

export type CustomFunction = (...args: unknown[]) => unknown;

export function loadShippedFunctions(dist: string): Map<string, CustomFunction> {
  const standIn = makeStandIn();
  (globalThis as { CustomFunctions?: unknown }).CustomFunctions = standIn;
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- runs the built functions.js for its CustomFunctions.associate calls
  require(path.join(dist, "functions.js"));
  return standIn.associated as Map<string, CustomFunction>;
}
