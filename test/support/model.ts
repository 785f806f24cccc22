import { ModelError } from "../../src/model/errors";

/** The Excel error code a model call raises, or "no error". Any other exception fails the test. */
export function errorCode(f: () => unknown): string {
  try {
    f();
  } catch (e) {
    if (e instanceof ModelError) return e.code;
    throw e;
  }
  return "no error";
}
