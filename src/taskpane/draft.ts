/**
 * A journey's draft: the plain object the user is editing, kept in the browser's storage as
 * they type so closing the pane loses nothing, and changed through copies (the state stays
 * immutable; drafts are plain JSON, so a JSON copy also works in older Office webviews
 * without structuredClone).
 *
 * Drafts belong to a workbook. The browser's storage is shared by every workbook the add-in
 * opens on this machine, so in Excel each draft is stored under its journey's key and the
 * id the pane writes into the workbook (`WorkbookHost.workbookId`): workbook A's draft never
 * appears in workbook B. The standalone page has no workbook and keeps one draft per journey
 * per browser, under the journey's key alone (as before, so its drafts carry over).
 *
 * A stored draft is checked before a view shows it (`checkStoredDraft`, run by the journey's
 * boundary): one that is not JSON, was saved by another version (`schemaVersion`), or does
 * not have the structure the journey's schema requires is never shown and never overwritten:
 * it is set aside under `<key>.unreadable` (then `.unreadable.2`, … so no earlier one is
 * replaced), the view starts clean, and the pane says so.
 */
/* global localStorage, Storage, window, document, setTimeout, clearTimeout */
import * as React from "react";

/** A deep copy of a plain-JSON draft. */
export const copyDraft = <T>(value: T): T => JSON.parse(JSON.stringify(value));

/**
 * `list` with item `i` replaced by `f(list[i])`, for a change that shares what it leaves
 * alone (structural sharing): the other items stay the very same objects, so a memoised row
 * of an unchanged item sees it unchanged by identity, and nothing but the changed path is
 * allocated (issue 14: copying a case of 1,000 savings lines whole on every keystroke, with
 * the collections that follow, was a large part of each one). Returns `list` itself when
 * `i` is not one of its items or `f` returns the item unchanged.
 *
 * @example replaceAt([a, b, c], 1, (x) => ({ ...x, n: 2 })) // [a, {...b, n: 2}, c]
 */
export function replaceAt<T>(list: readonly T[], i: number, f: (item: T) => T): T[] {
  if (!Number.isInteger(i) || i < 0 || i >= list.length) return list as T[];
  const item = f(list[i]);
  if (item === list[i]) return list as T[];
  const next = list.slice();
  next[i] = item;
  return next;
}

/** Where drafts are kept, and under which keys. */
export interface DraftStore {
  /** The full storage key of a journey's draft (its `draftKey`) in this workbook. */
  key(draftKey: string): string;
  read(key: string): string | null;
  write(key: string, text: string): void;
  remove(key: string): void;
  /** Where the drafts live, as a message says it ("this browser's storage"). */
  readonly where: string;
  /** False when nothing outlives the pane (the workbook's id could not be had). */
  readonly persistent: boolean;
}

/** The key a draft is kept under in a workbook with id `workbookId`. */
export const workbookDraftKey = (draftKey: string, workbookId: string): string =>
  `${draftKey}@workbook:${workbookId}`;

/**
 * Drafts in the browser's local storage: per workbook when `workbookId` is given (Excel),
 * else one per journey for the browser (the standalone page). Storage that is unavailable
 * (private mode, a locked-down webview) reads as empty and ignores writes.
 */
export function browserDraftStore(
  workbookId: string | null,
  storage: () => Storage = () => localStorage
): DraftStore {
  return {
    key: (draftKey) => (workbookId === null ? draftKey : workbookDraftKey(draftKey, workbookId)),
    read: (key) => {
      try {
        return storage().getItem(key);
      } catch {
        return null;
      }
    },
    write: (key, text) => {
      try {
        storage().setItem(key, text);
      } catch {
        // storage unavailable or full: the draft lives in the pane only
      }
    },
    remove: (key) => {
      try {
        storage().removeItem(key);
      } catch {
        // nothing stored to remove
      }
    },
    where: "this browser's storage",
    persistent: true,
  };
}

/**
 * Drafts that live only as long as the pane: for a workbook whose id could not be read or
 * written, where keeping its drafts in shared storage could show them in another workbook.
 */
export function memoryDraftStore(): DraftStore {
  const kept = new Map<string, string>();
  return {
    key: (draftKey) => draftKey,
    read: (key) => kept.get(key) ?? null,
    write: (key, text) => void kept.set(key, text),
    remove: (key) => void kept.delete(key),
    where: "the pane's memory (until it closes)",
    persistent: false,
  };
}

/** The standalone page's store: one draft per journey for the browser. */
export const BROWSER_DRAFTS: DraftStore = browserDraftStore(null);

const DraftStoreContext = React.createContext<DraftStore>(BROWSER_DRAFTS);

/** Gives the views below it this store (the App: the workbook's, or the browser's). */
export const DraftStoreProvider = DraftStoreContext.Provider;

/** The store drafts go to here (the browser's, when nothing provides one). */
export const useDraftStore = (): DraftStore => React.useContext(DraftStoreContext);

/** The first free key to set a draft aside under: `<key>.unreadable`, then `.unreadable.2`, … */
export function asideKey(store: DraftStore, key: string): string {
  const first = `${key}.unreadable`;
  if (store.read(first) === null) return first;
  for (let n = 2; ; n++) if (store.read(`${first}.${n}`) === null) return `${first}.${n}`;
}

/**
 * Moves the draft stored under `key` aside (never over an earlier one), with its fields'
 * uncommitted text, and returns where it went, or null when nothing was stored.
 */
export function setDraftAside(store: DraftStore, key: string): string | null {
  const text = store.read(key);
  if (text === null) return null;
  const aside = asideKey(store, key);
  store.write(aside, text);
  store.remove(key);
  // What its fields held uncommitted (use-journey's `<key>.typed`) goes with it, so a clean
  // draft never opens blocked by text typed into the one set aside.
  const typed = store.read(`${key}.typed`);
  if (typed !== null) {
    store.write(`${aside}.typed`, typed);
    store.remove(`${key}.typed`);
  }
  return aside;
}

/** Why a stored draft was set aside, and where it is kept, for the pane to say. */
export interface DraftNotice {
  readonly reason: string;
  readonly keptUnder: string;
  readonly where: string;
}

/** The sentence the pane shows about a draft it set aside. */
export const noticeText = (notice: DraftNotice, label: string): string =>
  `The ${label} draft saved earlier could not be opened: ${notice.reason} It has not been deleted: it is kept in ${notice.where} under "${notice.keptUnder}". A clean draft is open.`;

/**
 * Ajv messages for values the user can put right in the pane (a blank name, a share above
 * 100%, too few rows): a draft with only these is shown, and the pane lists them to fix.
 * Everything else the schema says (a required property missing, a value of the wrong type,
 * an unknown property or allowed value, another schema version) means the view cannot show
 * the draft as it stands.
 */
const FIXABLE = [
  / must NOT have (fewer|more) than \d+ (characters|items|properties)/,
  / must be (>=|<=|>|<) /,
  / must match (pattern|format) /,
  / must be multiple of /,
  / must NOT have duplicate items/,
  // A journey's own rule placed on a value ("/options/0/savings/1/priceYear: its price year
  // 2011/12 is not in the deflators …"): a value to fix, never a reason to set a draft aside.
  /^\/\S*: /,
  // The same without the colon ('/optionId "x" is not an option of the case (…)'): Ajv's own
  // messages always say "must", so a pointer followed by other words is a journey's rule.
  /^\/\S* (?!must )/,
];

/**
 * Whether a problem (one of a journey's `problems`) is about the draft's structure, not a
 * value the user can fix. Schema messages start with the path at fault (`/partners/0/name …`
 * or `(the case) …`); the journey's own rules, which run only once the schema holds, do not,
 * and are about values.
 *
 * @example isStructural("(the analysis) must have required property 'title'") === true
 * @example isStructural("/partners/0/name must NOT have fewer than 1 characters") === false
 */
export function isStructural(problem: string): boolean {
  if (!/^(\/|\()/.test(problem)) return false;
  return !FIXABLE.some((pattern) => pattern.test(problem));
}

/** What a stored draft is checked against: its journey's key, problems and schema version. */
export interface DraftCheck {
  readonly draftKey: string;
  /** The journey's problems with a value (its JSON Schema, then its own rules). */
  readonly problems: (value: unknown) => string[];
  /** The `schemaVersion` this version of the pane reads (1 for every journey today). */
  readonly schemaVersion?: number;
}

/** The reason a stored draft's text cannot be shown, or null when it can. */
export function draftDefect(text: string, check: DraftCheck): string | null {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return "it is not readable data (not JSON).";
  }
  if (value === null || typeof value !== "object" || Array.isArray(value))
    return "it is not a draft of this journey.";
  const version = (value as { schemaVersion?: unknown }).schemaVersion;
  const expected = check.schemaVersion ?? 1;
  if (version !== expected)
    return typeof version === "number"
      ? `it was saved by another version of PCBA (schema version ${version}; this version reads ${expected}).`
      : "it has no schema version, so it is not a draft of this journey.";
  const structural = check.problems(value).filter(isStructural);
  if (structural.length === 0) return null;
  const shown = structural.slice(0, 3).join("; ");
  const more = structural.length > 3 ? ` and ${structural.length - 3} more` : "";
  return `it does not have the structure this journey needs (${shown}${more}).`;
}

/**
 * Checks the draft stored for a journey before its view opens: a draft it cannot show is set
 * aside (see `setDraftAside`) and the notice says why and where; null when there is nothing
 * stored or the draft can be shown (its value problems, if any, are the pane's to list).
 */
export function checkStoredDraft(store: DraftStore, check: DraftCheck): DraftNotice | null {
  const key = store.key(check.draftKey);
  const text = store.read(key);
  if (text === null) return null;
  const reason = draftDefect(text, check);
  if (reason === null) return null;
  const keptUnder = setDraftAside(store, key);
  return keptUnder === null ? null : { reason, keptUnder, where: store.where };
}

/**
 * How long the pane waits after the last change before writing the draft to storage (ms).
 * Serialising and storing a case of 1,000 savings lines on every keystroke cost several ms
 * of each one (issue 14); the write waits for a pause, and is made at once when the page is
 * hidden or closed (`pagehide`, `visibilitychange`), when the view closes, and before a build
 * or download, so nothing typed is lost. 0 writes after every change (the jsdom tests, which
 * read storage straight after each edit, set it so; test/support/jsdom-setup.ts).
 */
export const DRAFT_WRITES = { delay: 300 };

/**
 * The draft under `key` in this workbook's store: what storage holds if `accept` takes it
 * (returning the draft, or null for something of the wrong shape), else `initial()`; a
 * stored draft `accept` refuses is set aside first, never overwritten. `update` hands a
 * change a copy. Changes are written after a pause ({@link DRAFT_WRITES}); `flush` writes
 * any change not yet written at once.
 */
export function useDraft<T>(
  key: string,
  accept: (stored: unknown) => T | null,
  initial: () => T
): [T, React.Dispatch<React.SetStateAction<T>>, (change: (draft: T) => void) => void, () => void] {
  const store = useDraftStore();
  const storageKey = store.key(key);
  const [value, setValue] = React.useState<T>(() => {
    const text = store.read(storageKey);
    if (text === null) return initial();
    try {
      const stored = accept(JSON.parse(text));
      if (stored !== null) return stored;
    } catch {
      // unreadable JSON: set aside below
    }
    // The journey's boundary checks drafts first, so this is a shape only the view's own
    // check refuses: keep it rather than write the new draft over it.
    setDraftAside(store, storageKey);
    return initial();
  });
  const latest = React.useRef(value);
  latest.current = value;
  /** The draft last written (undefined: none yet), so a flush with nothing new writes nothing. */
  const written = React.useRef<{ value: T } | undefined>(undefined);
  const timer = React.useRef<ReturnType<typeof setTimeout> | null>(null);
  const flush = React.useCallback(() => {
    if (timer.current !== null) clearTimeout(timer.current);
    timer.current = null;
    if (written.current?.value === latest.current) return;
    written.current = { value: latest.current };
    store.write(storageKey, JSON.stringify(latest.current));
  }, [store, storageKey]);
  React.useEffect(() => {
    // The first draft is stored at once (a reload straight after opening finds it); later
    // changes after a pause.
    if (written.current === undefined || DRAFT_WRITES.delay <= 0) return flush();
    if (timer.current !== null) clearTimeout(timer.current);
    timer.current = setTimeout(flush, DRAFT_WRITES.delay);
  }, [value, flush]);
  React.useEffect(() => {
    const hidden = () => {
      if (document.visibilityState === "hidden") flush();
    };
    window.addEventListener("pagehide", flush);
    document.addEventListener("visibilitychange", hidden);
    return () => {
      window.removeEventListener("pagehide", flush);
      document.removeEventListener("visibilitychange", hidden);
      flush(); // the view closes (another tab of the pane): what was typed is kept
    };
  }, [flush]);
  const update = React.useCallback((change: (draft: T) => void) => {
    setValue((current) => {
      const draft = copyDraft(current);
      change(draft);
      return draft;
    });
  }, []);
  return [value, setValue, update, flush];
}
