import { runBrieven } from "./brieven";
import { runCheck } from "./check";
import { runRapport } from "./rapport";
import { CliIo, EXIT_OK, EXIT_USAGE, processIo } from "./io";
import { cliMessages, langOfArgs } from "./messages";

export type Command = (args: string[], io: CliIo) => Promise<number>;

/** Subcommands by name; other modules (the controller's report) register theirs here. */
export const commands: Record<string, Command> = { check: runCheck, rapport: runRapport, brieven: runBrieven };

export async function run(argv: string[], io: CliIo = processIo): Promise<number> {
  const [name, ...rest] = argv;
  const lang = langOfArgs(argv);
  const usage = cliMessages.usage()[lang];
  if (name === undefined || name === "help" || name === "--help" || name === "-h") {
    io.out(usage);
    return name === undefined ? EXIT_USAGE : EXIT_OK;
  }
  const command = commands[name];
  if (!command) {
    io.err(`${cliMessages.unknownCommand(name)[lang]}\n\n${usage}`);
    return EXIT_USAGE;
  }
  try {
    return await command(rest, io);
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
