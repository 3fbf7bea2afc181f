// Warehouse SQL: the engine's tiers as one query per dialect (see README "SQL for the warehouse").
export { tieringSql, tieringSqlWith, type SqlOutcome, type SqlSource } from "./tieringSql";
export { DIALECTS, DIALECT_RULES, type Dialect, type DialectRules } from "./dialects";
export type { SqlRefusal } from "./sqlRefusal";
