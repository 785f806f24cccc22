/**
 * The pane's own rules on top of Fluent UI's theme, for a pane 350–400 px wide (issue 14,
 * "The pane at its real width"), all in Fluent's design tokens:
 *
 * - focus is plain: every text box, drop-down and focusable region shows a 2 px focus ring
 *   (`colorStrokeFocus2`, the colour of Fluent's own focus outline on buttons and tabs)
 *   around it, not only Fluent's thin underline on inputs;
 * - an unticked checkbox's label reads like any other label (Fluent draws it in
 *   `colorNeutralForeground3`, which looks disabled); a disabled one still looks disabled.
 *
 * Scoped to the pane's root (`PANE_CLASS`) so two class names outrank Fluent's atomic ones.
 */
import { makeStaticStyles, tokens } from "@fluentui/react-components";

/** The class on the pane's root element that the rules below are scoped to. */
export const PANE_CLASS = "pcba-pane";

const FOCUS_RING = `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}`;

const FIELDS = [".fui-Input", ".fui-Dropdown", ".fui-Combobox", ".fui-Textarea", ".fui-SpinButton"];

/** Installs the rules (once per document); call it in the pane's root component. */
export const usePaneStyles = makeStaticStyles({
  [FIELDS.map((f) => `.${PANE_CLASS} ${f}:focus-within`).join(", ")]: {
    outline: FOCUS_RING,
    outlineOffset: "2px",
  },
  [`.${PANE_CLASS} [role="region"][tabindex="0"]:focus-visible`]: {
    outline: FOCUS_RING,
    outlineOffset: "2px",
  },
  [`.${PANE_CLASS} .fui-Checkbox`]: { color: tokens.colorNeutralForeground1 },
  [`.${PANE_CLASS} .fui-Checkbox:has(input:disabled)`]: {
    color: tokens.colorNeutralForegroundDisabled,
  },
});
