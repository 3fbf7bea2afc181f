import type { SqlRefusal } from "../../sql/sqlRefusal";
import type { Family } from "../coded";
import { renderCoded } from "../coded";
import type { Formatter } from "../format";

/** Why no warehouse query was written (src/sql/sqlRefusal.ts): the command line prints these. */
export const sqlRefusals: Family<SqlRefusal> = {
  texts: {
    "en-US": {
      schemeNotInSql: ({ scheme }) =>
        `The scheme "${scheme}" cannot be written as SQL that tiers exactly as CRM Pyramid does, so no query was written. SQL supports the customer pyramid, key customers, money thresholds, ABC by count and custom tiers.`,
      unknownDialect: ({ dialect, dialects }) =>
        `Unknown SQL dialect "${dialect}". Use one of: ${dialects.join(", ")}.`,
      columnMissing: ({ role }) =>
        `Map the ${role} column (--map ${role}=COLUMN) to write the query.`,
    },
    "zh-CN": {
      schemeNotInSql: ({ scheme }) =>
        `方案“${scheme}”无法写成与 CRM 客户金字塔分层完全一致的 SQL，因此未生成查询。SQL 支持客户金字塔、关键客户、金额阈值、按数量的 ABC 和自定义分层。`,
      unknownDialect: ({ dialect, dialects }) =>
        `未知的 SQL 方言“${dialect}”。请使用以下之一：${dialects.join("、")}。`,
      columnMissing: ({ role }) => `请对应 ${role} 列（--map ${role}=列名）后再生成查询。`,
    },
  },
  samples: {
    schemeNotInSql: { scheme: "rfm" },
    unknownDialect: { dialect: "oracle", dialects: ["duckdb", "postgres", "spark", "bigquery"] },
    columnMissing: { role: "revenue" },
  },
};

export function sqlRefusalsText(refusal: SqlRefusal, format: Formatter): string {
  return renderCoded(sqlRefusals, refusal, format);
}
