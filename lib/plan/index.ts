export { parsePlan, periodOf } from './parse-plan';
export { dutyAt, dutyForSentence, sentenceAt } from './duty-lookup';
export { foldForParse, toHans } from './to-hans';
export type * from './types';
