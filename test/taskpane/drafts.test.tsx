/**
 * Drafts belong to a workbook and never break the pane (issue 12 item 4). A stored draft is
 * checked with its journey's own schema before the view opens: one it cannot show (fields
 * missing, another schema version, not JSON) is set aside, never overwritten, and the pane
 * says so and opens clean. Drafts are kept under an id the pane writes into the workbook, so
 * two workbooks (two fake hosts on one browser's storage) never see each other's drafts.
 */
import * as fs from "fs";
import * as path from "path";
import { render, screen, fireEvent, waitFor, cleanup } from "@testing-library/react";
import { App } from "../../src/taskpane/App";
import {
  DOWNLOAD_HOST,
  WORKBOOK_ID_SETTING,
  workbookIdentity,
  type WorkbookHost,
} from "../../src/taskpane/workbook-host";
import {
  browserDraftStore,
  checkStoredDraft,
  draftDefect,
  isStructural,
  setDraftAside,
  workbookDraftKey,
} from "../../src/taskpane/draft";
import { JOURNEYS } from "../../src/journeys";
import { JOURNEY_VIEWS } from "../../src/taskpane/views";
import { blankCase } from "../../src/journeys/business-case/examples";
import sroi from "../../src/journeys/sroi";

jest.setTimeout(60_000); // several pane renders on a shared machine

const IN_EXCEL = { host: "Excel", platform: "PC" } as const;

/** A workbook as the pane sees it: no journey built in it, and the id `id`. */
const fakeWorkbook = (id: string | (() => Promise<string>)): WorkbookHost => ({
  ...DOWNLOAD_HOST,
  inExcel: true,
  readJourney: () => Promise.resolve(null),
  workbookId: typeof id === "string" ? () => Promise.resolve(id) : id,
});

const titleBox = () =>
  screen.findByRole("textbox", { name: /^Title/ }) as Promise<HTMLInputElement>;

beforeEach(() => {
  localStorage.clear();
  sessionStorage.clear();
});

describe("checking a stored draft with its journey's schema", () => {
  test("every shipped example and the blank business case can be shown, value problems and all", () => {
    const examples = path.join(__dirname, "../../examples");
    for (const journey of JOURNEYS)
      for (const file of journey.examples) {
        const text = fs.readFileSync(path.join(examples, file), "utf8");
        expect([journey.id, file, draftDefect(text, journey)]).toEqual([journey.id, file, null]);
      }
    const blank = JOURNEYS.find((j) => j.id === "business-case")!;
    // The blank case has problems (partners without names, no option ticked) that the pane
    // lists for the user to fix: it must not be set aside on every reload.
    expect(blank.problems(blankCase()).length).toBeGreaterThan(0);
    expect(draftDefect(JSON.stringify(blankCase()), blank)).toBeNull();
  });

  test("the draft each view stores as it opens passes the check, so a reload never sets it aside", async () => {
    for (const { journey } of JOURNEY_VIEWS) {
      render(<App host={{ host: null, platform: null }} />);
      fireEvent.click(screen.getByRole("tab", { name: journey.label }));
      await waitFor(() => expect(localStorage.getItem(journey.draftKey)).not.toBeNull());
      expect([journey.id, draftDefect(localStorage.getItem(journey.draftKey)!, journey)]).toEqual([
        journey.id,
        null,
      ]);
      expect(screen.queryByTestId("draft-set-aside")).toBeNull();
      cleanup();
    }
  });

  test("structure is what the view cannot show; values are the user's to fix", () => {
    expect(isStructural("(the analysis) must have required property 'title'")).toBe(true);
    expect(isStructural('/outcomes/0/quantity must be number; got "x"')).toBe(true);
    expect(isStructural("/partners/0/name must NOT have fewer than 1 characters")).toBe(false);
    expect(isStructural("/outcomes/0/deadweight must be <= 1; got 1.5")).toBe(false);
    expect(isStructural("/options must NOT have fewer than 1 items")).toBe(false);
    // A journey's own rules about a value, with and without a colon after the pointer.
    expect(
      isStructural("/options/0/savings/1/priceYear: its price year 2011/12 is not in the deflators")
    ).toBe(false);
    expect(isStructural('/optionId "nope" is not an option of the case (a, b)')).toBe(false);
  });

  test("the issue's draft, another schema version and broken JSON are each refused, saying why", () => {
    expect(
      draftDefect(JSON.stringify({ schemaVersion: 1, outcomes: [], inputs: [] }), sroi)
    ).toMatch(/required property 'title'/);
    expect(draftDefect(JSON.stringify({ schemaVersion: 2, title: "x" }), sroi)).toMatch(
      /schema version 2; this version reads 1/
    );
    expect(draftDefect("{not json", sroi)).toMatch(/not JSON/);
    expect(draftDefect("[1,2]", sroi)).toMatch(/not a draft/);
  });

  test("a refused draft is set aside, and a second never replaces the first", () => {
    const store = browserDraftStore(null);
    const first = JSON.stringify({ schemaVersion: 2, note: "first" });
    const second = JSON.stringify({ schemaVersion: 3, note: "second" });
    localStorage.setItem(sroi.draftKey, first);
    expect(checkStoredDraft(store, sroi)?.keptUnder).toBe(`${sroi.draftKey}.unreadable`);
    localStorage.setItem(sroi.draftKey, second);
    expect(checkStoredDraft(store, sroi)?.keptUnder).toBe(`${sroi.draftKey}.unreadable.2`);
    expect(localStorage.getItem(`${sroi.draftKey}.unreadable`)).toBe(first);
    expect(localStorage.getItem(`${sroi.draftKey}.unreadable.2`)).toBe(second);
    expect(localStorage.getItem(sroi.draftKey)).toBeNull();
  });
});

describe("the pane with a draft it cannot show", () => {
  test("the issue's SROI draft: kept aside, a clean draft opens, and the pane says so", async () => {
    const bad = JSON.stringify({ schemaVersion: 1, outcomes: [], inputs: [] });
    localStorage.setItem(sroi.draftKey, bad);
    render(<App host={{ host: null, platform: null }} />);
    fireEvent.click(screen.getByRole("tab", { name: sroi.label }));
    const notice = screen.getByTestId("draft-set-aside");
    expect(notice.textContent).toMatch(/could not be opened: it does not have the structure/);
    expect(notice.textContent).toContain(`"${sroi.draftKey}.unreadable"`);
    expect((await titleBox()).value).not.toBe("");
    expect(localStorage.getItem(`${sroi.draftKey}.unreadable`)).toBe(bad);
    fireEvent.click(screen.getByRole("button", { name: "Dismiss" }));
    expect(screen.queryByTestId("draft-set-aside")).toBeNull();
  });

  test("a draft from another schema version is not lost: kept aside, named in the message", () => {
    const newer = JSON.stringify({ schemaVersion: 2, title: "Typed in a newer version" });
    localStorage.setItem(sroi.draftKey, newer);
    render(<App host={{ host: null, platform: null }} />);
    fireEvent.click(screen.getByRole("tab", { name: sroi.label }));
    expect(screen.getByTestId("draft-set-aside").textContent).toMatch(/schema version 2/);
    expect(localStorage.getItem(`${sroi.draftKey}.unreadable`)).toBe(newer);
    // The clean draft is stored under the journey's key; the old one is still aside.
    expect(JSON.parse(localStorage.getItem(sroi.draftKey)!).schemaVersion).toBe(1);
    expect(localStorage.getItem(`${sroi.draftKey}.unreadable`)).toBe(newer);
  });

  test("a draft with only value problems opens as it was, with no message", async () => {
    const draft = JSON.parse(
      fs.readFileSync(path.join(__dirname, "../../examples/sroi-community-navigators.json"), "utf8")
    );
    draft.title = "Half-typed analysis";
    draft.outcomes[0].deadweight = 1.5; // out of range: the pane lists it, the draft is kept
    localStorage.setItem(sroi.draftKey, JSON.stringify(draft));
    render(<App host={{ host: null, platform: null }} />);
    fireEvent.click(screen.getByRole("tab", { name: sroi.label }));
    expect((await titleBox()).value).toBe("Half-typed analysis");
    expect(screen.queryByTestId("draft-set-aside")).toBeNull();
    expect(localStorage.getItem(`${sroi.draftKey}.unreadable`)).toBeNull();
  });
});

describe("drafts belong to a workbook", () => {
  const openSroi = async (workbook: WorkbookHost) => {
    render(<App host={IN_EXCEL} workbook={workbook} />);
    fireEvent.click(screen.getByRole("tab", { name: sroi.label }));
    return titleBox();
  };

  test("workbook A's draft never appears in workbook B, and is there again in A", async () => {
    const a = fakeWorkbook("workbook-a");
    const b = fakeWorkbook("workbook-b");
    fireEvent.change(await openSroi(a), { target: { value: "Typed in workbook A" } });
    await waitFor(() =>
      expect(localStorage.getItem(workbookDraftKey(sroi.draftKey, "workbook-a"))).toContain(
        "Typed in workbook A"
      )
    );
    cleanup();

    const inB = await openSroi(b);
    expect(inB.value).not.toBe("Typed in workbook A");
    fireEvent.change(inB, { target: { value: "Typed in workbook B" } });
    cleanup();

    expect((await openSroi(a)).value).toBe("Typed in workbook A");
    cleanup();
    expect((await openSroi(b)).value).toBe("Typed in workbook B");
    // Nothing went under the standalone page's key.
    expect(localStorage.getItem(sroi.draftKey)).toBeNull();
  });

  test("text a field cannot use belongs to its workbook too, and goes aside with its draft", async () => {
    // The community navigators example discounts at a flat rate: its rate is a number field.
    const a = fakeWorkbook("workbook-a");
    await openSroi(a);
    const rate = screen.getByRole("textbox", { name: /^Discount rate/ }) as HTMLInputElement;
    fireEvent.change(rate, { target: { value: "abc" } });
    const typedInA = `${workbookDraftKey(sroi.draftKey, "workbook-a")}.typed`;
    await waitFor(() => expect(localStorage.getItem(typedInA)).toContain("abc"));
    expect(localStorage.getItem(`${sroi.draftKey}.typed`)).toBeNull();
    cleanup();

    await openSroi(fakeWorkbook("workbook-b"));
    const inB = screen.getByRole("textbox", { name: /^Discount rate/ }) as HTMLInputElement;
    expect(inB.value).not.toBe("abc");
    cleanup();

    // Setting A's draft aside takes its uncommitted text with it.
    const store = browserDraftStore("workbook-a");
    const aside = setDraftAside(store, store.key(sroi.draftKey));
    expect(localStorage.getItem(typedInA)).toBeNull();
    expect(localStorage.getItem(`${aside}.typed`)).toContain("abc");
  });

  test("a workbook whose id cannot be had keeps its drafts in the pane only, and says so", async () => {
    const broken = fakeWorkbook(() => Promise.reject(new Error("settings are read-only")));
    localStorage.setItem(sroi.draftKey, JSON.stringify({ ...sroi, note: "the browser's" }));
    fireEvent.change(await openSroi(broken), { target: { value: "Typed here" } });
    expect(
      screen.getByText(/id could not be read or written \(settings are read-only\)/)
    ).toBeTruthy();
    expect(Object.keys(localStorage).filter((k) => k.startsWith(sroi.draftKey))).toEqual([
      sroi.draftKey,
    ]);
  });

  test("the workbook's id: written once to its settings, then read back; each workbook its own", async () => {
    /** Excel's SettingCollection, as far as the pane uses it, over one workbook's settings. */
    const fakeContext = (settings: Map<string, unknown>) => {
      let syncs = 0;
      const context = {
        workbook: {
          settings: {
            getItemOrNullObject: (key: string) => {
              const item = { isNullObject: true, value: undefined as unknown, load: () => item };
              queued.push(() => {
                item.isNullObject = !settings.has(key);
                item.value = settings.get(key);
              });
              return item;
            },
            add: (key: string, value: unknown) => void queued.push(() => settings.set(key, value)),
          },
        },
        sync: async () => {
          syncs++;
          queued.splice(0).forEach((run) => run());
        },
      };
      const queued: (() => void)[] = [];
      return { context: context as unknown as Excel.RequestContext, syncs: () => syncs };
    };
    const a = new Map<string, unknown>();
    const b = new Map<string, unknown>();
    let n = 0;
    const ids = () => `id-${++n}`;

    const first = fakeContext(a);
    expect(await workbookIdentity(first.context, ids)).toBe("id-1");
    expect(first.syncs()).toBe(2); // read, then write
    expect(a.get(WORKBOOK_ID_SETTING)).toBe("id-1");

    const again = fakeContext(a);
    expect(await workbookIdentity(again.context, ids)).toBe("id-1");
    expect(again.syncs()).toBe(1); // read only

    expect(await workbookIdentity(fakeContext(b).context, ids)).toBe("id-2");
  });
});
