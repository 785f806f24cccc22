import { makeCustomFunctionsFake } from "./custom-functions-fake";

(globalThis as unknown as { CustomFunctions: unknown }).CustomFunctions = makeCustomFunctionsFake();
