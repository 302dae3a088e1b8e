import { promises as fs } from "fs";
import { fail, Message, ok, Policy, policyFromJson, Result, wonenLimburgPolicy } from "../core";
import { cliMessages } from "./messages";

const usageError = (message: Message) => fail<never>(message);

const INCOMPLETE = /end of JSON input/i;
const jsonError = (text: string): string | null => {
  try {
    JSON.parse(text);
    return null;
  } catch (error) {
    return error instanceof Error ? error.message : String(error);
  }
};

/**
 * Where JSON stops being valid, as line and column, and the text there; never the parser's own English sentence.
 * The place is where the shortest start of the text fails other than by ending early (an error at its very end):
 * the same on every Node version, whether or not its parser reports a position. A policy file is small.
 */
function jsonSyntaxMessage(file: string, text: string): Message {
  if (text.trim() === "") return cliMessages.policyEmpty(file);
  let offset = -1;
  if (text.length <= 100_000) {
    for (let k = 1; k <= text.length; k++) {
      const problem = jsonError(text.slice(0, k));
      if (problem === null || INCOMPLETE.test(problem)) continue;
      const at = /position (\d+)/.exec(problem);
      if (at && Number(at[1]) >= k) continue;
      offset = at ? Number(at[1]) : k - 1;
      break;
    }
  }
  if (offset < 0) return cliMessages.policyEndsEarly(file);
  const before = text.slice(0, offset);
  const line = before.split("\n").length;
  const column = offset - before.lastIndexOf("\n");
  const there = text.slice(offset, offset + 20).split(/\r?\n/)[0];
  return cliMessages.policyNotJson(file, String(line), String(column), there);
}

/** The policy of --beleid, or the whitepaper preset without it. */
export async function loadPolicy(file: string | undefined): Promise<Result<Policy>> {
  if (file === undefined) return ok(wonenLimburgPolicy);
  let text: string;
  try {
    text = await fs.readFile(file, "utf8");
  } catch {
    return usageError(cliMessages.policyUnreadable(file));
  }
  let json: unknown;
  // Notepad and Excel's "Unicode" exports start a file with a byte-order mark; JSON.parse would refuse it.
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  try {
    json = JSON.parse(text);
  } catch {
    return usageError(jsonSyntaxMessage(file, text));
  }
  const policy = policyFromJson(json);
  if (!policy.ok) return usageError(cliMessages.policyInvalid(file, policy.message));
  return policy;
}
