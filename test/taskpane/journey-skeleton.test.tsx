/**
 * The pane's journey skeleton (useJourney + JourneyFrame), for every journey in the pane:
 * building beside an existing build asks first, the same way in each; and what the user
 * typed is what is computed (an invalid field never feeds a number into the results or the
 * workbook, keeps its text as typed across a reload, and is listed with a link to it).
 */
import * as fs from "fs";
import * as path from "path";
import type * as React from "react";
import { fireEvent, render, screen, waitFor, within } from "@testing-library/react";
import { JOURNEY_VIEWS } from "../../src/taskpane/views";
import { WorkbookHostProvider, type WorkbookHost } from "../../src/taskpane/workbook-host";
import type { WorkbookPlan } from "../../src/workbook/types";
import type { SheetNames } from "../../src/workbook/sheet-names";
import { CompareBids, BIDS_DRAFT_KEY } from "../../src/journeys/bids/pane/CompareBids";
import type { BidComparison } from "../../src/journeys/bids/types";
import { SocialReturn, SROI_DRAFT_KEY } from "../../src/journeys/sroi/pane/SocialReturn";

const load = (f: string) =>
  JSON.parse(fs.readFileSync(path.resolve(__dirname, "../../examples", f), "utf8"));

beforeEach(() => {
  localStorage.clear();
  sessionStorage.clear();
});

/** A fake Excel host whose workbook already holds `taken` sheets; records what it builds. */
function excelWith(taken: readonly string[]) {
  const built: WorkbookPlan[] = [];
  const host: WorkbookHost = {
    inExcel: true,
    namesInUse: () => Promise.resolve({ sheets: [...taken], tables: [], names: [] }),
    applyPlan: (plan) => {
      built.push(plan);
      return Promise.resolve();
    },
    readJourney: () => Promise.resolve(null),
    selectedCell: () => Promise.reject(new Error("no cell")),
    writeFormula: () => Promise.reject(new Error("no cell")),
  };
  return { host, built };
}

const shown = (host: WorkbookHost, View: React.ComponentType<{ inExcel: boolean }>) =>
  render(
    <WorkbookHostProvider value={host}>
      <View inExcel={host.inExcel} />
    </WorkbookHostProvider>
  );

/** The last step's tab, then its action. */
async function finish() {
  const tabs = screen.getAllByRole("tab").filter((t) => /^\d+\. /.test(t.textContent ?? ""));
  fireEvent.click(tabs[tabs.length - 1]);
  const action = screen.getByRole("button", { name: /^(Build|Download) the / });
  await waitFor(() => expect((action as HTMLButtonElement).disabled).toBe(false), {
    timeout: 10000,
  });
  fireEvent.click(action);
}

const sheetsOf = (plan: WorkbookPlan) => plan.sheets.map((s) => s.name);
const defaults = (s: SheetNames) => [s.inputs, s.calculations, s.summary];

describe.each(JOURNEY_VIEWS.map((v) => ({ name: v.journey.label, ...v })))(
  "$name",
  ({ journey, View }) => {
    const example = journey.parse(load(journey.examples[0]));
    beforeEach(() => localStorage.setItem(journey.draftKey, JSON.stringify(example)));

    /**
     * The question. Fluent's modal dialog stays out of the accessibility tree until its focus
     * trap has taken focus, which jsdom does only some of the time under load (Chromium always
     * does: the browser tests click through the same dialog), so it is found by its title.
     */
    const openDialog = async () =>
      (
        await screen.findByText(/^Build alongside the existing /, undefined, { timeout: 10000 })
      ).closest('[role="dialog"]') as HTMLElement;

    test("in a workbook that already has its sheets: asks, and Cancel builds nothing", async () => {
      const { host, built } = excelWith(defaults(journey.sheets));
      shown(host, View);
      await finish();
      expect(
        await screen.findByText(/^Build alongside the existing /, undefined, { timeout: 10000 })
      ).toBeTruthy();
      expect(screen.getByText(/nothing you have is overwritten/)).toBeTruthy();
      fireEvent.click(
        within(await openDialog()).getByRole("button", { name: "Cancel", hidden: true })
      );
      await new Promise((r) => setTimeout(r, 50));
      expect(built).toEqual([]);
    }, 20000);

    test("asked, Build writes the plan under fresh names beside the existing sheets", async () => {
      const { host, built } = excelWith(defaults(journey.sheets));
      shown(host, View);
      await finish();
      await screen.findByText(/^Build alongside the existing /, undefined, { timeout: 10000 });
      fireEvent.click(
        within(await openDialog()).getByRole("button", { name: "Build", hidden: true })
      );
      await waitFor(() => expect(built.length).toBe(1));
      const names = sheetsOf(built[0]);
      expect(names.some((n) => defaults(journey.sheets).includes(n))).toBe(false);
      expect(names).toContain(`${journey.sheets.summary} (2)`);
    }, 20000);

    test("in a workbook without its sheets: builds at once, under the default names", async () => {
      const { host, built } = excelWith(["Sheet1"]);
      shown(host, View);
      await finish();
      await waitFor(() => expect(built.length).toBe(1));
      expect(screen.queryByText(/^Build alongside/)).toBeNull();
      expect(sheetsOf(built[0])).toContain(journey.sheets.summary);
    });
  }
);

describe("an invalid field", () => {
  const bidsDraft = () => JSON.parse(localStorage.getItem(BIDS_DRAFT_KEY)!) as BidComparison;
  const goTo = (step: RegExp) => fireEvent.click(screen.getByRole("tab", { name: step }));
  const download = () =>
    screen.getByRole("button", { name: "Download the workbook (.xlsx)" }) as HTMLButtonElement;

  test("150 typed in a 0–100% field, keystroke by keystroke: out of date, nothing to build, listed with a link to it", () => {
    const { host, built } = excelWith([]);
    shown({ ...host, inExcel: false }, CompareBids);
    const quality = () =>
      screen.getAllByRole("textbox", {
        name: "Quality (share of the marks)",
      })[0] as HTMLInputElement;
    for (const typed of ["1", "15", "150"])
      fireEvent.change(quality(), { target: { value: typed } });
    expect(quality().value).toBe("150");
    expect(screen.getByText("Enter at most 100%.")).toBeTruthy();
    expect(screen.getByText(/Results are out of date/)).toBeTruthy();
    goTo(/Scores and ranks/);
    expect(screen.queryByRole("table", { name: "Scores by bid" })).toBeNull();
    expect(download().disabled).toBe(true);
    const link = screen.getByRole("button", {
      name: "Step 1 · Bid 1 · Quality (share of the marks): enter at most 100%",
    });
    fireEvent.click(link);
    expect(screen.getByText("Step 1 of 4: Bids")).toBeTruthy();
    expect(document.activeElement).toBe(quality());
    expect(built).toEqual([]);
  });

  test("what was typed survives a reload, still blocking; fixing it brings the results back", () => {
    const first = render(<CompareBids inExcel={false} />);
    const price = () => screen.getAllByRole("textbox", { name: "Price" })[1] as HTMLInputElement;
    const before = bidsDraft().bids[1].price;
    fireEvent.change(price(), { target: { value: "abc" } });
    expect(bidsDraft().bids[1].price).toBe(before);
    first.unmount();
    render(<CompareBids inExcel={false} />);
    expect(price().value).toBe("abc");
    expect(screen.getByText("Enter a number.")).toBeTruthy();
    goTo(/Scores and ranks/);
    expect(download().disabled).toBe(true);
    goTo(/Bids/);
    fireEvent.change(price(), { target: { value: "250,000" } });
    expect(bidsDraft().bids[1].price).toBe(250000);
    goTo(/Scores and ranks/);
    expect(screen.getByRole("table", { name: "Scores by bid" })).toBeTruthy();
    expect(download().disabled).toBe(false);
    expect(localStorage.getItem(`${BIDS_DRAFT_KEY}.typed`)).toBeNull();
  });

  test("SROI: deadweight 150% never reaches the ratio; the results say what to fix", () => {
    render(<SocialReturn inExcel={false} />);
    goTo(/Outcomes/);
    fireEvent.change(screen.getAllByRole("textbox", { name: "Deadweight" })[0], {
      target: { value: "150" },
    });
    goTo(/Results/);
    expect(screen.queryByLabelText("SROI results")).toBeNull();
    expect(
      screen.getByRole("button", { name: "Step 2 · Outcome 1 · Deadweight: enter at most 100%" })
    ).toBeTruthy();
    expect(
      (screen.getByRole("button", { name: "Download the value map (.xlsx)" }) as HTMLButtonElement)
        .disabled
    ).toBe(true);
    expect(
      JSON.parse(localStorage.getItem(SROI_DRAFT_KEY)!).outcomes[0].deadweight
    ).toBeLessThanOrEqual(1);
  });
});

describe.each(
  JOURNEY_VIEWS.filter((v) => v.journey.id !== "realisation").map((v) => ({
    name: v.journey.label,
    ...v,
  }))
)("$name: Start from", ({ journey, View }) => {
  const stored = () => JSON.parse(localStorage.getItem(journey.draftKey)!);
  const options = () => {
    fireEvent.click(screen.getByRole("combobox", { name: "Start from" }));
    return screen.getAllByRole("option").map((o) => o.textContent ?? "");
  };

  test("offers a blank case and every shipped example", () => {
    render(<View inExcel={false} />);
    const offered = options();
    expect(offered[0]).toMatch(/^A blank /);
    expect(offered.length).toBe(1 + journey.examples.length);
    expect(offered.slice(1).every((o) => o.startsWith("Example: "))).toBe(true);
    if (journey.id === "bids")
      expect(offered).toContain(`Example: ${load("bids-employment-support.json").title}`);
  });

  test("an untouched draft is replaced at once; a typed one only after asking", async () => {
    render(<View inExcel={false} />);
    options();
    fireEvent.click(screen.getAllByRole("option")[0]);
    const blank = stored();
    expect(screen.getByText(/^Started from a blank /)).toBeTruthy();
    fireEvent.change(screen.getAllByRole("textbox", { name: /^Title/ })[0], {
      target: { value: "My own work" },
    });
    options();
    fireEvent.click(screen.getAllByRole("option")[1]);
    expect(await screen.findByText("Replace your draft?")).toBeTruthy();
    fireEvent.click(screen.getByRole("button", { name: "Keep my draft" }));
    expect(stored()).toEqual({ ...blank, title: "My own work" });
    options();
    fireEvent.click(screen.getAllByRole("option")[1]);
    fireEvent.click(await screen.findByRole("button", { name: "Replace it" }));
    expect(stored().title).not.toBe("My own work");
    expect(journey.examples.map(load)).toContainEqual(stored());
  });
});

test("SROI: any stakeholder can be removed (with its rows), and so can the last outcome", () => {
  render(<SocialReturn inExcel={false} />);
  const before = JSON.parse(localStorage.getItem(SROI_DRAFT_KEY)!);
  const first = before.stakeholders[0];
  fireEvent.click(screen.getByRole("button", { name: "Remove stakeholder 1" }));
  const after = JSON.parse(localStorage.getItem(SROI_DRAFT_KEY)!);
  expect(after.stakeholders).toEqual(before.stakeholders.slice(1));
  expect(after.outcomes.some((o: { stakeholder: string }) => o.stakeholder === first)).toBe(false);
  fireEvent.click(screen.getByRole("tab", { name: /Outcomes/ }));
  while (screen.queryAllByRole("button", { name: /^Remove outcome/ }).length)
    fireEvent.click(screen.getAllByRole("button", { name: /^Remove outcome/ })[0]);
  expect(JSON.parse(localStorage.getItem(SROI_DRAFT_KEY)!).outcomes).toEqual([]);
});
