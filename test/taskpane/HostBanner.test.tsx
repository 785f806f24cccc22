/** The standalone banner can be collapsed to its title, and stays so on the next visit. */
import { render, screen, fireEvent, cleanup } from "@testing-library/react";
import { HostBanner, BANNER_COLLAPSED_KEY } from "../../src/taskpane/components/HostBanner";
import { NO_HOST } from "../../src/taskpane/host";

beforeEach(() => localStorage.clear());

test("collapsed, remembered, and shown again", () => {
  render(<HostBanner host={NO_HOST} />);
  expect(screen.getByText(/This is the standalone page/)).toBeTruthy();
  fireEvent.click(screen.getByRole("button", { name: "Hide details" }));
  expect(screen.queryByText(/This is the standalone page/)).toBeNull();
  expect(screen.getByText("Running without Excel")).toBeTruthy();
  expect(localStorage.getItem(BANNER_COLLAPSED_KEY)).toBe("1");
  cleanup();

  render(<HostBanner host={NO_HOST} />); // the next visit
  expect(screen.queryByText(/This is the standalone page/)).toBeNull();
  const show = screen.getByRole("button", { name: "Show details" });
  expect(show.getAttribute("aria-expanded")).toBe("false");
  fireEvent.click(show);
  expect(screen.getByText(/This is the standalone page/)).toBeTruthy();
  expect(localStorage.getItem(BANNER_COLLAPSED_KEY)).toBeNull();
});

test("in Excel there is nothing to collapse", () => {
  render(<HostBanner host={{ host: "Excel", platform: "PC" }} />);
  expect(screen.getByText("Connected to Excel")).toBeTruthy();
  expect(screen.queryByRole("button")).toBeNull();
});
