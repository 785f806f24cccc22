/** Returns by perspective in jsdom: the example's 4.44 and 3.87, and quality of life on request. */
import { render, screen, fireEvent, within } from "@testing-library/react";
import {
  ReturnsByPerspective,
  PERSPECTIVES_DRAFT_KEY,
} from "../../src/taskpane/perspectives/ReturnsByPerspective";

beforeEach(() => localStorage.clear());

test("government 4.44 and societal 3.87; counting quality of life raises the societal return", () => {
  render(<ReturnsByPerspective inExcel={false} />);
  const table = screen.getByRole("table", { name: "Returns by perspective" });
  const row = (name: string) => within(table).getByText(name).closest("tr")!;
  expect(within(row("government")).getByText("4.44")).toBeTruthy();
  expect(within(row("societal")).getByText("3.87")).toBeTruthy();
  fireEvent.click(
    screen.getByRole("checkbox", { name: "Count quality of life in the societal return" })
  );
  expect(JSON.parse(localStorage.getItem(PERSPECTIVES_DRAFT_KEY)!).includeQol).toBe(true);
  expect(within(row("societal")).queryByText("3.87")).toBeNull();
  expect(within(row("government")).getByText("4.44")).toBeTruthy();
});
