/**
 * The Monte Carlo settings are kept beside the journey's draft: what the user set (50,000
 * iterations, seed 9, Latin hypercube, a tolerance) is what the next run uses after another
 * step, a reload, or the switch from the ± share to ranges; a stored value the fields would
 * refuse is never used.
 */
import { fireEvent, render, screen } from "@testing-library/react";
import { DEFAULT_SETTINGS, keptSettings } from "../../src/taskpane/components/MonteCarlo";
import { SocialReturn, SROI_DRAFT_KEY } from "../../src/journeys/sroi/pane/SocialReturn";
import { BusinessCaseJourney } from "../../src/journeys/business-case/pane/BusinessCaseJourney";
import { EXAMPLES } from "../../src/journeys/business-case/examples";
import businessCase from "../../src/journeys/business-case";

beforeEach(() => {
  localStorage.clear();
  sessionStorage.clear();
});

describe("keptSettings", () => {
  test("nothing kept, or unreadable: the defaults", () => {
    expect(keptSettings(null)).toEqual(DEFAULT_SETTINGS);
    expect(keptSettings("not json")).toEqual(DEFAULT_SETTINGS);
    expect(keptSettings("[1,2]")).toEqual(DEFAULT_SETTINGS);
  });
  test("each valid setting kept is used", () => {
    expect(
      keptSettings(
        JSON.stringify({
          uncertainty: 0.35,
          iterations: 50000,
          seed: -9,
          sampling: "lhs",
          tolerance: 0.01,
        })
      )
    ).toEqual({ uncertainty: 0.35, iterations: 50000, seed: -9, sampling: "lhs", tolerance: 0.01 });
  });
  test("a setting the fields would refuse is the default's, the others are kept", () => {
    const kept = keptSettings(
      JSON.stringify({
        uncertainty: 1.5,
        iterations: 2.5,
        seed: "9",
        sampling: "sobol",
        tolerance: 0,
      })
    );
    expect(kept).toEqual(DEFAULT_SETTINGS);
    expect(keptSettings(JSON.stringify({ iterations: 2e6, seed: 4 }))).toEqual({
      ...DEFAULT_SETTINGS,
      seed: 4,
    });
  });
});

const stepTabs = () =>
  screen.getAllByRole("tab").filter((t) => /^\d+\. /.test(t.textContent ?? ""));
const openStep = (n: number) => fireEvent.click(stepTabs()[n - 1]);
const openLast = () => openStep(stepTabs().length);
const box = (name: string) => screen.getByRole("textbox", { name }) as HTMLInputElement;

test.each([
  { name: "SROI", View: SocialReturn, key: SROI_DRAFT_KEY, draft: null },
  {
    name: "business case",
    View: BusinessCaseJourney,
    key: businessCase.draftKey,
    draft: EXAMPLES[0].case,
  },
])("$name: iterations and seed set survive another step and a reload", ({ View, key, draft }) => {
  if (draft) localStorage.setItem(key, JSON.stringify(draft));
  const first = render(<View inExcel={false} />);
  openLast();
  expect(box("Iterations").value).toBe("10000");
  fireEvent.change(box("Iterations"), { target: { value: "50000" } });
  fireEvent.change(box("Seed"), { target: { value: "9" } });
  openStep(1);
  openLast();
  expect(box("Iterations").value).toBe("50000");
  expect(box("Seed").value).toBe("9");
  first.unmount();
  render(<View inExcel={false} />);
  openLast();
  expect(box("Iterations").value).toBe("50000");
  expect(box("Seed").value).toBe("9");
});
