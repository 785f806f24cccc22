/**
 * The pane's journeys, in the order of its tabs: each journey's descriptor (its label and id)
 * and its view. A new journey adds one line here and one to `JOURNEYS` (src/journeys/index.ts);
 * views live in their journey's `pane/` folder, so the command line and the Monte Carlo worker,
 * which use `JOURNEYS`, never load React.
 */
import type * as React from "react";
import type { AnyJourney } from "../journeys";
import businessCase from "../journeys/business-case";
import sroi from "../journeys/sroi";
import perspectives from "../journeys/perspectives";
import bids from "../journeys/bids";
import realisation from "../journeys/realisation";
import sharing from "../journeys/sharing";
import { BusinessCaseJourney } from "../journeys/business-case/pane/BusinessCaseJourney";
import { SocialReturn } from "../journeys/sroi/pane/SocialReturn";
import { ReturnsByPerspective } from "../journeys/perspectives/pane/ReturnsByPerspective";
import { CompareBids } from "../journeys/bids/pane/CompareBids";
import { RealisationReview } from "../journeys/realisation/pane/RealisationReview";
import { SharingJourney } from "../journeys/sharing/pane/SharingJourney";

export interface JourneyView {
  readonly journey: AnyJourney;
  readonly View: React.ComponentType<{ inExcel: boolean }>;
}

export const JOURNEY_VIEWS: readonly JourneyView[] = [
  { journey: businessCase, View: BusinessCaseJourney },
  { journey: sroi, View: SocialReturn },
  { journey: perspectives, View: ReturnsByPerspective },
  { journey: bids, View: CompareBids },
  { journey: realisation, View: RealisationReview },
  { journey: sharing, View: SharingJourney },
];
