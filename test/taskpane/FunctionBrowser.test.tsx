/**
 * The function browser: insert a function's example formula at the selected cell in Excel,
 * asking before replacing anything; no insert buttons without Excel; help links open it.
 */
import { render, screen, fireEvent, waitFor } from "@testing-library/react";
import { App } from "../../src/taskpane/App";
import { NO_HOST } from "../../src/taskpane/host";
import {
  exampleFormula,
  selectedCell,
  writeToSelectedCell,
} from "../../src/taskpane/insert-formula";
import reference from "../../src/functions/reference.json";
import { recordingContext } from "../support/office-recorder";

const EXCEL = { host: "Excel", platform: "PC" };
const pvExample = exampleFormula(reference.find((f) => f.id === "PV")!.examples[0]);

function cells(formula: string) {
  return {
    read: jest.fn(() => Promise.resolve({ address: "Sheet1!B3", formula })),
    write: jest.fn(() => Promise.resolve()),
  };
}

test("the example formula without its result or notes", () => {
  expect(pvExample).toBe("=PCBA.PV({100,100,100}, 0.1)");
  expect(exampleFormula("=PCBA.VAT_RATE(40547) → 0.2 (4 Jan 2011; in a sheet)")).toBe(
    "=PCBA.VAT_RATE(40547)"
  );
  expect(exampleFormula("=PCBA.PERSPECTIVE_TABLE(B2:B6, C2:C6, D2:D6, E2:E6)")).toBe(
    "=PCBA.PERSPECTIVE_TABLE(B2:B6, C2:C6, D2:D6, E2:E6)"
  );
});

test("in Excel, Insert writes the example into an empty selected cell", async () => {
  const access = cells("");
  render(<App host={EXCEL} cells={access} />);
  fireEvent.click(screen.getByRole("tab", { name: "Functions" }));
  fireEvent.click(screen.getByRole("button", { name: "Insert PV at the selected cell" }));
  await screen.findByText(`Inserted ${pvExample} in Sheet1!B3.`);
  expect(access.write).toHaveBeenCalledWith(pvExample);
});

test("a cell that holds something is replaced only after confirming", async () => {
  const access = cells("=SUM(A1:A9)");
  render(<App host={EXCEL} cells={access} />);
  fireEvent.click(screen.getByRole("tab", { name: "Functions" }));
  fireEvent.click(screen.getByRole("button", { name: "Insert PV at the selected cell" }));
  await screen.findByText("Replace what is in Sheet1!B3?");
  fireEvent.click(screen.getByRole("button", { name: "Keep it" }));
  await waitFor(() => expect(screen.queryByText("Replace what is in Sheet1!B3?")).toBeNull());
  expect(access.write).not.toHaveBeenCalled();
  fireEvent.click(screen.getByRole("button", { name: "Insert PV at the selected cell" }));
  fireEvent.click(await screen.findByRole("button", { name: "Replace" }));
  await screen.findByText(`Inserted ${pvExample} in Sheet1!B3.`);
  expect(access.write).toHaveBeenCalledWith(pvExample);
});

test("without Excel there is nothing to insert into", () => {
  render(<App host={NO_HOST} />);
  fireEvent.click(screen.getByRole("tab", { name: "Functions" }));
  expect(screen.queryByRole("button", { name: /Insert .* at the selected cell/ })).toBeNull();
});

test("a help link (taskpane.html#ID) opens on the function reference", () => {
  window.location.hash = "#SROI";
  render(<App host={NO_HOST} />);
  expect(screen.getByRole("heading", { name: "Function reference" })).toBeTruthy();
  window.location.hash = "";
});

test("Office.js: one sync to read the selected cell, one to write it", async () => {
  const rec = recordingContext({ activeCell: { address: "Sheet1!C4", formula: "" } });
  expect(await selectedCell(rec.context)).toEqual({ address: "Sheet1!C4", formula: "" });
  await writeToSelectedCell(rec.context, pvExample);
  expect(rec.state.syncs).toBe(2);
  expect(rec.log).toContainEqual({
    path: "context.workbook.getActiveCell([]).formulas",
    kind: "set",
    value: [[pvExample]],
  });
});

test("Office.js before ExcelApi 1.7 (no getActiveCell): the formula goes into the selection's first cell", async () => {
  const rec = recordingContext({ apiSets: { ExcelApi: "1.4" } });
  await writeToSelectedCell(rec.context, pvExample);
  expect(rec.log.some((r) => r.path.includes("getActiveCell"))).toBe(false);
  expect(rec.log).toContainEqual({
    path: "context.workbook.getSelectedRange([]).getCell([0,0]).formulas",
    kind: "set",
    value: [[pvExample]],
  });
});
