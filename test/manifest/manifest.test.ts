/** @jest-environment jsdom */
import { execFileSync } from "child_process";
import { existsSync, readFileSync } from "fs";
import { join } from "path";
import { dutchWordIn } from "../support/dutchWords";

const root = join(__dirname, "..", "..");
const xml = readFileSync(join(root, "manifest.xml"), "utf8");
const doc = new DOMParser().parseFromString(xml, "application/xml");
const all = (name: string) => Array.from(doc.getElementsByTagName("*")).filter((e) => e.localName === name);
const one = (name: string) => {
  const found = all(name);
  expect(found).toHaveLength(1);
  return found[0];
};
const xsiType = (e: Element) => e.getAttributeNS("http://www.w3.org/2001/XMLSchema-instance", "type");
const urls = () => new Map(all("Url").map((u) => [u.getAttribute("id"), u.getAttribute("DefaultValue")]));
/** The [Locale, Value] of each Override of an element, in order. */
const overrides = (e: Element) =>
  Array.from(e.children)
    .filter((o) => o.localName === "Override")
    .map((o) => [o.getAttribute("Locale"), o.getAttribute("Value")]);

describe("manifest.xml", () => {
  test("is well-formed XML", () => {
    expect(doc.getElementsByTagName("parsererror")).toHaveLength(0);
  });

  test("is an Excel add-in with ReadWriteDocument and the SharedRuntime requirement", () => {
    const hosts = all("Host").filter((h) => h.getAttribute("Name"));
    expect(hosts.map((h) => h.getAttribute("Name"))).toEqual(["Workbook"]);
    expect(one("Permissions").textContent).toBe("ReadWriteDocument");
    const set = all("Set").find((s) => s.getAttribute("Name") === "SharedRuntime");
    expect(set?.getAttribute("MinVersion")).toBe("1.1");
  });

  test("the long-lived Runtime comes first in the Host and the functions share its page", () => {
    const host = all("Host").find((h) => xsiType(h) === "Workbook")!;
    expect(host.firstElementChild?.localName).toBe("Runtimes");
    const runtime = one("Runtime");
    expect(runtime.getAttribute("lifetime")).toBe("long");
    const resid = runtime.getAttribute("resid");
    expect(resid).toBe("Taskpane.Url");
    const cf = all("ExtensionPoint").find((e) => xsiType(e) === "CustomFunctions")!;
    const page = Array.from(cf.getElementsByTagName("*")).find((e) => e.localName === "Page")!;
    expect(page.firstElementChild?.getAttribute("resid")).toBe(resid);
    expect(one("FunctionFile").getAttribute("resid")).toBe(resid);
    const taskpaneAction = all("Action").find((a) => xsiType(a) === "ShowTaskpane")!;
    expect(Array.from(taskpaneAction.children).find((c) => c.localName === "SourceLocation")?.getAttribute("resid")).toBe(resid);
    expect(urls().get("Taskpane.Url")).toBe("https://localhost:3000/taskpane.html");
  });

  test("custom functions: namespace PSO, functions.js, and the functions' metadata in English, Dutch for Dutch Office", () => {
    const nsId = one("Namespace").getAttribute("resid");
    const ns = all("String").find((s) => s.getAttribute("id") === nsId);
    expect(ns?.getAttribute("DefaultValue")).toBe("PSO");
    expect(Array.from(ns!.children)).toEqual([]); // PSO.BIJDRAGE is written the same in every language
    expect(urls().get("Functions.Script.Url")).toMatch(/\/functions\.js$/);
    const metadata = all("Url").find((u) => u.getAttribute("id") === "Functions.Metadata.Url")!;
    expect(metadata.getAttribute("DefaultValue")).toBe("https://localhost:3000/functions.en.json");
    expect(overrides(metadata)).toEqual([
      ["nl-NL", "https://localhost:3000/functions.json"],
      ["nl-BE", "https://localhost:3000/functions.json"],
    ]);
  });

  test("a PSO-toets button on the Home tab", () => {
    expect(one("OfficeTab").getAttribute("id")).toBe("TabHome");
    const labelId = all("Control")[0].getElementsByTagNameNS("*", "Label")[0].getAttribute("resid");
    const label = all("String").find((s) => s.getAttribute("id") === labelId)!;
    expect([label.getAttribute("DefaultValue"), ...overrides(label).map(([, v]) => v)]).toEqual(["PSO check", "PSO-toets", "PSO-toets"]);
  });

  test("every text the user sees is English by default and Dutch in a Dutch Office (nl-NL, nl-BE)", () => {
    expect(one("DefaultLocale").textContent).toBe("en-US");
    const top = ["DisplayName", "Description"].map((tag) => Array.from(doc.documentElement.children).find((e) => e.localName === tag)!);
    const texts = [...top, ...all("String").filter((s) => s.getAttribute("id") !== "Functions.Namespace")];
    expect(texts.length).toBe(7);
    for (const e of texts) {
      const id = e.getAttribute("id") ?? e.localName;
      const english = e.getAttribute("DefaultValue")!;
      expect({ id, english, dutchWord: dutchWordIn(english) }).toEqual({ id, english, dutchWord: null });
      const dutch = overrides(e);
      expect({ id, locales: dutch.map(([locale]) => locale) }).toEqual({ id, locales: ["nl-NL", "nl-BE"] });
      expect({ id, same: dutch[0][1] === dutch[1][1], differs: dutch[0][1] !== english }).toEqual({ id, same: true, differs: true });
    }
  });

  test("an Override sits in the namespace of its parent: Office ignores the whole add-in otherwise", () => {
    const APP = "http://schemas.microsoft.com/office/appforoffice/1.1";
    const BT = "http://schemas.microsoft.com/office/officeappbasictypes/1.0";
    const found = all("Override");
    expect(found.length).toBeGreaterThanOrEqual(16);
    for (const o of found) {
      const parent = o.parentElement!;
      expect([parent.localName, o.namespaceURI]).toEqual([parent.localName, parent.namespaceURI === BT ? BT : APP]);
    }
  });

  test("every resid points at a resource, every URL is https and every icon exists in assets/", () => {
    const ids = new Set([...all("Image"), ...all("Url"), ...all("String")].map((e) => e.getAttribute("id")).filter(Boolean));
    for (const e of all("*")) {
      const resid = e.getAttribute("resid");
      if (resid) expect([e.localName, ids.has(resid)]).toEqual([e.localName, true]);
    }
    const values = Array.from(doc.getElementsByTagName("*")).flatMap((e) =>
      [e.getAttribute("DefaultValue") ?? "", e.getAttribute("Value") ?? "", e.textContent ?? ""].filter((v) => /^\w+:\/\//.test(v)),
    );
    expect(values.length).toBeGreaterThan(5);
    for (const v of values) expect(v).toMatch(/^https:\/\//);
    const icons = Array.from(doc.getElementsByTagName("*"))
      .map((e) => e.getAttribute("DefaultValue") ?? "")
      .filter((v) => /\/assets\//.test(v));
    expect(icons.length).toBeGreaterThanOrEqual(4);
    for (const icon of icons) expect([icon, existsSync(join(root, "assets", icon.split("/assets/")[1]))]).toEqual([icon, true]);
  });

  test("office-addin-manifest info reads it (offline)", () => {
    const out = execFileSync("npx", ["--no-install", "office-addin-manifest", "info", "manifest.xml"], { cwd: root, encoding: "utf8", timeout: 60_000 });
    expect(out).toContain("Hosts: Workbook");
    expect(out).toContain("Permissions: ReadWriteDocument");
  });
});
