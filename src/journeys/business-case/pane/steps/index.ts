/**
 * The six steps of the business-case journey, one file each. Each edits part of the case
 * through `update`, which hands it a copy to change (the journey keeps the case immutable).
 */
export type { StepProps, Update } from "./shared";
export { PartnersStep } from "./PartnersStep";
export { SavingsStep } from "./SavingsStep";
export { CostsStep } from "./CostsStep";
export { BarriersStep } from "./BarriersStep";
export { SettingsStep } from "./SettingsStep";
export { ReviewStep } from "./ReviewStep";
