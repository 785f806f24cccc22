/**
 * A journey's draft: the plain object the user is editing, kept in the browser's storage as
 * they type so closing the pane loses nothing, and changed through copies (the state stays
 * immutable; drafts are plain JSON, so a JSON copy also works in older Office webviews
 * without structuredClone).
 */
/* global localStorage */
import * as React from "react";

/** A deep copy of a plain-JSON draft. */
export const copyDraft = <T>(value: T): T => JSON.parse(JSON.stringify(value));

/**
 * The draft under `key`: what storage holds if `accept` takes it (returning the draft, or
 * null for something of the wrong shape), else `initial()`. `update` hands a change a copy.
 */
export function useDraft<T>(
  key: string,
  accept: (stored: unknown) => T | null,
  initial: () => T
): [T, React.Dispatch<React.SetStateAction<T>>, (change: (draft: T) => void) => void] {
  const [value, setValue] = React.useState<T>(() => {
    try {
      const stored = accept(JSON.parse(localStorage.getItem(key) ?? "null"));
      if (stored !== null) return stored;
    } catch {
      // unreadable storage or JSON: start afresh
    }
    return initial();
  });
  React.useEffect(() => {
    try {
      localStorage.setItem(key, JSON.stringify(value));
    } catch {
      // storage unavailable (private mode): the draft lives in the pane only
    }
  }, [key, value]);
  const update = React.useCallback((change: (draft: T) => void) => {
    setValue((current) => {
      const draft = copyDraft(current);
      change(draft);
      return draft;
    });
  }, []);
  return [value, setValue, update];
}
