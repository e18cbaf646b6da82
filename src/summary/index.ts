/** The summary stage: plain functions from a ReportDiff to the lists a summary shows. */
export { buildSummary, hasChanges, DEFAULT_LIMIT } from './build-summary.js';
export type { Summary, SummaryOptions, RewordedItem, MovedItem, ClaimItem, ClaimGroup, LinkList, PlanFirst } from './build-summary.js';
export { numberChanges } from './number-changes.js';
export type { NumberChange, QuotedFigure } from './number-changes.js';
export { capList } from './cap-list.js';
export type { Capped } from './cap-list.js';
