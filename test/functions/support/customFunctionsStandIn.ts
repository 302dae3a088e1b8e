import { ErrorCode } from "../../../src/workbench/customFunctions";

export { ErrorCode };

/** A minimal stand-in for Excel's CustomFunctions global: the Error class, its codes and a recording associate(). */
export class StandInError {
  constructor(
    readonly code: string,
    readonly message?: string,
  ) {}
}

export interface StandIn {
  Error: typeof StandInError;
  ErrorCode: typeof ErrorCode;
  associate(id: string, fn: (...args: unknown[]) => unknown): void;
  associated: Map<string, (...args: unknown[]) => unknown>;
}

export function makeStandIn(): StandIn {
  const associated = new Map<string, (...args: unknown[]) => unknown>();
  return {
    Error: StandInError,
    ErrorCode,
    associated,
    associate(id, fn) {
      if (associated.has(id)) throw new Error(`${id} associated twice`);
      associated.set(id, fn);
    },
  };
}

/** Puts a fresh stand-in on globalThis (as Excel's runtime does) and returns it. */
export function installStandIn(): StandIn {
  const standIn = makeStandIn();
  (globalThis as { CustomFunctions?: unknown }).CustomFunctions = standIn;
  return standIn;
}

export function isStandInError(value: unknown): value is StandInError {
  return value instanceof StandInError;
}
