/**
 * A stand-in for Excel's `CustomFunctions` global: the error class and codes the adapters
 * use, and an `associate` that records registrations. Used to run the adapters in node and
 * to load the built dist/functions.js in a bare JavaScript context.
 */
export class FakeCustomFunctionsError {
  constructor(
    public readonly code: string,
    public readonly message?: string
  ) {}
}

export interface FakeCustomFunctions {
  Error: typeof FakeCustomFunctionsError;
  ErrorCode: Record<string, string>;
  associate: (id: string, fn: (...args: unknown[]) => unknown) => void;
  registered: Map<string, (...args: unknown[]) => unknown>;
}

export function makeCustomFunctionsFake(): FakeCustomFunctions {
  const registered = new Map<string, (...args: unknown[]) => unknown>();
  return {
    Error: FakeCustomFunctionsError,
    ErrorCode: {
      invalidValue: "#VALUE!",
      notAvailable: "#N/A",
      divisionByZero: "#DIV/0!",
      invalidNumber: "#NUM!",
      nullReference: "#NULL!",
    },
    associate: (id, fn) => {
      if (registered.has(id)) throw new Error(`${id} associated twice`);
      registered.set(id, fn);
    },
    registered,
  };
}
