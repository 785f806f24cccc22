/**
 * Every journey (in the order the command line's usage lists them; the pane's tabs have
 * their own order, in src/taskpane/views.tsx). The command line, the pane's tabs and restoring, and
 * the tests that run every journey go through this list: a new journey is its folder under
 * src/journeys/ and one line here (and one in src/taskpane/views.tsx for its pane view).
 */
import businessCase from "./business-case";
import sroi from "./sroi";
import perspectives from "./perspectives";
import bids from "./bids";
import realisation from "./realisation";
import sharing from "./sharing";
import type { AnyJourney } from "./journey";

export const JOURNEYS: readonly AnyJourney[] = [
  businessCase,
  bids,
  sroi,
  perspectives,
  realisation,
  sharing,
];

export type { AnyJourney, Journey } from "./journey";
