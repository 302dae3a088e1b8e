import { spawn } from "child_process";
import { once } from "events";
import { mkdtempSync, writeFileSync } from "fs";
import os from "os";
import path from "path";
import { run } from "../../src/cli/main";

/*
 * Through a pipe Node queues what the CLI writes in memory: a million-row report (~150 MB) must wait for the reader
 * piece by piece, also behind the wrapper main.ts puts around the io (it once compared the io to processIo and so never
 * waited, and the whole report stayed queued: 1.25 GB peak at a million rows).
 */
test("the text report waits for the output after every piece, and the pieces together list every row", async () => {
  const file = path.join(mkdtempSync(path.join(os.tmpdir(), "pso-drain-")), "veel.csv");
  const rows = Array.from({ length: 2000 }, (_, i) => `Leverancier ${i + 1};200000;Trede 1;1-1-2030`);
  writeFileSync(file, `Leverancier;Opdrachtsom;PSO-trede;Geldig tot\n${rows.join("\n")}\n`);
  const events: string[] = [];
  let stdout = "";
  const code = await run(["check", file, "--peildatum", "2026-12-01"], {
    out: (t) => {
      events.push("out");
      stdout += `${t}\n`;
    },
    err: () => undefined,
    today: new Date(2026, 11, 1),
    drained: async () => {
      events.push("drained");
    },
  });
  expect(code).toBe(1);
  expect(events.filter((e) => e === "drained").length).toBeGreaterThan(1);
  // Never two pieces written without waiting in between.
  expect(events.join(",")).not.toMatch(/out,out,.*drained/);
  const listed = stdout.split("\n").filter((l) => /^ {2}Rij \d+ /.test(l));
  expect(listed).toHaveLength(2000);
});

/*
 * `pso-toets check lijst.xlsx | head`: the reader closes the pipe after a few lines. The CLI stops there without a
 * word, with SIGPIPE's exit code, as `yes | head` does; it used to report the EPIPE as a fault in the program itself.
 */
test("a reader that closes the pipe early stops the built CLI quietly, exit 141", async () => {
  const file = path.join(mkdtempSync(path.join(os.tmpdir(), "pso-pipe-")), "veel.csv");
  const rows = Array.from({ length: 5000 }, (_, i) => `Leverancier ${i + 1};200000;Trede 1;1-1-2030`);
  writeFileSync(file, `Leverancier;Opdrachtsom;PSO-trede;Geldig tot\n${rows.join("\n")}\n`);
  const bin = path.join(__dirname, "..", "..", "bin", "pso-toets.js");
  const child = spawn(process.execPath, [bin, "check", file, "--peildatum", "2026-12-01"], { stdio: ["ignore", "pipe", "pipe"] });
  let stderr = "";
  child.stderr.on("data", (d) => (stderr += d));
  // Like head: read the first piece, then close the pipe.
  await once(child.stdout, "data");
  child.stdout.destroy();
  const [code] = (await once(child, "exit")) as [number | null];
  expect(stderr).toBe("");
  expect(code).toBe(141);
});
