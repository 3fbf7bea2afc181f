// npm run -s sql -- --dialect duckdb --table sales --map customer="Customer ID" --map revenue=Sales
//   [--map profit=Profit] [--map date="Order Date"] [--map status=Status] (--scheme PRESET | --setup FILE)
// Prints the query that tiers the warehouse table as CRM Pyramid tiers a sheet (README: "SQL for the
// warehouse"). A bad flag prints the usage on stderr and exits with 2; a refused set-up exits with 1.
import { readFileSync } from "node:fs";
import { presets, PRESET_IDS } from "../src/engine";
import { createFormatter, sqlRefusalsText } from "../src/i18n";
import { DIALECTS, tieringSql, type SqlSource } from "../src/sql";

const ROLES = ["customer", "revenue", "profit", "date", "status"] as const;
type SqlRole = (typeof ROLES)[number];

const USAGE = `Usage: npm run -s sql -- --dialect ${DIALECTS.join("|")} --table TABLE
         --map customer=COLUMN --map revenue=COLUMN [--map profit=COLUMN] [--map date=COLUMN]
         [--map status=COLUMN] (--scheme ${PRESET_IDS.join("|")} | --setup FILE)
--setup reads a saved set-up as JSON: the set-up itself ({mapping, scheme, options}) or the pane's
saved value ({tiering, lastRun: {header}}), whose header names the columns not given by --map.`;

interface Args {
  dialect: string;
  table: string;
  map: Partial<Record<SqlRole, string>>;
  scheme?: string;
  setupFile?: string;
}

class UsageError extends Error {}

function parseArgs(argv: string[]): Args {
  const args: Args = { dialect: "", table: "", map: {} };
  for (let i = 0; i < argv.length; i++) {
    const flag = argv[i];
    const value = argv[i + 1];
    if (value === undefined || value.startsWith("--"))
      throw new UsageError(`${flag} needs a value`);
    i++;
    if (flag === "--dialect") args.dialect = value;
    else if (flag === "--table") args.table = value;
    else if (flag === "--scheme") args.scheme = value;
    else if (flag === "--setup") args.setupFile = value;
    else if (flag === "--map") {
      const at = value.indexOf("=");
      const role = value.slice(0, at) as SqlRole;
      if (at <= 0 || !ROLES.includes(role) || at === value.length - 1)
        throw new UsageError(`--map takes ROLE=COLUMN with ROLE one of ${ROLES.join(", ")}`);
      args.map[role] = value.slice(at + 1);
    } else throw new UsageError(`unknown flag ${flag}`);
  }
  if (!DIALECTS.includes(args.dialect as never))
    throw new UsageError("--dialect is missing or unknown");
  if (!args.table) throw new UsageError("--table is missing");
  if ((args.scheme === undefined) === (args.setupFile === undefined))
    throw new UsageError("give one of --scheme and --setup");
  if (args.scheme !== undefined && !PRESET_IDS.includes(args.scheme))
    throw new UsageError(`unknown scheme ${args.scheme}`);
  return args;
}

/** The set-up, and column names from a saved header for the mapped roles --map does not name. */
function readSetup(args: Args): { setup: unknown; fromHeader: Partial<Record<SqlRole, string>> } {
  if (args.scheme !== undefined) {
    const preset = presets().find((p) => p.id === args.scheme);
    return { setup: { mapping: {}, scheme: preset?.scheme }, fromHeader: {} };
  }
  let saved: Record<string, unknown>;
  try {
    saved = JSON.parse(readFileSync(args.setupFile as string, "utf8")) as Record<string, unknown>;
  } catch (error) {
    throw new UsageError(`cannot read ${args.setupFile}: ${(error as Error).message}`);
  }
  const setup = (saved.tiering ?? saved) as { mapping?: Record<string, number> };
  const header = (saved.lastRun as { header?: unknown[] } | undefined)?.header ?? [];
  const fromHeader: Partial<Record<SqlRole, string>> = {};
  for (const role of ROLES) {
    const column = setup.mapping?.[role];
    if (typeof column === "number" && header[column] != null)
      fromHeader[role] = String(header[column]);
  }
  return { setup, fromHeader };
}

function main(argv: string[]): number {
  let args: Args;
  let read: ReturnType<typeof readSetup>;
  try {
    args = parseArgs(argv);
    read = readSetup(args);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    process.stderr.write(`sql: ${error.message}\n${USAGE}\n`);
    return 2;
  }
  const columns = { ...read.fromHeader, ...args.map };
  const source: SqlSource = {
    table: args.table,
    columns: { ...columns, customer: columns.customer ?? "", revenue: columns.revenue ?? "" },
  };
  const outcome = tieringSql(read.setup, source, args.dialect);
  if (!outcome.ok) {
    process.stderr.write(`sql: ${sqlRefusalsText(outcome.refusal, createFormatter("en-US"))}\n`);
    return 1;
  }
  process.stdout.write(outcome.sql);
  return 0;
}

process.exitCode = main(process.argv.slice(2));
