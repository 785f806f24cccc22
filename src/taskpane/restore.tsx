/**
 * Restoring a journey from the workbook. Once a journey's workbook is built, its inputs live
 * in the workbook's tables, and in Excel the pane reads them back when it opens (once per
 * pane session: switching views does not read again) and whenever the user asks (after
 * editing the sheet with the pane open). If they match the draft there is
 * nothing to do; if they differ, the pane asks which to keep, since either may hold work
 * the user typed (edits in the sheet, or edits in the pane not yet built). Tables the pane
 * cannot show leave the draft alone and say why.
 */
/* global sessionStorage */
import * as React from "react";
import equal from "fast-deep-equal";
import { Button, MessageBar, MessageBarActions, MessageBarBody } from "@fluentui/react-components";
import type { SheetNames } from "../workbook/sheet-names";
import { useWorkbookHost } from "./workbook-host";
import type { JourneyReader } from "../workbook/read-tables";

type Found<T> =
  { kind: "differs"; value: T } | { kind: "restored" | "kept" | "failed"; text: string };

const askedKey = (sheets: SheetNames) => `pcba.restore.asked.${sheets.inputs}`;

function alreadyAsked(sheets: SheetNames): boolean {
  try {
    return sessionStorage.getItem(askedKey(sheets)) !== null;
  } catch {
    return false;
  }
}

function markAsked(sheets: SheetNames): void {
  try {
    sessionStorage.setItem(askedKey(sheets), "1");
  } catch {
    // no session storage: the pane may ask again after a change of view
  }
}

/**
 * In Excel, on the first opening of a view in this pane session, and again whenever the
 * user asks: reads the journey back from `sheets` and returns what to show (a note, or the
 * question with its two answers, and the button that reads again). `apply` replaces the
 * draft with the workbook's version.
 */
export function useWorkbookRestore<T>(
  inExcel: boolean,
  sheets: SheetNames,
  reader: JourneyReader<T>,
  draft: T,
  apply: (value: T) => void
): React.ReactNode {
  const host = useWorkbookHost(inExcel);
  const [found, setFound] = React.useState<Found<T> | null>(null);
  const draftNow = React.useRef(draft);
  draftNow.current = draft;
  const live = React.useRef(true);
  React.useEffect(
    () => () => {
      live.current = false;
    },
    []
  );

  /** Reads the workbook and compares; `onOpen` says nothing when there is nothing to say. */
  const check = React.useCallback(
    (onOpen: boolean) =>
      // Started inside a promise so that any failure, even a missing Excel, becomes the note.
      Promise.resolve()
        .then(() => host.readJourney(sheets, reader))
        .then((value) => {
          if (!live.current) return;
          markAsked(sheets);
          // Compared as data, whatever the order of the keys.
          if (value !== null && !equal(value, draftNow.current))
            setFound({ kind: "differs", value });
          else if (!onOpen)
            setFound({
              kind: "kept",
              text:
                value === null
                  ? `This workbook has no "${sheets.inputs}" sheet yet.`
                  : `The "${sheets.inputs}" sheet matches the pane.`,
            });
        })
        .catch((e: Error) => {
          if (!live.current) return;
          markAsked(sheets);
          setFound({
            kind: "failed",
            text: `The "${sheets.inputs}" sheet could not be read back, so the pane shows your draft: ${e.message}`,
          });
        }),
    [host, sheets, reader]
  );
  React.useEffect(() => {
    if (inExcel && !alreadyAsked(sheets)) void check(true);
  }, [inExcel]);

  if (!inExcel) return null;
  // Edits made in the sheet while the pane is open are read on request.
  const again = (
    <Button appearance="secondary" onClick={() => void check(false)}>
      Read the inputs back from the workbook
    </Button>
  );
  if (!found) return again;
  if (found.kind === "differs") {
    return (
      <MessageBar intent="info" layout="multiline">
        <MessageBarBody>
          {`This workbook's "${sheets.inputs}" sheet differs from the draft in the pane. Which do you want to work on? Using the workbook's replaces the draft; keeping the draft leaves the workbook as it is.`}
        </MessageBarBody>
        <MessageBarActions>
          <Button
            appearance="primary"
            onClick={() => {
              apply(found.value);
              setFound({
                kind: "restored",
                text: `Restored from this workbook's "${sheets.inputs}" sheet.`,
              });
            }}
          >
            Use the workbook&apos;s
          </Button>
          <Button
            onClick={() =>
              setFound({ kind: "kept", text: "Kept the draft; the workbook is unchanged." })
            }
          >
            Keep my draft
          </Button>
        </MessageBarActions>
      </MessageBar>
    );
  }
  return (
    <>
      <MessageBar intent={found.kind === "failed" ? "warning" : "info"} role="status">
        <MessageBarBody>{found.text}</MessageBarBody>
      </MessageBar>
      {again}
    </>
  );
}
