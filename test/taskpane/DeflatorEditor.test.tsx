/**
 * The deflator editor in jsdom, in the SROI view (step 1) and the business case's settings:
 * the shipped series with its source, licence and vintage; "use my own" starts from a copy;
 * two columns pasted (tab- or comma-separated, thousands commas kept whole) merge into the
 * rows; a line that cannot be read is named and nothing is added; a row's year that is not
 * a year is kept as typed, says why and blocks the download; going back asks first; and in
 * the business case a line in a financial year converts with the user's series.
 */
import { render, screen, fireEvent, within, waitFor } from "@testing-library/react";
import { SocialReturn, SROI_DRAFT_KEY } from "../../src/journeys/sroi/pane/SocialReturn";
import {
  BusinessCaseJourney,
  DRAFT_KEY,
} from "../../src/journeys/business-case/pane/BusinessCaseJourney";
import { EXAMPLES } from "../../src/journeys/business-case/examples";
import { shippedDeflators } from "../../src/model/price-base";
import { mergeDeflatorRows, parsePastedDeflators } from "../../src/values/deflator-paste";
import { nextYear } from "../../src/taskpane/components/DeflatorEditor";
import type { SroiAnalysisCase } from "../../src/journeys/sroi/types";
import { draftDefect } from "../../src/taskpane/draft";
import { placeProblem } from "../../src/taskpane/words";
import { SROI_TABLE } from "../../src/journeys/sroi/pane/fields";
import { CASE_TABLE } from "../../src/journeys/business-case/pane/fields";
import { businessCase } from "../../src/journeys/business-case";
import type { BusinessCase } from "../../src/journeys/business-case/types";

jest.setTimeout(90000);
beforeEach(() => localStorage.clear());

const sroiDraft = () => JSON.parse(localStorage.getItem(SROI_DRAFT_KEY)!) as SroiAnalysisCase;

function chooseOwn() {
  fireEvent.click(screen.getByRole("combobox", { name: "Deflators" }));
  fireEvent.click(screen.getByRole("option", { name: "Use my own series" }));
}

describe("reading pasted columns", () => {
  test("tabs, commas and semicolons; a heading skipped; thousands commas never split", () => {
    expect(
      parsePastedDeflators("Year\tIndex\n2010/11\t80\n\n2024\t1,000.5\r\n2025,1,010.25\n2026;1020")
    ).toEqual({
      rows: [
        ["2010/11", 80],
        [2024, 1000.5],
        [2025, 1010.25],
        [2026, 1020],
      ],
      problems: [],
    });
    expect(parsePastedDeflators('"2011-12","81.5"').rows).toEqual([["2011/12", 81.5]]);
  });

  test("a line that cannot be read is named, with why, and nothing is returned", () => {
    expect(parsePastedDeflators("2010/11\t80\n2010/12\t81\n2014\t0\n2010-11\t82\n2015")).toEqual({
      rows: [],
      problems: [
        'Line 2: "2010/12" is not a year such as 2014 or a financial year such as 2010/11.',
        'Line 3: the index "0" is not a number more than 0.',
        "Line 4: 2010/11 is also on line 1.",
        'Line 5: "2015" is not two cells, a year and an index (tab- or comma-separated).',
      ],
    });
    expect(parsePastedDeflators("1,2\t3").problems[0]).toMatch(/^Line 1: "1,2" is not a year/);
  });

  test("merging: a year already there takes the pasted index, calendar years before financial", () => {
    expect(
      mergeDeflatorRows(
        [
          [2024, 100],
          ["2023/24", 99],
        ],
        [
          ["2010/11", 80],
          [2024, 100.5],
          [2014, 75],
        ]
      )
    ).toEqual([
      [2014, 75],
      [2024, 100.5],
      ["2010/11", 80],
      ["2023/24", 99],
    ]);
    expect(nextYear(2024)).toBe(2025);
    expect(nextYear("2024/25")).toBe("2025/26");
    expect(nextYear("1999/00")).toBe("2000/01");
  });
});

test("a blank name of the series is placed on its step in words, in both journeys", () => {
  const blank = "/deflators/name must NOT have fewer than 1 characters";
  expect(placeProblem(blank, SROI_TABLE.words).text).toBe("Step 1: enter the name of the series");
  expect(placeProblem(blank, CASE_TABLE.words).text).toBe("Step 5: enter the name of the series");
});

describe("in the SROI view", () => {
  test("the shipped series is shown with its source, licence and vintage", () => {
    render(<SocialReturn inExcel={false} />);
    const s = shippedDeflators();
    expect(screen.getByText(/calendar years 1990 to 2024, 2024 = 100/)).toBeTruthy();
    expect(
      screen.getByText(
        (_, el) =>
          el?.tagName === "P" &&
          (el.textContent ?? "").startsWith(
            `Source: ${s.source}. Licence: ${s.licence}. Vintage: December 2025.`
          )
      )
    ).toBeTruthy();
  });

  test("my own series: a copy to extend, a paste merged in, kept in the draft", async () => {
    render(<SocialReturn inExcel={false} />);
    chooseOwn();
    await waitFor(() => expect(sroiDraft().deflators?.rows).toHaveLength(35));
    expect(sroiDraft().deflators!.name).toBe(`${shippedDeflators().name}, extended`);
    fireEvent.change(screen.getByRole("textbox", { name: /^Name of the series/ }), {
      target: { value: "HMT deflators with OBR forecasts, March 2026" },
    });
    const paste = screen.getByRole("textbox", { name: /Paste two columns/ });
    fireEvent.change(paste, { target: { value: "Year\tIndex\n2025\t1,002.5\n2024/25\t101" } });
    fireEvent.click(screen.getByRole("button", { name: "Add the pasted rows" }));
    await waitFor(() => expect(sroiDraft().deflators?.rows).toHaveLength(37));
    expect(screen.getByRole("status").textContent).toBe("2 rows added or updated.");
    const d = sroiDraft().deflators!;
    expect(d.name).toBe("HMT deflators with OBR forecasts, March 2026");
    expect(d.rows.at(-2)).toEqual([2025, 1002.5]);
    expect(d.rows.at(-1)).toEqual(["2024/25", 101]);
    expect((paste as HTMLTextAreaElement).value).toBe("");
  });

  test("a pasted line that cannot be read is named, kept as typed, and adds nothing", async () => {
    render(<SocialReturn inExcel={false} />);
    chooseOwn();
    await waitFor(() => expect(sroiDraft().deflators?.rows).toHaveLength(35));
    const paste = screen.getByRole("textbox", { name: /Paste two columns/ });
    fireEvent.change(paste, { target: { value: "2025\t102\n2025/27\t103" } });
    fireEvent.click(screen.getByRole("button", { name: "Add the pasted rows" }));
    const lines = screen.getByRole("list", { name: "Lines that could not be read" });
    expect(within(lines).getByText(/^Line 2: "2025\/27" is not a year/)).toBeTruthy();
    expect((paste as HTMLTextAreaElement).value).toBe("2025\t102\n2025/27\t103");
    expect(sroiDraft().deflators!.rows).toHaveLength(35);
  });

  test("a row's year that is not a year is kept as typed, says why, and blocks the download", async () => {
    render(<SocialReturn inExcel={false} />);
    chooseOwn();
    await waitFor(() => expect(sroiDraft().deflators?.rows).toHaveLength(35));
    const years = screen.getAllByRole("textbox", { name: /^Year/ });
    fireEvent.change(years[0], { target: { value: "19x0" } });
    expect((years[0] as HTMLInputElement).value).toBe("19x0");
    expect(screen.getAllByText(/^Enter a year such as 2024/).length).toBeGreaterThan(0);
    expect(sroiDraft().deflators!.rows[0]).toEqual([1990, 42.7537]);
    fireEvent.click(screen.getByRole("tab", { name: /Results/ }));
    expect(
      (screen.getByRole("button", { name: "Download the value map (.xlsx)" }) as HTMLButtonElement)
        .disabled
    ).toBe(true);
  });

  test("a year given twice is a problem in the list; going back to HM Treasury's asks first", async () => {
    render(<SocialReturn inExcel={false} />);
    chooseOwn();
    await waitFor(() => expect(sroiDraft().deflators?.rows).toHaveLength(35));
    fireEvent.change(screen.getAllByRole("textbox", { name: /^Year/ })[1], {
      target: { value: "1990" },
    });
    await waitFor(() => expect(sroiDraft().deflators!.rows[1][0]).toBe(1990));
    fireEvent.click(screen.getByRole("tab", { name: /Results/ }));
    expect(screen.getByText(/The deflators: .*\(row 2\): year 1990 appears twice/)).toBeTruthy();
    fireEvent.click(screen.getByRole("tab", { name: /Stakeholders/ }));
    fireEvent.click(screen.getByRole("combobox", { name: "Deflators" }));
    fireEvent.click(screen.getByRole("option", { name: "HM Treasury's GDP deflators (shipped)" }));
    fireEvent.click(await screen.findByRole("button", { name: "Keep my series" }));
    expect(sroiDraft().deflators).toBeDefined();
    fireEvent.click(screen.getByRole("combobox", { name: "Deflators" }));
    fireEvent.click(screen.getByRole("option", { name: "HM Treasury's GDP deflators (shipped)" }));
    fireEvent.click(await screen.findByRole("button", { name: "Remove my series" }));
    await waitFor(() => expect(sroiDraft().deflators).toBeUndefined());
  });
});

test("in the business case's settings: my own series converts a line in 2010/11 prices", async () => {
  const c: BusinessCase = JSON.parse(JSON.stringify(EXAMPLES[0].case));
  c.appraisal.priceBaseYear = 2024;
  localStorage.setItem(DRAFT_KEY, JSON.stringify(c));
  render(<BusinessCaseJourney inExcel={false} />);
  const draft = () => JSON.parse(localStorage.getItem(DRAFT_KEY)!) as BusinessCase;
  fireEvent.click(screen.getByRole("tab", { name: "5. Appraisal settings" }));
  expect(screen.getByText(/calendar years 1990 to 2024, 2024 = 100/)).toBeTruthy();
  chooseOwn();
  fireEvent.change(screen.getByRole("textbox", { name: /Paste two columns/ }), {
    target: { value: "2010/11,80\n2024,100" },
  });
  fireEvent.click(screen.getByRole("button", { name: "Add the pasted rows" }));
  await waitFor(() => expect(draft().deflators?.rows).toContainEqual(["2010/11", 80]));
  fireEvent.click(screen.getByRole("tab", { name: "2. Savings" }));
  fireEvent.change(screen.getAllByRole("textbox", { name: /^Price year/ })[0], {
    target: { value: "2010-11" },
  });
  await waitFor(() => expect(draft().options[0].savings[0].priceYear).toBe("2010/11"));
  const full = c.options[0].savings[0].fullAnnual;
  const said = `£${full.toLocaleString("en-GB")} in 2010/11 prices = £${((full * 100) / 80).toLocaleString("en-GB", { maximumFractionDigits: 0 })} in 2024 prices`;
  expect(screen.getByText(said)).toBeTruthy();
  // A year not in the series: listed in words on its line, and the draft is kept on reload
  // (a journey's rule about a value is never "structure" to set the draft aside for).
  fireEvent.change(screen.getAllByRole("textbox", { name: /^Price year/ })[0], {
    target: { value: "2011/12" },
  });
  fireEvent.click(screen.getByRole("tab", { name: "6. Review and build" }));
  expect(
    screen.getByRole("button", {
      name: /^Step 2 · Option 1 · Savings line 1: its price year 2011\/12 is not in HM Treasury's GDP deflators \(December 2025\), extended/,
    })
  ).toBeTruthy();
  await waitFor(() => expect(draft().options[0].savings[0].priceYear).toBe("2011/12"));
  expect(draftDefect(localStorage.getItem(DRAFT_KEY)!, businessCase)).toBeNull();
});
