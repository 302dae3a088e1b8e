import { run } from "../../src/cli/main";

export interface CliResult {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs the CLI in-process with captured output and a fixed "today". */
export async function runCli(args: string[], today = new Date(2026, 11, 1)): Promise<CliResult> {
  let stdout = "";
  let stderr = "";
  const code = await run(args, { out: (t) => (stdout += `${t}\n`), err: (t) => (stderr += `${t}\n`), today });
  return { code, stdout, stderr };
}
