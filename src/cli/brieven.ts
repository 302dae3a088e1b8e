import { promises as fs } from "fs";
import path from "path";
import { checkFindings, Lang, Letter, LETTER_FIELDS, lettersFor, senderProblem } from "../core";
import { letterFileMessages } from "../letters/messages";
import { CliIo, EXIT_OK, EXIT_USAGE } from "./io";
import { cliMessages, langOfArgs } from "./messages";
import { prepareRun } from "./prepare";
import { loadRegisterOption, takeOptions } from "./register";
import { oneLine } from "./terminal";
import { targetProblem, writeAtomically } from "./writeOut";

/** The default templates ship beside src/ and lib/ (scripts/make-letter-template.ts makes them). */
export function defaultTemplate(lang: Lang): string {
  return path.join(__dirname, "..", "..", "templates", lang === "en" ? "brief-en.docx" : "brief.docx");
}

/** A file name for one supplier's letter: its row first (names repeat), then its name without characters disks refuse. */
export function letterFileName(letter: Letter): string {
  const name = letter.fields.leverancier.normalize("NFC").replace(/[\\/:*?"<>|\u0000-\u001f]+/g, " ").replace(/\s+/g, " ").trim().slice(0, 80);
  return `${String(letter.row).padStart(4, "0")} ${name || "leverancier"}.docx`;
}

/**
 * `pso-toets brieven <file> [--register R] [--peildatum D] [--sjabloon brief.docx] --out brieven.docx | --per-leverancier MAP`:
 * a letter to every supplier that has to act. Exit 0 when written (or none needed), 2 on a usage or file error.
 */
export async function runBrieven(args: string[], io: CliIo): Promise<number> {
  const { taken, rest } = takeOptions(args, ["register", "sjabloon", "template", "out", "per-leverancier", "per-supplier"]);
  const lang0 = langOfArgs(args);
  const out = taken.out;
  const dir = taken["per-leverancier"] ?? taken["per-supplier"];
  if (out === undefined && dir === undefined) {
    io.err(letterFileMessages.needOut()[lang0]);
    return EXIT_USAGE;
  }
  if (out !== undefined) {
    if (!out.toLowerCase().endsWith(".docx")) {
      io.err(letterFileMessages.outNotDocx(out)[lang0]);
      return EXIT_USAGE;
    }
    const problem = await targetProblem(out);
    if (problem) {
      io.err(problem[lang0]);
      return EXIT_USAGE;
    }
  }
  const prepared = await prepareRun(rest, io);
  if (!prepared) return EXIT_USAGE;
  const { options: o, loaded } = prepared;
  const noSender = senderProblem(o.policy);
  if (noSender) {
    io.err(noSender[o.lang]);
    return EXIT_USAGE;
  }
  const register = await loadRegisterOption(taken.register, io, o.lang, loaded);
  if (register === null) return EXIT_USAGE;
  const templateFile = taken.sjabloon ?? taken.template ?? defaultTemplate(o.lang);
  let template: Uint8Array;
  try {
    template = await fs.readFile(templateFile);
  } catch {
    io.err(letterFileMessages.templateUnreadable(templateFile)[o.lang]);
    return EXIT_USAGE;
  }
  const findings = checkFindings(loaded.table, o.policy, o.peildatum, register);
  const letters = lettersFor(loaded.table.rows, findings, o.policy, o.peildatum, o.lang);
  const templateName = path.basename(templateFile);
  if (o.json) io.out(JSON.stringify({ letters: letters.map((l) => ({ row: l.row, kind: l.kind, ...l.fields })) }, null, 2));
  if (letters.length === 0) {
    if (!o.json) io.out(letterFileMessages.noLetters()[o.lang]);
    return EXIT_OK;
  }
  const unknown = new Set<string>();
  // docxtemplater loads only when letters are made: `check` and `rapport` start without it.
  const { renderLetter, renderLetters } = await import("../letters/render");
  if (out !== undefined) {
    const rendered = renderLetters(template, templateName, letters);
    if (!rendered.ok) {
      io.err(rendered.message[o.lang]);
      return EXIT_USAGE;
    }
    rendered.value.unknownFields.forEach((f) => unknown.add(f));
    const failed = await writeAtomically(out, [rendered.value.docx]);
    if (failed) {
      io.err(failed[o.lang]);
      return EXIT_USAGE;
    }
  }
  if (dir !== undefined) {
    try {
      await fs.mkdir(dir, { recursive: true });
    } catch (error) {
      io.err(letterFileMessages.dirProblem(dir, error instanceof Error ? error.message : String(error))[o.lang]);
      return EXIT_USAGE;
    }
    for (const letter of letters) {
      const rendered = renderLetter(template, templateName, letter);
      if (!rendered.ok) {
        io.err(rendered.message[o.lang]);
        return EXIT_USAGE;
      }
      rendered.value.unknownFields.forEach((f) => unknown.add(f));
      const failed = await writeAtomically(path.join(dir, letterFileName(letter)), [rendered.value.docx]);
      if (failed) {
        io.err(failed[o.lang]);
        return EXIT_USAGE;
      }
    }
  }
  if (unknown.size > 0) io.err(letterFileMessages.unknownFields(templateName, [...unknown], LETTER_FIELDS.map((f) => `{${f}}`).join(", "))[o.lang]);
  if (!o.json) {
    for (const l of letters) io.out(`  ${cliMessages.rowRef(l.row)[o.lang]}  ${oneLine(l.fields.leverancier)}: ${l.fields.onderwerp} (${l.fields.deadline})`);
    if (out !== undefined) io.out(letterFileMessages.written(letters.length, out)[o.lang]);
    if (dir !== undefined) io.out(letterFileMessages.written(letters.length, dir)[o.lang]);
  }
  return EXIT_OK;
}
