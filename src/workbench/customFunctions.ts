/**
 * The page's stand-in for Excel's CustomFunctions global: the Error class with its codes, and an associate() that
 * records each function so the formula bar can call it by its id (as Excel would after reading functions.json).
 */
export const ErrorCode = {
  invalidValue: "#VALUE!",
  notAvailable: "#N/A",
  divisionByZero: "#DIV/0!",
  invalidNumber: "#NUM!",
  nullReference: "#NULL!",
  invalidName: "#NAME?",
  invalidReference: "#REF!",
} as const;

export class CustomFunctionError extends Error {
  constructor(readonly code: string, message?: string) {
    super(message ?? "");
    this.name = "CustomFunctions.Error";
  }
}

export type CustomFunction = (...args: unknown[]) => unknown;

export interface CustomFunctionsStandIn {
  Error: typeof CustomFunctionError;
  ErrorCode: typeof ErrorCode;
  associate(id: string | Record<string, CustomFunction>, fn?: CustomFunction): void;
  /** Upper-cased id → function. */
  readonly registry: Map<string, CustomFunction>;
}

export function createCustomFunctions(): CustomFunctionsStandIn {
  const registry = new Map<string, CustomFunction>();
  return {
    Error: CustomFunctionError,
    ErrorCode,
    registry,
    associate(id, fn) {
      if (typeof id === "string") {
        if (fn) registry.set(id.toUpperCase(), fn);
      } else for (const [name, f] of Object.entries(id)) registry.set(name.toUpperCase(), f);
    },
  };
}
