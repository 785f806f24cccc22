import { render, screen, fireEvent, waitFor } from "@testing-library/react";
import { App } from "../../src/taskpane/App";
import { detectHost, NO_HOST } from "../../src/taskpane/host";
import reference from "../../src/functions/reference.json";
import { recordingContext } from "../support/office-recorder";
import { EXCEL_HOST } from "../../src/taskpane/workbook-host";

describe("task pane", () => {
  test("without Excel it says so and offers the function reference", () => {
    render(<App host={NO_HOST} />);
    expect(screen.getByText("Running without Excel")).toBeTruthy();
    fireEvent.click(screen.getByRole("tab", { name: "Functions" }));
    expect(screen.getByRole("heading", { name: "Function reference" })).toBeTruthy();
    expect(screen.getByText("=PCBA.DISCOUNT_FACTOR(year, [discount])")).toBeTruthy();
  });

  test("in Excel it says it is connected, and with no business case built keeps the draft", async () => {
    const rec = recordingContext({ sheets: ["Sheet1"] });
    (globalThis as unknown as { Excel: unknown }).Excel = { run: (f: (c: unknown) => unknown) => f(rec.context) };
    // The workbook's id (which keeps its drafts its own) comes from a fake, so the recorder
    // counts only the restore's syncs.
    const workbook = { ...EXCEL_HOST, workbookId: () => Promise.resolve("this-workbook") };
    render(<App host={{ host: "Excel", platform: "PC" }} workbook={workbook} />);
    expect(screen.getByText("Connected to Excel")).toBeTruthy();
    expect(screen.queryByText("Running without Excel")).toBeNull();
    await waitFor(() => expect(rec.state.syncs).toBe(1)); // asked which sheets exist; no Inputs sheet
    expect(screen.queryByText(/Restored from|could not be read back/)).toBeNull();
  });

  test("the search filters the functions", () => {
    render(<App host={NO_HOST} />);
    fireEvent.click(screen.getByRole("tab", { name: "Functions" }));
    const box = screen.getByLabelText("Search the PCBA functions");
    fireEvent.change(box, { target: { value: "no-such-function" } });
    expect(screen.getByRole("status").textContent).toBe(`0 of ${reference.length} functions`);
    fireEvent.change(box, { target: { value: "discount" } });
    expect(screen.queryByText("=PCBA.DISCOUNT_FACTOR(year, [discount])")).toBeTruthy();
  });

  test("host detection: no office.js, office.js outside Office, office.js in Excel", async () => {
    await expect(detectHost(undefined)).resolves.toEqual(NO_HOST);
    const outside = {
      onReady: () => Promise.resolve({ host: null, platform: null }),
    } as unknown as typeof Office;
    await expect(detectHost(outside)).resolves.toEqual(NO_HOST);
    const inExcel = {
      onReady: () => Promise.resolve({ host: "Excel", platform: "OfficeOnline" }),
    } as unknown as typeof Office;
    await expect(detectHost(inExcel)).resolves.toEqual({ host: "Excel", platform: "OfficeOnline" });
  });
});
