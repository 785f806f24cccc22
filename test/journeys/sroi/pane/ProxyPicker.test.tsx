/**
 * The proxy picker in jsdom: the library shows each value's source, licence and price year;
 * an imported CSV's columns are mapped (guessed, then changed by the user), rows without a
 * value or price year are rejected with a message, and a value picked keeps its code, source
 * and licence; the conversion sentence beside a proxy; and in the SROI view, a value picked
 * fills the outcome and travels into the draft the value map is built from.
 */
import { render, screen, fireEvent, within, waitFor } from "@testing-library/react";
import { ProxyConversion, ProxyPicker } from "../../../../src/journeys/sroi/pane/ProxyPicker";
import { SocialReturn, SROI_DRAFT_KEY } from "../../../../src/journeys/sroi/pane/SocialReturn";
import { WELLBY } from "../../../../src/values/library";
import { shippedDeflators } from "../../../../src/model/price-base";
import type { ProxyValue } from "../../../../src/values/proxy-value";
import type { SroiAnalysisCase } from "../../../../src/journeys/sroi/types";
import { sroiPlan } from "../../../../src/journeys/sroi/workbook";
import { planTables } from "../../../support/plan-tables";

beforeEach(() => localStorage.clear());

const CSV = [
  "Ref,Outcome detail,Unit,Cost (£),Year of costs,Source",
  'HO1.0,Homelessness application,per application,"£2,978",2019,My unit cost list',
  "HO2.0,Temporary accommodation,per week,,2019,My unit cost list",
  'CR1.0,Police call-out,per incident,"£1,200",,My unit cost list',
  'ED1.0,School exclusion,per pupil,"£3,050",2014,',
].join("\n");

function upload(text: string, name = "costs.csv") {
  const file = new File([text], name, { type: "text/csv" });
  if (typeof (file as { text?: unknown }).text !== "function")
    Object.defineProperty(file, "text", { value: () => Promise.resolve(text) });
  fireEvent.change(screen.getByLabelText("Proxy list file"), { target: { files: [file] } });
}

test("the library lists the WELLBY with its source, licence and price year, and picking it passes it on", () => {
  const picked: ProxyValue[] = [];
  render(<ProxyPicker onPick={(v) => picked.push(v)} />);
  const list = screen.getByRole("list", { name: "Values library" });
  expect(
    within(list).getByText(/£13,000 per WELLBY in 2019 prices \(range £10,000–£16,000\)/)
  ).toBeTruthy();
  expect(
    within(list).getByText(/Wellbeing guidance for appraisal.*Licence: Open Government Licence/)
  ).toBeTruthy();
  fireEvent.click(screen.getByRole("button", { name: "Use HMT-WELLBY" }));
  expect(picked).toEqual([WELLBY]);
});

test("an imported CSV: columns guessed and changeable, bad rows rejected with a message, provenance kept", async () => {
  const picked: ProxyValue[] = [];
  render(<ProxyPicker onPick={(v) => picked.push(v)} />);
  upload(CSV);
  const mapping = await screen.findByLabelText("Column mapping");
  const select = (field: string) =>
    within(mapping).getByRole("combobox", { name: `Column for the ${field}` }) as HTMLSelectElement;
  expect(select("value").selectedOptions[0].textContent).toBe("Cost (£)");
  expect(select("price year").selectedOptions[0].textContent).toBe("Year of costs");
  expect(select("code").selectedOptions[0].textContent).toBe("Ref");
  // The user maps the description to another column, then back: the mapping is theirs.
  fireEvent.change(select("description"), { target: { value: "2" } });
  expect(select("unit").value).toBe("");
  fireEvent.change(select("unit"), { target: { value: "2" } });
  fireEvent.change(select("description"), { target: { value: "1" } });
  fireEvent.change(
    within(mapping).getByRole("textbox", { name: "Licence, for rows without one" }),
    {
      target: { value: "CC BY 4.0" },
    }
  );
  fireEvent.click(screen.getByRole("button", { name: "Import the values" }));

  const messages = await screen.findByRole("list", { name: "Import messages" });
  expect(within(messages).getByText("Row 3 (HO2.0): no value.")).toBeTruthy();
  expect(within(messages).getByText("Row 4 (CR1.0): no price year.")).toBeTruthy();
  expect(within(messages).getByText(/No source for row 5/)).toBeTruthy();
  const imported = screen.getByRole("list", { name: "Imported values" });
  expect(within(imported).getAllByRole("listitem")).toHaveLength(2);
  expect(
    within(imported).getByText(/£2,978 per application in 2019 prices · code HO1.0/)
  ).toBeTruthy();
  fireEvent.click(within(imported).getByRole("button", { name: "Use HO1.0" }));
  expect(picked[0]).toMatchObject({
    code: "HO1.0",
    description: "Homelessness application",
    unit: "per application",
    value: 2978,
    priceYear: 2019,
    source: "My unit cost list",
    licence: "CC BY 4.0",
  });
});

test("a file with no value column says so, and nothing is imported", async () => {
  render(<ProxyPicker onPick={() => undefined} />);
  upload("Code,Description\nA1,Something");
  await screen.findByLabelText("Column mapping");
  fireEvent.click(screen.getByRole("button", { name: "Import the values" }));
  expect(await screen.findByText(/No column is mapped to the value/)).toBeTruthy();
  expect(screen.queryByRole("list", { name: "Imported values" })).toBeNull();
});

test("beside a proxy: its value in the price base, or the problem", () => {
  const { rerender } = render(
    <ProxyConversion amount={1200} priceYear={2014} baseYear={2024} series={shippedDeflators()} />
  );
  expect(screen.getByRole("status").textContent).toBe(
    "£1,200 in 2014 prices = £1,607 in 2024 prices"
  );
  rerender(
    <ProxyConversion amount={1200} priceYear={2026} baseYear={2024} series={shippedDeflators()} />
  );
  expect(screen.getByRole("status").textContent).toMatch(
    /2026 is not in HM Treasury's GDP deflators/
  );
  rerender(
    <ProxyConversion
      amount={1200}
      priceYear={2014}
      baseYear={undefined}
      series={shippedDeflators()}
    />
  );
  expect(screen.queryByRole("status")).toBeNull();
});

test("in the SROI view: a price base year, a value picked from the library, and the sentence beside it", async () => {
  render(<SocialReturn inExcel={false} />);
  const draft = () => JSON.parse(localStorage.getItem(SROI_DRAFT_KEY)!) as SroiAnalysisCase;
  fireEvent.change(screen.getByRole("textbox", { name: "Price base year" }), {
    target: { value: "2024" },
  });
  await waitFor(() => expect(draft().priceBaseYear).toBe(2024));
  fireEvent.click(screen.getByRole("tab", { name: /Outcomes/ }));
  fireEvent.click(screen.getAllByRole("button", { name: /Choose from the values library/ })[0]);
  fireEvent.click(screen.getByRole("button", { name: "Use HMT-WELLBY" }));
  await waitFor(() => expect(draft().outcomes[0].proxyCode).toBe("HMT-WELLBY"));
  expect(draft().outcomes[0]).toMatchObject({
    proxy: 13000,
    priceYear: 2019,
    source: WELLBY.source,
    licence: WELLBY.licence,
  });
  expect(screen.getAllByRole("status", { name: "Proxy in the price base" })[0].textContent).toBe(
    "£13,000 in 2019 prices = £16,028 in 2024 prices"
  );
  // The example's other proxies are in 2026 prices, outside the series: listed as problems.
  fireEvent.click(screen.getByRole("tab", { name: /Results/ }));
  expect(
    screen.getByText(/Outcome 2 \(Fewer GP visits for non-medical needs\): .*2026 is not in/)
  ).toBeTruthy();
});

test("an imported list is kept beside the draft: offered again by another outcome's picker and after the pane closes, and a value used keeps its code, source and licence into the value map", async () => {
  const first = render(<SocialReturn inExcel={false} />);
  const draft = () => JSON.parse(localStorage.getItem(SROI_DRAFT_KEY)!) as SroiAnalysisCase;
  fireEvent.change(screen.getByRole("textbox", { name: "Price base year" }), {
    target: { value: "2024" },
  });
  fireEvent.click(screen.getByRole("tab", { name: /Outcomes/ }));
  fireEvent.click(screen.getAllByRole("button", { name: /Choose from the values library/ })[0]);
  upload(
    [
      "Code,Description,Unit,Value,Price year,Source,Licence",
      'FY1,Tenancy sustained,per tenancy,"£1,250",2010/11,My list (2026 download),CC BY 4.0',
      "CY1,GP visit,per visit,42.5,2019,My list (2026 download),CC BY 4.0",
    ].join("\n")
  );
  await screen.findByLabelText("Column mapping", {}, { timeout: 15000 });
  fireEvent.click(screen.getByRole("button", { name: "Import the values" }));
  await screen.findByRole("list", { name: "Imported values" });
  // Closed without using a value: the list is kept.
  fireEvent.click(screen.getByRole("button", { name: "Close the values library" }));
  first.unmount();

  render(<SocialReturn inExcel={false} />);
  fireEvent.click(screen.getByRole("tab", { name: /Outcomes/ }));
  fireEvent.click(screen.getAllByRole("button", { name: /Choose from the values library/ })[1]);
  const imported = screen.getByRole("list", { name: "Imported values" });
  expect(within(imported).getAllByRole("listitem")).toHaveLength(2);
  expect(screen.getByText(/Your imported values, from costs\.csv/)).toBeTruthy();
  fireEvent.click(within(imported).getByRole("button", { name: "Use CY1" }));
  await waitFor(() => expect(draft().outcomes[1].proxyCode).toBe("CY1"));
  expect(draft().outcomes[1]).toMatchObject({
    proxy: 42.5,
    priceYear: 2019,
    source: "My list (2026 download)",
    licence: "CC BY 4.0",
  });
  // The value map built from the draft carries the code, source and licence.
  const tables = planTables(sroiPlan(draft()), "");
  const head = tables.ValueMap[0];
  const row = tables.ValueMap[2];
  expect(row[head.indexOf("Proxy code")]).toBe("CY1");
  expect(row[head.indexOf("Source")]).toBe("My list (2026 download)");
  expect(row[head.indexOf("Licence")]).toBe("CC BY 4.0");
}, 90000);
