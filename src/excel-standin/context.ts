import { PAYLOAD_LIMIT } from "../core/payload";
import { jsonBytes, utf8Length } from "../core/utf8";
import { apiNotFound, excelApiAtLeast, LATER_MEMBERS } from "./apiSets";
import { StandinError } from "./errors";
import { WorkbookModel } from "./model";

export { StandinError };

/**
 * Reading a property that was not loaded and synced throws PropertyNotLoaded in Office, also right after the add-in
 * set it: https://learn.microsoft.com/en-us/office/dev/add-ins/develop/application-specific-api-model#load
 * Write-only stand-in properties (formats, page layout) use this so a read never quietly gives undefined.
 */
export function notLoaded(name: string): never {
  throw new StandinError(
    "PropertyNotLoaded",
    `The property '${name}' is not available. Before reading the property's value, call the load method on the containing object and call "context.sync()" on the associated request context.`,
  );
}

export interface SyncRecord {
  /** Approximate JSON size of everything the batch sent (values, formulas, formats written). */
  requestBytes: number;
  /** Approximate JSON size of everything the batch loaded. */
  responseBytes: number;
  operations: number;
  /** The error code when the sync failed (payload limit, injected fault). */
  failed?: string;
}

export interface StandinOptions {
  /** Excel on the web's 5 MB request/response limit; lower it in tests to see chunking. */
  payloadLimit?: number;
  /** Cells one get may read (Excel: 5,000,000); lower it in tests to see the adapter split its reads. */
  cellLimit?: number;
  /** Excel's AutoCorrect "Include new rows and columns in table" (on by default); off, tables grow only by resize. */
  autoExpandTables?: boolean;
  /** The ExcelApi version this stand-in plays (e.g. "1.12"); members of later sets fail with ApiNotFound. Default: the newest. */
  excelApi?: string;
  /** Called before each sync with its 1-based number over the workbook's life; return an error to make it fail. */
  failSync?: (syncNumber: number) => StandinError | null;
}

export interface Op {
  bytes: number;
  /** Runs at sync time, in queue order; returns the response bytes it produced. */
  run: () => number | void;
}

// Excel on the web counts its 5 MB request limit in bytes (RequestPayloadSizeLimitExceeded,
// https://learn.microsoft.com/office/dev/add-ins/concepts/resource-limits-and-performance-optimization#excel-add-ins).

/** Shared by every RequestContext of one stand-in workbook, so tests can count syncs over several Excel.run calls. */
export class SyncLog {
  readonly syncs: SyncRecord[] = [];
  get count(): number {
    return this.syncs.length;
  }
  /** Largest request among the syncs that succeeded. */
  get maxRequestBytes(): number {
    return Math.max(0, ...this.syncs.filter((s) => !s.failed).map((s) => s.requestBytes));
  }
  /** Largest response among the syncs that succeeded. */
  get maxResponseBytes(): number {
    return Math.max(0, ...this.syncs.filter((s) => !s.failed).map((s) => s.responseBytes));
  }
}

/** Excel on the web's 5 MB limit (src/core/payload.ts), unless a test lowers it. */
export const DEFAULT_PAYLOAD_LIMIT = PAYLOAD_LIMIT;
export const DEFAULT_CELL_LIMIT = 5_000_000;

/** Queues operations until sync(), like Office's batched proxies. */
export class Batch {
  private queue: Op[] = [];
  constructor(readonly model: WorkbookModel, readonly log: SyncLog, readonly options: StandinOptions) {}

  get cellLimit(): number {
    return this.options.cellLimit ?? DEFAULT_CELL_LIMIT;
  }

  /** Queues Excel's refusal of a member this stand-in's ExcelApi version lacks (see apiSets.ts). */
  requireApi(member: keyof typeof LATER_MEMBERS & string): void {
    if (excelApiAtLeast(this.options.excelApi, LATER_MEMBERS[member])) return;
    this.enqueue({ bytes: 10, run: () => { throw apiNotFound(member); } });
  }

  enqueue(op: Op): void {
    this.queue.push(op);
  }

  async sync(): Promise<void> {
    const ops = this.queue;
    this.queue = [];
    const number = this.log.count + 1;
    const requestBytes = ops.reduce((n, op) => n + op.bytes, 0);
    const limit = this.options.payloadLimit ?? DEFAULT_PAYLOAD_LIMIT;
    const record: SyncRecord = { requestBytes, responseBytes: 0, operations: ops.length };
    this.log.syncs.push(record);
    const injected = this.options.failSync?.(number);
    if (injected) {
      record.failed = injected.code;
      throw injected;
    }
    if (requestBytes > limit) {
      record.failed = "RequestPayloadSizeLimitExceeded";
      throw new StandinError("RequestPayloadSizeLimitExceeded", `The request payload size (${requestBytes} bytes) has exceeded the limit.`);
    }
    let responseBytes = 0;
    const writesBefore = new Map(this.model.sheets.map((sheet) => [sheet, sheet.writes.length]));
    try {
      for (const op of ops) {
        const bytes = op.run();
        // A write op's arrow may hand back whatever its assignment gave; only a number is a response size.
        if (typeof bytes === "number") responseBytes += bytes;
      }
      for (const sheet of this.model.sheets) {
        if (sheet.writes.length > (writesBefore.get(sheet) ?? 0)) this.model.fireChanged(sheet, "");
      }
    } catch (error) {
      record.failed = (error as StandinError).code ?? "Error";
      throw error;
    }
    record.responseBytes = responseBytes;
    if (responseBytes > limit) {
      record.failed = "ResponsePayloadSizeLimitExceeded";
      throw new StandinError("ResponsePayloadSizeLimitExceeded", `The response payload size (${responseBytes} bytes) has exceeded the limit.`);
    }
  }
}

export function propNames(props?: string | string[] | { select?: string }): string[] | null {
  if (props === undefined) return null;
  const list = typeof props === "string" ? props.split(",") : Array.isArray(props) ? props : (props.select ?? "").split(",");
  return list.map((n) => n.trim()).filter(Boolean);
}

/** A collection proxy: load("items/name") builds the items at sync time with those properties loaded. */
export abstract class Collection<T extends ClientObject> {
  private list: T[] | null = null;
  constructor(protected readonly batch: Batch) {}
  protected abstract build(): T[];
  load(props?: string | string[] | { select?: string }): this {
    const subs = (propNames(props) ?? ["items"]).filter((n) => n.startsWith("items/")).map((n) => n.slice(6));
    this.batch.enqueue({
      bytes: 0,
      run: () => {
        const items = this.build();
        this.list = items;
        return items.reduce((n, item) => n + (subs.length > 0 ? item.readNow(subs) : 10), 2);
      },
    });
    return this;
  }
  get items(): T[] {
    if (!this.list) notLoaded("items");
    return this.list;
  }
}

/** Base of every proxy: load() queues a read, and reading a property before load + sync throws PropertyNotLoaded. */
export abstract class ClientObject {
  private readonly loadedProps = new Map<string, unknown>();
  constructor(protected readonly batch: Batch) {}

  /** Computes a property at sync time. */
  protected abstract readProp(name: string): unknown;
  protected defaultProps(): string[] {
    return [];
  }

  load(props?: string | string[] | { select?: string }): this {
    const names = propNames(props) ?? this.defaultProps();
    this.batch.enqueue({ bytes: 0, run: () => this.readNow(names) });
    return this;
  }

  /** Reads properties at sync time and marks them loaded; returns the response bytes. */
  readNow(names: string[]): number {
    let bytes = 0;
    for (const name of names) {
      const value = this.readProp(name);
      this.loadedProps.set(name, value);
      bytes += jsonBytes(value) + utf8Length(name) + 3;
    }
    return bytes;
  }

  protected loaded<T>(name: string): T {
    if (!this.loadedProps.has(name)) notLoaded(name);
    return this.loadedProps.get(name) as T;
  }

  /** Office fetches isNullObject for every *OrNullObject proxy without an explicit load. */
  trackNull(): this {
    this.batch.enqueue({ bytes: 0, run: () => this.readNow(["isNullObject"]) });
    return this;
  }

  /** A property written by the add-in: sent with the next sync, applied in queue order. */
  protected write(bytes: number, run: () => void): void {
    this.batch.enqueue({ bytes, run });
  }

  get isNullObject(): boolean {
    return this.loaded<boolean>("isNullObject");
  }
}
