/**
 * setupFilesAfterEnv of every tier (jest.config.js): in a DOM suite, Testing Library's findBy/waitFor wait up to
 * 5 s instead of 1 s. On two cores shared by several runs a render can take longer than a second; a wait still ends
 * at the first moment its condition holds, so a passing suite is no slower and a broken one still fails.
 */
if (typeof document !== "undefined") {
  require("@testing-library/dom").configure({ asyncUtilTimeout: 5000 });
}
