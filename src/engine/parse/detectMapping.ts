import { toHalfWidth } from "./parseNumber";
import type { Cell, ColumnMapping, Role } from "../types";

// Header words per role, English and Chinese, compared after lower-casing and dropping spaces, punctuation
// and bracketed units ("Revenue (¥)" → "revenue"). An exact word scores 1; a word inside a longer header
// scores less the more extra text there is.
export const HEADER_WORDS: Record<Role, string[]> = {
  customer: [
    "customer",
    "customerid",
    "customerno",
    "customernumber",
    "customercode",
    "client",
    "clientid",
    "account",
    "accountid",
    "custid",
    "buyer",
    "客户",
    "客户名称",
    "客户编号",
    "客户id",
    "客户代码",
    "客户号",
    "顾客",
    "会员",
    "会员号",
  ],
  name: [
    "name",
    "customername",
    "clientname",
    "accountname",
    "company",
    "companyname",
    "名称",
    "姓名",
    "公司",
    "公司名称",
    "客户姓名",
  ],
  revenue: [
    "revenue",
    "sales",
    "amount",
    "salesamount",
    "netsales",
    "turnover",
    "totalsales",
    "salesrevenue",
    "netrevenue",
    "销售额",
    "成交额",
    "金额",
    "销售收入",
    "收入",
    "营业额",
    "销售金额",
    "交易额",
    "实收金额",
    "每客户成交额",
  ],
  cost: ["cost", "costs", "cogs", "costofsales", "成本", "销售成本"],
  profit: ["profit", "margin", "grossprofit", "netprofit", "利润", "毛利", "毛利润", "净利润"],
  investment: [
    "investment",
    "costtoserve",
    "servicecost",
    "marketingcost",
    "salescost",
    "投资",
    "投入",
    "服务成本",
    "营销费用",
  ],
  date: [
    "date",
    "orderdate",
    "invoicedate",
    "transactiondate",
    "saledate",
    "日期",
    "下单日期",
    "订单日期",
    "交易日期",
    "时间",
  ],
  status: [
    "status",
    "stage",
    "leadstatus",
    "customerstatus",
    "type",
    "状态",
    "客户状态",
    "类型",
    "阶段",
  ],
  score: [
    "score",
    "satisfaction",
    "csat",
    "nps",
    "perceivedvalue",
    "cpv",
    "rating",
    "满意度",
    "评分",
    "感知价值",
  ],
  clv: [
    "clv",
    "ltv",
    "lifetimevalue",
    "customerlifetimevalue",
    "客户终身价值",
    "终身价值",
    "生命周期价值",
  ],
  agent: ["agent", "isagent", "distributor", "reseller", "代理", "代理商", "经销商"],
};

export function normalizeHeader(cell: Cell): string {
  if (typeof cell !== "string" && typeof cell !== "number") return "";
  return toHalfWidth(String(cell))
    .toLowerCase()
    .replace(/\([^)]*\)|（[^）]*）|\[[^\]]*\]/g, "")
    .replace(/[\s_\-./:#'"’*]+/g, "");
}

/** How well one header matches one role, 0..1. */
export function headerScore(header: string, role: Role): number {
  if (header === "") return 0;
  let best = 0;
  for (const word of HEADER_WORDS[role]) {
    if (header === word) return 1;
    if (header.includes(word)) best = Math.max(best, 0.5 + 0.4 * (word.length / header.length));
  }
  return best;
}

export interface DetectedMapping {
  mapping: ColumnMapping;
  /** Confidence 0..1 per mapped role. */
  confidence: Partial<Record<Role, number>>;
}

/** Map header cells to roles: best (column, role) pairs first, each column and role used once. */
export function detectMapping(header: readonly Cell[]): DetectedMapping {
  const roles = Object.keys(HEADER_WORDS) as Role[];
  const candidates: { column: number; role: Role; score: number }[] = [];
  header.forEach((cell, column) => {
    const text = normalizeHeader(cell);
    for (const role of roles) {
      const score = headerScore(text, role);
      if (score > 0) candidates.push({ column, role, score });
    }
  });
  // Stable: higher score first, then earlier column, then role order.
  candidates.sort(
    (a, b) =>
      b.score - a.score || a.column - b.column || roles.indexOf(a.role) - roles.indexOf(b.role)
  );
  const mapping: ColumnMapping = {};
  const confidence: Partial<Record<Role, number>> = {};
  const usedColumns = new Set<number>();
  for (const c of candidates) {
    if (mapping[c.role] !== undefined || usedColumns.has(c.column)) continue;
    mapping[c.role] = c.column;
    confidence[c.role] = Math.round(c.score * 100) / 100;
    usedColumns.add(c.column);
  }
  // The customer id is required: if only a name-like column was found ("Customer name"), use it as the id.
  if (mapping.customer === undefined && mapping.name !== undefined) {
    mapping.customer = mapping.name;
    confidence.customer = Math.min(0.6, confidence.name ?? 0.6);
    delete mapping.name;
    delete confidence.name;
  }
  return { mapping, confidence };
}
