export { decodePlanBytes, type DecodedPlan, type PlanEncoding } from './decode';
export * from './limits';
export { describeRefusal, type PlanImportRefusal, type PlanImportRefusalCode } from './refusal';
export { screenPlanText } from './screen';
export * from './preview';
export type { PlanListEntry } from './plan-entry';
