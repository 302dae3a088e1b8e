/*
 * Where the cells of one `<row>` stand, as the XML tokenizer found them while it split the row off the sheet
 * (splitSheet with `cells`): the reader takes the cells' values and the writer edits the row by these offsets, and
 * neither searches the row's text again. A comment, CDATA section or PI holds no cell and a ">" inside a quoted value
 * ends no tag: the tokenizer knows them.
 */

/** `a` itself when it holds `need` items, else a copy at least twice as long. */
const grown = <T extends Int32Array | Uint8Array>(a: T, need: number): T => {
  if (need <= a.length) return a;
  const b = new (a.constructor as { new (n: number): T })(Math.max(need, a.length * 2));
  b.set(a);
  return b;
};

/** Characters of sheet text per row and per cell, a little under what real sheets hold (a full row is 200 or more). */
const ROOM_PER_ROW = 128;
const ROOM_PER_CELL = 24;

/** One row's layout, offsets into the row's text; refilled for each row (a sheet has a million rows). */
export class RowCells {
  /** Offset of the row start tag's ">" (for a self-closed row, of "/>"'s ">"). */
  openEnd = 0;
  selfClosing = false;
  /** The row's content: from just past its start tag to its end tag's "<" (empty for a self-closed row). */
  bodyStart = 0;
  bodyEnd = 0;
  /** How many cells (direct `<c>` children) the row has, and for each: its "<", just past its start tag, just past its end. */
  count = 0;
  start = new Int32Array(64);
  tagEnd = new Int32Array(64);
  end = new Int32Array(64);

  /** Starts a row whose start tag ends at `openEnd` (its ">"). */
  reset(openEnd: number, selfClosing: boolean): void {
    this.count = 0;
    this.openEnd = openEnd;
    this.selfClosing = selfClosing;
    this.bodyStart = this.bodyEnd = openEnd + 1;
  }

  push(start: number, tagEnd: number, end: number): void {
    if (this.count === this.start.length) {
      this.start = grown(this.start, this.count + 1);
      this.tagEnd = grown(this.tagEnd, this.count + 1);
      this.end = grown(this.end, this.count + 1);
    }
    this.start[this.count] = start;
    this.tagEnd[this.count] = tagEnd;
    this.end[this.count] = end;
    this.count++;
  }
}

/**
 * Where a whole worksheet's head, rows and cells stand in its text, as the tokenizer found them while the reader read
 * it (splitSheet with `layout`): the copy's writer then takes the rows from the same text by these offsets and does
 * not tokenize the sheet a second time. Offsets are UTF-16 positions in the part's decoded text; a row's own offsets
 * (start tag end, content end, cells) count from the row's start, as in RowCells.
 */
export class SheetLayout {
  prefix = "";
  /** Just past `<sheetData>` (or a self-closed `<sheetData/>`): the head is the text before it. */
  headEnd = 0;
  /** Where the tail starts: `</sheetData>` (or just past a self-closed `<sheetData/>`). */
  tailStart = 0;
  rows = 0;
  number: Int32Array;
  start: Int32Array;
  end: Int32Array;
  openEnd: Int32Array;
  bodyEnd: Int32Array;
  /** 1: self-closed; 2: the row holds no comment or PI (splitSheet's `plain`). */
  flags: Uint8Array;
  /** The row's first cell in the cell arrays; the next row's first ends its cells. */
  firstCell: Int32Array;
  cellStart: Int32Array;
  cellTagEnd: Int32Array;
  cellEnd: Int32Array;
  cells = 0;
  /** Set once the whole part was read, tail included: only then does the layout stand for the part. */
  complete = false;

  /**
   * `textSize`: the part's size, when known, for room enough at once for the rows and cells it is likely to hold.
   * Growing by copies measured dear (fresh memory is slow to touch here); room never written costs no memory.
   */
  constructor(readonly part: string, textSize = 0) {
    const rows = Math.max(1024, Math.ceil(textSize / ROOM_PER_ROW));
    const cells = Math.max(8192, Math.ceil(textSize / ROOM_PER_CELL));
    this.number = new Int32Array(rows);
    this.start = new Int32Array(rows);
    this.end = new Int32Array(rows);
    this.openEnd = new Int32Array(rows);
    this.bodyEnd = new Int32Array(rows);
    this.flags = new Uint8Array(rows);
    this.firstCell = new Int32Array(rows + 1);
    this.cellStart = new Int32Array(cells);
    this.cellTagEnd = new Int32Array(cells);
    this.cellEnd = new Int32Array(cells);
  }

  /** One row as splitSheet handed it on: its number, where it stands in the text, its cells. */
  add(rowNumber: number, start: number, end: number, plain: boolean, row: RowCells): void {
    const i = this.rows;
    if (i === this.number.length) {
      this.number = grown(this.number, i + 1);
      this.start = grown(this.start, i + 1);
      this.end = grown(this.end, i + 1);
      this.openEnd = grown(this.openEnd, i + 1);
      this.bodyEnd = grown(this.bodyEnd, i + 1);
      this.flags = grown(this.flags, i + 1);
    }
    if (i + 2 > this.firstCell.length) this.firstCell = grown(this.firstCell, i + 2);
    this.number[i] = rowNumber;
    this.start[i] = start;
    this.end[i] = end;
    this.openEnd[i] = row.openEnd;
    this.bodyEnd[i] = row.bodyEnd;
    this.flags[i] = (row.selfClosing ? 1 : 0) | (plain ? 2 : 0);
    const first = this.cells;
    const need = first + row.count;
    if (need > this.cellStart.length) {
      this.cellStart = grown(this.cellStart, need);
      this.cellTagEnd = grown(this.cellTagEnd, need);
      this.cellEnd = grown(this.cellEnd, need);
    }
    for (let k = 0; k < row.count; k++) {
      this.cellStart[first + k] = row.start[k];
      this.cellTagEnd[first + k] = row.tagEnd[k];
      this.cellEnd[first + k] = row.end[k];
    }
    this.firstCell[i] = first;
    this.cells = need;
    this.firstCell[i + 1] = need;
    this.rows = i + 1;
  }

  /** Row `i`'s layout into `row`, as splitSheet would have filled it. */
  fill(i: number, row: RowCells): void {
    row.reset(this.openEnd[i], (this.flags[i] & 1) === 1);
    row.bodyEnd = this.bodyEnd[i];
    for (let k = this.firstCell[i]; k < this.firstCell[i + 1]; k++) row.push(this.cellStart[k], this.cellTagEnd[k], this.cellEnd[k]);
  }
}
