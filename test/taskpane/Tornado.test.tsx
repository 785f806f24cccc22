/** The pane's tornado: the numbers in cells, the bars on one scale that includes the base. */
import { render, screen, within } from "@testing-library/react";
import { Tornado, sroiInputLabel } from "../../src/taskpane/components/Tornado";
import { ScrollRegion } from "../../src/taskpane/components/ScrollRegion";
import { SENSITIVITY_INPUTS } from "../../src/model/uncertainty";

test("bars run from the lower to the higher result on a shared scale, with the base marked", () => {
  const { container } = render(
    <Tornado
      name="T"
      subject="Input"
      lowHeading="Low"
      highHeading="High"
      switchingHeading="Switch"
      base={0}
      rows={[
        { key: "a", label: "Savings", low: -100, high: 300, switching: "+25.0%" },
        { key: "b", label: "VAT", low: 50, high: -20 },
      ]}
      format={(x) => `£${x}`}
    />
  );
  const table = screen.getByRole("table", { name: "T" });
  const [, first, second] = within(table).getAllByRole("row");
  expect(within(first).getByText("£-100")).toBeTruthy();
  expect(within(first).getByText("+25.0%")).toBeTruthy();
  expect(within(second).getByText("–")).toBeTruthy();
  // The scale runs from −100 to 300: the base (0) sits at 25%.
  const bars = [...container.querySelectorAll("[aria-hidden='true'] > div")] as HTMLElement[];
  const styleOf = (el: HTMLElement) => [el.style.left, el.style.width];
  expect(styleOf(bars[0])).toEqual(["0%", "100%"]);
  expect(bars[1].style.left).toBe("25%");
  expect(styleOf(bars[2])).toEqual(["20%", "17.5%"]); // −20 … 50
  expect(bars[3].style.left).toBe("25%");
});

test("the switching column is explained under the table, and tied to it for screen readers", () => {
  render(
    <Tornado
      name="T"
      subject="Input"
      lowHeading="Low"
      highHeading="High"
      switchingHeading="NPV is 0 at"
      base={0}
      rows={[{ key: "a", label: "Savings", low: -1, high: 1, switching: "+25.0%" }]}
      format={String}
    />
  );
  const table = screen.getByRole("table", { name: "T" });
  const note = document.getElementById(table.getAttribute("aria-describedby")!);
  expect(note?.textContent).toMatch(/^"NPV is 0 at": the switching value, where that input alone/);
});

test("no switching column, no note", () => {
  render(
    <Tornado
      name="T"
      subject="Input"
      lowHeading="Low"
      highHeading="High"
      base={0}
      rows={[]}
      format={String}
    />
  );
  expect(screen.getByRole("table", { name: "T" }).getAttribute("aria-describedby")).toBeNull();
});

test("SROI inputs in words, as the value map heads its columns", () => {
  expect(SENSITIVITY_INPUTS.map(sroiInputLabel)).toEqual([
    "Quantity",
    "Financial proxy",
    "Duration",
    "Deadweight",
    "Displacement",
    "Attribution",
    "Drop-off",
    "Discount rate",
  ]);
});

test("a table wider than its region shows the scroll hint; one that fits does not", () => {
  const width = jest.spyOn(HTMLElement.prototype, "scrollWidth", "get").mockReturnValue(900);
  const client = jest.spyOn(HTMLElement.prototype, "clientWidth", "get").mockReturnValue(350);
  const { unmount } = render(
    <ScrollRegion label="Scores">
      <table />
    </ScrollRegion>
  );
  expect(screen.getByTestId("scroll-hint").textContent).toMatch(/scroll sideways/);
  unmount();
  width.mockReturnValue(350);
  render(
    <ScrollRegion label="Scores">
      <table />
    </ScrollRegion>
  );
  expect(screen.queryByTestId("scroll-hint")).toBeNull();
  width.mockRestore();
  client.mockRestore();
});
