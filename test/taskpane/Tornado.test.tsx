/** The pane's tornado: the numbers in cells, the bars on one scale that includes the base. */
import { render, screen, within } from "@testing-library/react";
import { Tornado } from "../../src/taskpane/components/Tornado";

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
