import { runCheck } from "./check";
import { runRapport } from "./rapport";
import { CliIo, EXIT_OK, EXIT_USAGE, processIo } from "./io";

export const USAGE = `PSO-toets: toets een leverancierslijst aan het PSO-beleid.

Gebruik:
  pso-toets check <bestand.xlsx|bestand.csv> [opties]
  pso-toets rapport <bestand.xlsx> [opties] --out rapport.xlsx   blad "Sociale bijdrage" voor de controller

Opties:
  --sheet NAAM            blad met de leverancierslijst (standaard: het eerste blad met een kopregel)
  --peildatum JJJJ-MM-DD  datum waarop getoetst wordt (standaard: vandaag)
  --beleid beleid.json    eigen beleid (standaard: het beleid uit de whitepaper, Wonen Limburg)
  --json                  uitvoer als JSON
  --out kopie.xlsx        schrijf een kopie met kolommen PSO-status en PSO-toelichting; het origineel blijft onaangeroerd
  --kolom veld=D          kolom zelf aanwijzen (velden: supplier, kvk, spend, level, validUntil, awardDate,
                          termMonths, endDate, contribution, category, levelAtAward)
  --taal nl|en            taal van de uitvoer

Exitcode: 0 als geen leverancier binnen scope faalt, 1 als er een faalt, 2 bij een fout in gebruik of bestand.
`;

export type Command = (args: string[], io: CliIo) => Promise<number>;

/** Subcommands by name; other modules (the controller's report) register theirs here. */
export const commands: Record<string, Command> = { check: runCheck, rapport: runRapport };

export async function run(argv: string[], io: CliIo = processIo): Promise<number> {
  const [name, ...rest] = argv;
  if (name === undefined || name === "help" || name === "--help" || name === "-h") {
    io.out(USAGE);
    return name === undefined ? EXIT_USAGE : EXIT_OK;
  }
  const command = commands[name];
  if (!command) {
    io.err(`Onbekende opdracht "${name}".\n\n${USAGE}`);
    return EXIT_USAGE;
  }
  try {
    return await command(rest, io);
  } catch (error) {
    io.err(`PSO-toets kon de opdracht niet uitvoeren: ${error instanceof Error ? error.message : String(error)}`);
    return EXIT_USAGE;
  }
}

if (require.main === module) {
  run(process.argv.slice(2)).then((code) => {
    process.exitCode = code;
  });
}
