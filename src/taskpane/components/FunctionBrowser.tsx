/**
 * The function browser: the searchable reference, and in Excel an "Insert" button per
 * function that puts its example formula into the selected cell. A cell that already holds
 * something is only replaced after the user confirms.
 */

import * as React from "react";
import { MessageBar, MessageBarBody } from "@fluentui/react-components";
import { ConfirmDialog } from "./ConfirmDialog";
import { FunctionReference } from "./FunctionReference";
import { EXCEL_HOST } from "../workbook-host";

/** The Excel operations the browser needs (replaceable in tests). */
export interface CellAccess {
  read: () => Promise<{ address: string; formula: string }>;
  write: (formula: string) => Promise<void>;
}

/** The selected cell through the Excel host. */
export const EXCEL_CELL_ACCESS: CellAccess = {
  read: () => EXCEL_HOST.selectedCell(),
  write: (formula) => EXCEL_HOST.writeFormula(formula),
};

export function FunctionBrowser({ cells }: { cells: CellAccess | null }): React.JSX.Element {
  const [pending, setPending] = React.useState<{
    formula: string;
    address: string;
    existing: string;
  } | null>(null);
  const [status, setStatus] = React.useState<{ intent: "success" | "error"; text: string } | null>(
    null
  );

  const write = async (formula: string, address: string) => {
    setPending(null);
    try {
      await cells!.write(formula);
      setStatus({ intent: "success", text: `Inserted ${formula} in ${address}.` });
    } catch (e) {
      setStatus({ intent: "error", text: `Could not insert the formula: ${(e as Error).message}` });
    }
  };
  const insert = async (formula: string) => {
    try {
      const cell = await cells!.read();
      if (cell.formula === "") await write(formula, cell.address);
      else setPending({ formula, address: cell.address, existing: cell.formula });
    } catch (e) {
      setStatus({
        intent: "error",
        text: `Could not read the selected cell: ${(e as Error).message}`,
      });
    }
  };

  return (
    <>
      {status && (
        <MessageBar intent={status.intent} role="status">
          <MessageBarBody>{status.text}</MessageBarBody>
        </MessageBar>
      )}
      <FunctionReference onInsert={cells ? insert : undefined} />
      <ConfirmDialog
        open={pending !== null}
        title={`Replace what is in ${pending?.address}?`}
        cancelLabel="Keep it"
        confirmLabel="Replace"
        onCancel={() => setPending(null)}
        onConfirm={() => write(pending!.formula, pending!.address)}
      >
        {pending?.address} holds {pending?.existing}. Replace it with {pending?.formula}?
      </ConfirmDialog>
    </>
  );
}
