/**
 * Issue 14's regression guard, not a timing: a keystroke in one savings line re-renders that
 * line's row and no other. Each row's price-year field is counted (a wrapper around the real
 * one, told apart by the line's amount), so anything that makes every row render again on a
 * keystroke — a whole copy of the draft that the rows compare by identity, a handler, style
 * or context value that is new on each render, a value missing from the list's `stable` —
 * fails here, at any size. The pure sharing helpers are checked too: a change leaves every
 * other option and line the very same object.
 */
import * as React from "react";
import { cleanup, fireEvent, render, screen } from "@testing-library/react";
import {
  BusinessCaseJourney,
  DRAFT_KEY,
} from "../../src/journeys/business-case/pane/BusinessCaseJourney";
import { EXAMPLES } from "../../src/journeys/business-case/examples";
import type { BusinessCase } from "../../src/journeys/business-case/types";
import { replaceAt } from "../../src/taskpane/draft";
import { onSaving } from "../../src/journeys/business-case/pane/steps/shared";

/** The amounts of the rows whose price-year field rendered, in order. */
const rendered: number[] = [];

jest.mock("../../src/journeys/business-case/pane/steps/PriceYearField", () => {
  const real = jest.requireActual("../../src/journeys/business-case/pane/steps/PriceYearField");
  const R = jest.requireActual("react") as typeof React;
  return {
    PriceYearField: (props: { amount: number }) => {
      rendered.push(props.amount);
      return R.createElement(real.PriceYearField, props);
    },
  };
});

/** Two options of six lines each; line i of option k has the amount 100,000 + 1,000 i + 10 k. */
function twoOptions(): BusinessCase {
  const c = JSON.parse(JSON.stringify(EXAMPLES[0].case)) as BusinessCase;
  const base = c.options[0];
  c.options = [0, 1].map((k) => ({
    ...JSON.parse(JSON.stringify(c.options[k % c.options.length])),
    id: `option_${k + 1}`,
    name: `Option ${k + 1}`,
    savings: Array.from({ length: 6 }, (_, i) => ({
      ...base.savings[0],
      description: `Line ${i + 1}`,
      fullAnnual: 100000 + 1000 * i + 10 * k,
    })),
  }));
  return c;
}

beforeEach(() => {
  localStorage.clear();
  rendered.length = 0;
});
afterEach(cleanup);

const boxes = (name: string) => screen.getAllByRole("textbox", { name }) as HTMLInputElement[];

describe("a keystroke in one savings line renders that line only", () => {
  test("typing a description: only its row renders, and the text reaches the draft", () => {
    localStorage.setItem(DRAFT_KEY, JSON.stringify(twoOptions()));
    render(<BusinessCaseJourney inExcel={false} />);
    fireEvent.click(screen.getByRole("tab", { name: /Savings/ }));
    // Every row rendered once on opening the step: the counter sees the rows at all.
    expect(new Set(rendered).size).toBe(12);
    rendered.length = 0;
    const box = boxes("Description")[2]; // option 1, line 3
    for (const text of ["Line 3 a", "Line 3 ab", "Line 3 abc"])
      fireEvent.change(box, { target: { value: text } });
    expect(box.value).toBe("Line 3 abc");
    expect(rendered.length).toBeGreaterThan(0);
    expect(new Set(rendered)).toEqual(new Set([102000]));
    // The rows of the other option are untouched too, and the edit is in the draft.
    fireEvent.click(screen.getByRole("tab", { name: /Costs/ })); // a step change stores it
    const stored = JSON.parse(localStorage.getItem(DRAFT_KEY)!) as BusinessCase;
    expect(stored.options[0].savings.map((s) => s.description)).toEqual([
      "Line 1",
      "Line 2",
      "Line 3 abc",
      "Line 4",
      "Line 5",
      "Line 6",
    ]);
    expect(stored.options[1].savings[2].description).toBe("Line 3");
  });

  test("typing an amount: only its row renders, with its new amount", () => {
    localStorage.setItem(DRAFT_KEY, JSON.stringify(twoOptions()));
    render(<BusinessCaseJourney inExcel={false} />);
    fireEvent.click(screen.getByRole("tab", { name: /Savings/ }));
    rendered.length = 0;
    const box = boxes("Full annual saving")[6 + 4]; // option 2, line 5
    for (const text of ["1", "12", "123", "1234"]) fireEvent.change(box, { target: { value: text } });
    expect(box.value).toBe("1234");
    expect(rendered.length).toBeGreaterThan(0);
    expect(new Set(rendered)).toEqual(new Set([1, 12, 123, 1234]));
  });
});

describe("changes that share what they leave alone", () => {
  test("replaceAt replaces one item; out of range or unchanged, the list itself", () => {
    const a = { n: 1 };
    const b = { n: 2 };
    const list = [a, b];
    const next = replaceAt(list, 1, (x) => ({ ...x, n: 3 }));
    expect(next).toEqual([{ n: 1 }, { n: 3 }]);
    expect(next[0]).toBe(a);
    expect(list).toEqual([{ n: 1 }, { n: 2 }]); // the original is unchanged
    expect(replaceAt(list, 2, () => a)).toBe(list);
    expect(replaceAt(list, -1, () => a)).toBe(list);
    expect(replaceAt(list, 0.5, () => a)).toBe(list);
    expect(replaceAt(list, 0, (x) => x)).toBe(list);
  });

  test("onSaving makes only the line, its list, its option and the options new", () => {
    const c = twoOptions();
    const before = JSON.stringify(c);
    let next: BusinessCase = c;
    onSaving((f) => (next = f(c)), "option_2", 4, (s) => ({ ...s, description: "Changed" }));
    expect(JSON.stringify(c)).toBe(before); // nothing mutated
    expect(next.options[1].savings[4].description).toBe("Changed");
    expect(next).not.toBe(c);
    expect(next.options[0]).toBe(c.options[0]);
    expect(next.options[1]).not.toBe(c.options[1]);
    next.options[1].savings.forEach((s, i) => i !== 4 && expect(s).toBe(c.options[1].savings[i]));
    expect(next.options[1].oneOffCosts).toBe(c.options[1].oneOffCosts);
    expect(next.partners).toBe(c.partners);
    expect(next.deflators).toBe(c.deflators);
    // No such option or line: the very same case.
    onSaving((f) => (next = f(c)), "option_9", 0, (s) => ({ ...s, description: "x" }));
    expect(next).toBe(c);
    onSaving((f) => (next = f(c)), "option_1", 6, (s) => ({ ...s, description: "x" }));
    expect(next).toBe(c);
  });
});
