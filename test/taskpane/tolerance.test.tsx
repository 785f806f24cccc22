/**
 * The pane's "run until converged" tolerance as typed: blank is off, a positive number is
 * the tolerance on the P50's standard error, anything else says why.
 */
import { readTolerance } from "../../src/taskpane/components/MonteCarlo";

describe("readTolerance", () => {
  test("blank (or spaces) is off", () => {
    expect(readTolerance("")).toEqual({ value: undefined });
    expect(readTolerance("   ")).toEqual({ value: undefined });
  });
  test("a positive number is the tolerance, with £ and thousands separators allowed", () => {
    expect(readTolerance("0.01")).toEqual({ value: 0.01 });
    expect(readTolerance("£1,500")).toEqual({ value: 1500 });
  });
  test("text, 0 and negatives say why", () => {
    expect(readTolerance("abc")).toEqual({ error: "Enter a number, or leave it blank to run every iteration." });
    expect(readTolerance("0")).toEqual({ error: "Enter more than 0, or leave it blank to run every iteration." });
    expect(readTolerance("-1")).toEqual({ error: "Enter more than 0, or leave it blank to run every iteration." });
  });
});
