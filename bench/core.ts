/**
 * The core as it ships: the tsc build in lib/ (what the CLI runs), not tsx's on-the-fly transform, whose export
 * getters cost a few per cent on hot cross-module calls. bench/run.ts builds lib/ first.
 */
// eslint-disable-next-line @typescript-eslint/no-require-imports -- the compiled CLI build (lib/), measured as shipped
const core = require("../lib/core") as typeof import("../src/core");
export = core;
