/** A large business case for tests and the benchmark: 30 years, 5 options, 50 savings lines, 20 loans. */
import type { BusinessCase, BusinessOption } from "../../src/journeys/business-case/types";

/** Every source of savings, in the order the large case's lines cycle through them. */
export const SAVING_SOURCES = [
  "procurement",
  "executive",
  "borrowing",
  "operational_staff",
  "board",
  "other",
] as const;

export function largeCase(): BusinessCase {
  const forms = [
    "shared_service",
    "joint_venture",
    "group_structure",
    "merger",
    "procurement_consortium",
  ] as const;
  const options: BusinessOption[] = forms.map((form, k) => ({
    id: `option_${k + 1}`,
    name: `Option ${k + 1}`,
    form,
    savings: Array.from({ length: 10 }, (_, i) => ({
      source: SAVING_SOURCES[i % SAVING_SOURCES.length],
      description: `Saving ${i + 1}`,
      fullAnnual: 100000 + 25000 * i + 1000 * k,
      yearsToFull: i % 6,
      difficulty: (["easy", "moderate", "hard"] as const)[i % 3],
      confidence: 0.5 + 0.05 * (i % 10),
      assumption: i % 2 === 0,
    })),
    oneOffCosts: Array.from({ length: 6 }, (_, i) => ({
      category: "other" as const,
      year: i % 4,
      amount: 150000 + 10000 * i,
    })),
    forums: Array.from({ length: 3 }, (_, i) => ({
      name: `Forum ${i + 1}`,
      meetingsPerYear: 4 + i,
      attendees: 6 + i,
      hours: 2,
      hourlyRate: 60 + 5 * i,
      preparation: 0.5,
    })),
    coordinationCost: 20000 * (k + 1),
    vat:
      form === "shared_service" || form === "joint_venture"
        ? { route: k % 2 ? "exempt" : "taxable", costBase: 2000000, boughtInShare: 0.3 }
        : null,
    loanRepricing: {
      applies: form === "merger" || form === "group_structure",
      keepLoansInSubsidiaries: form === "group_structure",
    },
  }));
  return {
    schemaVersion: 1,
    title: "Large case for tests and benchmarks",
    purpose: "growing",
    partners: [
      { name: "A", type: "housing association", turnover: 5e7, homes: 9000 },
      { name: "B", type: "housing association", turnover: 4e7, homes: 7000 },
    ],
    appraisal: { horizon: 30, discount: "STPR", optimismBias: 0.2, priceBaseYear: 2026 },
    vat: { rate: 0.2, recoveryRate: 0.1 },
    loans: Array.from({ length: 20 }, (_, i) => ({
      name: `Loan ${i + 1}`,
      balance: 5e6 + 1e6 * i,
      oldMargin: 0.003,
      newMargin: 0.015,
      years: 10 + i,
      repayment: (["bullet", "straight", "annuity"] as const)[i % 3],
      interestRate: 0.045,
      repricingInYears: 5 + i,
      consentFee: 0.001,
    })),
    swaps: (["bullet", "straight", "annuity"] as const).map((repayment, i) => ({
      name: `Swap ${i + 1}`,
      notional: 1e7 * (i + 1),
      fixedRate: 0.05,
      marketRate: 0.035,
      years: 8 + 4 * i,
      repayment,
    })),
    options,
  };
}
