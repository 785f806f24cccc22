/**
 * Reopening a workbook in Excel: each journey's view reads itself back from the workbook's
 * tables (through the Office.js adapter, against a recording fake of Excel, given to the view
 * as its workbook host), once per pane session. When the workbook differs from the browser draft the pane asks which to keep;
 * when they agree it says nothing; tables it cannot show leave the draft with a warning.
 */
import * as fs from "fs";
import * as path from "path";
import type * as React from "react";
import { fireEvent, render, screen, waitFor } from "@testing-library/react";
import { installExcelEnums } from "../support/office-recorder";
import { readingHost, workbookHolding } from "../support/workbook-holding";
import type { WorkbookPlan } from "../../src/workbook/types";
import { WorkbookHostProvider, type WorkbookHost } from "../../src/taskpane/workbook-host";
import { SocialReturn, SROI_DRAFT_KEY } from "../../src/journeys/sroi/pane/SocialReturn";
import { sroiPlan } from "../../src/journeys/sroi/workbook";
import { parseSroi } from "../../src/journeys/sroi/validate";
import {
  ReturnsByPerspective,
  PERSPECTIVES_DRAFT_KEY,
} from "../../src/journeys/perspectives/pane/ReturnsByPerspective";
import { perspectivePlan } from "../../src/journeys/perspectives/workbook";
import { parsePerspectives } from "../../src/journeys/perspectives/validate";
import { CompareBids, BIDS_DRAFT_KEY } from "../../src/journeys/bids/pane/CompareBids";
import { bidComparisonPlan } from "../../src/journeys/bids/workbook";
import { parseBids } from "../../src/journeys/bids/validate";
import {
  BusinessCaseJourney,
  DRAFT_KEY,
} from "../../src/journeys/business-case/pane/BusinessCaseJourney";
import { businessCasePlan } from "../../src/journeys/business-case/workbook";
import { parseCase } from "../../src/journeys/business-case/validate";

installExcelEnums();
const load = (f: string) =>
  JSON.parse(fs.readFileSync(path.resolve(__dirname, "../../examples", f), "utf8"));

/** The workbook the host reads: the last one `excelHolding` made (the user may edit it). */
let workbook: ReturnType<typeof workbookHolding> | null = null;
const excelHolding = (plan: WorkbookPlan, edit?: (tables: Record<string, unknown[][]>) => void) =>
  (workbook = workbookHolding(plan, edit));

/** Excel as the pane's host sees it, through the Office.js adapter on the recording fake. */
const fakeExcel: WorkbookHost = readingHost(() => workbook!);

/** A view in Excel, given the fake host (no global Excel is patched). */
const inExcel = (View: React.ComponentType<{ inExcel: boolean }>) => (
  <WorkbookHostProvider value={fakeExcel}>
    <View inExcel={true} />
  </WorkbookHostProvider>
);

beforeEach(() => {
  localStorage.clear();
  sessionStorage.clear();
});

const JOURNEYS = [
  {
    name: "social return",
    sheet: "SROI inputs",
    key: SROI_DRAFT_KEY,
    View: SocialReturn,
    value: parseSroi(load("sroi-community-navigators.json")),
    plan: sroiPlan as (c: never) => WorkbookPlan,
  },
  {
    name: "perspectives",
    sheet: "Perspective flows",
    key: PERSPECTIVES_DRAFT_KEY,
    View: ReturnsByPerspective,
    value: parsePerspectives(load("perspectives-community-navigators.json")),
    plan: perspectivePlan as (c: never) => WorkbookPlan,
  },
  {
    name: "bids",
    sheet: "Bid inputs",
    key: BIDS_DRAFT_KEY,
    View: CompareBids,
    value: parseBids(load("bids-employment-support.json")),
    plan: bidComparisonPlan as (c: never) => WorkbookPlan,
  },
  {
    name: "business case",
    sheet: "Inputs",
    key: DRAFT_KEY,
    View: BusinessCaseJourney,
    value: parseCase(load("shared-back-office-vat.json")),
    plan: businessCasePlan as (c: never) => WorkbookPlan,
  },
];

describe.each(JOURNEYS)("$name", ({ sheet, key, View, value, plan }) => {
  const edited = { ...value, title: "Edited in the workbook" };
  const question = new RegExp(
    `This workbook's "${sheet}" sheet differs from the draft in the pane`
  );

  test("a workbook that differs from the draft: asked, and the workbook's version replaces the draft", async () => {
    localStorage.setItem(key, JSON.stringify(value));
    excelHolding(plan(edited as never));
    render(inExcel(View));
    expect(await screen.findByText(question)).toBeTruthy();
    expect(JSON.parse(localStorage.getItem(key)!)).toEqual(value);
    fireEvent.click(screen.getByRole("button", { name: "Use the workbook's" }));
    expect(await screen.findByText(`Restored from this workbook's "${sheet}" sheet.`)).toBeTruthy();
    expect(JSON.parse(localStorage.getItem(key)!)).toEqual(edited);
  });

  test("keeping the draft leaves it as it was", async () => {
    localStorage.setItem(key, JSON.stringify(value));
    excelHolding(plan(edited as never));
    render(inExcel(View));
    fireEvent.click(await screen.findByRole("button", { name: "Keep my draft" }));
    expect(screen.getByText("Kept the draft; the workbook is unchanged.")).toBeTruthy();
    expect(JSON.parse(localStorage.getItem(key)!)).toEqual(value);
  });

  test("a workbook that matches the draft: read once in two round trips, nothing asked, and not again on returning to the view", async () => {
    localStorage.setItem(key, JSON.stringify(value));
    const rec = excelHolding(plan(value as never));
    const first = render(inExcel(View));
    await waitFor(() => expect(rec.state.syncs).toBe(2));
    first.unmount();
    render(inExcel(View));
    await new Promise((r) => setTimeout(r, 50));
    expect(rec.state.syncs).toBe(2);
    expect(screen.queryByText(question)).toBeNull();
    expect(screen.queryByText(/Restored from|could not be read back/)).toBeNull();
  });

  test("edits made in the sheet with the pane open are read on request", async () => {
    localStorage.setItem(key, JSON.stringify(value));
    const rec = excelHolding(plan(value as never));
    render(inExcel(View));
    await waitFor(() => expect(rec.state.syncs).toBe(2));
    excelHolding(plan(edited as never)); // the user edits the sheet
    fireEvent.click(screen.getByRole("button", { name: "Read the inputs back from the workbook" }));
    fireEvent.click(await screen.findByRole("button", { name: "Use the workbook's" }));
    expect(JSON.parse(localStorage.getItem(key)!)).toEqual(edited);
    fireEvent.click(screen.getByRole("button", { name: "Read the inputs back from the workbook" }));
    expect(await screen.findByText(`The "${sheet}" sheet matches the pane.`)).toBeTruthy();
  });

  test("tables it cannot read leave the draft and say why", async () => {
    excelHolding(plan(edited as never), (tables) => {
      for (const name of Object.keys(tables))
        tables[name][0] = tables[name][0].map((h) => `${h} (renamed)`);
    });
    render(inExcel(View));
    expect(
      await screen.findByText(
        new RegExp(
          `The "${sheet}" sheet could not be read back, so the pane shows your draft: The \\w+ table has no`
        )
      )
    ).toBeTruthy();
    expect(JSON.parse(localStorage.getItem(key)!).title).not.toBe("Edited in the workbook");
  });

  test("without Excel nothing is read", () => {
    const calls: string[] = [];
    const untouchable = Object.fromEntries(
      Object.keys(fakeExcel).map((k) => [
        k,
        k === "inExcel"
          ? false
          : () => {
              calls.push(k);
              return Promise.reject(new Error("called outside Excel"));
            },
      ])
    ) as unknown as WorkbookHost;
    render(
      <WorkbookHostProvider value={untouchable}>
        <View inExcel={false} />
      </WorkbookHostProvider>
    );
    expect(calls).toEqual([]);
    expect(screen.queryByText(/Restored from|differs from the draft/)).toBeNull();
    expect(
      screen.queryByRole("button", { name: "Read the inputs back from the workbook" })
    ).toBeNull();
  });
});
