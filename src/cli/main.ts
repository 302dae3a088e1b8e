import { readFileSync } from "fs";
import path from "path";
import { Lang, Message } from "../core";
import { runBrieven } from "./brieven";
import { runCheck } from "./check";
import { runRapport } from "./rapport";
import { CliIo, EXIT_OK, EXIT_USAGE, processIo, stopOnClosedPipe } from "./io";
import { cliMessages, langOfArgs } from "./messages";
import { argumentProblem, CommandOption } from "./options";
import { closest } from "./suggest";
import { forTerminal } from "./terminal";

export type Command = (args: string[], io: CliIo) => Promise<number>;

export interface CommandEntry {
  run: Command;
  /** One line for `pso-toets --help`. */
  summary: () => Message;
  /** What `pso-toets <command> --help` prints. */
  usage: () => Message;
  /** Options this command takes beside the shared ones (see COMMAND_OPTIONS in options.ts). */
  options?: readonly CommandOption[];
}

/** Subcommands by name; a new command adds one entry. */
export const commands: Record<string, CommandEntry> = {
  check: { run: runCheck, summary: cliMessages.checkSummary, usage: cliMessages.checkUsage, options: ["register"] },
  rapport: { run: runRapport, summary: cliMessages.rapportSummary, usage: cliMessages.rapportUsage, options: ["register"] },
  brieven: { run: runBrieven, summary: cliMessages.brievenSummary, usage: cliMessages.brievenUsage, options: ["register", "sjabloon", "template", "per-leverancier", "per-supplier"] },
};

/** `pso-toets --help`: what the tool does and its commands. */
function generalUsage(): Message {
  const width = Math.max(...Object.keys(commands).map((n) => n.length)) + 3;
  const list = (lang: "nl" | "en") =>
    Object.entries(commands)
      .map(([name, c]) => `  ${name.padEnd(width)}${c.summary()[lang]}`)
      .join("\n");
  const head = cliMessages.usage();
  const foot = cliMessages.usageFooter();
  return { nl: `${head.nl}${list("nl")}\n${foot.nl}\n`, en: `${head.en}${list("en")}\n${foot.en}\n` };
}

function version(): string {
  // The same path from src/cli (tests) and lib/cli (the built command).
  const pkg = JSON.parse(readFileSync(path.join(__dirname, "..", "..", "package.json"), "utf8")) as { version: string };
  return pkg.version;
}

/** A help flag before any "--" (after it, "--help" would be a file name). */
function asksHelp(args: readonly string[]): boolean {
  const end = args.indexOf("--");
  return (end < 0 ? args : args.slice(0, end)).some((a) => a === "--help" || a === "-h");
}

const commandNamed = (name: string | undefined): CommandEntry | undefined =>
  name !== undefined && Object.prototype.hasOwnProperty.call(commands, name) ? commands[name] : undefined;

/** No command first: help, the version, or a usage error (an option typed before the command, or a mistyped one). */
function withoutCommand(name: string | undefined, rest: string[], io: CliIo, lang: Lang): number {
  if (name === "--version" || name === "-v" || name === "-V") {
    io.out(`pso-toets ${version()}`);
    return EXIT_OK;
  }
  const about = name === "help" ? commandNamed(rest[0]) : undefined;
  const text = (about ? about.usage() : generalUsage())[lang];
  if (name === "help" || name === "--help" || name === "-h") {
    io.out(text);
    return EXIT_OK;
  }
  let problem: Message | null = null;
  if (name !== undefined) {
    const known = /^--?(taal|lang)(=|$)/.test(name) || argumentProblem([name, "x"]) === null;
    problem = known ? cliMessages.commandFirst(Object.keys(commands).join(", ")) : argumentProblem([name]);
  }
  io.err(problem ? `${problem[lang]}\n\n${text}` : text);
  return EXIT_USAGE;
}

export async function run(argv: string[], rawIo: CliIo = processIo): Promise<number> {
  if (rawIo === processIo) stopOnClosedPipe();
  // Every print path goes through here: the report, errors and notices alike.
  const io: CliIo = { ...rawIo, out: (text) => rawIo.out(forTerminal(text)), err: (text) => rawIo.err(forTerminal(text)) };
  const [name, ...rest] = argv;
  const lang = langOfArgs(argv);
  if (name === undefined || name.startsWith("-") || name === "help") return withoutCommand(name, rest, io, lang);
  const command = commandNamed(name);
  if (!command) {
    const suggestion = closest(name, Object.keys(commands));
    const message = suggestion ? cliMessages.unknownCommandSuggest(name, suggestion) : cliMessages.unknownCommand(name);
    io.err(`${message[lang]}\n\n${generalUsage()[lang]}`);
    return EXIT_USAGE;
  }
  if (asksHelp(rest)) {
    io.out(command.usage()[lang]);
    return EXIT_OK;
  }
  const problem = argumentProblem(rest, command.options);
  if (problem) {
    io.err(`${problem[lang]}\n\n${command.usage()[lang]}`);
    return EXIT_USAGE;
  }
  try {
    return await command.run(rest, io);
  } catch (error) {
    io.err(cliMessages.commandFailed(error instanceof Error ? error.message : String(error))[lang]);
    return EXIT_USAGE;
  }
}

if (require.main === module) {
  run(process.argv.slice(2)).then((code) => {
    process.exitCode = code;
  });
}
