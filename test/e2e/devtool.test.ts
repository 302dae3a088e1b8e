/**
 * Without a browser: no build the taskpane page loads may use an eval-based devtool, because the page's CSP
 * (script-src without 'unsafe-eval') blocks it and leaves the taskpane blank. devServer.test.ts shows the effect in
 * chromium; this catches the setting itself on a machine without chromium.
 */
import * as path from "path";

const ROOT = path.resolve(__dirname, "../..");

test.each(["development", "production"])("webpack.config.js in %s mode uses no eval devtool", async (mode) => {
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- the webpack config is CommonJS, loaded only when a build runs
  const configure = require(path.join(ROOT, "webpack.config.js"));
  const config = await configure({}, { mode });
  expect(String(config.devtool)).not.toMatch(/eval/);
});

test("the workbench build, which takes the taskpane's CSP, uses no eval devtool either", () => {
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- the webpack config is CommonJS, loaded only when a build runs
  const config = require(path.join(ROOT, "webpack.workbench.config.js"))({}, { mode: "development" });
  expect(String(config.devtool)).not.toMatch(/eval/);
});
