/*
 * Where the cells of one `<row>` stand, as the XML tokenizer found them while it split the row off the sheet
 * (splitSheet with `cells`): the reader takes the cells' values and the writer edits the row by these offsets, and
 * neither searches the row's text again. A comment, CDATA section or PI holds no cell and a ">" inside a quoted value
 * ends no tag: the tokenizer knows them.
 */

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
      const grow = (a: Int32Array) => {
        const b = new Int32Array(a.length * 2);
        b.set(a);
        return b;
      };
      this.start = grow(this.start);
      this.tagEnd = grow(this.tagEnd);
      this.end = grow(this.end);
    }
    this.start[this.count] = start;
    this.tagEnd[this.count] = tagEnd;
    this.end[this.count] = end;
    this.count++;
  }
}
