import fc from "fast-check";
import { dayFromYmd, wonenLimburgPolicy } from "../../src/core";
import { utf8Length } from "../../src/core/utf8";
import { createWorkbook, SyncRecord } from "../../src/excel-standin";
import { createTaskpaneActions } from "../../src/excel/taskpaneActions";
import { HEADER } from "./fixtures";

/*
 * Issue 22 item 12: Excel on the web's 5 MB request limit counts bytes. A list of suppliers whose names are full of
 * "€", accents or non-Latin letters weighs up to three times its length in UTF-16 characters.
 */
test("utf8Length is the UTF-8 byte length of any string, surrogate pairs and lone surrogates included", () => {
  fc.assert(fc.property(fc.string({ unit: "binary" }), (s) => expect(utf8Length(s)).toBe(Buffer.byteLength(s, "utf8"))), { numRuns: 2000 });
  expect(utf8Length("€")).toBe(3);
  expect(utf8Length("Bouwbedrijf Zoë 建设 😀")).toBe(Buffer.byteLength("Bouwbedrijf Zoë 建设 😀"));
});

test("the report's action list of names full of € and non-Latin letters is written in requests under the limit in bytes", async () => {
  const LIMIT = 200_000;
  // 400 failing rows with 300-character names: ~120,000 UTF-16 characters but ~360,000 bytes of names in the action list
  const rows = Array.from({ length: 400 }, (_, i) => [`€建${"€建ë".repeat(100)} ${i}`, String(10_000_000 + i), 400_000, "Trede 1", "31-12-2027"]);
  const book = createWorkbook({ Leveranciers: [HEADER, ...rows] }, { payloadLimit: LIMIT });
  const actions = createTaskpaneActions(book.run, { payloadBudget: LIMIT * 0.8 });
  const info = await actions.detect();
  if (!info.ok) throw new Error(info.message.nl);
  const from = book.log.count;
  const opts = { peildatum: dayFromYmd(2025, 1, 1), policy: wonenLimburgPolicy, lang: "nl" as const, mapping: info.value.mapping };
  const refreshed = await actions.refreshSocialSheet!(opts);
  expect(refreshed.ok).toBe(true);
  const syncs: SyncRecord[] = book.log.syncs.slice(from);
  // A read larger than the first guess may be refused and read again in smaller pieces (read.ts); a write never is.
  expect(syncs.filter((s) => s.failed === "RequestPayloadSizeLimitExceeded")).toEqual([]);
  expect(Math.max(...syncs.filter((s) => !s.failed).map((s) => s.requestBytes))).toBeLessThanOrEqual(LIMIT);
  expect(book.values("Sociale bijdrage").flat().filter((v) => typeof v === "string" && v.startsWith("€建"))).toHaveLength(400 + 5);
});
