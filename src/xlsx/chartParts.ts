import { ChartSpec, SocialLayout, SheetValue } from "../core/report/socialLayout";
import { columnLetter, parseRange } from "../core";
import { insertBefore } from "./printSetup";
import { addContentType, addEdit, addRelationship, PartEdits } from "./partEdits";
import { relationships, relsPathOf, resolveTarget } from "./workbookParts";
import { entryText, findEntry, ZipArchive } from "./zip";
import { escapeXml } from "./xml";
import { children, decodedAttr, forEachStartTag, tagAttr } from "./xmlScan";
import { appendChild } from "./partOrder";

/*
 * The report's charts as DrawingML parts: one drawing for the sheet, one chart part per chart, with their relations
 * and content types. Each series names its sheet range and carries the values as a cache, so a reader that does not
 * recalculate (a PDF converter, a viewer) draws the same chart as Excel.
 */

const NS = {
  xdr: "http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing",
  a: "http://schemas.openxmlformats.org/drawingml/2006/main",
  c: "http://schemas.openxmlformats.org/drawingml/2006/chart",
  r: "http://schemas.openxmlformats.org/officeDocument/2006/relationships",
};
const DRAWING_TYPE = `${NS.r}/drawing`;
const CHART_TYPE = `${NS.r}/chart`;
const DRAWING_CONTENT = "application/vnd.openxmlformats-officedocument.drawing+xml";
const CHART_CONTENT = "application/vnd.openxmlformats-officedocument.drawingml.chart+xml";
const XML_HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';

/** The value the layout puts in a cell (0-based), or "". */
function layoutValue(layout: SocialLayout, row: number, col: number): SheetValue {
  for (const b of layout.blocks) {
    const v = b.values[row - b.row]?.[col - b.col];
    if (v !== undefined) return v;
  }
  return "";
}

const sheetRefOn = (sheet: string) => (r1: number, c1: number, r2: number, c2: number) =>
  `'${sheet.replace(/'/g, "''")}'!$${columnLetter(c1)}$${r1 + 1}${r1 === r2 && c1 === c2 ? "" : `:$${columnLetter(c2)}$${r2 + 1}`}`;

function cache(tag: "str" | "num", values: SheetValue[], format?: string): string {
  const pts = values.map((v, i) => (v === "" ? "" : `<c:pt idx="${i}"><c:v>${escapeXml(String(v))}</c:v></c:pt>`)).join("");
  return `<c:${tag}Cache>${format ? `<c:formatCode>${escapeXml(format)}</c:formatCode>` : ""}<c:ptCount val="${values.length}"/>${pts}</c:${tag}Cache>`;
}

/** The chart part of one spec: a series per column right of the categories, values cached from the layout. */
export function chartXml(spec: ChartSpec, layout: SocialLayout, sheetName: string): string {
  const sheetRef = sheetRefOn(sheetName);
  const { row, col, rows, cols } = spec.source;
  const first = row + 1;
  const last = row + rows - 1;
  const categories = Array.from({ length: rows - 1 }, (_, i) => layoutValue(layout, first + i, col));
  const line = spec.type === "line";
  const format = line ? "0.0%" : '"€" #,##0';
  const series = Array.from({ length: cols - 1 }, (_, s) => {
    const c = col + 1 + s;
    const values = Array.from({ length: rows - 1 }, (_, i) => layoutValue(layout, first + i, c));
    return (
      `<c:ser><c:idx val="${s}"/><c:order val="${s}"/>` +
      `<c:tx><c:strRef><c:f>${escapeXml(sheetRef(row, c, row, c))}</c:f>${cache("str", [layoutValue(layout, row, c)])}</c:strRef></c:tx>` +
      (line ? `<c:marker><c:symbol val="circle"/><c:size val="6"/></c:marker>` : `<c:invertIfNegative val="0"/>`) +
      `<c:cat><c:strRef><c:f>${escapeXml(sheetRef(first, col, last, col))}</c:f>${cache("str", categories)}</c:strRef></c:cat>` +
      `<c:val><c:numRef><c:f>${escapeXml(sheetRef(first, c, last, c))}</c:f>${cache("num", values, format)}</c:numRef></c:val>` +
      (line ? `<c:smooth val="0"/>` : "") +
      `</c:ser>`
    );
  }).join("");
  const axes = `<c:axId val="5001"/><c:axId val="5002"/>`;
  const plot = line
    ? `<c:lineChart><c:grouping val="standard"/><c:varyColors val="0"/>${series}<c:marker val="1"/>${axes}</c:lineChart>`
    : `<c:barChart><c:barDir val="col"/><c:grouping val="clustered"/><c:varyColors val="0"/>${series}<c:gapWidth val="80"/>${axes}</c:barChart>`;
  const scaling = line ? `<c:orientation val="minMax"/><c:max val="1"/><c:min val="0"/>` : `<c:orientation val="minMax"/>`;
  return (
    XML_HEAD +
    `<c:chartSpace xmlns:c="${NS.c}" xmlns:a="${NS.a}" xmlns:r="${NS.r}"><c:roundedCorners val="0"/><c:chart>` +
    `<c:title><c:tx><c:rich><a:bodyPr/><a:p><a:pPr><a:defRPr sz="1200" b="1"/></a:pPr><a:r><a:rPr lang="nl-NL" sz="1200" b="1"/><a:t>${escapeXml(spec.title)}</a:t></a:r></a:p></c:rich></c:tx><c:overlay val="0"/></c:title>` +
    `<c:autoTitleDeleted val="0"/><c:plotArea><c:layout/>${plot}` +
    `<c:catAx><c:axId val="5001"/><c:scaling><c:orientation val="minMax"/></c:scaling><c:delete val="0"/><c:axPos val="b"/><c:numFmt formatCode="General" sourceLinked="1"/><c:tickLblPos val="nextTo"/><c:crossAx val="5002"/><c:crosses val="autoZero"/><c:auto val="1"/><c:lblAlgn val="ctr"/><c:lblOffset val="100"/></c:catAx>` +
    `<c:valAx><c:axId val="5002"/><c:scaling>${scaling}</c:scaling><c:delete val="0"/><c:axPos val="l"/><c:majorGridlines/><c:numFmt formatCode="${escapeXml(line ? "0%" : format)}" sourceLinked="0"/><c:tickLblPos val="nextTo"/><c:crossAx val="5001"/><c:crosses val="autoZero"/><c:crossBetween val="between"/></c:valAx>` +
    `</c:plotArea><c:legend><c:legendPos val="b"/><c:overlay val="0"/></c:legend><c:plotVisOnly val="1"/><c:dispBlanksAs val="gap"/></c:chart></c:chartSpace>`
  );
}

function anchorXml(spec: ChartSpec, id: number, relId: string): string {
  const range = parseRange(spec.position)!;
  const at = (tag: string, c: number, r: number) => `<xdr:${tag}><xdr:col>${c}</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>${r}</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:${tag}>`;
  return (
    `<xdr:twoCellAnchor editAs="oneCell">${at("from", range.c1, range.r1)}${at("to", range.c2 + 1, range.r2 + 1)}` +
    `<xdr:graphicFrame macro=""><xdr:nvGraphicFramePr><xdr:cNvPr id="${id}" name="${escapeXml(spec.name)}"/><xdr:cNvGraphicFramePr/></xdr:nvGraphicFramePr>` +
    `<xdr:xfrm><a:off x="0" y="0"/><a:ext cx="0" cy="0"/></xdr:xfrm><a:graphic><a:graphicData uri="${NS.c}">` +
    `<c:chart xmlns:c="${NS.c}" xmlns:r="${NS.r}" r:id="${relId}"/></a:graphicData></a:graphic></xdr:graphicFrame><xdr:clientData/></xdr:twoCellAnchor>`
  );
}


/** The drawing's anchors: each holds one object (a chart PSO-toets drew, or the user's own picture or shape). */
const ANCHORS = ["twoCellAnchor", "oneCellAnchor", "absoluteAnchor"];

/** Every start tag in a piece of XML, at any depth, as the tokenizer finds them (a tag in a comment or CDATA is none). */
function startTags(xml: string): { local: string; text: string }[] {
  const out: { local: string; text: string }[] = [];
  forEachStartTag(xml, (tag) => void out.push({ local: tag.local, text: tag.text }));
  return out;
}

function freePath(zip: ZipArchive, edits: PartEdits, pattern: (n: number) => string): string {
  let n = 1;
  while (findEntry(zip, pattern(n)) || edits.has(pattern(n))) n++;
  return pattern(n);
}


/**
 * Edits that put the layout's charts on the report sheet at `sheetPath`, and the sheet tail edit that links its
 * drawing. A refresh rewrites the charts it drew before (found by name in the sheet's drawing) and keeps any other
 * drawing object on the sheet.
 */
export function chartEdits(zip: ZipArchive, edits: PartEdits, sheetPath: string, sheetName: string, layout: SocialLayout, isNew: boolean): (tail: string, p: string) => string {
  const sheetRel = isNew ? undefined : relationships(zip, sheetPath).find((r) => r.type === DRAWING_TYPE);
  const drawingPath = sheetRel ? resolveTarget(sheetPath, sheetRel.target) : freePath(zip, edits, (n) => `xl/drawings/drawing${n}.xml`);
  const drawingEntry = sheetRel ? findEntry(zip, drawingPath) : undefined;
  const existingXml = drawingEntry ? entryText(zip, drawingEntry) : `${XML_HEAD}<xdr:wsDr xmlns:xdr="${NS.xdr}" xmlns:a="${NS.a}"></xdr:wsDr>`;
  const rels = drawingEntry ? relationships(zip, drawingPath) : [];
  const anchors = children(existingXml, 1)
    .spans.filter((a) => ANCHORS.includes(a.local))
    .map((a) => startTags(existingXml.slice(a.start, a.end)));
  let nextId = Math.max(1, ...startTags(existingXml).filter((t) => t.local === "cNvPr").map((t) => Number(tagAttr(t.text, "id")) || 0)) + 1;
  let added = "";
  for (const spec of layout.charts) {
    const anchor = anchors.find((a) => a.some((t) => t.local === "cNvPr" && decodedAttr(t.text, "name") === spec.name));
    const chartTag = anchor?.find((t) => t.local === "chart");
    const relId = chartTag ? decodedAttr(chartTag.text, "id") : null;
    const rel = relId ? rels.find((r) => r.id === relId) : undefined;
    if (rel) {
      const chartPath = resolveTarget(drawingPath, rel.target);
      addEdit(edits, chartPath, () => chartXml(spec, layout, sheetName));
      continue;
    }
    const chartPath = freePath(zip, edits, (n) => `xl/charts/chart${n}.xml`);
    const id = `rIdPsoChart${nextId}`;
    addEdit(edits, chartPath, () => chartXml(spec, layout, sheetName));
    addContentType(edits, chartPath, CHART_CONTENT);
    addRelationship(edits, relsPathOf(drawingPath), id, CHART_TYPE, `../charts/${chartPath.split("/").pop()}`);
    added += anchorXml(spec, nextId++, id);
  }
  if (added !== "" || !drawingEntry) {
    addEdit(edits, drawingPath, () => appendChild(existingXml, added));
  }
  if (sheetRel) return (tail) => tail;
  addContentType(edits, drawingPath, DRAWING_CONTENT);
  addRelationship(edits, relsPathOf(sheetPath), "rIdPsoDrawing", DRAWING_TYPE, `../drawings/${drawingPath.split("/").pop()}`);
  return (tail, p) =>
    insertBefore(tail, "worksheet", "drawing", `<${p}drawing xmlns:r="${NS.r}" r:id="rIdPsoDrawing"/>`);
}
