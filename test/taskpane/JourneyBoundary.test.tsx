/**
 * One view's failure never blanks the pane: a stored SROI draft that passes the shape check
 * but lacks its fields (as in issue 12) makes that view fail; the pane says so, the other
 * views still work, and Start afresh keeps the draft aside and opens a clean one.
 */
import { render, screen, fireEvent } from "@testing-library/react";
import { App } from "../../src/taskpane/App";
import { NO_HOST } from "../../src/taskpane/host";
import { unreadableKey } from "../../src/taskpane/components/JourneyBoundary";
import sroi from "../../src/journeys/sroi";

const BAD = JSON.stringify({ schemaVersion: 1, outcomes: [], inputs: [] });

beforeEach(() => localStorage.clear());

test("a draft the SROI view cannot show: a message, the other views work, Start afresh keeps it aside", () => {
  localStorage.setItem(sroi.draftKey, BAD);
  const quiet = jest.spyOn(console, "error").mockImplementation(() => {});
  render(<App host={NO_HOST} />);
  fireEvent.click(screen.getByRole("tab", { name: sroi.label }));
  expect(screen.getByText(/view could not be shown/)).toBeTruthy();
  fireEvent.click(screen.getByRole("tab", { name: "Functions" }));
  expect(screen.getByRole("heading", { name: "Function reference" })).toBeTruthy();
  fireEvent.click(screen.getByRole("tab", { name: sroi.label }));
  fireEvent.click(screen.getByRole("button", { name: "Start afresh" }));
  quiet.mockRestore();
  expect(screen.queryByText(/view could not be shown/)).toBeNull();
  expect(localStorage.getItem(unreadableKey(sroi.draftKey))).toBe(BAD);
  expect(localStorage.getItem(sroi.draftKey)).not.toBe(BAD);
});
