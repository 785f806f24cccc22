/**
 * Sharing in jsdom: the four steps; the back office's Shapley shares on screen as the model
 * gives them; a coalition cleared is a problem listed and stops the build; a typed
 * allocation that leaves the lead partner short names the group that would leave and by how
 * much (worked by hand below).
 */
import * as fs from "fs";
import * as path from "path";
import { render, screen, fireEvent, within } from "@testing-library/react";
import {
  SharingJourney,
  SHARING_DRAFT_KEY,
} from "../../../../src/journeys/sharing/pane/SharingJourney";
import { evaluateSharing } from "../../../../src/journeys/sharing/evaluate";
import { money } from "../../../../src/journeys/common";
import type { SharingAnalysis } from "../../../../src/journeys/sharing/types";

const EXAMPLES = path.resolve(__dirname, "../../../../examples");
const load = (f: string): SharingAnalysis =>
  JSON.parse(fs.readFileSync(path.join(EXAMPLES, f), "utf8"));

beforeEach(() => localStorage.clear());
const goTo = (step: RegExp) => fireEvent.click(screen.getByRole("tab", { name: step }));
const draft = (): SharingAnalysis => JSON.parse(localStorage.getItem(SHARING_DRAFT_KEY)!);

test("the steps: partners, each group alone, allocations, build", () => {
  render(<SharingJourney inExcel={false} />);
  for (const heading of [
    "Step 2 of 4: What each group could do alone",
    "Step 3 of 4: Allocations side by side",
    "Step 4 of 4: Build",
  ]) {
    fireEvent.click(screen.getByRole("button", { name: "Next" }));
    expect(document.activeElement?.textContent).toBe(heading);
  }
  const download = screen.getByRole("button", { name: "Download the workbook (.xlsx)" });
  expect((download as HTMLButtonElement).disabled).toBe(false);
});

test("the back office: each association's Shapley share as the model gives it, and in the core", () => {
  render(<SharingJourney inExcel={false} />);
  goTo(/Allocations side by side/);
  const e = evaluateSharing(draft());
  const table = screen.getByRole("table", { name: "What each partner pays" });
  draft().partners.forEach((p, i) => {
    const row = within(table).getByText(p.name).closest("tr")!;
    const cells = within(row)
      .getAllByRole("cell")
      .map((c) => c.textContent);
    expect(cells.slice(2)).toEqual(e.allocations.map((x) => money(x.amounts![i])));
  });
  const core = screen.getByRole("region", { name: "The core check" });
  const items = within(core)
    .getAllByRole("listitem")
    .map((li) => li.textContent);
  // Equal thirds of £9.075m leave Fenwick Homes (£1.1m alone) paying more than on its own.
  expect(e.allocations.map((x) => x.core!.inCore)).toEqual([true, true, false, true, true]);
  e.allocations.forEach((x, k) => {
    if (x.core!.inCore)
      expect(items[k]).toBe(`${x.label}: no group would be better off on its own.`);
    else {
      const b = x.core!.blocking[0];
      expect(items[k]).toMatch(
        new RegExp(
          `^${x.label}: ${b.label.replace(/\+/g, "\\+")} would be better off on its own by ${money(b.betterOffAloneBy).replace(/[£,]/g, ".")}`
        )
      );
    }
  });
});

test("a coalition left blank is listed, and the workbook cannot be built", () => {
  localStorage.setItem(
    SHARING_DRAFT_KEY,
    JSON.stringify(load("sharing-employment-consortium.json"))
  );
  render(<SharingJourney inExcel={false} />);
  goTo(/What each group could do alone/);
  fireEvent.change(
    screen.getByRole("textbox", { name: "Tyne Works + Clearpath Wellbeing: value on its own" }),
    { target: { value: "" } }
  );
  expect(
    screen.getByText("The value of Tyne Works + Clearpath Wellbeing (coalition 3) is missing.")
  ).toBeTruthy();
  goTo(/Build/);
  const download = screen.getByRole("button", { name: "Download the workbook (.xlsx)" });
  expect((download as HTMLButtonElement).disabled).toBe(true);
});

test("an allocation leaving the lead £80,000 short of going alone names who would leave", () => {
  localStorage.setItem(
    SHARING_DRAFT_KEY,
    JSON.stringify(load("sharing-employment-consortium.json"))
  );
  render(<SharingJourney inExcel={false} />);
  goTo(/Allocations side by side/);
  // Tyne Works gets £100,000 against £180,000 alone (£80,000 short); Tyne Works + Clearpath
  // £280,000 against £360,000 (also £80,000; the single partner is named first); four more
  // groups with Tyne Works in them are short too.
  const amounts = [100000, 180000, 180000, 180000];
  draft().partners.forEach((p, i) =>
    fireEvent.change(
      screen.getByRole("textbox", { name: `${p.name} receives under your allocation` }),
      {
        target: { value: String(amounts[i]) },
      }
    )
  );
  expect(draft().userAllocation!.amounts).toEqual(amounts);
  const core = screen.getByRole("region", { name: "The core check" });
  expect(within(core).getAllByRole("listitem")[4].textContent).toBe(
    "Lead partner's proposal: 65% to the lead: Tyne Works would be better off on its own by £80,000 (and 5 other groups would be too)."
  );
});

test("a stored VAT recovery above 100%: listed in the pane's words, and its link focuses the field", () => {
  const stored = JSON.parse(localStorageDraftOrExample()) as SharingAnalysis;
  (stored.partners[1] as { vatRecovery: number }).vatRecovery = 2;
  localStorage.setItem(SHARING_DRAFT_KEY, JSON.stringify(stored));
  render(<SharingJourney inExcel={false} />);
  goTo(/Build/);
  // The bound (100%) is the schema's, through the field table (pane/fields.ts).
  const link = screen.getByRole("button", {
    name: "Step 1 · Partner 2: the vat it recovers must be 100% or less",
  });
  fireEvent.click(link);
  expect(document.activeElement).toBe(
    screen.getAllByRole("textbox", { name: "VAT it recovers" })[1]
  );
});

/** The pane's starting draft, as it stores it on first render. */
function localStorageDraftOrExample(): string {
  const { unmount } = render(<SharingJourney inExcel={false} />);
  const text = localStorage.getItem(SHARING_DRAFT_KEY)!;
  unmount();
  localStorage.clear();
  return text;
}
