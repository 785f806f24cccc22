/**
 * One view's failure never blanks the pane. The stored SROI draft of issue 12 (the shape
 * check passes, the fields are missing) is now caught before the view opens (see
 * drafts.test.tsx); a view that still throws while rendering is replaced by a message, the
 * other views still work, and Start afresh keeps the draft aside and opens a clean one.
 */
import * as React from "react";
import { render, screen, fireEvent } from "@testing-library/react";
import { App } from "../../src/taskpane/App";
import { NO_HOST } from "../../src/taskpane/host";
import { JourneyBoundary, unreadableKey } from "../../src/taskpane/components/JourneyBoundary";
import sroi from "../../src/journeys/sroi";

const BAD = JSON.stringify({ schemaVersion: 1, outcomes: [], inputs: [] });

beforeEach(() => localStorage.clear());

test("the issue's SROI draft no longer breaks the view: kept aside, and the other views work", () => {
  localStorage.setItem(sroi.draftKey, BAD);
  render(<App host={NO_HOST} />);
  fireEvent.click(screen.getByRole("tab", { name: sroi.label }));
  expect(screen.queryByText(/view could not be shown/)).toBeNull();
  expect(screen.getByTestId("draft-set-aside")).toBeTruthy();
  fireEvent.click(screen.getByRole("tab", { name: "Functions" }));
  expect(screen.getByRole("heading", { name: "Function reference" })).toBeTruthy();
  expect(localStorage.getItem(unreadableKey(sroi.draftKey))).toBe(BAD);
  expect(localStorage.getItem(sroi.draftKey)).not.toBe(BAD);
});

test("a view that throws: a message, and Start afresh keeps the draft aside and opens a clean one", () => {
  const stored = JSON.stringify({
    ...JSON.parse(BAD),
    title: "t",
    discount: 0.035,
    stakeholders: [],
  });
  localStorage.setItem(sroi.draftKey, stored);
  let fail = true;
  function Fragile(): React.JSX.Element {
    if (fail) throw new Error("cannot show this draft");
    return <p>Clean view</p>;
  }
  // The boundary's check lets this draft through (its problems are values), so the view runs.
  const journey = { ...sroi, problems: () => [] };
  const quiet = jest.spyOn(console, "error").mockImplementation(() => {});
  render(
    <JourneyBoundary journey={journey}>
      <Fragile />
    </JourneyBoundary>
  );
  expect(screen.getByText(/view could not be shown \(cannot show this draft\)/)).toBeTruthy();
  fail = false;
  fireEvent.click(screen.getByRole("button", { name: "Start afresh" }));
  quiet.mockRestore();
  expect(screen.getByText("Clean view")).toBeTruthy();
  expect(screen.getByTestId("draft-set-aside").textContent).toMatch(
    /the view failed while showing it/
  );
  expect(localStorage.getItem(unreadableKey(sroi.draftKey))).toBe(stored);
  expect(localStorage.getItem(sroi.draftKey)).toBeNull();
});
