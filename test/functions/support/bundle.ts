import * as fs from "fs";
import * as path from "path";
import * as vm from "vm";
import { builtFunctionsDir } from "./buildFunctions";
import { makeStandIn, StandIn } from "./customFunctionsStandIn";

/**
 * The built functions bundle in a page whose Office says the display language is `displayLanguage`: the bundle reads
 * Office.context.displayLanguage itself, so its results and error messages follow Office without the taskpane's help.
 */
export async function bundleIn(displayLanguage: string): Promise<StandIn> {
  const dir = await builtFunctionsDir();
  const standIn = makeStandIn();
  const context = vm.createContext({ CustomFunctions: standIn, Office: { context: { displayLanguage } }, console });
  vm.runInContext(fs.readFileSync(path.join(dir, "functions.js"), "utf8"), context, { filename: "functions.js" });
  return standIn;
}
