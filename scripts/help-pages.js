/*
 * One help source for the PSO.* functions. functions.json (the JSDoc of src/functions/functions.ts) and its English
 * twin give each function's description and every parameter; src/functions/help.json gives the longer explanation
 * and the examples. From those three this module builds the Dutch and English help pages (functions.html,
 * functions.en.html: emitted by the build, see scripts/functions-json.js) and the README's formula table. The tests
 * run every example against the built bundle in both languages (test/functions/helpExamples.test.ts).
 */

const LANGS = {
  nl: { sep: ";", decimal: ",", date: "DATUM", true: "WAAR", false: "ONWAAR", errors: { "#N/A": "#N/B", "#VALUE!": "#WAARDE!" } },
  en: { sep: ",", decimal: ".", date: "DATE", true: "TRUE", false: "FALSE", errors: {} },
};

const TEXT = {
  nl: {
    title: "PSO-formules in Excel",
    pageTitle: "PSO-toets: formules voor contractmanagers",
    other: '<a href="functions.en.html" lang="en" hreflang="en">English</a>',
    general: "Bereiken, peildatum, beleid en foutmeldingen",
    parameter: "Argument",
    meaning: "Betekenis",
    optional: "(optioneel)",
    examples: "Voorbeelden",
    result: "Uitkomst",
    with: "met",
    count: (n) => `PSO-toets heeft ${n} formules. Elk argument tussen [ ] mag u weglaten.`,
  },
  en: {
    title: "PSO formulas in Excel",
    pageTitle: "PSO-toets: formulas for contract managers",
    other: '<a href="functions.html" lang="nl" hreflang="nl">Nederlands</a>',
    general: "Ranges, reference date, policy and errors",
    parameter: "Argument",
    meaning: "Meaning",
    optional: "(optional)",
    examples: "Examples",
    result: "Result",
    with: "with",
    count: (n) => `PSO-toets has ${n} formulas. Any argument in [ ] may be left out.`,
  },
};

const escape = (s) => String(s).replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

function ymd(iso) {
  const [y, m, d] = iso.split("-").map(Number);
  return { y, m, d };
}

/** An ISO date as the Excel serial number a custom function receives. */
function excelSerial(iso) {
  const { y, m, d } = ymd(iso);
  return (Date.UTC(y, m - 1, d) - Date.UTC(1899, 11, 30)) / 86_400_000;
}

function numberText(n, lang) {
  return String(n).replace(".", LANGS[lang].decimal);
}

/** One value of an example as Excel holds it in a cell. */
function cellValue(v) {
  if (v === null || typeof v !== "object") return v;
  if ("date" in v) return excelSerial(v.date);
  if ("percent" in v) return Math.round(v.percent * 1000) / 100_000;
  throw new Error(`help.json: unknown value ${JSON.stringify(v)}`);
}

/** One value as a user writes it in a formula or sees it in a cell. */
function valueText(v, lang) {
  if (typeof v === "number") return numberText(v, lang);
  if (typeof v === "string") return `"${v}"`;
  if (v && "date" in v) {
    const { y, m, d } = ymd(v.date);
    return `${LANGS[lang].date}(${[y, m, d].join(LANGS[lang].sep)})`;
  }
  if (v && "percent" in v) return `${numberText(v.percent, lang)}%`;
  throw new Error(`help.json: unknown value ${JSON.stringify(v)}`);
}

/** What a cell shows for a value (a date as a date, not DATUM(...)). */
function shownValue(v, lang) {
  if (v && typeof v === "object" && "date" in v) {
    const { y, m, d } = ymd(v.date);
    return lang === "nl" ? `${d}-${m}-${y}` : `${y}-${String(m).padStart(2, "0")}-${String(d).padStart(2, "0")}`;
  }
  if (typeof v === "string") return v;
  return valueText(v, lang);
}

/** An example's argument as the function receives it: a 2-D array, or null when omitted. */
function argumentValue(arg) {
  if (arg === null) return null;
  if (arg && typeof arg === "object" && "cells" in arg) {
    if (arg.rows) return arg.rows.map((row) => row.map(cellValue));
    return arg.values.map((v) => [cellValue(v)]);
  }
  return [[cellValue(arg)]];
}

function argumentText(arg, lang) {
  if (arg === null) return "";
  if (arg && typeof arg === "object" && "cells" in arg) return arg.cells;
  return valueText(arg, lang);
}

function formulaText(id, args, lang) {
  return `=PSO.${id}(${args.map((a) => argumentText(a, lang)).join(LANGS[lang].sep)})`;
}

/** The result as the cell shows it (the first line of PSO.KPI's table with its label). */
function resultText(result, lang) {
  if (typeof result === "number") return numberText(result, lang);
  if (typeof result === "boolean") return LANGS[lang][String(result)];
  if ("error" in result) return LANGS[lang].errors[result.error] || result.error;
  if ("line" in result) return `${result.line[lang]}: ${numberText(result.value, lang)}`;
  return result[lang];
}

/** The cells a range argument refers to, for the sentence under the example. */
function rangeNotes(args, lang) {
  return args
    .filter((a) => a && typeof a === "object" && "cells" in a)
    .map((a) => {
      if (a.rows) return `${a.cells} = ${a.rows.map((row) => `[${row.map((v) => shownValue(v, lang)).join(", ")}]`).join(" ")}`;
      return `${a.cells} = ${a.values.map((v) => shownValue(v, lang)).join(LANGS[lang].sep + " ")}`;
    });
}

function signature(fn, lang) {
  const params = fn.parameters.map((p) => (p.optional ? `[${p.name}]` : p.name));
  return `PSO.${fn.id}(${params.join(LANGS[lang].sep + " ")})`;
}

/** Every function the build registers has help and an example; help names no function that does not exist. */
function problems(help, metadata) {
  const out = [];
  for (const fn of metadata.functions) {
    const entry = help.functions[fn.id];
    if (!entry) out.push(`PSO.${fn.id} has no help: add "${fn.id}" to src/functions/help.json`);
    else if (!entry.examples || entry.examples.length === 0) out.push(`PSO.${fn.id} has no example in src/functions/help.json`);
  }
  for (const id of Object.keys(help.functions)) {
    if (!metadata.functions.some((f) => f.id === id)) out.push(`src/functions/help.json describes PSO.${id}, which does not exist`);
  }
  return out;
}

/** The help page in one language: every function the metadata has, every parameter, the examples. */
function helpPage(lang, help, metadata) {
  const t = TEXT[lang];
  const fns = metadata.functions;
  const nav = fns.map((f) => `<li><a href="#${f.id.toLowerCase()}">PSO.${f.id}</a></li>`).join("");
  const sections = fns.map((fn) => {
    const entry = help.functions[fn.id] || { about: { nl: "", en: "" }, examples: [] };
    const params = fn.parameters
      .map((p) => `<tr><td><code>${escape(p.name)}</code>${p.optional ? ` ${t.optional}` : ""}</td><td>${escape(p.description || "")}</td></tr>`)
      .join("");
    const examples = entry.examples
      .map((ex) => {
        const notes = rangeNotes(ex.args, lang);
        const data = notes.length > 0 ? `<p>${t.with} ${escape(notes.join("; "))}</p>` : "";
        return `<pre>${escape(formulaText(fn.id, ex.args, lang))}</pre>${data}<p>${t.result}: <strong>${escape(resultText(ex.result, lang))}</strong></p>`;
      })
      .join("\n");
    return [
      `<h2 id="${fn.id.toLowerCase()}">PSO.${fn.id}</h2>`,
      `<p class="syntax"><code>${escape(signature(fn, lang))}</code></p>`,
      `<p>${escape(fn.description || "")}</p>`,
      `<table><tr><th>${t.parameter}</th><th>${t.meaning}</th></tr>${params}</table>`,
      entry.about[lang],
      `<h3>${t.examples}</h3>`,
      examples,
    ].join("\n");
  });
  return `<!doctype html>
<html lang="${lang}">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>${escape(t.pageTitle)}</title>
  <style>
    body { font-family: "Segoe UI", system-ui, sans-serif; line-height: 1.5; max-width: 52rem; margin: 2rem auto; padding: 0 1rem; color: #242424; }
    h1 { font-size: 1.6rem; }
    h2 { font-size: 1.25rem; margin-top: 2.2rem; border-bottom: 1px solid #ddd; padding-bottom: .2rem; }
    h3 { font-size: 1rem; }
    code, pre { font-family: Consolas, "Courier New", monospace; background: #f4f4f4; border-radius: 3px; }
    code { padding: 0 .25rem; }
    pre { padding: .6rem .8rem; overflow-x: auto; white-space: pre-wrap; }
    table { border-collapse: collapse; margin: .5rem 0; }
    th, td { border: 1px solid #ccc; padding: .25rem .6rem; text-align: left; vertical-align: top; }
    th { background: #f4f4f4; }
    nav ul { columns: 2; }
    .syntax { font-weight: 600; }
  </style>
</head>
<body>
  <p>${t.other}</p>
  <h1>${escape(t.title)}</h1>
  ${help.intro[lang]}
  <p>${escape(t.count(fns.length))}</p>
  <nav><ul>${nav}<li><a href="#algemeen">${escape(t.general)}</a></li></ul></nav>
${sections.join("\n\n")}

  <h2 id="algemeen">${escape(t.general)}</h2>
  ${help.general[lang]}
</body>
</html>
`;
}

/** The README's formula table (Dutch): every function, its full signature, its first example and result. */
function readmeTable(help, metadata) {
  const rows = metadata.functions.map((fn) => {
    const ex = help.functions[fn.id].examples[0];
    const notes = rangeNotes(ex.args, "nl");
    const data = notes.length > 0 ? ` met ${notes.join("; ")}` : "";
    return `| \`${signature(fn, "nl")}\` | \`${formulaText(fn.id, ex.args, "nl")}\`${data} | \`${resultText(ex.result, "nl")}\` |`;
  });
  return ["| Formule | Voorbeeld | Uitkomst |", "|---|---|---|", ...rows].join("\n");
}

module.exports = { helpPage, readmeTable, problems, argumentValue, formulaText, resultText, excelSerial };
