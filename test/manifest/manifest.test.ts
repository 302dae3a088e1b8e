/** @jest-environment jsdom */
import { execFileSync } from "child_process";
import { existsSync, readFileSync } from "fs";
import { join } from "path";

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

  test("custom functions: namespace PSO, functions.json and functions.js", () => {
    const nsId = one("Namespace").getAttribute("resid");
    const ns = all("String").find((s) => s.getAttribute("id") === nsId);
    expect(ns?.getAttribute("DefaultValue")).toBe("PSO");
    expect(urls().get("Functions.Metadata.Url")).toMatch(/\/functions\.json$/);
    expect(urls().get("Functions.Script.Url")).toMatch(/\/functions\.js$/);
  });

  test("a PSO-toets button on the Home tab, with Dutch and English strings", () => {
    expect(one("OfficeTab").getAttribute("id")).toBe("TabHome");
    const labelId = all("Control")[0].getElementsByTagNameNS("*", "Label")[0].getAttribute("resid");
    const label = all("String").find((s) => s.getAttribute("id") === labelId)!;
    expect(label.getAttribute("DefaultValue")).toBe("PSO-toets");
    expect(Array.from(label.children).some((o) => o.getAttribute("Locale") === "en-US")).toBe(true);
    for (const tag of ["DisplayName", "Description"]) {
      const top = Array.from(doc.documentElement.children).find((e) => e.localName === tag)!;
      expect(Array.from(top.children).map((o) => o.getAttribute("Locale"))).toContain("en-US");
    }
  });

  test("every resid points at a resource, every URL is https and every icon exists in assets/", () => {
    const ids = new Set([...all("Image"), ...all("Url"), ...all("String")].map((e) => e.getAttribute("id")).filter(Boolean));
    for (const e of all("*")) {
      const resid = e.getAttribute("resid");
      if (resid) expect([e.localName, ids.has(resid)]).toEqual([e.localName, true]);
    }
    const values = Array.from(doc.getElementsByTagName("*")).flatMap((e) => [e.getAttribute("DefaultValue") ?? "", e.textContent ?? ""].filter((v) => /^\w+:\/\//.test(v)));
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
