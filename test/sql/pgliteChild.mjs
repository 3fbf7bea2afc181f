// Runs SQL in real PostgreSQL (PGlite, embedded) for the parity tests, in its own Node process: PGlite
// loads itself with a dynamic import, which Jest's module sandbox refuses. Reads {setup: string[],
// queries: string[]} as JSON on stdin; writes one array of row objects per query, or {error}, on stdout.
import { PGlite } from "@electric-sql/pglite";

const chunks = [];
for await (const chunk of process.stdin) chunks.push(chunk);
const { setup, queries } = JSON.parse(Buffer.concat(chunks).toString("utf8"));
const db = new PGlite();
for (const statement of setup) await db.exec(statement);
const out = [];
for (const sql of queries) {
  try {
    out.push((await db.query(sql)).rows);
  } catch (error) {
    out.push({ error: String(error && error.message) });
  }
}
await db.close();
process.stdout.write(JSON.stringify(out));
