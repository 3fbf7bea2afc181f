/** Why no query is written for a set-up: a scheme or option the SQL cannot express as the engine does. */
export type SqlRefusal =
  | { code: "schemeNotInSql"; params: { scheme: string } }
  | { code: "unknownDialect"; params: { dialect: string; dialects: string[] } }
  | { code: "columnMissing"; params: { role: string } };
