/**
 * The pane at the schema's largest sizes (issue 14): a keystroke updates the field at once,
 * while checking and evaluating the whole case wait for React to catch up (and the results
 * say they are out of date, and Build is disabled, until it has); the draft is stored after a
 * pause and at once when the page is hidden or closed and before a build, so nothing typed is
 * lost; long lists page, and a problem's link still reaches a field on another page; money
 * shows thousands separators and reads "1,234,567" as one number.
 */
import * as React from "react";
import { act, cleanup, fireEvent, render, screen, waitFor, within } from "@testing-library/react";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import {
  NumberField,
  OptionalAmountField,
  TextField,
  groupThousands,
  parseAmount,
} from "../../src/taskpane/components/fields";
import { DRAFT_WRITES } from "../../src/taskpane/draft";
import { useJourney, type StepProps } from "../../src/taskpane/use-journey";
import { JourneyFrame } from "../../src/taskpane/components/Stepper";
import { WorkbookHostProvider, type WorkbookHost } from "../../src/taskpane/workbook-host";
import type { Journey } from "../../src/journeys";
import type { WorkbookPlan } from "../../src/workbook/types";
import {
  BusinessCaseJourney,
  DRAFT_KEY,
} from "../../src/journeys/business-case/pane/BusinessCaseJourney";
import { EXAMPLES } from "../../src/journeys/business-case/examples";
import type { BusinessCase } from "../../src/journeys/business-case/types";

beforeEach(() => {
  localStorage.clear();
  sessionStorage.clear();
});

/** A £ field and an optional amount, recording the values the £ field commits. */
function Money(props: { initial: number; seen: number[] }): React.JSX.Element {
  const [value, setValue] = React.useState(props.initial);
  const [optional, setOptional] = React.useState<number | null>(2500000);
  return (
    <FluentProvider theme={webLightTheme}>
      <NumberField
        label="Full annual saving"
        unit="£"
        value={value}
        onChange={(v) => {
          props.seen.push(v);
          setValue(v);
        }}
      />
      <OptionalAmountField
        label="Actual"
        value={optional}
        invalid="Enter an amount."
        onChange={setOptional}
      />
      <span data-testid="optional">{String(optional)}</span>
    </FluentProvider>
  );
}

describe("amounts with thousands separators", () => {
  test("one number, whichever way a UK finance user writes it", () => {
    expect(parseAmount("1,234,567")).toBe(1234567);
    expect(parseAmount("£1,234,567")).toBe(1234567);
    expect(parseAmount("-20,000")).toBe(-20000);
    expect(parseAmount("-£20,000")).toBe(-20000);
    expect(parseAmount("£-20,000")).toBe(-20000);
    expect(parseAmount("\u221220,000")).toBe(-20000); // the typographic minus
    expect(parseAmount(" 1,234.50 ")).toBe(1234.5);
    expect(parseAmount("1234567")).toBe(1234567);
    expect(parseAmount("7%")).toBe(7);
  });

  test("commas anywhere but between thousands, or several numbers, are refused, not guessed", () => {
    for (const text of ["1,2", "12,34", "1,2345", ",123", "123,", "1,,234", "-20,000, -15,000"])
      expect([text, parseAmount(text)]).toEqual([text, null]);
    for (const text of ["", "-", ".", "abc", "0x10", "Infinity", "1e400", "£"])
      expect([text, parseAmount(text)]).toEqual([text, null]);
  });

  test("the grouped text reads back as exactly the number", () => {
    expect(groupThousands(1234567)).toBe("1,234,567");
    expect(groupThousands(-20000.5)).toBe("-20,000.5");
    expect(groupThousands(999)).toBe("999");
    expect(groupThousands(0)).toBe("0");
    let x = 0.1;
    for (let k = 0; k < 200; k++) {
      x = -x * 3.7 + k; // a spread of signs, sizes and fractions
      expect([x, parseAmount(groupThousands(x))]).toEqual([x, x]);
    }
    expect(groupThousands(1e21)).toBe("1e+21"); // exponent form is left alone
  });

  test("a £ field shows separators, keeps what is being typed, and commits one number", () => {
    const seen: number[] = [];
    render(<Money initial={1234567} seen={seen} />);
    const box = screen.getByRole("textbox", { name: "Full annual saving" }) as HTMLInputElement;
    expect(box.value).toBe("1,234,567");
    // Typed without separators: kept as typed while in the field, grouped once left.
    fireEvent.focus(box);
    fireEvent.change(box, { target: { value: "7654321" } });
    expect(box.value).toBe("7654321");
    expect(seen).toEqual([7654321]);
    fireEvent.blur(box);
    expect(box.value).toBe("7,654,321");
    for (const [text, n] of [
      ["£1,234,567", 1234567],
      ["-20,000", -20000],
    ] as const) {
      fireEvent.change(box, { target: { value: text } });
      expect(box.value).toBe(text);
      expect(seen[seen.length - 1]).toBe(n);
    }
    // Text it cannot use stays as typed, says why, and commits nothing.
    const before = seen.length;
    fireEvent.change(box, { target: { value: "12,34" } });
    fireEvent.blur(box);
    expect(box.value).toBe("12,34");
    expect(screen.getByText(/commas only between thousands/)).toBeTruthy();
    expect(seen.length).toBe(before);

    const actual = screen.getByRole("textbox", { name: "Actual" }) as HTMLInputElement;
    expect(actual.value).toBe("2,500,000");
    fireEvent.change(actual, { target: { value: "£3,000,000" } });
    expect(screen.getByTestId("optional").textContent).toBe("3000000");
    fireEvent.change(actual, { target: { value: "3,00" } });
    expect(screen.getByText("Enter an amount.")).toBeTruthy();
    expect(screen.getByTestId("optional").textContent).toBe("3000000");
  });
});

describe("amounts typed keystroke by keystroke", () => {
  /** Types `text` one character at a time into `box`, as a keyboard does. */
  const typeSlowly = (box: HTMLInputElement, text: string) => {
    fireEvent.change(box, { target: { value: "" } });
    for (let k = 1; k <= text.length; k++)
      fireEvent.change(box, { target: { value: text.slice(0, k) } });
  };

  test.each([
    ["£1,200", 1200],
    ["1,200.50", 1200.5],
    ["-20,000", -20000],
  ])("%s: kept as typed at every keystroke, and the value used is %d", (text, n) => {
    const seen: number[] = [];
    render(<Money initial={5} seen={seen} />);
    const box = screen.getByRole("textbox", { name: "Full annual saving" }) as HTMLInputElement;
    fireEvent.focus(box);
    fireEvent.change(box, { target: { value: "" } });
    for (let k = 1; k <= text.length; k++) {
      fireEvent.change(box, { target: { value: text.slice(0, k) } });
      expect(box.value).toBe(text.slice(0, k)); // never reformatted under the caret
    }
    expect(seen[seen.length - 1]).toBe(n);
    // One number: never a part of it ("-20" then "000") as the last value used.
    expect(screen.queryByText(/^Enter a number/)).toBeNull();
    fireEvent.blur(box);
    expect(box.value).toBe(groupThousands(n));
  });

  test("an optional amount (the realisation's actuals, sharing's coalitions) reads them the same way", () => {
    render(<Money initial={5} seen={[]} />);
    const actual = screen.getByRole("textbox", { name: "Actual" }) as HTMLInputElement;
    for (const [text, n] of [
      ["£1,200", "1200"],
      ["1,200.50", "1200.5"],
      ["-20,000", "-20000"],
    ]) {
      typeSlowly(actual, text);
      expect(actual.value).toBe(text);
      expect(screen.getByTestId("optional").textContent).toBe(n);
    }
  });
});

describe("the draft is stored after a pause, and at once when it must be", () => {
  const saved = DRAFT_WRITES.delay;
  beforeEach(() => (DRAFT_WRITES.delay = 300));
  afterEach(() => (DRAFT_WRITES.delay = saved));
  const stored = () => JSON.parse(localStorage.getItem(DRAFT_KEY)!) as BusinessCase;
  const title = () => screen.getByRole("textbox", { name: /^Title/ }) as HTMLInputElement;

  test("typing waits for a pause, then the draft is written", async () => {
    render(<BusinessCaseJourney inExcel={false} />);
    expect(localStorage.getItem(DRAFT_KEY)).not.toBeNull(); // the first draft at once
    fireEvent.change(title(), { target: { value: "Typed quickly" } });
    expect(stored().title).not.toBe("Typed quickly");
    await waitFor(() => expect(stored().title).toBe("Typed quickly"), { timeout: 2000 });
  });

  test("a reload straight after typing (pagehide) finds what was typed", () => {
    render(<BusinessCaseJourney inExcel={false} />);
    fireEvent.change(title(), { target: { value: "Typed, then reloaded" } });
    expect(stored().title).not.toBe("Typed, then reloaded");
    fireEvent(window, new Event("pagehide"));
    expect(stored().title).toBe("Typed, then reloaded");
    cleanup();
    // The reloaded pane opens on it.
    render(<BusinessCaseJourney inExcel={false} />);
    expect(title().value).toBe("Typed, then reloaded");
  });

  test("hiding the page, or closing the view, writes it too", () => {
    render(<BusinessCaseJourney inExcel={false} />);
    fireEvent.change(title(), { target: { value: "Hidden" } });
    const visibility = jest.spyOn(document, "visibilityState", "get").mockReturnValue("hidden");
    fireEvent(document, new Event("visibilitychange"));
    visibility.mockRestore();
    expect(stored().title).toBe("Hidden");
    fireEvent.change(title(), { target: { value: "Closed" } });
    cleanup();
    expect(stored().title).toBe("Closed");
  });
});

/**
 * A one-step journey whose whole case is a name: its result is what it evaluated, its plan
 * writes the name, so what Build used can be seen.
 */
interface Named {
  schemaVersion: 1;
  name: string;
}
const evaluated: string[] = [];
const toyJourney = {
  id: "toy",
  label: "Toy",
  draftKey: "pcba.toy.draft",
  sheets: {
    inputs: "Toy inputs",
    calculations: "Toy calculations",
    summary: "Toy summary",
    suffix: "",
  },
  reader: null,
  problems: (v: Named) => (v.name === "" ? ["/name must NOT have fewer than 1 characters"] : []),
  evaluate: (v: Named) => {
    evaluated.push(v.name);
    return { name: v.name };
  },
  plan: (v: Named, sheets: { summary: string }): WorkbookPlan => ({
    sheets: [
      {
        name: sheets.summary,
        widths: {},
        cells: [{ ref: "A1", value: v.name }],
        tables: [],
        checks: [],
        charts: [],
      },
    ],
    names: [],
  }),
} as unknown as Journey<Named, { name: string }>;

function NameStep({ value, update, result }: StepProps<Named, { name: string }>) {
  return (
    <>
      <TextField label="Name" value={value.name} onChange={(v) => update((d) => (d.name = v))} />
      <table aria-label="Result">
        <tbody>
          <tr>
            <td>{result?.name ?? "none"}</td>
          </tr>
        </tbody>
      </table>
    </>
  );
}

function Toy(): React.JSX.Element {
  const { frame } = useJourney(toyJourney, {
    inExcel: true,
    accept: (s) => s as Named,
    initial: { schemaVersion: 1, name: "first" },
    fileName: "toy.xlsx",
    shows: "the name",
    what: "toy",
    steps: [{ id: "name", label: "Name", Component: NameStep }],
  });
  return (
    <JourneyFrame
      id="toy"
      title="Toy"
      frame={frame}
      finish={{ excel: "Build", download: "Download" }}
    />
  );
}

function excelHost() {
  const built: WorkbookPlan[] = [];
  const host: WorkbookHost = {
    inExcel: true,
    namesInUse: () => Promise.resolve({ sheets: ["Sheet1"], tables: [], names: [] }),
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
const builtName = (plan: WorkbookPlan) =>
  (plan.sheets[0] as unknown as { cells: { value: string }[] }).cells[0].value;

describe("what is computed is what is shown", () => {
  const shown = (host: WorkbookHost) =>
    render(
      <WorkbookHostProvider value={host}>
        <FluentProvider theme={webLightTheme}>
          <Toy />
        </FluentProvider>
      </WorkbookHostProvider>
    );
  const build = () => screen.getByRole("button", { name: "Build" }) as HTMLButtonElement;
  const results = () => screen.getByRole("table", { name: "Result" }).closest("[aria-busy]")!;

  test("between a keystroke and its check, the results are out of date and Build does nothing", async () => {
    const { host, built } = excelHost();
    shown(host);
    expect(build().disabled).toBe(false);
    const box = screen.getByRole("textbox", { name: "Name" });
    // A keystroke as the browser delivers it, outside act(): React paints the field first and
    // checks the case after, so the moment in between can be looked at.
    const actEnv = globalThis as unknown as { IS_REACT_ACT_ENVIRONMENT?: boolean };
    actEnv.IS_REACT_ACT_ENVIRONMENT = false;
    try {
      // (Testing Library's fireEvent runs inside act(), which would do all of it at once.)
      const setValue = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, "value")!.set!;
      setValue.call(box, "second");
      box.dispatchEvent(new Event("input", { bubbles: true }));
      await Promise.resolve(); // React's work for the discrete event, not the deferred check
      expect((box as HTMLInputElement).value).toBe("second");
      expect(results().getAttribute("aria-busy")).toBe("true");
      expect(results().getAttribute("data-results")).toBe("out of date");
      expect(within(results() as HTMLElement).getByText("first")).toBeTruthy();
      expect(build().disabled).toBe(true);
      build().dispatchEvent(new MouseEvent("click", { bubbles: true }));
      // Then it catches up: the results are the draft's and Build builds from it.
      await waitFor(() => expect(build().disabled).toBe(false));
    } finally {
      actEnv.IS_REACT_ACT_ENVIRONMENT = true;
    }
    expect(built).toEqual([]); // the click while out of date built nothing
    expect(results().getAttribute("aria-busy")).toBe("false");
    expect(within(results() as HTMLElement).getByText("second")).toBeTruthy();
    expect(evaluated).toContain("second");
    await act(async () => fireEvent.click(build()));
    await waitFor(() => expect(built.length).toBe(1));
    expect(builtName(built[0])).toBe("second");
  });

  test("Build straight after typing builds the latest value and stores it first", async () => {
    const saved = DRAFT_WRITES.delay;
    DRAFT_WRITES.delay = 300;
    try {
      const { host, built } = excelHost();
      shown(host);
      fireEvent.change(screen.getByRole("textbox", { name: "Name" }), {
        target: { value: "typed then built" },
      });
      expect(JSON.parse(localStorage.getItem("pcba.toy.draft")!).name).toBe("first");
      await act(async () => fireEvent.click(build()));
      await waitFor(() => expect(built.length).toBe(1));
      expect(builtName(built[0])).toBe("typed then built");
      expect(JSON.parse(localStorage.getItem("pcba.toy.draft")!).name).toBe("typed then built");
    } finally {
      DRAFT_WRITES.delay = saved;
    }
  });
});

describe("a long list pages", () => {
  /** One option with 45 savings lines, line 37's confidence above 100%. */
  function longCase(): BusinessCase {
    const c = JSON.parse(JSON.stringify(EXAMPLES[0].case)) as BusinessCase;
    const line = c.options[0].savings[0];
    c.options = [
      {
        ...c.options[0],
        savings: Array.from({ length: 45 }, (_, i) => ({
          ...line,
          description: `Line ${i + 1}`,
          confidence: i === 36 ? 1.5 : 0.5,
        })),
      },
    ];
    return c;
  }
  const descriptions = () =>
    (screen.getAllByRole("textbox", { name: /^Description/ }) as HTMLInputElement[]).map(
      (b) => b.value
    );

  test("20 rows at a time, turned by buttons; a problem's link turns to its row and focuses it", () => {
    localStorage.setItem(DRAFT_KEY, JSON.stringify(longCase()));
    render(<BusinessCaseJourney inExcel={false} />);
    fireEvent.click(screen.getByRole("tab", { name: /Savings/ }));
    expect(descriptions()).toEqual(Array.from({ length: 20 }, (_, i) => `Line ${i + 1}`));
    expect(screen.getAllByRole("combobox", { name: /rows shown/ })[0].textContent).toMatch(
      /Rows 1–20 of 45/
    );
    fireEvent.click(screen.getAllByRole("button", { name: "Next rows" })[0]);
    expect(descriptions()[0]).toBe("Line 21");
    fireEvent.click(screen.getAllByRole("button", { name: "Next rows" })[0]);
    expect(descriptions()).toEqual(["Line 41", "Line 42", "Line 43", "Line 44", "Line 45"]);
    fireEvent.click(screen.getAllByRole("button", { name: "Previous rows" })[0]);
    fireEvent.click(screen.getAllByRole("button", { name: "Previous rows" })[0]);
    expect(descriptions()[0]).toBe("Line 1");

    // The review's link to line 37 (not rendered on page 1) opens its page and focuses it.
    fireEvent.click(screen.getByRole("tab", { name: /Review and build/ }));
    const link = screen.getByRole("button", { name: /Savings line 37: / });
    fireEvent.click(link);
    expect(screen.getByText(/Step 2 of 6: Savings/)).toBeTruthy();
    const focused = document.activeElement as HTMLInputElement;
    expect(focused.id).toMatch(/savings-line-37-/);
    expect(focused.value).toBe("150");
    expect(descriptions()).toContain("Line 37");
    expect(descriptions()).not.toContain("Line 1");
  });

  test("a row added shows at once, on the last page", () => {
    localStorage.setItem(DRAFT_KEY, JSON.stringify(longCase()));
    render(<BusinessCaseJourney inExcel={false} />);
    fireEvent.click(screen.getByRole("tab", { name: /Savings/ }));
    fireEvent.click(screen.getByRole("button", { name: /^Add a saving/ }));
    const boxes = screen.getAllByRole("textbox", { name: /^Description/ }) as HTMLInputElement[];
    expect(boxes.length).toBe(6); // lines 41–46
    expect(boxes[5].value).toBe("");
    expect(screen.getByRole("button", { name: "Remove saving 46" })).toBeTruthy();
  });
});
