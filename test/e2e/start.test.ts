/**
 * Issue 25 item 9: a calm start. `node scripts/start.js` first says where to click (the workbench, which needs no
 * certificate), and SIGTERM stops every child: webpack's port and the workbench's port are free afterwards (webpack
 * used to keep port 3000 because only npx got the signal).
 */
import { ChildProcess, spawn } from "child_process";
import * as net from "net";
import * as path from "path";

jest.setTimeout(300_000);

const ROOT = path.join(__dirname, "..", "..");

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

const accepts = (port: number): Promise<boolean> =>
  new Promise((resolve) => {
    const socket = net.connect(port, "127.0.0.1");
    socket.once("connect", () => {
      socket.destroy();
      resolve(true);
    });
    socket.once("error", () => resolve(false));
  });

async function until(what: string, ok: () => Promise<boolean>, ms: number, log: () => string): Promise<void> {
  const end = Date.now() + ms;
  while (Date.now() < end) {
    if (await ok()) return;
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`${what} not reached in ${ms} ms:\n${log()}`);
}

let child: ChildProcess | null = null;
afterEach(() => {
  // Only if the test failed half-way: our own child's process group.
  if (child && child.exitCode === null && child.pid) {
    try {
      process.kill(child.pid, "SIGKILL");
    } catch {
      // gone
    }
  }
});

test("npm start says first where to click, and SIGTERM frees both ports", async () => {
  const [port, workbenchPort] = [await freePort(), await freePort()];
  let out = "";
  child = spawn(process.execPath, [path.join(ROOT, "scripts/start.js")], {
    cwd: ROOT,
    env: { ...process.env, PORT: String(port), WORKBENCH_PORT: String(workbenchPort), PSO_TOETS_CERT: "nee", BROWSER: "none" },
    stdio: ["ignore", "pipe", "pipe"],
  });
  child.stdout!.on("data", (c) => (out += String(c)));
  child.stderr!.on("data", (c) => (out += String(c)));
  const exited = new Promise<number | null>((resolve) => child!.once("exit", (code) => resolve(code)));

  await until("the first lines", async () => out.split("\n").filter((l) => l.trim()).length >= 3, 30_000, () => out);
  const firstLines = out.split("\n").filter((l) => l.trim()).slice(0, 3).join("\n");
  expect(firstLines).toContain(`http://localhost:${workbenchPort}/?voorbeeld=praktijk`);
  expect(firstLines).toMatch(/geen certificaat nodig/);
  expect(out).not.toMatch(/sudo: not found/);

  await until("both ports listening", async () => (await accepts(workbenchPort)) && (await accepts(port)), 240_000, () => out);
  child.kill("SIGTERM");
  await exited;
  await until("both ports free", async () => !(await accepts(port)) && !(await accepts(workbenchPort)), 10_000, () => out);
});
