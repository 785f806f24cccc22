/**
 * One journey's skeleton in the pane: its draft (kept in the browser's storage under the
 * descriptor's draft key), the step shown, restoring from the workbook, the problems with the
 * draft and the model's result when there are none, starting afresh or from an example, and
 * building its workbook through the pane's host (fresh sheets beside an existing build in
 * Excel, after asking; a download on the standalone page). Each view gives its table of
 * steps; {@link JourneyFrame} (components/Stepper.tsx) renders them one at a time.
 *
 * What the user typed is what is computed: a field holding text it cannot commit reports it
 * to the journey's field registry, and while any does, the results are out of date (null),
 * building is disabled and the review lists each such field with a link to it. The typed
 * text is kept beside the draft (`<draft key>.typed`), so a reload shows it as typed.
 *
 * A keystroke stays cheap at the schema's largest case (issue 14): the field and the draft
 * update at once, but checking the whole case (its schema, its rules) and evaluating it run
 * on a deferred copy of the draft (React's `useDeferredValue`), after the keystroke has been
 * painted, and the draft is written to storage after a pause (see `useDraft`). While the
 * deferred copy is behind the draft, the results shown are not the draft's: the frame marks
 * them out of date (`pending`) and building is disabled, so nothing is built from a value
 * other than the one on screen.
 */
/* global document */
import * as React from "react";
import equal from "fast-deep-equal";
import type { Journey } from "../journeys";
import { freshNames, type SheetNames } from "../workbook/sheet-names";
import { copyDraft, useDraft, useDraftStore } from "./draft";
import { deliverWorkbook, type Status } from "./deliver";
import { useWorkbookRestore } from "./restore";
import { useWorkbookHost, type WorkbookHost } from "./workbook-host";
import {
  fieldId as fieldIdOf,
  type FieldRegistry,
  type Reveal,
  type TypedEntry,
} from "./components/fields";
import type { Problem } from "./components/ProblemList";
import { placeProblem, type JourneyWords } from "./words";

/**
 * Focuses the element `id` and scrolls it to the middle of the pane (a field at the very edge
 * of the view is easy to miss). Nothing happens when it is not on the page.
 */
export function revealField(id: string): void {
  const element = document.getElementById(id);
  if (!element) return;
  element.focus({ preventScroll: true });
  // jsdom has no layout, so no scrollIntoView; browsers all do.
  element.scrollIntoView?.({ block: "center" });
}

/** What one step is given: the draft, a way to change it, and the journey's state. */
export interface StepProps<T, R> {
  readonly value: T;
  readonly update: (change: (draft: T) => void) => void;
  /**
   * Changes the draft to `next(current)`, which must not change `current` but return a new
   * draft sharing every object it leaves alone (draft.ts's `replaceAt`): the path for a field typed
   * into at size, where `update`'s whole copy made every row of a long list a new object.
   * Like `update`, it keeps what fields hold uncommitted.
   */
  readonly edit: (next: (current: T) => T) => void;
  readonly setValue: (value: T) => void;
  readonly problems: readonly Problem[];
  readonly result: R | null;
  /**
   * The draft's result while fields hold text they cannot use (`result` is then null; null
   * too when the draft itself has problems): for the editors a results step draws from it
   * (the ranges, the Monte Carlo settings), which must stay on screen so the links to their
   * fields have something to focus.
   */
  readonly evaluated: R | null;
  /** True while a field holds text it could not commit: results are out of date, Run too. */
  readonly stale: boolean;
  /**
   * What stops a simulation but not a build (correlations that cannot hold together: the
   * workbook's simulation cell says so as #VALUE!), each a link to its field.
   */
  readonly runProblems: readonly Problem[];
  readonly inExcel: boolean;
  readonly host: WorkbookHost;
  /** Replaces the draft with `next` (asking first when that would lose work). */
  readonly replace: (next: T, said: string) => void;
}

/** One step of a journey: its tab's id and label, and what it shows. */
export interface StepDef<T, R> {
  readonly id: string;
  readonly label: string;
  readonly Component: React.ComponentType<StepProps<T, R>>;
}

/** A starting point: a blank case or a shipped example. */
export interface StartingPoint<T> {
  readonly id: string;
  /** What the "Start from" list says ("A blank case", "Example: …"). */
  readonly label: string;
  readonly value: () => T;
}

export interface JourneyOptions<T, R> {
  readonly inExcel: boolean;
  /** A stored draft of the right shape, or null. */
  readonly accept: (stored: unknown) => T | null;
  /** The first draft (copied). */
  readonly initial: T | (() => T);
  /** The download's file name (or how to make it from the draft). */
  readonly fileName: string | ((value: T) => string);
  /** What the message says the summary shows ("the scores"). */
  readonly shows: string;
  /** What a download is called in the message ("value map"); "workbook" by default. */
  readonly noun?: string;
  /** What a build is called when asking to build beside one ("business case"). */
  readonly what: string;
  /** The steps, in order; the last one's finish action builds. */
  readonly steps: readonly StepDef<T, R>[];
  /** The journey's labels and steps by schema path, for its messages. */
  readonly words?: JourneyWords;
  /** Problems the schema does not catch (in words), added to the descriptor's. */
  readonly moreProblems?: (value: T) => string[];
  /**
   * What stops a simulation but not a build (each in words with its step and field id), on
   * the draft as checked; listed apart from the problems that stop a build.
   */
  readonly runProblems?: (value: T) => { text: string; step: number; fieldId?: string }[];
  /**
   * For fields whose scope follows a thing's name or place (the business case's ranges are
   * under the option's name): each thing's stable id and the scopes (or whole field keys)
   * its fields are under,
   * so typed text moves with a rename and is forgotten with the thing. Keep it cheap (it
   * runs on each change of the draft) and keep the function itself stable.
   */
  readonly scopesOf?: (value: T) => Record<string, readonly string[]>;
  /** True when the result itself stops a build (an incomplete coalition table). */
  readonly blocks?: (result: R) => boolean;
  /** The "Start from" list (a blank case, then every shipped example); none: not offered. */
  readonly start?: readonly StartingPoint<T>[];
  /** What the success message says after a build in Excel (the default names the summary). */
  readonly built?: (names: SheetNames) => string;
}

/** The note after starting: "Started from a blank case.", "Started from the example "…"." */
const startedFrom = (label: string) =>
  label.startsWith("Example: ")
    ? `Started from the example "${label.slice("Example: ".length)}".`
    : `Started from ${label.replace(/^A /, "a ")}.`;

/**
 * What the fields of a journey hold uncommitted, kept beside its draft in the same store
 * (so in Excel it belongs to the same workbook: `<draft key>@workbook:<id>.typed`).
 */
function useTypedFields(draftKey: string) {
  const store = useDraftStore();
  const key = `${store.key(draftKey)}.typed`;
  const [typed, setTyped] = React.useState<Record<string, TypedEntry>>(() => {
    try {
      const stored = JSON.parse(store.read(key) ?? "{}");
      return stored && typeof stored === "object" ? stored : {};
    } catch {
      return {};
    }
  });
  React.useEffect(() => {
    // The store ignores a write it cannot make: what was typed then lives in the pane only.
    if (Object.keys(typed).length) store.write(key, JSON.stringify(typed));
    else store.remove(key);
  }, [store, key, typed]);
  // Reads see the latest reports at once (several fields may report in one event).
  const now = React.useRef(typed);
  now.current = typed;
  const registry: Omit<FieldRegistry, "ruled"> = React.useMemo(
    () => ({
      typed: (key) => now.current[key],
      report: (key, entry) =>
        setTyped((t) => {
          if (entry === null ? !(key in t) : equal(t[key], entry)) return t;
          const next = { ...t };
          if (entry === null) delete next[key];
          else next[key] = entry;
          return (now.current = next);
        }),
      forget: (prefixes) =>
        setTyped((t) => {
          const keys = Object.keys(t).filter((k) => prefixes.some((p) => k.startsWith(`${p} · `)));
          if (!keys.length) return t;
          const next = { ...t };
          for (const k of keys) delete next[k];
          return (now.current = next);
        }),
    }),
    []
  );
  const clear = React.useCallback(() => setTyped((now.current = {})), []);
  /**
   * Moves what fields under scope `from` hold (or the field whose key is `from`) to the
   * same fields under `to` (the thing the scope names was renamed or moved up), or forgets
   * it when `to` is null (it is gone).
   */
  const rescope = React.useCallback(
    (moves: readonly { from: string; to: string | null }[]) =>
      setTyped((t) => {
        const next: Record<string, TypedEntry> = {};
        let moved = false;
        for (const [k, e] of Object.entries(t)) {
          const m = moves.find((x) => k === x.from || k.startsWith(`${x.from} · `));
          if (!m) next[k] ??= e;
          else {
            moved = true;
            if (m.to !== null) next[`${m.to}${k.slice(m.from.length)}`] = e;
          }
        }
        return moved ? (now.current = next) : t;
      }),
    []
  );
  /** Whether any field holds text it could not commit, as of the latest report. */
  const holdsTyped = React.useCallback(() => Object.keys(now.current).length > 0, []);
  return { typed, registry, clear, holdsTyped, rescope };
}

/**
 * Keeps typed text with the thing it was typed for when that thing's scope changes: `scopes`
 * maps each thing's stable id (an option's id) to the scopes its fields are under ("Step 6 ·
 * Full merger"), which may follow its name or place. When a name or place changes, what
 * its fields hold moves with it; when the thing is gone, it is forgotten, so no entry is
 * left that no field shows (and that would block building with nothing to fix it in).
 */
function useScopesFollowed(
  scopes: Record<string, readonly string[]> | null,
  rescope: (moves: readonly { from: string; to: string | null }[]) => void
) {
  const last = React.useRef(scopes);
  React.useEffect(() => {
    const before = last.current;
    last.current = scopes;
    if (!before || !scopes) return;
    const moves: { from: string; to: string | null }[] = [];
    for (const [id, was] of Object.entries(before)) {
      const is = scopes[id];
      was.forEach((from, k) => {
        const to = is?.[k] ?? null;
        if (to !== from) moves.push({ from, to });
      });
    }
    if (moves.length) rescope(moves);
  }, [scopes, rescope]);
}

export function useJourney<T, R>(journey: Journey<T, R>, options: JourneyOptions<T, R>) {
  const { inExcel, accept, initial, shows, noun, steps, words, moreProblems, blocks } = options;
  const host = useWorkbookHost(inExcel);
  const first = () => copyDraft(typeof initial === "function" ? (initial as () => T)() : initial);
  const [value, setDraft, update, flushDraft] = useDraft(journey.draftKey, accept, first);
  /** The draft the problems and results are computed from: the latest, once React catches up. */
  const checked = React.useDeferredValue(value);
  /** True while the results are those of an earlier draft (a keystroke not yet checked). */
  const pending = checked !== value;
  const { typed, registry, clear, holdsTyped, rescope } = useTypedFields(journey.draftKey);
  const scopesOf = options.scopesOf;
  useScopesFollowed(
    React.useMemo(() => (scopesOf ? scopesOf(value) : null), [scopesOf, value]),
    rescope
  );
  const [status, setStatus] = React.useState<Status | null>(null);
  const [step, setStepNow] = React.useState(0);
  const [confirm, setConfirm] = React.useState<SheetNames | null>(null);
  const [replacing, setReplacing] = React.useState<{
    next: T;
    said: string;
    /** True when fields hold text they could not commit (lost too, if replaced). */
    typed: boolean;
  } | null>(null);
  const [started, setStarted] = React.useState<Status | null>(null);
  /**
   * The field a problem's link is taking the user to, focused once it is rendered. Each link
   * followed is a new request (its own object), so following a link to the field already in
   * view, or the same link again, focuses it again: nothing relies on the step changing.
   */
  const [reveal, setReveal] = React.useState<Reveal | null>(null);

  /** A new draft from outside the fields: nothing typed before applies to it. */
  const setValue = React.useCallback(
    (next: T) => {
      clear();
      setDraft(next);
    },
    [clear, setDraft]
  );
  const restore = useWorkbookRestore(inExcel, journey.sheets, journey.reader, value, setValue);

  const setStep = React.useCallback(
    (next: number) => {
      flushDraft(); // a moment between edits: store what was typed now
      setStepNow(next);
      setStatus(null);
    },
    [flushDraft]
  );
  /**
   * Opens `at`'s step and focuses its field (after the step renders; a long list turns to the
   * field's row first, given `reveal` by the frame).
   */
  const goTo = React.useCallback(
    (at: { step?: number; fieldId?: string }) => {
      setReveal(at.fieldId === undefined ? null : { id: at.fieldId });
      if (at.step !== undefined) setStep(at.step);
    },
    [setStep]
  );
  React.useEffect(() => {
    if (reveal === null) return;
    revealField(reveal.id);
    setReveal(null);
  }, [reveal]);

  const placed = React.useMemo(
    () =>
      [...journey.problems(checked), ...(moreProblems?.(checked) ?? [])].map((p) =>
        placeProblem(p, words)
      ),
    [journey, checked, words, moreProblems]
  );
  /**
   * The fields' registry, also answering what the rules say about each field's value. It is
   * the same object while what the rules say is the same (most keystrokes), since every field
   * reads it from context: a new one would re-render every field on the step, memoised rows
   * and all, after each keystroke.
   */
  const lastFields = React.useRef<{ ruled: Map<string, string>; fields: FieldRegistry } | null>(
    null
  );
  const fields: FieldRegistry = React.useMemo(() => {
    const ruled = new Map<string, string>();
    for (const p of placed)
      if (p.fieldId && !ruled.has(p.fieldId))
        ruled.set(
          p.fieldId,
          `${p.text.slice(p.text.indexOf(": ") + 2).replace(/^./, (c) => c.toUpperCase())}.`
        );
    const last = lastFields.current;
    if (
      last &&
      last.fields.typed === registry.typed &&
      last.ruled.size === ruled.size &&
      [...ruled].every(([id, said]) => last.ruled.get(id) === said)
    )
      return last.fields;
    const made: FieldRegistry = { ...registry, ruled: (id) => ruled.get(id) };
    lastFields.current = { ruled, fields: made };
    return made;
  }, [registry, placed]);

  const problems: Problem[] = React.useMemo(() => {
    const fields = Object.entries(typed).map(([key, e]) => ({
      text: `${key}: ${e.message.replace(/\.$/, "").replace(/^./, (c) => c.toLowerCase())}`,
      go: () => goTo({ step: e.step, fieldId: fieldIdOf(key) }),
    }));
    const found = placed.map((p) =>
      p.step === undefined ? { text: p.text } : { text: p.text, go: () => goTo(p) }
    );
    return [...fields, ...found];
  }, [placed, typed, goTo]);

  // Evaluated whatever the fields hold uncommitted (a results step draws its editors from
  // it); the result is this only while no field does.
  const evaluated = React.useMemo(() => {
    if (placed.length) return null;
    try {
      return journey.evaluate(checked);
    } catch {
      return null; // a case the model cannot evaluate is listed by its problems
    }
  }, [journey, checked, placed]);
  const result = problems.length ? null : evaluated;
  const stale = Object.keys(typed).length > 0;
  const { runProblems: findRunProblems } = options;
  const runProblems: Problem[] = React.useMemo(
    () =>
      (findRunProblems?.(checked) ?? []).map((p) => ({
        text: p.text,
        go: () => goTo({ step: p.step, fieldId: p.fieldId }),
      })),
    [findRunProblems, checked, goTo]
  );
  const blocked = pending || problems.length > 0 || result === null || (blocks?.(result) ?? false);

  const fileName =
    typeof options.fileName === "function" ? options.fileName(value) : options.fileName;
  const plan = (sheets: SheetNames) => journey.plan(value, sheets);
  /** Builds under `names` (chosen, or after asking), or downloads. */
  const deliver = async (names?: SheetNames) => {
    setConfirm(null);
    flushDraft(); // what is built is also what a reload finds
    const delivered = await deliverWorkbook({
      host,
      plan,
      sheets: names ?? journey.sheets,
      fileName,
      shows,
      noun,
    });
    setStatus(
      names && delivered.intent === "success" && options.built
        ? { intent: "success", text: options.built(names) }
        : delivered
    );
  };
  /**
   * In Excel, asks first when the workbook already has this journey's sheets (the new build
   * goes beside it under fresh names); on the standalone page, downloads.
   */
  const build = async () => {
    if (blocked) return; // also while the results are an earlier draft's (pending)
    if (!host.inExcel) return deliver();
    try {
      const names = freshNames(await host.namesInUse(), journey.sheets, plan);
      if (names.suffix !== "") setConfirm(names);
      else await deliver(names);
    } catch (e) {
      setStatus({
        intent: "error",
        text: `The workbook could not be built: ${(e as Error).message}`,
      });
    }
  };

  /**
   * Whether replacing the draft would lose work: not when it is still the first draft, a
   * starting point, or what the user last started from, unchanged.
   */
  const [lastStart, setLastStart] = React.useState<T | null>(null);
  const untouched = (draft: T) =>
    [first(), lastStart, ...(options.start ?? []).map((s) => s.value())].some((s) =>
      equal(s, draft)
    );
  // Compared on the checked draft (off the keystroke path); `replace` checks the latest one
  // itself while that is behind, so a keystroke just typed is never replaced unasked.
  const pristine = React.useMemo(() => untouched(checked), [options.start, checked, lastStart]);
  const replace = (next: T, said: string) => {
    // Text a field holds uncommitted (invalid, so not in the draft) is lost by a replacement
    // too, even when the draft itself is a starting point: then it asks as well.
    const typedNow = holdsTyped();
    const draftKept = (pending ? untouched(value) : pristine) || equal(next, value);
    if (draftKept && !typedNow) return startWith(next, said);
    setReplacing({ next, said, typed: typedNow });
  };
  const startWith = (next: T, said: string) => {
    setReplacing(null);
    setLastStart(next);
    setValue(copyDraft(next));
    setStepNow(0);
    setStatus(null);
    setStarted({ intent: "success", text: said });
  };

  return {
    host,
    value,
    setValue,
    update,
    status,
    setStatus,
    step,
    setStep,
    restore,
    problems,
    result: result as R | null,
    /** True while a field holds text it could not commit: the results are out of date. */
    stale,
    /** True while the results are an earlier draft's (the latest keystroke not yet checked). */
    pending,
    blocked,
    build,
    replace,
    registry,
    frame: {
      inExcel,
      steps,
      step,
      onStep: setStep,
      status,
      restore,
      registry: fields,
      stale,
      pending,
      reveal,
      blocked,
      build,
      what: options.what,
      start: options.start,
      onStart: (s: StartingPoint<T>) => replace(s.value(), startedFrom(s.label)),
      started,
      confirm,
      onConfirm: () => confirm && void deliver(confirm),
      onCancelConfirm: () => setConfirm(null),
      replacing: replacing?.said ?? null,
      /** True when what would be replaced includes text typed into a field it cannot use. */
      replacingTyped: replacing?.typed ?? false,
      onReplace: () => replacing && startWith(replacing.next, replacing.said),
      onKeep: () => setReplacing(null),
      props: {
        value,
        update,
        edit: setDraft,
        setValue,
        problems,
        result: result as R | null,
        evaluated: evaluated as R | null,
        stale,
        runProblems,
        inExcel,
        host,
        replace,
      } as StepProps<T, R>,
    },
  };
}

/** What {@link JourneyFrame} takes from the hook. */
export type Frame<T, R> = ReturnType<typeof useJourney<T, R>>["frame"];
